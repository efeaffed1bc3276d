/**
 * The real-time namespace `/collab` (contract/realtime.md): each message is
 * decoded here and handed to the rooms (session/collab-rooms.ts), whose
 * refusals come back as acks. Who may read and who may edit is the shared
 * covenant policy's answer, as in GraphQL, asked again whenever something
 * that grants or takes a right commits anywhere.
 */
import { Logger, OnApplicationShutdown, OnModuleDestroy } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import { COLLAB_NAMESPACE, type Ack, type JoinAck } from '@covenant/collab-protocol';
import { settledWithin } from '../core/async/settled-within';
import { AccessChanges } from '../core/auth/access-changes';
import { MetricsService } from '../core/metrics/metrics.service';
import { CovenantEvents } from '../modules/covenants/covenant-events';
import { answer } from './session/acks';
import { binaryMessage, covenantRef, joinRequest, syncRequest } from './session/messages';
import { CollabAdmission } from './session/admission';
import { CollabRooms, room, type CollabNamespace, type CollabSocket } from './session/collab-rooms';

/** How long a stopping server waits for its documents to be put away. */
const SHUTDOWN_WAIT_MS = 10_000;

@WebSocketGateway({ namespace: COLLAB_NAMESPACE })
export class CollabGateway implements OnGatewayInit, OnGatewayDisconnect, OnModuleDestroy, OnApplicationShutdown {
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
      return this.rooms.join(socket, joinRequest(body));
    });
  }

  @SubscribeMessage('leave')
  leave(@ConnectedSocket() socket: CollabSocket, @MessageBody() body: unknown): Promise<Ack> {
    return answer(this.logger, () => this.rooms.leave(socket, covenantRef(body, 'leave')));
  }

  @SubscribeMessage('sync')
  async sync(@ConnectedSocket() socket: CollabSocket, @MessageBody() body: unknown): Promise<Ack> {
    const started = performance.now();
    const ack = await answer(this.logger, () => this.rooms.sync(socket, syncRequest(body)));
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

  /**
   * The sockets closed as the server stops leave their covenants, and the last to leave a document folds its log
   * into the snapshot: that finishes here, before the database's connections close. A database that does not
   * answer does not hold the stop up for long; the log alone keeps every update.
   */
  async onApplicationShutdown(): Promise<void> {
    await settledWithin(this.rooms.departed(), SHUTDOWN_WAIT_MS);
  }

  /** This process's sockets and the bytes each has waiting to be sent, for operators (metrics). */
  connections(): { id: string; backlogBytes: number }[] {
    return this.rooms.connections();
  }

  handleDisconnect(socket: CollabSocket) {
    return this.rooms.disconnect(socket);
  }
}
