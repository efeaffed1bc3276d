/**
 * Keeps a covenant's Yjs document in step with the server over Socket.IO
 * (contract/realtime.md): join, y-protocols sync and awareness, domain events.
 * Edits made while offline stay in the document and go with the sync step 2
 * that answers the server's step 1 when the connection returns.
 */
import {
  COLLAB_NAMESPACE,
  SYNC_UPDATE,
  syncMessages,
  toBase64,
  TRANSIENT_CODES,
  type AccessNotice,
  type Ack,
  type CovenantEvent,
  type WireMessage,
  wireBytes,
} from '@covenant/collab-protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { openCovenantSocket, type CovenantSocket } from '../../../lib/covenant-socket';
import { INITIAL_SYNC_STATE, syncReducer, type SyncAction, type SyncState } from './sync-state';

const ACK_TIMEOUT_MS = 15_000;
const RETRY_FIRST_MS = 1000;
const RETRY_MOST_MS = 15_000;
const messages = syncMessages({ encoding, decoding });

export class CovenantSyncProvider {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private readonly socket: CovenantSocket;
  private state: SyncState = INITIAL_SYNC_STATE;
  private readonly listeners = new Set<() => void>();
  private readonly eventListeners = new Set<(event: CovenantEvent) => void>();
  private destroyed = false;
  /** Counts connections, so that a late answer from an earlier one is ignored. */
  private generation = 0;
  /** The server has this socket in the covenant's room (its sync step 1 arrived on this connection). */
  private live = false;
  private retry: { timer: ReturnType<typeof setTimeout> | null; delay: number } = { timer: null, delay: 0 };

  constructor(
    readonly covenantId: string,
    url = COLLAB_NAMESPACE,
  ) {
    this.socket = openCovenantSocket(url, { autoConnect: false });
    this.socket.on('connect', this.onConnect);
    this.socket.on('disconnect', this.onDisconnect);
    this.socket.on('connect_error', this.onConnectError);
    this.socket.on('sync', this.onSync);
    this.socket.on('awareness', this.onAwareness);
    this.socket.on('event', this.onEvent);
    this.socket.on('access', this.onAccess);
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    if (navigator.onLine) this.socket.connect();
    else this.dispatch({ type: 'disconnected' });
  }

  getState = (): SyncState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  onCovenantEvent(listener: (event: CovenantEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.retry.timer) clearTimeout(this.retry.timer);
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    awarenessProtocol.removeAwarenessStates(this.awareness, [this.doc.clientID], this);
    this.socket.removeAllListeners();
    this.socket.disconnect();
    this.awareness.destroy();
    this.doc.destroy();
    this.listeners.clear();
    this.eventListeners.clear();
  }

  private dispatch(action: SyncAction) {
    const next = syncReducer(this.state, action);
    if (next === this.state) return;
    this.state = next;
    this.listeners.forEach((listener) => listener());
  }

  private join = async () => {
    let ack;
    try {
      ack = await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('join', { covenantId: this.covenantId });
    } catch {
      this.reconnect();
      return;
    }
    if (this.destroyed) return;
    if (!ack.ok) {
      this.dispatch({ type: 'refused', code: ack.code, message: ack.message });
      return;
    }
    this.dispatch({ type: 'joined', role: ack.role, status: ack.status });
    const encoder = encoding.createEncoder();
    syncProtocol.writeSyncStep1(encoder, this.doc);
    void this.send(encoding.toUint8Array(encoder), false);
    if (this.awareness.getLocalState() !== null) this.sendAwareness([this.doc.clientID]);
  };

