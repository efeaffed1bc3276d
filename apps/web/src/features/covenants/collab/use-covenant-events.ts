import { useEffect, useRef } from 'react';
import { useInvalidateCovenant } from '../api/use-invalidate-covenant';
import type { CovenantSyncProvider } from './covenant-sync-provider';
import type { SyncState } from './sync-state';

/**
 * A party answering, a status change, a comment or support made elsewhere
 * refreshes what this page shows; so does joining again after a lost
 * connection, since events sent meanwhile never arrived.
 */
export function useCovenantEvents(provider: CovenantSyncProvider | null, joined: SyncState['joined'], slug: string) {
  const invalidate = useInvalidateCovenant(slug);
  const latest = useRef(invalidate);
  latest.current = invalidate;
  useEffect(() => provider?.onCovenantEvent(() => void latest.current()), [provider]);

  const firstJoin = useRef(true);
  useEffect(() => {
    if (!joined) return;
    if (firstJoin.current) firstJoin.current = false;
    else void latest.current();
  }, [joined]);
}
