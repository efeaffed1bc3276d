/**
 * Which of the page's queries a covenant event makes stale (realtime.md,
 * `event`): only those whose answer it can change. Every event adds to the
 * audit trail.
 */
import type { CovenantEvent } from '@covenant/collab-protocol';
import type { QueryKey } from '@tanstack/react-query';
import { ESCALATIONS_KEY } from '../../../components/escalations/escalations-api';
import { consultationQueryKey } from '../api/consultation-keys';
import { covenantQueryKey } from '../api/covenant';

export interface StaleQueries {
  queryKey: QueryKey;
  /** Only that query, not those whose key starts with it. */
  exact?: boolean;
}

export function queriesTouchedBy(event: CovenantEvent, slug: string): StaleQueries[] {
  const covenant = covenantQueryKey(slug);
  const page = { queryKey: covenant, exact: true };
  const under = (...rest: string[]) => ({ queryKey: [...covenant, ...rest] });
  const consultation = (...rest: string[]) => ({ queryKey: consultationQueryKey(slug, ...rest) });
  switch (event.type) {
    // A new status or a party coming or going changes what everyone may do with every part of the covenant.
    // The lists of covenants (a neighbourhood's, the home page's search) show its status and who may read it.
    case 'status.changed':
      return [
        { queryKey: covenant },
        { queryKey: ['neighbourhood'] },
        { queryKey: ['covenants'] },
        { queryKey: ['organisation'] },
        { queryKey: ['notifications'] },
      ];
    case 'party.changed':
      return [{ queryKey: covenant }, { queryKey: ['organisation'] }, { queryKey: ['notifications'] }];
    case 'version.frozen':
      return [{ queryKey: covenant }, { queryKey: ['notifications'] }];
    case 'signature.added':
      return [page, under('verification'), under('audit')];
    // Also sent for a delivery disputed or answered, and for a case about a commitment.
    case 'commitment.changed':
      return [
        under('commitments'),
        under('accountability'),
        under('disputes'),
        under('audit'),
        { queryKey: [...ESCALATIONS_KEY, 'of', { covenantId: event.covenantId }] },
        { queryKey: ['organisation'] },
      ];
    case 'comment.changed':
      return [under('comments'), under('audit')];
    case 'support.changed':
      return [page, under('audit')];
    // Accepting an amendment rewrites a passage: the text as served, and a section's title if the passage held it.
    case 'amendment.changed':
      return event.status === 'ACCEPTED'
        ? [page, consultation('amendments'), consultation('sections'), consultation('activity'), under('audit')]
        : [consultation('amendments'), consultation('activity'), under('audit')];
    case 'response.changed':
      return [
        consultation('sections'),
        consultation('responses', event.sectionId),
        consultation('activity'),
        under('audit'),
      ];
    // The count turns winners into commitments.
    case 'budget.changed':
      return [under('budgets'), under('commitments'), under('accountability'), under('audit')];
  }
}
