/**
 * Socket.IO server options for the whole app, and the Redis adapter when
 * REDIS_URL is set, so rooms span every API process. Redis may go away and
 * come back: its clients reconnect by themselves, and a message that could
 * not be published is dropped (domain events are hints; pages re-read).
 */
import { INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { isObservable, type Observable } from 'rxjs';
import type { Server, ServerOptions, Socket } from 'socket.io';

/** Above the 256 KiB update limit, so an oversized update is answered rather than dropping the connection. */
export const MAX_SOCKET_MESSAGE_BYTES = 1024 * 1024;

export class CollabIoAdapter extends IoAdapter {
  private readonly logger = new Logger(CollabIoAdapter.name);
  private adapterConstructor: ReturnType<typeof createAdapter> | null = null;
  private readonly clients: ReturnType<typeof createClient>[] = [];

  constructor(app: INestApplicationContext) {
    super(app);
  }

  async connectToRedis(url: string): Promise<void> {
    const pub = createClient({ url, disableOfflineQueue: true });
    const sub = createClient({ url });
    for (const client of [pub, sub]) {
      // Without a listener an 'error' event would end the process; the client retries on its own.
      client.on('error', (error: unknown) => this.logger.debug(`Socket.IO Redis client: ${String(error)}`));
    }
    // The adapter publishes without awaiting; while Redis is away that must not become an unhandled rejection.
    const publish = pub.publish.bind(pub);
    Object.defineProperty(pub, 'publish', {
      value: (...args: Parameters<typeof publish>) => publish(...args).catch(() => 0),
    });
    await Promise.all([pub.connect(), sub.connect()]);
    this.clients.push(pub, sub);
    this.adapterConstructor = createAdapter(pub, sub);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, { ...options, maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES });
    if (this.adapterConstructor) server.adapter(this.adapterConstructor);
    return server;
  }

  /**
   * Hands each message straight to its gateway method (guards, pipes and
   * filters included, as Nest wraps it) and answers as Nest's own binding
   * would: an `{ event, data }` result is emitted, anything else not null
   * goes back as the ack. Nest's binding runs every message through an rxjs
   * pipeline built per socket and event, which cost more CPU per keystroke
   * than the method itself and a few kilobytes per connected socket.
   */
  override bindMessageHandlers(
    socket: Socket,
    handlers: MessageMappingProperties[],
    transform: (data: unknown) => Observable<unknown>,
  ): void {
    for (const { message, callback, isAckHandledManually } of handlers) {
      socket.on(message, (...payload: unknown[]) => {
        // As rxjs' fromEvent hands Nest's binding: a lone argument as itself, several as an array.
        const { data, ack } = this.mapPayload(payload.length === 1 ? payload[0] : payload);
        const respond = (response: unknown) => {
          if (response === null || response === undefined) return;
          const { event, data: eventData } = response as { event?: string; data?: unknown };
          if (event) socket.emit(event, eventData);
          else if (!isAckHandledManually && typeof ack === 'function') ack(response);
        };
        Promise.resolve(callback(data, ack)).then(
          (result: unknown) => (isObservable(result) ? transform(result).subscribe(respond) : respond(result)),
          (error: unknown) => this.logger.error(`the ${String(message)} handler failed: ${String(error)}`),
        );
      });
    }
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(
      this.clients.splice(0).map((client) => (client.isOpen ? client.quit().catch(() => undefined) : null)),
    );
  }
}
