import { PAGE_PATHS } from '@covenant/domain';

export const NEIGHBOURHOOD_PARAM = 'neighbourhood';

/** The form to start a covenant in a neighbourhood, e.g. `/covenants/new?neighbourhood=settle`. */
export function newCovenantPath(neighbourhoodSlug: string): string {
  return `${PAGE_PATHS.newCovenant}?${new URLSearchParams({ [NEIGHBOURHOOD_PARAM]: neighbourhoodSlug })}`;
}
