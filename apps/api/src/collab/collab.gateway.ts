/**
 * The real-time namespace `/collab` (contract/realtime.md): each message is
 * decoded here and handed to the rooms (session/collab-rooms.ts), whose
 * refusals come back as acks. Who may read and who may edit is the shared
 * covenant policy's answer, as in GraphQL, asked again whenever something
 * that grants or takes a right commits anywhere.
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
import { COLLAB_NAMESPACE, toBytes, type Ack, type BinaryMessage, type JoinAck } from '@covenant/collab-protocol';
import { isUUID } from 'class-validator';
import { AccessChanges } from '../core/auth/access-changes';
import { AppError, badInput, notVisibleError } from '../core/errors/app-error';
import { MetricsService } from '../core/metrics/metrics.service';
import { CovenantEvents } from '../modules/covenants/covenant-events';
import { answer } from './session/acks';
import { CollabAdmission } from './session/admission';
import { CollabRooms, room, type CollabNamespace, type CollabSocket } from './session/collab-rooms';
import { MAX_UPDATE_BYTES } from './session/limits';

export { MAX_BACKLOG_BYTES, MAX_JOINED_PER_SOCKET, MAX_SOCKETS_PER_USER, MAX_UPDATE_BYTES } from './session/limits';

/** The covenant a `join` or `leave` names. */
function covenantRef(body: unknown, verb: 'join' | 'leave'): string {
  const covenantId = (body as { covenantId?: unknown } | null)?.covenantId;
  if (typeof covenantId !== 'string') throw badInput(`Send { covenantId } to ${verb} a covenant.`);
  return covenantId;
}

/** A `sync` or `awareness` message; null when it is not one. */
function binaryMessage(body: unknown): BinaryMessage | null {
  const { covenantId, data } = (body ?? {}) as { covenantId?: unknown; data?: unknown };
  const bytes = toBytes(data);
  return typeof covenantId === 'string' && bytes ? { covenantId, data: bytes } : null;
}

@WebSocketGateway({ namespace: COLLAB_NAMESPACE })
export class CollabGateway implements OnGatewayInit, OnGatewayDisconnect, OnModuleDestroy {
  private readonly logger = new Logger(CollabGateway.name);

  constructor(
    private readonly admission: CollabAdmission,
    private readonly rooms: CollabRooms,
    private readonly events: CovenantEvents,
    private readonly accessChanges: AccessChanges,
    private readonly metrics: MetricsService,
  ) {}

  afterInit(namespace: CollabNamespace) {
    this.rooms.attach(namespace);
    // The namespace's adapter (Redis when configured) carries each event to the room on every process.
    this.events.subscribe((event) => {
      if (this.rooms.open) namespace.to(room(event.covenantId)).emit('event', event);
    });
    this.accessChanges.subscribe((change) => void this.rooms.reconsider(change));
    namespace.on('connection', (socket: CollabSocket) => {
      this.metrics.socketsConnected.inc();
      socket.once('disconnect', () => this.metrics.socketsConnected.dec());
    });
    namespace.use((socket, next) => {
      const openFor = (userId: string) => this.rooms.socketsOf((other) => other.viewer?.userId === userId).length;
      this.admission.admit(socket, openFor).then(
        () => next(),
        (error: Error) => next(error),
      );
    });
  }

  @SubscribeMessage('join')
  join(@ConnectedSocket() socket: CollabSocket, @MessageBody() body: unknown): Promise<JoinAck> {
    return answer(this.logger, async () => {
      const covenantId = covenantRef(body, 'join');
      if (!isUUID(covenantId)) throw notVisibleError('covenant');
      return this.rooms.join(socket, covenantId);
    });
  }

  @SubscribeMessage('leave')
  leave(@ConnectedSocket() socket: CollabSocket, @MessageBody() body: unknown): Promise<Ack> {
    return answer(this.logger, () => this.rooms.leave(socket, covenantRef(body, 'leave')));
  }

  @SubscribeMessage('sync')
  async sync(@ConnectedSocket() socket: CollabSocket, @MessageBody() body: unknown): Promise<Ack> {
    const started = performance.now();
    const ack = await answer(this.logger, () => {
      const message = binaryMessage(body);
      if (!message) throw badInput('Send { covenantId, data } with data a y-protocols sync message.');
      if (message.data.byteLength > MAX_UPDATE_BYTES) {
        throw new AppError('PAYLOAD_TOO_LARGE', 'That update is over 256 KiB; send it in smaller pieces.');
      }
      return this.rooms.sync(socket, message);
    });
    const code = ack.ok ? 'OK' : ack.code;
    this.metrics.syncAcks.inc({ code });
    this.metrics.syncAckLatency.observe({ code }, (performance.now() - started) / 1000);
    return ack;
  }

  @SubscribeMessage('awareness')
  async awareness(@ConnectedSocket() socket: CollabSocket, @MessageBody() body: unknown): Promise<void> {
    const message = binaryMessage(body);
    if (message) await this.rooms.awareness(socket, message);
  }

  onModuleDestroy() {
    this.rooms.close();
  }

  /** This process's sockets and the bytes each has waiting to be sent, for operators (metrics). */
  connections(): { id: string; backlogBytes: number }[] {
    return this.rooms.connections();
  }

  handleDisconnect(socket: CollabSocket) {
    return this.rooms.disconnect(socket);
  }
}
