/**
 * The real-time namespace `/collab` (contract/realtime.md): authentication at
 * connect, `join`/`leave`, y-protocols sync and awareness. Who may read and
 * who may edit is the shared covenant policy's answer, as in GraphQL.
 */
import { Logger, OnModuleDestroy } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import { isUUID } from 'class-validator';
import type { Namespace, Socket } from 'socket.io';
import { tokenFromHeaders } from '../core/auth/credentials';
import type { Viewer } from '../core/auth/viewer';
import { AuthService } from '../modules/auth/auth.service';
import { decide } from '@covenant/domain';
import { CovenantAccessService } from '../modules/covenants/covenant-access.service';
import { CovenantEvents } from '../modules/covenants/covenant-events';
import { DocumentRegistry, EditRefusedError, MAX_DOCUMENT_BYTES, type LiveDocument } from './document-registry';
import { awarenessProtocol, decoding, encoding, sync, type Encoder } from './document/protocols';
import { Y } from './document/yjs';

export const MAX_UPDATE_BYTES = 256 * 1024;
const EDITABLE = ['DRAFT', 'UNDER_REVIEW'];

type Ack = { ok: true; [key: string]: unknown } | { ok: false; code: string; message: string };
const refuse = (code: string, message: string): Ack => ({ ok: false, code, message });

interface Membership {
  role: 'editor' | 'viewer';
  refusal: string;
}

export interface CollabSocketData {
  viewer: Viewer | null;
  /** Covenants this socket joined, with its role in each and, for a viewer, why it may not edit. */
  joined?: Map<string, Membership>;
  /** Awareness client ids this socket has announced, by covenant. */
  awarenessClients?: Map<string, Set<number>>;
}

const room = (covenantId: string) => `covenant:${covenantId}`;
/** Sockets that may read the draft only until a revision starts: people outside the parties. */
const outsiders = (covenantId: string) => `covenant:${covenantId}:outsiders`;

