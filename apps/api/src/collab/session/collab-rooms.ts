/**
 * The covenants' rooms on this process: joining and leaving, answering sync
 * and awareness messages, relaying changes, and re-deciding what each socket
 * may do when a right changes. The gateway only decodes messages and hands
 * them here; every refusal is thrown as an AppError and answered by acks.ts.
 */
import { Injectable, Logger } from '@nestjs/common';
import {
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
  syncMessages,
  WIRE_ENCODINGS,
  type Ack,
  type BinaryMessage,
  type ClientToServerEvents,
  type JoinAck,
  type ServerToClientEvents,
  type WireEncoding,
} from '@covenant/collab-protocol';
import { decide, type CovenantStatus } from '@covenant/domain';
import type { Namespace, Socket } from 'socket.io';
import { AppError, badInput, forbidden, notVisibleError, rateLimited } from '../../core/errors/app-error';
import type { AccessChange } from '../../core/auth/access-changes';
import type { CovenantFacts } from '../../modules/covenants/covenant-access';
import { CovenantAccessService } from '../../modules/covenants/covenant-access.service';
import { MetricsService } from '../../core/metrics/metrics.service';
import { AuthService } from '../../modules/auth/auth.service';
import { DocumentRegistry, MAX_DOCUMENT_BYTES, type CommitOutcome, type LiveDocument } from '../document-registry';
import { awarenessProtocol, decoding, encoding } from '../document/protocols';
import { Y } from '../document/yjs';
import { OK, refusal } from './acks';
import { filterAwareness } from './awareness-filter';
import { backlogBytes, dropConnection } from './backlog';
import { CollabSession, MAX_IN_FLIGHT, type JoinedCovenant } from './collab-session';
import { MAX_BACKLOG_BYTES, MAX_JOINED_PER_SOCKET } from './limits';
import { roomAccess } from './room-policy';

export type CollabNamespace = Namespace<ClientToServerEvents, ServerToClientEvents>;
export type CollabSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

const messages = syncMessages({ encoding, decoding });
const NOT_A_SYNC_MESSAGE = 'That is not a valid y-protocols sync message.';
/** An update with nothing in it: what a client with no news sends as its step 2. */
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

export const room = (covenantId: string) => `covenant:${covenantId}`;
/** The covenant's sockets whose data travels in `encoding`: a message is encoded once for each such room. */
const encodingRoom = (covenantId: string, encoding: WireEncoding) => `${room(covenantId)}:${encoding}`;
const hasMemberBut = (members: ReadonlySet<string> | undefined, except?: string) =>
  !!members && (members.size > 1 || (members.size === 1 && !members.has(except ?? '')));
export const session = (socket: CollabSocket) => (socket.data as { session: CollabSession }).session;

/** `data` as it travels to a socket that asked for `encoding`. */
function wire(bytes: Uint8Array, encoding: WireEncoding): Uint8Array | string {
  return encoding === 'base64'
    ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
    : bytes;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((byte, index) => byte === b[index]);
}

/** The update inside a sync message, decoded once; BAD_USER_INPUT when it does not decode. */
function decodeUpdate(payload: Uint8Array): DecodedUpdate {
  try {
    return Y.decodeUpdate(payload);
  } catch {
    throw badInput(NOT_A_SYNC_MESSAGE);
  }
}

/**
 * True when applying the update would change nothing in the document: it
 * deletes nothing, and the document already has everything it inserts
 * (as `Y.diffUpdate` against the document's state vector would find).
 */
function changesNothing(doc: LiveDocument['doc'], { structs, ds }: DecodedUpdate): boolean {
  if (ds.clients.size) return false;
  return structs.every(
    (struct) => struct instanceof Y.Skip || struct.id.clock + struct.length <= Y.getState(doc.store, struct.id.client),
  );
}

@Injectable()
export class CollabRooms {
  private readonly logger = new Logger(CollabRooms.name);
  private namespace!: CollabNamespace;
  /** Set at shutdown: nothing more is relayed once the Redis clients may be closing. */
  private closing = false;
  /** Disconnected sockets still leaving their covenants: the last to leave a document stores it compacted. */
  private readonly departing = new Set<Promise<void>>();
  /** Awareness client ids in each document and the socket that announced each. */
  private readonly awarenessOwners = new WeakMap<LiveDocument, Map<number, string>>();

