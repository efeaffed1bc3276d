import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useInvalidateCovenant } from '../api/use-invalidate-covenant';
import type { CovenantSyncProvider } from './covenant-sync-provider';
import { queriesTouchedBy } from './event-queries';
import type { SyncState } from './sync-state';

/**
 * A party answering, a status change, a comment, support, an amendment or a
 * response made elsewhere refreshes what it changed on this page; joining again after a lost
 * connection refreshes everything, since events sent meanwhile never arrived.
 */
export function useCovenantEvents(provider: CovenantSyncProvider | null, joined: SyncState['joined'], slug: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateCovenant(slug);
  const latest = useRef({ invalidate, slug });
  latest.current = { invalidate, slug };
  useEffect(
    () =>
      provider?.onCovenantEvent((event) => {
        for (const filters of queriesTouchedBy(event, latest.current.slug)) void queryClient.invalidateQueries(filters);
      }),
    [provider, queryClient],
  );

  const firstJoin = useRef(true);
  useEffect(() => {
    if (!joined) return;
    if (firstJoin.current) firstJoin.current = false;
    else void latest.current.invalidate();
  }, [joined]);
}
