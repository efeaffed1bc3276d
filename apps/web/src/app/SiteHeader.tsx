import { PAGE_PATHS } from '@covenant/domain';
import { Link, NavLink, useLocation } from 'react-router-dom';
import { NotificationsMenu } from '../features/notifications/components/NotificationsMenu';
import { SignOutButton } from '../features/auth/components/SignOutButton';
import { signInPath, signUpPath } from '../lib/auth-links';
import { useViewer } from '../lib/viewer';

function ViewerMenu() {
  const viewer = useViewer();
  const location = useLocation();
  const here = location.pathname + location.search;
  const onAuthPage = location.pathname === PAGE_PATHS.signIn || location.pathname === PAGE_PATHS.signUp;

  if (viewer.isPending) return null;
  if (viewer.data) {
    return (
      <div className="viewer-menu">
        <NotificationsMenu />
        <Link className="viewer-menu__name" to={PAGE_PATHS.account}>
          <span className="visually-hidden">Signed in as </span>
          {viewer.data.displayName}
          <span className="visually-hidden">: your account</span>
        </Link>
        <SignOutButton />
      </div>
    );
  }
  return (
    <div className="viewer-menu">
      <Link className="viewer-menu__link" to={signInPath(onAuthPage ? null : here)}>
        Sign in
      </Link>
      <Link className="button button--secondary button--small" to={signUpPath(onAuthPage ? null : here)}>
        Create an account
      </Link>
    </div>
  );
}

export function SiteHeader() {
  const viewer = useViewer();
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to={PAGE_PATHS.home} className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">Covenant platform</span>
        </Link>
        <nav aria-label="Main" className="main-nav">
          <ul>
            <li>
              <NavLink to={PAGE_PATHS.home} end>
                Neighbourhoods
              </NavLink>
            </li>
            <li>
              <NavLink to={PAGE_PATHS.newNeighbourhood}>Add a neighbourhood</NavLink>
            </li>
            <li>
              <NavLink to={PAGE_PATHS.newOrganisation}>Add an organisation</NavLink>
            </li>
            <li>
              <NavLink to={PAGE_PATHS.national}>National picture</NavLink>
            </li>
            <li>
              <NavLink to={PAGE_PATHS.commissioner}>Commissioner</NavLink>
            </li>
            {viewer.data?.isSteward ? (
              <li>
                <NavLink to={PAGE_PATHS.stewards}>Stewards</NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <ViewerMenu />
      </div>
    </header>
  );
}