  constructor(
    private readonly auth: AuthService,
    private readonly access: CovenantAccessService,
    private readonly registry: DocumentRegistry,
    private readonly metrics: MetricsService,
  ) {}

  attach(namespace: CollabNamespace) {
    this.namespace = namespace;
    this.registry.onChange((live, update, origin) => this.relay(live, update, origin));
  }

  close() {
    this.closing = true;
  }

  get open(): boolean {
    return !this.closing;
  }

  join(socket: CollabSocket, covenantId: string): Promise<JoinAck> {
    const state = session(socket);
    return state.serial(async () => {
      if (!state.joined.has(covenantId) && state.joined.size >= MAX_JOINED_PER_SOCKET) {
        throw rateLimited(`One connection follows at most ${MAX_JOINED_PER_SOCKET} covenants at once.`);
      }
      const facts = await this.access.factsFor(covenantId, state.viewer);
      const access = roomAccess(facts);
      const live = await this.registry.open(covenantId);
      if (!live) throw notVisibleError('covenant');
      live.members.add(socket.id);
      const joined: JoinedCovenant = { ...access, step2Allowance: 0, sentState: 0 };
      state.joined.set(covenantId, joined);
      await socket.join([room(covenantId), encodingRoom(covenantId, state.encoding)]);
      this.sendStep1(socket, live, joined);
      const states = [...live.awareness.getStates().keys()];
      if (states.length) {
        this.send(socket, 'awareness', covenantId, awarenessProtocol.encodeAwarenessUpdate(live.awareness, states));
      }
      return { ok: true, role: joined.role, status: facts!.covenant.status };
    });
  }

  leave(socket: CollabSocket, covenantId: string): Promise<Ack> {
    return session(socket).serial(async () => {
      await this.depart(socket, covenantId);
      return OK;
    });
  }

  async sync(socket: CollabSocket, { covenantId, data }: BinaryMessage): Promise<Ack> {
    const state = session(socket);
    if (state.inFlight >= MAX_IN_FLIGHT || !state.syncMessages.take() || !state.syncBytes.take(data.byteLength)) {
      throw rateLimited('Too many changes at once: slow down, then send them again.');
    }
    state.inFlight += 1;
    try {
      // Only the decision runs in turn; the wait for the commit does not hold up the socket's next message.
      const accepted = await state.serial(() => this.acceptSync(socket, state, covenantId, data));
      return await accepted.done;
    } finally {
      state.inFlight -= 1;
    }
  }

  /** Decides on a sync message in the socket's turn; an update's answer waits for its commit. */
  private async acceptSync(
    socket: CollabSocket,
    state: CollabSession,
    covenantId: string,
    data: Uint8Array,
  ): Promise<{ done: Promise<Ack> }> {
    const answered = (ack: Ack) => ({ done: Promise.resolve(ack) });
    const joined = this.joined(socket, covenantId);
    const live = joined ? await this.registry.peek(covenantId) : null;
    if (!joined || !live) throw badInput('Join the covenant before syncing.');
    const message = messages.read(data);
    if (!message) throw badInput(NOT_A_SYNC_MESSAGE);
    const { type, payload } = message;
    if (type === SYNC_STEP_1) return answered(await this.answerStep1(socket, covenantId, live, payload));
    if (joined.role !== 'editor') return answered(this.fromViewer(joined, live, type, payload));
    if (changesNothing(live.doc, decodeUpdate(payload))) return answered(OK);
    if (live.size + payload.byteLength > MAX_DOCUMENT_BYTES) {
      live.size = Y.encodeStateAsUpdate(live.doc).byteLength;
      if (live.size + payload.byteLength > MAX_DOCUMENT_BYTES) {
        throw new AppError('PAYLOAD_TOO_LARGE', 'The document has reached its 8 MiB limit.');
      }
    }
    const viewer = state.viewer!;
    const outcome = this.registry.submit(
      live,
      { covenantId, update: payload, userId: viewer.userId, sessionId: viewer.sessionId },
      socket.id,
    );
    return { done: outcome.then((result) => this.acknowledge(socket, covenantId, live, result)) };
  }

