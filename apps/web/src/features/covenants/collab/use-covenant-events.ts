import { useEffect, useRef } from 'react';
import { useInvalidateCovenant } from '../api/use-invalidate-covenant';
import type { CovenantSyncProvider } from './covenant-sync-provider';

/** A party answering, a status change, a comment or support made elsewhere refreshes what this page shows. */
export function useCovenantEvents(provider: CovenantSyncProvider | null, slug: string) {
  const invalidate = useInvalidateCovenant(slug);
  const latest = useRef(invalidate);
  latest.current = invalidate;
  useEffect(() => provider?.onCovenantEvent(() => void latest.current()), [provider]);
}
