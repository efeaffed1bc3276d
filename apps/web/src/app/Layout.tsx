import { PAGE_PATHS } from '@covenant/domain';
import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router-dom';
import { EmailVerificationBanner } from '../features/identity/components/EmailVerificationBanner';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

export function Layout() {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);

  // After client-side navigation, start reading (and tabbing) from the new page's content, as a full load would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);

  return (
    <div className="site">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <SiteHeader />
      {pathname === PAGE_PATHS.verifyEmail ? null : <EmailVerificationBanner />}
      <main id="main" className="site-main" ref={main} tabIndex={-1}>
        <div className="container">
          <Outlet />
        </div>
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </div>
  );
}
