import {
  hasUnsavedEdits,
  INITIAL_SYNC_STATE,
  saveStatus,
  syncReducer,
  type SyncAction,
  type SyncState,
} from './sync-state';

const run = (...actions: SyncAction[]): SyncState => actions.reduce(syncReducer, INITIAL_SYNC_STATE);
const joined: SyncAction[] = [
  { type: 'connected' },
  { type: 'joined', role: 'editor', status: 'DRAFT' },
  { type: 'synced' },
];

describe('saveStatus', () => {
  it('says connecting until the server’s copy has arrived', () => {
    expect(saveStatus(run({ type: 'connected' })).kind).toBe('connecting');
    expect(saveStatus(run(...joined))).toEqual({ kind: 'saved', label: 'All changes saved' });
  });

  it('says saving while an edit waits for its acknowledgement, and saved once every one has come', () => {
    const twoSent = run(...joined, { type: 'sending' }, { type: 'sending' });
    expect(saveStatus(twoSent).kind).toBe('saving');
    expect(saveStatus(syncReducer(twoSent, { type: 'stored' })).kind).toBe('saving');
    expect(
      saveStatus(run(...joined, { type: 'sending' }, { type: 'sending' }, { type: 'stored' }, { type: 'stored' })).kind,
    ).toBe('saved');
  });

  it('keeps offline edits as unsaved until a later message carries them and is acknowledged', () => {
    const offline = run(...joined, { type: 'disconnected' }, { type: 'editedOffline' });
    expect(saveStatus(offline)).toEqual({
      kind: 'offline',
      label: 'Offline: your changes are kept here and will sync when you reconnect',
    });
    expect(hasUnsavedEdits(offline)).toBe(true);
    const back = syncReducer(syncReducer(offline, { type: 'connected' }), { type: 'synced' });
    expect(saveStatus(back).kind).toBe('saving');
    const carried = syncReducer(syncReducer(back, { type: 'sending' }), { type: 'stored' });
    expect(saveStatus(carried).kind).toBe('saved');
    expect(hasUnsavedEdits(carried)).toBe(false);
  });

  it('keeps an edit the server could not store just now, says so, and clears once a later one is stored', () => {
    const failed = run(...joined, { type: 'sending' }, { type: 'retrying' });
    expect(saveStatus(failed)).toEqual({
      kind: 'saving',
      label: 'Not saved yet: the server could not store your last change. Trying again…',
    });
    expect(hasUnsavedEdits(failed)).toBe(true);
    expect(failed.rejected).toBeNull();
    const resent = syncReducer(syncReducer(failed, { type: 'sending' }), { type: 'stored' });
    expect(saveStatus(resent)).toEqual({ kind: 'saved', label: 'All changes saved' });
  });

  it('counts edits in flight when the connection drops as not stored', () => {
    const dropped = run(...joined, { type: 'sending' }, { type: 'disconnected' });
    expect(dropped.pending).toBe(0);
    expect(dropped.unsent).toBe(true);
    expect(dropped.joined).toEqual({ role: 'editor', status: 'DRAFT' });
  });

  it('tells the editor when the server refused a change, until the next one is sent', () => {
    const refused = run(
      ...joined,
      { type: 'sending' },
      { type: 'rejected', message: 'The covenant is open for signature.' },
    );
    expect(saveStatus(refused)).toEqual({ kind: 'error', label: 'Not saved: The covenant is open for signature.' });
    expect(saveStatus(syncReducer(refused, { type: 'sending' })).kind).toBe('saving');
  });
});