  /**
   * A reader's step 1 gets the document only if it may read the working
   * draft now: a right lost a moment ago is not waited for.
   */
  private async answerStep1(socket: CollabSocket, covenantId: string, live: LiveDocument, stateVector: Uint8Array) {
    try {
      roomAccess(await this.access.factsFor(covenantId, session(socket).viewer));
    } catch (error) {
      await this.depart(socket, covenantId);
      throw error;
    }
    let update: Uint8Array;
    try {
      update = Y.encodeStateAsUpdate(live.doc, stateVector);
    } catch {
      throw badInput(NOT_A_SYNC_MESSAGE);
    }
    const joined = this.joined(socket, covenantId);
    if (joined) joined.sentState = Math.max(joined.sentState, update.byteLength);
    this.send(socket, 'sync', covenantId, messages.write(SYNC_STEP_2, update));
    return OK;
  }

  /**
   * A viewer's update is refused unread, but for an empty one and the step 2
   * that answers the server's step 1, which a stock client always sends.
   */
  private fromViewer(joined: JoinedCovenant, live: LiveDocument, type: number, payload: Uint8Array): Ack {
    if (sameBytes(payload, EMPTY_UPDATE)) return OK;
    if (type !== SYNC_STEP_2 || joined.step2Allowance <= 0) throw forbidden(joined.refusal);
    joined.step2Allowance -= 1;
    if (!changesNothing(live.doc, decodeUpdate(payload))) throw forbidden(joined.refusal);
    return OK;
  }

