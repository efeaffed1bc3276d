import { covenantQueryKey } from './covenant';

/**
 * The consultation's queries, all under one key, so that a change of status
 * refreshes them with the rest of the covenant: its amendments, its sections
 * with their figures, each section's responses, and how much has been said.
 */
export const consultationQueryKey = (slug: string, ...rest: string[]) =>
  [...covenantQueryKey(slug), 'consultation', ...rest] as const;
