import { useEffect, useState, useSyncExternalStore } from 'react';
import { CovenantSyncProvider } from './covenant-sync-provider';
import { hasUnsavedEdits, INITIAL_SYNC_STATE, type SyncState } from './sync-state';

const noSubscription = () => () => undefined;
const initialState = () => INITIAL_SYNC_STATE;

/** The covenant's live document for as long as the page shows it. */
export function useCovenantSync(covenantId: string): { provider: CovenantSyncProvider | null; state: SyncState } {
  const [provider, setProvider] = useState<CovenantSyncProvider | null>(null);
  useEffect(() => {
    const next = new CovenantSyncProvider(covenantId);
    setProvider(next);
    return () => {
      next.destroy();
      setProvider(null);
    };
  }, [covenantId]);
  const state = useSyncExternalStore(provider?.subscribe ?? noSubscription, provider?.getState ?? initialState);

  // Leaving with edits the server has not stored would lose them: the browser asks first.
  useEffect(() => {
    if (!hasUnsavedEdits(state)) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [state]);

  return { provider, state };
}
