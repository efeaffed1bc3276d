/**
 * The web app's pages (contract/http.md plus the forms). The API serves the
 * app shell with 200 for these and 404 for anything else, so a deep link
 * works on reload and an unknown address is a real not-found.
 */
export const PAGE_PATHS = {
  home: '/',
  signIn: '/sign-in',
  signUp: '/sign-up',
  newOrganisation: '/organisations/new',
  organisation: '/organisations/:slug',
  newNeighbourhood: '/neighbourhoods/new',
  neighbourhood: '/neighbourhoods/:slug',
  newCovenant: '/covenants/new',
  covenant: '/covenants/:slug',
  accountability: '/covenants/:slug/accountability',
  consultation: '/covenants/:slug/consultation',
  budget: '/covenants/:slug/budgets/:id',
  rights: '/neighbourhoods/:slug/rights',
  asset: '/assets/:slug',
  serviceRequest: '/requests/:slug',
  verify: '/verify/:slug',
  verifyEmail: '/verify-email',
  stewards: '/stewards',
  national: '/national',
  commissioner: '/commissioner',
  account: '/account',
} as const;

const PATTERNS = Object.values(PAGE_PATHS).map((path) => new RegExp('^' + path.replace(/:[a-z]+/g, '[^/]+') + '/?$'));

export function isPagePath(pathname: string): boolean {
  return PATTERNS.some((pattern) => pattern.test(pathname));
}

export function pagePath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([a-z]+)/g, (_, key: string) => encodeURIComponent(params[key] ?? ''));
}

/** A frozen version as PDF (http.md), served by the API rather than the web app. */
export function versionPdfPath(slug: string, number: number): string {
  return `/covenants/${encodeURIComponent(slug)}/v/${number}.pdf`;
}

/** The consultation report (http.md), served by the API: one row per response, amendment and comment, or the PDF. */
export function consultationReportPath(slug: string, format: 'csv' | 'pdf'): string {
  return `/covenants/${encodeURIComponent(slug)}/consultation.${format}`;
}
