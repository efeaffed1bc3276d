/**
 * With REDIS_URL set, every process keeps its in-memory documents current:
 * updates committed by one process are published, and the others apply them
 * and relay them to their own sockets. Redis may go away: the process keeps
 * serving, the clients reconnect on their own, and once the subscription is
 * back every document is caught up from PostgreSQL, where nothing was lost.
 */
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { APP_CONFIG, type AppConfig } from '../core/config/config';

const CHANNEL = 'covenant:collab:updates';

type UpdatesListener = (covenantId: string, updates: Uint8Array[]) => void;

/** Updates committed by one process, or word that some went unpublished and must be read from the store. */
interface BusMessage {
  from: string;
  covenantId?: string;
  updates?: string[];
  catchUp?: true;
}
type RedisClient = ReturnType<typeof createClient>;

@Injectable()
export class CollabBus implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CollabBus.name);
  private readonly processId = randomUUID();
  private publisher: RedisClient | null = null;
  private subscriber: RedisClient | null = null;
  private updatesListener: UpdatesListener | null = null;
  private readonly reconnectListeners = new Set<() => void>();
  /** The subscription was interrupted: messages may have been missed since. */
  private interrupted = false;
  /** Updates committed here went unpublished: the others must read them from the store. */
  private unpublished = false;
  /** Clients whose loss was logged, so a long outage logs once rather than at every retry. */
  private readonly down = new Set<string>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit() {
    if (!this.config.redisUrl) return;
    // Publishing while Redis is away fails at once rather than queueing: the catch-up covers the gap.
    this.publisher = createClient({ url: this.config.redisUrl, disableOfflineQueue: true });
    this.subscriber = createClient({ url: this.config.redisUrl });
    this.publisher.on('error', (error: unknown) => this.lost('publisher', error));
    this.subscriber.on('error', (error: unknown) => this.lost('subscriber', error));
    this.publisher.on('ready', () => {
      this.down.delete('publisher');
      if (!this.unpublished) return;
      this.unpublished = false;
      this.send({ from: this.processId, catchUp: true });
    });
    this.subscriber.on('ready', () => {
      this.down.delete('subscriber');
      if (!this.interrupted) return;
      this.interrupted = false;
      this.logger.log('the update bus is back; catching up documents from the store');
      this.reconnectListeners.forEach((listener) => listener());
    });
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
    await this.subscriber.subscribe(CHANNEL, (message) => this.receive(message));
  }

  onUpdates(listener: UpdatesListener) {
    this.updatesListener = listener;
  }

  /** Called whenever updates may have been missed: the subscription came back, or another process could not publish. */
  onReconnect(listener: () => void) {
    this.reconnectListeners.add(listener);
  }

  publish(covenantId: string, updates: Uint8Array[]) {
    this.send({
      from: this.processId,
      covenantId,
      updates: updates.map((update) => Buffer.from(update).toString('base64')),
    });
  }

  private send(message: BusMessage) {
    if (!this.publisher) return;
    if (!this.publisher.isReady) {
      this.unpublished = true;
      return;
    }
    this.publisher.publish(CHANNEL, JSON.stringify(message)).catch((error: unknown) => {
      this.unpublished = true;
      this.lost('publisher', error);
    });
  }

  private receive(message: string) {
    let parsed: Partial<Record<keyof BusMessage, unknown>>;
    try {
      parsed = JSON.parse(message) as typeof parsed;
    } catch {
      return;
    }
    const { from, covenantId, updates, catchUp } = parsed;
    if (from === this.processId) return;
    if (catchUp === true) return this.reconnectListeners.forEach((listener) => listener());
    if (typeof covenantId !== 'string' || !Array.isArray(updates)) return;
    this.updatesListener?.(
      covenantId,
      updates.map((update) => new Uint8Array(Buffer.from(String(update), 'base64'))),
    );
  }

  private lost(client: 'publisher' | 'subscriber', error: unknown) {
    if (client === 'subscriber') this.interrupted = true;
    if (this.down.has(client)) return;
    this.down.add(client);
    this.logger.warn(`update bus ${client} lost Redis, reconnecting: ${String(error)}`);
  }

  async onModuleDestroy() {
    await Promise.all(
      [this.subscriber, this.publisher].map((client) => (client?.isOpen ? client.quit().catch(() => undefined) : null)),
    );
  }
}
