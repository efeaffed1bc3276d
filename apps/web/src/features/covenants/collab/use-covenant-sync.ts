import { useEffect, useState, useSyncExternalStore } from 'react';
import { CovenantSyncProvider } from './covenant-sync-provider';
import { hasUnsavedEdits, INITIAL_SYNC_STATE, type SyncState } from './sync-state';

const noSubscription = () => () => undefined;
const initialState = () => INITIAL_SYNC_STATE;

export interface CovenantSync {
  provider: CovenantSyncProvider | null;
  state: SyncState;
  /** Why the server refused the last edit, which this page then dropped; null when nothing was. */
  dropped: string | null;
  dismissDropped: () => void;
}

/** The covenant's live document for as long as the page shows it. */
export function useCovenantSync(covenantId: string): CovenantSync {
  const [provider, setProvider] = useState<CovenantSyncProvider | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [dropped, setDropped] = useState<string | null>(null);
  useEffect(() => {
    const next = new CovenantSyncProvider(covenantId);
    setProvider(next);
    return () => {
      next.destroy();
      setProvider(null);
    };
  }, [covenantId, attempt]);
  const state = useSyncExternalStore(provider?.subscribe ?? noSubscription, provider?.getState ?? initialState);

  // A refused edit stays in this copy only, and would go again with the next sync: start over from the stored text.
  useEffect(() => {
    if (!state.rejected) return;
    setDropped(state.rejected);
    setAttempt((count) => count + 1);
  }, [state.rejected]);

  // Leaving with edits the server has not stored would lose them: the browser asks first.
  useEffect(() => {
    if (!hasUnsavedEdits(state)) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [state]);

  return { provider, state, dropped, dismissDropped: () => setDropped(null) };
}
