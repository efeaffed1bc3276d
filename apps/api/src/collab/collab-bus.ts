/**
 * With REDIS_URL set, every process keeps its in-memory documents current:
 * updates committed by one process are published on their covenant's
 * channel, and the processes holding that document apply them and relay them
 * to their own sockets. A process follows only the channels of the documents
 * it holds, so what it receives grows with its own editors, not with the
 * platform. Redis may go away: the process keeps serving, the clients
 * reconnect on their own, and once the subscription is back every document
 * is caught up from PostgreSQL, where nothing was lost.
 */
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { APP_CONFIG, type AppConfig } from '../core/config/config';

/** Word that some updates went unpublished, for every process. */
const CATCH_UP_CHANNEL = 'covenant:collab:catch-up';
const channelOf = (covenantId: string) => `covenant:collab:updates:${covenantId}`;
const covenantOf = (channel: string) => channel.slice(channelOf('').length);

type UpdatesListener = (covenantId: string, updates: Uint8Array[]) => void;

/** Updates committed by one process (`from` first, so that a process knows its own at a glance), or word that some went unpublished and must be read from the store. */
interface BusMessage {
  from: string;
  updates?: string[];
  catchUp?: true;
}
type RedisClient = ReturnType<typeof createClient>;

@Injectable()
export class CollabBus implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CollabBus.name);
  private readonly processId = randomUUID();
  /** How this process's own messages begin (`JSON.stringify` writes `from` first). */
  private readonly ownPrefix = `{"from":"${this.processId}"`;
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
      this.send(CATCH_UP_CHANNEL, { from: this.processId, catchUp: true });
    });
    this.subscriber.on('ready', () => {
      this.down.delete('subscriber');
      if (!this.interrupted) return;
      this.interrupted = false;
      this.logger.log('the update bus is back; catching up documents from the store');
      this.reconnectListeners.forEach((listener) => listener());
    });
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
    await this.subscriber.subscribe(CATCH_UP_CHANNEL, this.receive);
  }

  /**
   * Receives the updates other processes commit to this covenant's document from now on: resolves once Redis
   * confirms, so a document read from the store after it misses nothing, or at once while Redis is away (the
   * catch-up when it is back reads what was missed).
   */
  async follow(covenantId: string): Promise<void> {
    if (!this.subscriber) return;
    const subscribed = this.subscriber.subscribe(channelOf(covenantId), this.receive);
    if (this.subscriber.isReady) await subscribed.catch((error: unknown) => this.lost('subscriber', error));
    else subscribed.catch(() => undefined);
  }

  /** Stops receiving this covenant's updates: its document is no longer held here. */
  unfollow(covenantId: string) {
    this.subscriber?.unsubscribe(channelOf(covenantId), this.receive).catch(() => undefined);
  }

  onUpdates(listener: UpdatesListener) {
    this.updatesListener = listener;
  }

  /** Called whenever updates may have been missed: the subscription came back, or another process could not publish. */
  onReconnect(listener: () => void) {
    this.reconnectListeners.add(listener);
  }

  publish(covenantId: string, updates: Uint8Array[]) {
    this.send(channelOf(covenantId), {
      from: this.processId,
      updates: updates.map((update) => Buffer.from(update).toString('base64')),
    });
  }

  private send(channel: string, message: BusMessage) {
    if (!this.publisher) return;
    if (!this.publisher.isReady) {
      this.unpublished = true;
      return;
    }
    this.publisher.publish(channel, JSON.stringify(message)).catch((error: unknown) => {
      this.unpublished = true;
      this.lost('publisher', error);
    });
  }

  private readonly receive = (message: string, channel: string) => {
    if (message.startsWith(this.ownPrefix)) return;
    let parsed: Partial<Record<keyof BusMessage, unknown>>;
    try {
      parsed = JSON.parse(message) as typeof parsed;
    } catch {
      return;
    }
    const { updates, catchUp } = parsed;
    if (channel === CATCH_UP_CHANNEL) {
      if (catchUp === true) this.reconnectListeners.forEach((listener) => listener());
      return;
    }
    const covenantId = covenantOf(channel);
    if (!Array.isArray(updates)) return;
    this.updatesListener?.(
      covenantId,
      updates.map((update) => new Uint8Array(Buffer.from(String(update), 'base64'))),
    );
  };

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