  /** Sends a sync message; `carriesEdits` marks one whose ack means local edits are stored. */
  private async send(data: Uint8Array, carriesEdits: boolean) {
    const generation = this.generation;
    if (carriesEdits) this.dispatch({ type: 'sending' });
    let ack: Ack;
    try {
      ack = await this.socket
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck('sync', { covenantId: this.covenantId, data: toBase64(data) });
    } catch {
      // No answer in time: whether it was stored is unknown, so start over and let the sync exchange settle it.
      if (generation === this.generation) this.reconnect();
      return;
    }
    if (this.destroyed || !carriesEdits || generation !== this.generation) return;
    if (ack.ok) {
      this.retry.delay = 0;
      this.dispatch({ type: 'stored' });
    } else if (TRANSIENT_CODES.includes(ack.code)) {
      this.dispatch({ type: 'retrying' });
      this.syncAgainSoon();
    } else this.dispatch({ type: 'rejected', message: ack.message || 'Your change could not be saved.' });
  }

  /**
   * The edit stays here; joining again makes the server send its step 1,
   * which this page answers with everything the server lacks.
   */
  private syncAgainSoon() {
    if (this.retry.timer) return;
    this.retry.delay = Math.min(RETRY_MOST_MS, this.retry.delay ? this.retry.delay * 2 : RETRY_FIRST_MS);
    this.retry.timer = setTimeout(() => {
      this.retry.timer = null;
      if (!this.destroyed && this.socket.connected) void this.join();
    }, this.retry.delay);
  }

  private sendAwareness(clients: number[]) {
    const data = awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients);
    this.socket.emit('awareness', { covenantId: this.covenantId, data: toBase64(data) });
  }

  private reconnect() {
    if (this.destroyed || !navigator.onLine) return;
    this.socket.disconnect();
    this.socket.connect();
  }

  private onConnect = () => {
    this.generation += 1;
    this.dispatch({ type: 'connected' });
    void this.join();
  };

  private onDisconnect = () => {
    this.generation += 1;
    this.live = false;
    this.dispatch({ type: 'disconnected' });
    // Others' cursors are stale until the server sends them again.
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    awarenessProtocol.removeAwarenessStates(this.awareness, others, this);
  };

  private onConnectError = (error: Error) => {
    if (error.message === 'UNAUTHENTICATED') {
      this.dispatch({ type: 'refused', code: 'UNAUTHENTICATED', message: 'Your session has ended: sign in again.' });
    }
  };

  private onOnline = () => {
    if (!this.socket.connected) this.socket.connect();
  };

  private onOffline = () => {
    this.socket.disconnect();
  };

  private onSync = ({ covenantId, data }: WireMessage) => {
    const bytes = wireBytes(data);
    if (covenantId !== this.covenantId || !bytes) return;
    const decoder = decoding.createDecoder(bytes);
    const encoder = encoding.createEncoder();
    const type = syncProtocol.readSyncMessage(decoder, encoder, this.doc, this);
    if (type === syncProtocol.messageYjsSyncStep1) this.live = true;
    if (type === syncProtocol.messageYjsSyncStep2) this.dispatch({ type: 'synced' });
    // The answer to the server's step 1 is a step 2 with everything it lacks, offline edits included.
    if (encoding.length(encoder) > 0) void this.send(encoding.toUint8Array(encoder), this.state.unsent);
  };

  private onAwareness = ({ covenantId, data }: WireMessage) => {
    const bytes = wireBytes(data);
    if (covenantId === this.covenantId && bytes) awarenessProtocol.applyAwarenessUpdate(this.awareness, bytes, this);
  };

  private onEvent = (event: CovenantEvent) => {
    if (event.covenantId !== this.covenantId) return;
    // A new status may change who edits (or, for a revision, who may stay): join again for a fresh answer.
    if (event.type === 'status.changed') void this.join();
    this.eventListeners.forEach((listener) => listener(event));
  };

  /** What this page may do here changed (a party left, a status moved, …): join again for the new answer. */
  private onAccess = ({ covenantId }: AccessNotice) => {
    if (covenantId === this.covenantId) void this.join();
  };

  private onDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this) return;
    if (!this.live) {
      this.dispatch({ type: 'editedOffline' });
      return;
    }
    void this.send(messages.write(SYNC_UPDATE, update), true);
  };

  private onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    if (origin === this || !this.live) return;
    const mine = [...added, ...updated, ...removed].filter((id) => id === this.doc.clientID);
    if (mine.length) this.sendAwareness(mine);
  };
}