function binary(value: unknown): Uint8Array | null {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  return null;
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

@WebSocketGateway({ namespace: '/collab' })
export class CollabGateway implements OnGatewayInit, OnGatewayDisconnect, OnModuleDestroy {
  private readonly logger = new Logger(CollabGateway.name);
  private readonly broadcasting = new WeakSet<object>();
  /** Set at shutdown: nothing more is relayed once the Redis clients may be closing. */
  private closing = false;

  constructor(
    private readonly auth: AuthService,
    private readonly access: CovenantAccessService,
    private readonly registry: DocumentRegistry,
    private readonly events: CovenantEvents,
  ) {}

  afterInit(namespace: Namespace) {
    // The namespace's adapter (Redis when configured) carries each event to the room on every process.
    this.events.subscribe((event) => {
      if (this.closing) return;
      if (event.type === 'status.changed') this.registry.forgetStatus(event.covenantId);
      namespace.to(room(event.covenantId)).emit('event', event);
      // A revision's working draft is for its parties: everyone else leaves the room on every process.
      if (event.type === 'status.changed' && event.to === 'UNDER_REVIEW') {
        namespace.in(outsiders(event.covenantId)).socketsLeave([room(event.covenantId), outsiders(event.covenantId)]);
      }
    });
    namespace.use((socket: Socket, next) => {
      const fromAuth = typeof socket.handshake.auth?.token === 'string' ? socket.handshake.auth.token : null;
      const token = fromAuth ?? tokenFromHeaders({ cookie: socket.handshake.headers.cookie });
      const data = socket.data as CollabSocketData;
      data.joined = new Map();
      data.awarenessClients = new Map();
      if (!token) {
        data.viewer = null;
        return next();
      }
      this.auth.authenticate(token).then(
        (viewer) => {
          data.viewer = viewer;
          next();
        },
        (error: unknown) => {
          this.logger.debug(`refused a socket: ${String(error)}`);
          next(new Error('UNAUTHENTICATED'));
        },
      );
    });
  }

  @SubscribeMessage('join')
  async join(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    const covenantId = (body as { covenantId?: unknown } | null)?.covenantId;
    if (typeof covenantId !== 'string') return refuse('BAD_USER_INPUT', 'Send { covenantId } to join a covenant.');
    const notFound = refuse('NOT_FOUND', 'That covenant does not exist, or you cannot see it.');
    if (!isUUID(covenantId)) return notFound;
    const data = socket.data as CollabSocketData;
    const facts = await this.access.factsFor(covenantId, data.viewer);
    if (!facts) return notFound;
    const draft = decide('readWorkingDraft', facts.covenant, facts.viewer);
    if (!draft.allowed) return refuse(draft.code, draft.reason);
    const live = await this.registry.open(covenantId);
    if (!live) return notFound;
    const edit = decide('edit', facts.covenant, facts.viewer);
    const role = edit.allowed ? 'editor' : 'viewer';
    this.broadcastChanges(live);
    live.members.add(socket.id);
    data.joined!.set(covenantId, { role, refusal: edit.allowed ? '' : edit.reason });
    const revision = { ...facts.covenant, status: 'UNDER_REVIEW' as const };
    const rooms = decide('readWorkingDraft', revision, facts.viewer).allowed
      ? [room(covenantId)]
      : [room(covenantId), outsiders(covenantId)];
    await socket.join(rooms);
    socket.emit('sync', { covenantId, data: syncMessage((e) => sync.writeSyncStep1(e, live.doc)) });
    const states = [...live.awareness.getStates().keys()];
    if (states.length) {
      socket.emit('awareness', { covenantId, data: awarenessProtocol.encodeAwarenessUpdate(live.awareness, states) });
    }
    return { ok: true, role, status: facts.covenant.status };
  }

  @SubscribeMessage('leave')
  async leave(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    const covenantId = (body as { covenantId?: unknown } | null)?.covenantId;
    if (typeof covenantId !== 'string') return refuse('BAD_USER_INPUT', 'Send { covenantId } to leave a covenant.');
    await this.depart(socket, covenantId);
    return { ok: true };
  }

  @SubscribeMessage('sync')
  async sync(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    const { covenantId, data } = (body ?? {}) as { covenantId?: unknown; data?: unknown };
    const message = binary(data);
    if (typeof covenantId !== 'string' || !message) {
      return refuse('BAD_USER_INPUT', 'Send { covenantId, data } with data a y-protocols sync message.');
    }
    const membership = this.joined(socket, covenantId);
    const live = membership ? await this.registry.peek(covenantId) : null;
    if (!membership || !live) return refuse('BAD_USER_INPUT', 'Join the covenant before syncing.');
    if (message.byteLength > MAX_UPDATE_BYTES) {
      return refuse('PAYLOAD_TOO_LARGE', 'That update is over 256 KiB; send it in smaller pieces.');
    }
    let type: number;
    let payload: Uint8Array;
    try {
      const decoder = decoding.createDecoder(message);
      type = decoding.readVarUint(decoder);
      if (type === sync.messageYjsSyncStep1) {
        const stateVector = decoding.readVarUint8Array(decoder);
        const reply = syncMessage((e) => {
          encoding.writeVarUint(e, sync.messageYjsSyncStep2);
          encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(live.doc, stateVector));
        });
        socket.emit('sync', { covenantId, data: reply });
        return { ok: true };
      }
      if (type !== sync.messageYjsSyncStep2 && type !== sync.messageYjsUpdate) throw new Error('unknown message type');
      payload = decoding.readVarUint8Array(decoder);
      Y.decodeUpdate(payload);
    } catch {
      return refuse('BAD_USER_INPUT', 'That is not a valid y-protocols sync message.');
    }
    if (changesNothing(live.doc, payload)) return { ok: true };
    if (membership.role !== 'editor') return refuse('FORBIDDEN', membership.refusal);
    if (!EDITABLE.includes(await this.registry.status(live))) {
      return refuse('FORBIDDEN', 'The text can be edited only while the covenant is a draft or under review.');
    }
    if (live.size + payload.byteLength > MAX_DOCUMENT_BYTES) {
      live.size = Y.encodeStateAsUpdate(live.doc).byteLength;
      if (live.size + payload.byteLength > MAX_DOCUMENT_BYTES) {
        return refuse('PAYLOAD_TOO_LARGE', 'The document has reached its 8 MiB limit.');
      }
    }
    try {
      await this.registry.applyAndCommit(live, payload, socket);
      return { ok: true };
    } catch (error) {
      if (error instanceof EditRefusedError) return refuse('FORBIDDEN', error.message);
      this.logger.error(`could not store an update: ${String(error)}`);
      return refuse('INTERNAL_SERVER_ERROR', 'The update could not be saved; send it again.');
    }
  }

  @SubscribeMessage('awareness')
  async awareness(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<void> {
    const { covenantId, data } = (body ?? {}) as { covenantId?: unknown; data?: unknown };
    const message = binary(data);
    const socketData = socket.data as CollabSocketData;
    if (typeof covenantId !== 'string' || !message || !socketData.viewer || !this.joined(socket, covenantId)) return;
    const live = await this.registry.peek(covenantId);
    if (!live) return;
    const own = this.ownStates(message, socketData.viewer.userId);
    if (!own) return;
    const clients = socketData.awarenessClients!.get(covenantId) ?? new Set<number>();
    own.clientIds.forEach((id) => clients.add(id));
    socketData.awarenessClients!.set(covenantId, clients);
    awarenessProtocol.applyAwarenessUpdate(live.awareness, own.update, socket);
    socket.to(room(covenantId)).emit('awareness', { covenantId, data: own.update });
  }

  onModuleDestroy() {
    this.closing = true;
  }

  async handleDisconnect(socket: Socket) {
    const joined = (socket.data as CollabSocketData).joined;
    if (!joined) return;
    await Promise.all([...joined.keys()].map((covenantId) => this.depart(socket, covenantId)));
  }

  /** The socket's place in a covenant it joined and is still in the room of (a revision removes outsiders). */
  private joined(socket: Socket, covenantId: string): Membership | undefined {
    if (!socket.rooms.has(room(covenantId))) return undefined;
    return (socket.data as CollabSocketData).joined?.get(covenantId);
  }

  /** Keeps only the states whose user is the socket's own user; null when none is. */
  private ownStates(message: Uint8Array, userId: string): { update: Uint8Array; clientIds: number[] } | null {
    try {
      const decoder = decoding.createDecoder(message);
      const encoder = encoding.createEncoder();
      const kept: { clientId: number; clock: number; state: string }[] = [];
      const count = decoding.readVarUint(decoder);
      for (let i = 0; i < count; i++) {
        const clientId = decoding.readVarUint(decoder);
        const clock = decoding.readVarUint(decoder);
        const state = decoding.readVarString(decoder);
        const parsed = JSON.parse(state) as { user?: { id?: unknown } } | null;
        if (parsed === null || parsed.user?.id === userId) kept.push({ clientId, clock, state });
      }
      if (!kept.length) return null;
      encoding.writeVarUint(encoder, kept.length);
      for (const entry of kept) {
        encoding.writeVarUint(encoder, entry.clientId);
        encoding.writeVarUint(encoder, entry.clock);
        encoding.writeVarString(encoder, entry.state);
      }
      return { update: encoding.toUint8Array(encoder), clientIds: kept.map((entry) => entry.clientId) };
    } catch {
      return null;
    }
  }

  private async depart(socket: Socket, covenantId: string) {
    const data = socket.data as CollabSocketData;
    if (!data.joined?.delete(covenantId)) return;
    await socket.leave(room(covenantId));
    const live = await this.registry.peek(covenantId);
    const clients = [...(data.awarenessClients?.get(covenantId) ?? [])];
    data.awarenessClients?.delete(covenantId);
    if (live && clients.length && !this.closing) {
      awarenessProtocol.removeAwarenessStates(live.awareness, clients, 'server');
      socket
        .to(room(covenantId))
        .emit('awareness', { covenantId, data: awarenessProtocol.encodeAwarenessUpdate(live.awareness, clients) });
    }
    await this.registry.leave(covenantId, socket.id);
  }

  /** Relays every change a client makes to everyone else in the room, at once (the sender's ack waits for the commit). */
  private broadcastChanges(live: LiveDocument) {
    if (this.broadcasting.has(live.doc)) return;
    this.broadcasting.add(live.doc);
    live.doc.on('update', (update: Uint8Array, origin: unknown) => {
      const message = syncMessage((e) => sync.writeUpdate(e, update));
      const from = origin as Socket | undefined;
      if (this.closing) return;
      if (from && typeof from.to === 'function')
        from.to(room(live.covenantId)).emit('sync', { covenantId: live.covenantId, data: message });
    });
  }
}
