import type { CovenantEvent } from '@covenant/collab-protocol';
import { useQueryClient } from '@tanstack/react-query';
import { ESCALATIONS_KEY } from '../../../components/escalations/escalations-api';
import { useCovenantEventStream } from '../../../lib/covenant-events';

/** The events that change what the page shows: a report, a dispute or a case (all `commitment.changed`), a count, a party or a status. */
const SHOWN: ReadonlySet<CovenantEvent['type']> = new Set([
  'commitment.changed',
  'budget.changed',
  'party.changed',
  'status.changed',
]);

/** Refreshes the page's commitments, disputes and cases when they change elsewhere, or may have while it was offline. */
export function useAccountabilityEvents(covenant: { id: string; slug: string }) {
  const queryClient = useQueryClient();
  useCovenantEventStream(covenant.id, (event) => {
    if (event && !SHOWN.has(event.type)) return;
    void queryClient.invalidateQueries({ queryKey: ['covenant', covenant.slug] });
    void queryClient.invalidateQueries({ queryKey: [...ESCALATIONS_KEY, 'of', { covenantId: covenant.id }] });
  });
}
