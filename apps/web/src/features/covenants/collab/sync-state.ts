/**
 * What the page knows about its connection to the shared document, and the
 * "saved / saving / offline" line it shows: an edit counts as saved only once
 * the server has acknowledged it, which it does after committing it.
 */
import type { CollabRole, ErrorCode } from '@covenant/collab-protocol';
export interface SyncState {
  connection: 'connecting' | 'online' | 'offline';
  /** The last answer to `join`: kept while offline, so an editor can go on typing. */
  joined: { role: CollabRole; status: string } | null;
  /** The server's copy has reached this page since the last connect. */
  synced: boolean;
  /** Messages with local edits awaiting the server's acknowledgement. */
  pending: number;
  /** Local edits not yet sent in any message (made offline, or whose fate is unknown). */
  unsent: boolean;
  /** `join` was refused: the page shows the text as served instead. */
  refused: { code: ErrorCode; message: string } | null;
  /** The server refused a change (e.g. the covenant left drafting meanwhile). */
  rejected: string | null;
  /** The server could not store a change just now; it is kept here and sent again. */
  retrying: boolean;
}

export const INITIAL_SYNC_STATE: SyncState = {
  connection: 'connecting',
  joined: null,
  synced: false,
  pending: 0,
  unsent: false,
  refused: null,
  rejected: null,
  retrying: false,
};

export type SyncAction =
  | { type: 'connected' }
  | { type: 'disconnected' }
  | { type: 'joined'; role: CollabRole; status: string }
  | { type: 'refused'; code: ErrorCode; message: string }
  | { type: 'synced' }
  | { type: 'sending' }
  | { type: 'stored' }
  | { type: 'rejected'; message: string }
  | { type: 'retrying' }
  | { type: 'editedOffline' };

export function syncReducer(state: SyncState, action: SyncAction): SyncState {
  switch (action.type) {
    case 'connected':
      return { ...state, connection: 'online' };
    case 'disconnected':
      // Whatever was in flight may not have been stored: it goes again with the next sync exchange.
      return { ...state, connection: 'offline', synced: false, pending: 0, unsent: state.unsent || state.pending > 0 };
    case 'joined':
      return { ...state, joined: { role: action.role, status: action.status }, refused: null };
    case 'refused':
      return { ...state, refused: { code: action.code, message: action.message } };
    case 'synced':
      return state.synced ? state : { ...state, synced: true };
    case 'sending':
      return { ...state, pending: state.pending + 1, unsent: false, rejected: null };
    case 'stored':
      return { ...state, pending: Math.max(0, state.pending - 1), retrying: false };
    case 'retrying':
      return { ...state, pending: Math.max(0, state.pending - 1), unsent: true, retrying: true };
    case 'rejected':
      return { ...state, pending: Math.max(0, state.pending - 1), rejected: action.message };
    case 'editedOffline':
      return state.unsent ? state : { ...state, unsent: true };
  }
}

export type SaveStatus =
  | { kind: 'connecting'; label: string }
  | { kind: 'saved'; label: string }
  | { kind: 'saving'; label: string }
  | { kind: 'offline'; label: string }
  | { kind: 'error'; label: string };

export function saveStatus(state: SyncState): SaveStatus {
  if (state.connection === 'offline') {
    return state.unsent
      ? { kind: 'offline', label: 'Offline: your changes are kept here and will sync when you reconnect' }
      : { kind: 'offline', label: 'Offline: reconnecting…' };
  }
  if (!state.synced) return { kind: 'connecting', label: 'Connecting…' };
  if (state.rejected) return { kind: 'error', label: `Not saved: ${state.rejected}` };
  if (state.retrying) {
    return { kind: 'saving', label: 'Not saved yet: the server could not store your last change. Trying again…' };
  }
  if (state.pending > 0 || state.unsent) return { kind: 'saving', label: 'Saving…' };
  return { kind: 'saved', label: 'All changes saved' };
}

/** True while leaving the page would lose edits the server has not stored. */
export function hasUnsavedEdits(state: SyncState): boolean {
  return state.pending > 0 || state.unsent;
}
