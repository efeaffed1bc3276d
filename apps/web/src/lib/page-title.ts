import { useEffect } from 'react';

export const SITE_NAME = 'Covenant platform';

export function pageTitle(title: string | null): string {
  return title ? `${title} · ${SITE_NAME}` : SITE_NAME;
}

/** Every page names itself, so tabs, history and screen readers say where you are. */
export function usePageTitle(title: string | null): void {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}
