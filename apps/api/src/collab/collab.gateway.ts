/**
 * The real-time namespace `/collab` (contract/realtime.md): authentication at
 * connect, `join`/`leave`, y-protocols sync and awareness. Who may read and
 * who may edit is the shared covenant policy's answer, as in GraphQL, asked
 * again whenever something that grants or takes a right commits anywhere.
 */
import { Inject, Logger, OnModuleDestroy } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import { colourFor, decide, type CovenantStatus } from '@covenant/domain';
import { isUUID } from 'class-validator';
import type { Namespace, Socket } from 'socket.io';
import { AccessChanges, type AccessChange } from '../core/auth/access-changes';
import { tokenFromHeaders } from '../core/auth/credentials';
import type { Viewer } from '../core/auth/viewer';
import { APP_CONFIG, type AppConfig } from '../core/config/config';
import { MetricsService } from '../core/metrics/metrics.service';
import { AuthService } from '../modules/auth/auth.service';
import type { CovenantFacts } from '../modules/covenants/covenant-access';
import { CovenantAccessService } from '../modules/covenants/covenant-access.service';
import { CovenantEvents } from '../modules/covenants/covenant-events';
import { UsersService } from '../modules/users/users.service';
import { DocumentRegistry, MAX_DOCUMENT_BYTES, type CommitOutcome, type LiveDocument } from './document-registry';
import { awarenessProtocol, decoding, encoding, sync, type Encoder } from './document/protocols';
import { Y } from './document/yjs';
import { filterAwareness } from './session/awareness-filter';
import { backlogBytes, dropConnection } from './session/backlog';
import { CollabSession, MAX_IN_FLIGHT, type CollabRole, type JoinedCovenant } from './session/collab-session';

export const MAX_UPDATE_BYTES = 256 * 1024;
/** Covenants one socket may follow at once, and sockets one person may hold open on one process. */
export const MAX_JOINED_PER_SOCKET = 20;
export const MAX_SOCKETS_PER_USER = 20;
/** Bytes held for a socket that is not reading, beyond the document state it is still being sent. */
export const MAX_BACKLOG_BYTES = 2 * 1024 * 1024;
/** Timers longer than this overflow; a longer session is checked again when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

type Ack = { ok: true; [key: string]: unknown } | { ok: false; code: string; message: string };
const OK: Ack = { ok: true };
const refuse = (code: string, message: string): Ack => ({ ok: false, code, message });
const NOT_FOUND = refuse('NOT_FOUND', 'That covenant does not exist, or you cannot see it.');
/** An update with nothing in it: what a client with no news sends as its step 2. */
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

const room = (covenantId: string) => `covenant:${covenantId}`;

function binary(value: unknown): Uint8Array | null {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  return null;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((byte, index) => byte === b[index]);
}

