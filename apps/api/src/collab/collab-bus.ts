/**
 * With REDIS_URL set, every process keeps its in-memory documents current:
 * an update applied in one process is published, and the others apply it to
 * their copy. (The Socket.IO Redis adapter already relays it to clients.)
 */
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { APP_CONFIG, type AppConfig } from '../core/config/config';

const CHANNEL = 'covenant:collab:updates';

type Listener = (covenantId: string, update: Uint8Array) => void;

@Injectable()
export class CollabBus implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CollabBus.name);
  private readonly processId = randomUUID();
  private publisher: ReturnType<typeof createClient> | null = null;
  private subscriber: ReturnType<typeof createClient> | null = null;
  private listener: Listener | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit() {
    if (!this.config.redisUrl) return;
    this.publisher = createClient({ url: this.config.redisUrl });
    this.subscriber = this.publisher.duplicate();
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
    await this.subscriber.subscribe(CHANNEL, (message) => {
      const { from, covenantId, update } = JSON.parse(message) as { from: string; covenantId: string; update: string };
      if (from !== this.processId) this.listener?.(covenantId, new Uint8Array(Buffer.from(update, 'base64')));
    });
  }

  onUpdate(listener: Listener) {
    this.listener = listener;
  }

  publish(covenantId: string, update: Uint8Array) {
    if (!this.publisher) return;
    const message = JSON.stringify({
      from: this.processId,
      covenantId,
      update: Buffer.from(update).toString('base64'),
    });
    this.publisher
      .publish(CHANNEL, message)
      .catch((error: unknown) => this.logger.error(`publish failed: ${String(error)}`));
  }

  async onModuleDestroy() {
    await Promise.all([this.subscriber?.quit(), this.publisher?.quit()].map((p) => p?.catch(() => undefined)));
  }
}