  private async acknowledge(
    socket: CollabSocket,
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
        return refusal(
          'CONFLICT',
          'This change was stored, but it builds on an earlier change of yours that was not: send that one again.',
        );
      }
      case 'unavailable':
        return refusal(
          'INTERNAL_SERVER_ERROR',
          'The change could not be saved just now and was not kept: send it again.',
        );
      case 'refused': {
        const facts = await this.access.factsFor(covenantId, session(socket).viewer).catch(() => null);
        const edit = facts ? decide('edit', facts.covenant, facts.viewer) : null;
        return refusal(
          'FORBIDDEN',
          edit && !edit.allowed ? edit.reason : 'Your session has ended, so this change was not kept. Sign in again.',
        );
      }
    }
  }

  async awareness(socket: CollabSocket, { covenantId, data }: BinaryMessage): Promise<void> {
    const state = session(socket);
    if (!state.presence || !state.awarenessMessages.take()) return;
    if (!this.joined(socket, covenantId)) return;
    const live = await this.registry.peek(covenantId);
    if (!live) return;
    const owners = this.ownersOf(live);
    const filtered = filterAwareness(data, state.presence, (clientId, clearing) => {
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
    this.broadcast('everywhere', covenantId, 'awareness', filtered.update, socket.id);
  }

  disconnect(socket: CollabSocket): Promise<void> {
    const state = session(socket);
    if (!state) return Promise.resolve();
    if (state.expiry) clearTimeout(state.expiry);
    const departure = Promise.all([...state.joined.keys()].map((covenantId) => this.depart(socket, covenantId))).then(
      () => undefined,
    );
    this.departing.add(departure);
    const done = () => this.departing.delete(departure);
    departure.then(done, done);
    return departure;
  }

  /** Resolves once every socket that disconnected has left its covenants, and their documents are put away. */
  async departed(): Promise<void> {
    while (this.departing.size) await Promise.allSettled([...this.departing]);
  }

  /** This process's sockets and the bytes each has waiting to be sent, for operators (metrics). */
  connections(): { id: string; backlogBytes: number }[] {
    return [...this.namespace.sockets.values()].map((socket) => ({
      id: socket.id,
      backlogBytes: backlogBytes(socket),
    }));
  }

  socketsOf(test: (state: CollabSession) => boolean): CollabSocket[] {
    return [...this.namespace.sockets.values()].filter((socket) => {
      const state = session(socket);
      return !!state && test(state);
    });
  }

  /** The socket's place in a covenant it joined and is still in the room of. */
  private joined(socket: CollabSocket, covenantId: string): JoinedCovenant | undefined {
    if (!socket.rooms.has(room(covenantId))) return undefined;
    return session(socket).joined.get(covenantId);
  }

  private ownersOf(live: LiveDocument): Map<number, string> {
    let owners = this.awarenessOwners.get(live);
    if (!owners) this.awarenessOwners.set(live, (owners = new Map()));
    return owners;
  }

  private sendStep1(socket: CollabSocket, live: LiveDocument, joined: JoinedCovenant) {
    joined.step2Allowance += 1;
    this.send(socket, 'sync', live.covenantId, messages.write(SYNC_STEP_1, Y.encodeStateVector(live.doc)));
  }

  private async depart(socket: CollabSocket, covenantId: string) {
    const state = session(socket);
    if (!state.joined.delete(covenantId)) return;
    await socket.leave(room(covenantId));
    await socket.leave(encodingRoom(covenantId, state.encoding));
    const live = await this.registry.peek(covenantId);
    const clients = [...(state.awarenessClients.get(covenantId) ?? [])];
    state.awarenessClients.delete(covenantId);
    if (live && clients.length) {
      const owners = this.ownersOf(live);
      clients.forEach((id) => owners.delete(id));
      awarenessProtocol.removeAwarenessStates(live.awareness, clients, 'server');
      if (!this.closing) {
        const removal = awarenessProtocol.encodeAwarenessUpdate(live.awareness, clients);
        this.broadcast('everywhere', covenantId, 'awareness', removal, socket.id);
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
    const data = messages.write(SYNC_UPDATE, update);
    this.metrics.relayedBytes.inc(data.byteLength);
    const except = typeof origin === 'string' ? origin : undefined;
    this.broadcast('here', live.covenantId, 'sync', data, except);
  }

  private send(socket: CollabSocket, event: 'sync' | 'awareness', covenantId: string, data: Uint8Array) {
    socket.emit(event, { covenantId, data: wire(data, session(socket).encoding) });
  }

  /** To the covenant's sockets of this process (`here`) or of every process, but `except`. */
  private broadcast(
    where: 'here' | 'everywhere',
    covenantId: string,
    event: 'sync' | 'awareness',
    data: Uint8Array,
    except?: string,
  ) {
    for (const encoding of WIRE_ENCODINGS) {
      const name = encodingRoom(covenantId, encoding);
      // Socket.IO encodes a packet even for a room nobody is in; a process knows only its own rooms.
      if (where === 'here' && !hasMemberBut(this.namespace.adapter.rooms.get(name), except)) continue;
      const target = (where === 'here' ? this.namespace.local : this.namespace).to(name);
      (except ? target.except(except) : target).emit(event, { covenantId, data: wire(data, encoding) });
    }
  }

  /** Re-decides, through the same policy as GraphQL, what the sockets a committed change touches may do. */
  async reconsider(change: AccessChange | null): Promise<void> {
    if (this.closing) return;
    if (change && 'sessionId' in change) {
      this.socketsOf((state) => state.viewer?.sessionId === change.sessionId).forEach((s) => s.disconnect(true));
      return;
    }
    if (!change) await this.dropEndedSessions();
    const touched = new Map<string, CollabSocket[]>();
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

  private async redecide(socket: CollabSocket, covenantId: string, facts: CovenantFacts | null): Promise<void> {
    const joined = session(socket).joined.get(covenantId);
    if (!joined) return;
    const at = new Date().toISOString();
    const status: CovenantStatus | null = facts?.covenant.status ?? null;
    let access;
    try {
      access = roomAccess(facts);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      await this.depart(socket, covenantId);
      socket.emit('access', { covenantId, at, role: null, status, code: error.code, message: error.message });
      return;
    }
    joined.refusal = access.refusal;
    if (access.role === joined.role) return;
    joined.role = access.role;
    socket.emit('access', { covenantId, at, role: access.role, status, message: joined.refusal });
  }

  /** After notices may have been missed: sockets whose session ended meanwhile are closed. */
  private async dropEndedSessions() {
    const sockets = this.socketsOf((state) => !!state.viewer);
    if (!sockets.length) return;
    const live = await this.auth.liveSessions(sockets.map((socket) => session(socket).viewer!.sessionId));
    sockets.filter((socket) => !live.has(session(socket).viewer!.sessionId)).forEach((s) => s.disconnect(true));
  }
}