function syncMessage(write: (encoder: Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** True when applying the update would change nothing in the document. */
function changesNothing(doc: LiveDocument['doc'], update: Uint8Array): boolean {
  const missing = Y.decodeUpdate(Y.diffUpdate(update, Y.encodeStateVector(doc)));
  return missing.structs.length === 0 && missing.ds.clients.size === 0;
}

const session = (socket: Socket) => (socket.data as { session: CollabSession }).session;

@WebSocketGateway({ namespace: '/collab' })
export class CollabGateway implements OnGatewayInit, OnGatewayDisconnect, OnModuleDestroy {
  private readonly logger = new Logger(CollabGateway.name);
  private namespace!: Namespace;
  /** Set at shutdown: nothing more is relayed once the Redis clients may be closing. */
  private closing = false;
  /** Awareness client ids in each document and the socket that announced each. */
  private readonly awarenessOwners = new WeakMap<LiveDocument, Map<number, string>>();

  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly access: CovenantAccessService,
    private readonly registry: DocumentRegistry,
    private readonly events: CovenantEvents,
    private readonly accessChanges: AccessChanges,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  afterInit(namespace: Namespace) {
    this.namespace = namespace;
    // The namespace's adapter (Redis when configured) carries each event to the room on every process.
    this.events.subscribe((event) => {
      if (!this.closing) namespace.to(room(event.covenantId)).emit('event', event);
    });
    this.registry.onChange((live, update, origin) => this.relay(live, update, origin));
    this.accessChanges.subscribe((change) => void this.reconsider(change));
    namespace.on('connection', (socket: Socket) => {
      this.metrics.socketsConnected.inc();
      socket.once('disconnect', () => this.metrics.socketsConnected.dec());
    });
    namespace.use((socket, next) => {
      this.admit(socket).then(
        () => next(),
        (error: Error) => next(error),
      );
    });
  }

  /** Connect: the session from the token or cookie, checked, or an anonymous viewer. */
  private async admit(socket: Socket): Promise<void> {
    const fromAuth = typeof socket.handshake.auth?.token === 'string' ? socket.handshake.auth.token : null;
    const fromCookie = fromAuth ? null : tokenFromHeaders({ cookie: socket.handshake.headers.cookie });
    // A page on another site must not ride on the person's cookie.
    if (fromCookie && !this.sameOrigin(socket)) throw new Error('FORBIDDEN');
    const token = fromAuth ?? fromCookie;
    if (!token) {
      socket.data = { session: new CollabSession(null, null) };
      return;
    }
    let viewer: Viewer;
    try {
      viewer = await this.auth.authenticate(token);
    } catch (error) {
      this.logger.debug(`refused a socket: ${String(error)}`);
      throw new Error('UNAUTHENTICATED');
    }
    if (this.socketsOf((other) => other.viewer?.userId === viewer.userId).length >= MAX_SOCKETS_PER_USER) {
      throw new Error('RATE_LIMITED');
    }
    const user = await this.users.findById(viewer.userId);
    if (!user) throw new Error('UNAUTHENTICATED');
    const state = new CollabSession(viewer, { id: user.id, name: user.displayName, color: colourFor(user.id) });
    socket.data = { session: state };
    this.closeAtExpiry(socket, state);
  }

  private sameOrigin(socket: Socket): boolean {
    const origin = socket.handshake.headers.origin;
    if (!origin) return true;
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return false;
    }
    if (this.config.publicUrl && new URL(this.config.publicUrl).host === host) return true;
    return host === socket.handshake.headers.host;
  }

  private closeAtExpiry(socket: Socket, state: CollabSession) {
    const expiresAt = state.viewer?.expiresAt;
    if (!expiresAt) return;
    const wait = expiresAt.getTime() - Date.now();
    if (wait <= 0) return void socket.disconnect(true);
    state.expiry = setTimeout(() => this.closeAtExpiry(socket, state), Math.min(wait, MAX_TIMER_MS));
  }

  @SubscribeMessage('join')
  join(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    const covenantId = (body as { covenantId?: unknown } | null)?.covenantId;
    if (typeof covenantId !== 'string') {
      return Promise.resolve(refuse('BAD_USER_INPUT', 'Send { covenantId } to join a covenant.'));
    }
    if (!isUUID(covenantId)) return Promise.resolve(NOT_FOUND);
    const state = session(socket);
    return state.serial(async () => {
      if (!state.joined.has(covenantId) && state.joined.size >= MAX_JOINED_PER_SOCKET) {
        return refuse('RATE_LIMITED', `One connection follows at most ${MAX_JOINED_PER_SOCKET} covenants at once.`);
      }
      const facts = await this.access.factsFor(covenantId, state.viewer);
      if (!facts) return NOT_FOUND;
      const draft = decide('readWorkingDraft', facts.covenant, facts.viewer);
      if (!draft.allowed) return refuse(draft.code, draft.reason);
      const live = await this.registry.open(covenantId);
      if (!live) return NOT_FOUND;
      const edit = decide('edit', facts.covenant, facts.viewer);
      live.members.add(socket.id);
      const joined: JoinedCovenant = {
        role: edit.allowed ? 'editor' : 'viewer',
        refusal: edit.allowed ? '' : edit.reason,
        step2Allowance: 0,
        sentState: 0,
      };
      state.joined.set(covenantId, joined);
      await socket.join(room(covenantId));
      this.sendStep1(socket, live, joined);
      const states = [...live.awareness.getStates().keys()];
      if (states.length) {
        socket.emit('awareness', { covenantId, data: awarenessProtocol.encodeAwarenessUpdate(live.awareness, states) });
      }
      return { ok: true, role: joined.role, status: facts.covenant.status };
    });
  }

  @SubscribeMessage('leave')
  leave(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    const covenantId = (body as { covenantId?: unknown } | null)?.covenantId;
    if (typeof covenantId !== 'string') {
      return Promise.resolve(refuse('BAD_USER_INPUT', 'Send { covenantId } to leave a covenant.'));
    }
    return session(socket).serial(async () => {
      await this.depart(socket, covenantId);
      return OK;
    });
  }

  @SubscribeMessage('sync')
  async sync(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    const started = performance.now();
    const ack = await this.answerSync(socket, body);
    const code = ack.ok ? 'OK' : ack.code;
    this.metrics.syncAcks.inc({ code });
    this.metrics.syncAckLatency.observe({ code }, (performance.now() - started) / 1000);
    return ack;
  }

  private async answerSync(socket: Socket, body: unknown): Promise<Ack> {
    const { covenantId, data } = (body ?? {}) as { covenantId?: unknown; data?: unknown };
    const message = binary(data);
    if (typeof covenantId !== 'string' || !message) {
      return refuse('BAD_USER_INPUT', 'Send { covenantId, data } with data a y-protocols sync message.');
    }
    if (message.byteLength > MAX_UPDATE_BYTES) {
      return refuse('PAYLOAD_TOO_LARGE', 'That update is over 256 KiB; send it in smaller pieces.');
    }
    const state = session(socket);
    if (state.inFlight >= MAX_IN_FLIGHT || !state.syncMessages.take() || !state.syncBytes.take(message.byteLength)) {
      return refuse('RATE_LIMITED', 'Too many changes at once: slow down, then send them again.');
    }
    state.inFlight += 1;
    try {
      // Only the decision runs in turn; the wait for the commit does not hold up the socket's next message.
      const accepted = await state.serial(() => this.acceptSync(socket, state, covenantId, message));
      return await accepted.done;
    } finally {
      state.inFlight -= 1;
    }
  }

  private async acceptSync(
    socket: Socket,
    state: CollabSession,
    covenantId: string,
    message: Uint8Array,
  ): Promise<{ done: Promise<Ack> }> {
    const answer = (ack: Ack) => ({ done: Promise.resolve(ack) });
    const joined = this.joined(socket, covenantId);
    const live = joined ? await this.registry.peek(covenantId) : null;
    if (!joined || !live) return answer(refuse('BAD_USER_INPUT', 'Join the covenant before syncing.'));
    let type: number;
    let payload: Uint8Array;
    try {
      const decoder = decoding.createDecoder(message);
      type = decoding.readVarUint(decoder);
      if (type !== sync.messageYjsSyncStep1 && type !== sync.messageYjsSyncStep2 && type !== sync.messageYjsUpdate) {
        throw new Error('unknown message type');
      }
      payload = decoding.readVarUint8Array(decoder);
    } catch {
      return answer(refuse('BAD_USER_INPUT', 'That is not a valid y-protocols sync message.'));
    }
    if (type === sync.messageYjsSyncStep1) return answer(await this.answerStep1(socket, covenantId, live, payload));
    if (joined.role !== 'editor') return answer(this.fromViewer(joined, live, type, payload));
    try {
      Y.decodeUpdate(payload);
    } catch {
      return answer(refuse('BAD_USER_INPUT', 'That is not a valid y-protocols sync message.'));
    }
    if (changesNothing(live.doc, payload)) return answer(OK);
    if (live.size + payload.byteLength > MAX_DOCUMENT_BYTES) {
      live.size = Y.encodeStateAsUpdate(live.doc).byteLength;
      if (live.size + payload.byteLength > MAX_DOCUMENT_BYTES) {
        return answer(refuse('PAYLOAD_TOO_LARGE', 'The document has reached its 8 MiB limit.'));
      }
    }
    const viewer = state.viewer!;
    const outcome = this.registry.submit(
      live,
      { update: payload, userId: viewer.userId, sessionId: viewer.sessionId },
      socket.id,
    );
    return { done: outcome.then((result) => this.acknowledge(socket, covenantId, live, result)) };
  }

  /**
   * A reader's step 1 gets the document only if it may read the working
   * draft now: a right lost a moment ago is not waited for.
   */
  private async answerStep1(socket: Socket, covenantId: string, live: LiveDocument, stateVector: Uint8Array) {
    const facts = await this.access.factsFor(covenantId, session(socket).viewer);
    const draft = facts ? decide('readWorkingDraft', facts.covenant, facts.viewer) : null;
    if (!draft?.allowed) {
      await this.depart(socket, covenantId);
      return draft ? refuse(draft.code, draft.reason) : NOT_FOUND;
    }
    let update: Uint8Array;
    try {
      update = Y.encodeStateAsUpdate(live.doc, stateVector);
    } catch {
      return refuse('BAD_USER_INPUT', 'That is not a valid y-protocols sync message.');
    }
    const joined = this.joined(socket, covenantId);
    if (joined) joined.sentState = Math.max(joined.sentState, update.byteLength);
    socket.emit('sync', {
      covenantId,
      data: syncMessage((e) => {
        encoding.writeVarUint(e, sync.messageYjsSyncStep2);
        encoding.writeVarUint8Array(e, update);
      }),
    });
    return OK;
  }

  /**
   * A viewer's update is refused unread, but for an empty one and the step 2
   * that answers the server's step 1, which a stock client always sends.
   */
  private fromViewer(joined: JoinedCovenant, live: LiveDocument, type: number, payload: Uint8Array): Ack {
    if (sameBytes(payload, EMPTY_UPDATE)) return OK;
    if (type !== sync.messageYjsSyncStep2 || joined.step2Allowance <= 0) return refuse('FORBIDDEN', joined.refusal);
    joined.step2Allowance -= 1;
    try {
      return changesNothing(live.doc, payload) ? OK : refuse('FORBIDDEN', joined.refusal);
    } catch {
      return refuse('BAD_USER_INPUT', 'That is not a valid y-protocols sync message.');
    }
  }

  private async acknowledge(
    socket: Socket,
    covenantId: string,
    live: LiveDocument,
    outcome: CommitOutcome,
  ): Promise<Ack> {
    switch (outcome) {
      case 'stored':
        return OK;
      case 'incomplete': {
        // Ask for what is missing: a stock client answers a step 1 with everything the server lacks.
        const joined = this.joined(socket, covenantId);
        if (joined) this.sendStep1(socket, live, joined);
        return refuse(
          'CONFLICT',
          'This change was stored, but it builds on an earlier change of yours that was not: send that one again.',
        );
      }
      case 'unavailable':
        return refuse(
          'INTERNAL_SERVER_ERROR',
          'The change could not be saved just now and was not kept: send it again.',
        );
      case 'refused': {
        const facts = await this.access.factsFor(covenantId, session(socket).viewer).catch(() => null);
        const edit = facts ? decide('edit', facts.covenant, facts.viewer) : null;
        return refuse(
          'FORBIDDEN',
          edit && !edit.allowed ? edit.reason : 'Your session has ended, so this change was not kept. Sign in again.',
        );
      }
    }
  }

  @SubscribeMessage('awareness')
  async awareness(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<void> {
    const { covenantId, data } = (body ?? {}) as { covenantId?: unknown; data?: unknown };
    const message = binary(data);
    const state = session(socket);
    if (typeof covenantId !== 'string' || !message || !state.presence || !state.awarenessMessages.take()) return;
    if (!this.joined(socket, covenantId)) return;
    const live = await this.registry.peek(covenantId);
    if (!live) return;
    const owners = this.ownersOf(live);
    const filtered = filterAwareness(message, state.presence, (clientId, clearing) => {
      const owner = owners.get(clientId);
      return owner === socket.id || (!owner && !clearing);
    });
    if (!filtered) return;
    const mine = state.awarenessClients.get(covenantId) ?? new Set<number>();
    filtered.set.forEach((id) => {
      mine.add(id);
      owners.set(id, socket.id);
    });
    filtered.cleared.forEach((id) => {
      mine.delete(id);
      owners.delete(id);
    });
    state.awarenessClients.set(covenantId, mine);
    awarenessProtocol.applyAwarenessUpdate(live.awareness, filtered.update, socket.id);
    socket.to(room(covenantId)).emit('awareness', { covenantId, data: filtered.update });
  }

  onModuleDestroy() {
    this.closing = true;
  }

  /** This process's sockets and the bytes each has waiting to be sent, for operators (metrics). */
  connections(): { id: string; backlogBytes: number }[] {
    return [...this.namespace.sockets.values()].map((socket) => ({
      id: socket.id,
      backlogBytes: backlogBytes(socket),
    }));
  }

  async handleDisconnect(socket: Socket) {
    const state = session(socket);
    if (!state) return;
    if (state.expiry) clearTimeout(state.expiry);
    await Promise.all([...state.joined.keys()].map((covenantId) => this.depart(socket, covenantId)));
  }

  /** The socket's place in a covenant it joined and is still in the room of. */
  private joined(socket: Socket, covenantId: string): JoinedCovenant | undefined {
    if (!socket.rooms.has(room(covenantId))) return undefined;
    return session(socket).joined.get(covenantId);
  }

  private ownersOf(live: LiveDocument): Map<number, string> {
    let owners = this.awarenessOwners.get(live);
    if (!owners) this.awarenessOwners.set(live, (owners = new Map()));
    return owners;
  }

  private sendStep1(socket: Socket, live: LiveDocument, joined: JoinedCovenant) {
    joined.step2Allowance += 1;
    socket.emit('sync', { covenantId: live.covenantId, data: syncMessage((e) => sync.writeSyncStep1(e, live.doc)) });
  }

  private async depart(socket: Socket, covenantId: string) {
    const state = session(socket);
    if (!state.joined.delete(covenantId)) return;
    await socket.leave(room(covenantId));
    const live = await this.registry.peek(covenantId);
    const clients = [...(state.awarenessClients.get(covenantId) ?? [])];
    state.awarenessClients.delete(covenantId);
    if (live && clients.length) {
      const owners = this.ownersOf(live);
      clients.forEach((id) => owners.delete(id));
      awarenessProtocol.removeAwarenessStates(live.awareness, clients, 'server');
      if (!this.closing) {
        socket
          .to(room(covenantId))
          .emit('awareness', { covenantId, data: awarenessProtocol.encodeAwarenessUpdate(live.awareness, clients) });
      }
    }
    await this.registry.leave(covenantId, socket.id);
  }

  /**
   * Sends a change that reached a document here to this process's sockets in
   * its room (other processes relay it to theirs from the bus), but not to
   * the socket it came from. A socket that stopped reading is let go before
   * the server holds more for it than it could ever need.
   */
  private relay(live: LiveDocument, update: Uint8Array, origin: unknown) {
    if (this.closing) return;
    const members = this.namespace.adapter.rooms.get(room(live.covenantId));
    if (!members) return;
    for (const id of members) {
      const socket = this.namespace.sockets.get(id);
      const joined = socket && session(socket)?.joined.get(live.covenantId);
      if (socket && joined && backlogBytes(socket) > MAX_BACKLOG_BYTES + joined.sentState) {
        this.logger.warn(`let go of a socket that stopped reading (${backlogBytes(socket)} bytes behind)`);
        dropConnection(socket);
      }
    }
    const data = syncMessage((e) => sync.writeUpdate(e, update));
    this.metrics.relayedBytes.inc(data.byteLength);
    const target = this.namespace.local.to(room(live.covenantId));
    (typeof origin === 'string' ? target.except(origin) : target).emit('sync', { covenantId: live.covenantId, data });
  }

  /** Re-decides, through the same policy as GraphQL, what the sockets a committed change touches may do. */
  private async reconsider(change: AccessChange | null): Promise<void> {
    if (this.closing) return;
    if (change && 'sessionId' in change) {
      this.socketsOf((state) => state.viewer?.sessionId === change.sessionId).forEach((s) => s.disconnect(true));
      return;
    }
    if (!change) await this.dropEndedSessions();
    const touched = new Map<string, Socket[]>();
    for (const socket of this.namespace.sockets.values()) {
      const state = session(socket);
      if (!state) continue;
      if (change && 'userId' in change && state.viewer?.userId !== change.userId) continue;
      for (const covenantId of state.joined.keys()) {
        if (change && 'covenantId' in change && covenantId !== change.covenantId) continue;
        touched.set(covenantId, [...(touched.get(covenantId) ?? []), socket]);
      }
    }
    await Promise.all(
      [...touched].map(async ([covenantId, sockets]) => {
        try {
          const facts = await this.access.factsForViewers(
            covenantId,
            sockets.map((socket) => session(socket).viewer),
          );
          await Promise.all(
            sockets.map((socket, index) =>
              session(socket).serial(() => this.redecide(socket, covenantId, facts?.[index] ?? null)),
            ),
          );
        } catch (error) {
          this.logger.error(`could not re-decide access to ${covenantId}: ${String(error)}`);
        }
      }),
    );
  }

  private async redecide(socket: Socket, covenantId: string, facts: CovenantFacts | null): Promise<void> {
    const joined = session(socket).joined.get(covenantId);
    if (!joined) return;
    const at = new Date().toISOString();
    const status: CovenantStatus | null = facts?.covenant.status ?? null;
    const draft = facts ? decide('readWorkingDraft', facts.covenant, facts.viewer) : null;
    if (!draft?.allowed) {
      await this.depart(socket, covenantId);
      const refusal = draft && !draft.allowed ? draft : { code: 'NOT_FOUND', reason: NOT_FOUND.message as string };
      socket.emit('access', { covenantId, at, role: null, status, code: refusal.code, message: refusal.reason });
      return;
    }
    const edit = decide('edit', facts!.covenant, facts!.viewer);
    const role: CollabRole = edit.allowed ? 'editor' : 'viewer';
    joined.refusal = edit.allowed ? '' : edit.reason;
    if (role === joined.role) return;
    joined.role = role;
    socket.emit('access', { covenantId, at, role, status, message: joined.refusal });
  }

  /** After notices may have been missed: sockets whose session ended meanwhile are closed. */
  private async dropEndedSessions() {
    const sockets = this.socketsOf((state) => !!state.viewer);
    if (!sockets.length) return;
    const live = await this.auth.liveSessions(sockets.map((socket) => session(socket).viewer!.sessionId));
    sockets.filter((socket) => !live.has(session(socket).viewer!.sessionId)).forEach((s) => s.disconnect(true));
  }

  private socketsOf(test: (state: CollabSession) => boolean): Socket[] {
    return [...this.namespace.sockets.values()].filter((socket) => {
      const state = session(socket);
      return !!state && test(state);
    });
  }
}
