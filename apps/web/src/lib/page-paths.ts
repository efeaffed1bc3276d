/**
 * Pages not yet listed in PAGE_PATHS (libs/domain). Kept here, in one place, until they move there.
 * `/covenants/new` already matches the `/covenants/:slug` pattern, so the API serves it as a page.
 */
export const PENDING_PAGE_PATHS = {
  newCovenant: '/covenants/new',
} as const;

export const NEIGHBOURHOOD_PARAM = 'neighbourhood';

/** The form to start a covenant in a neighbourhood, e.g. `/covenants/new?neighbourhood=settle`. */
export function newCovenantPath(neighbourhoodSlug: string): string {
  return `${PENDING_PAGE_PATHS.newCovenant}?${new URLSearchParams({ [NEIGHBOURHOOD_PARAM]: neighbourhoodSlug })}`;
}
