/**
 * Sends what the outbox holds: at start, every OUTBOX_EVERY_SECONDS, and
 * right after a transaction that queued mail commits. One process sends at a
 * time (a PostgreSQL advisory lock), each mail in a transaction of its own
 * that locks its row and marks it sent, so no two processes send the same
 * mail. A mail that fails is tried again after 30 s, then twice as long after
 * each failure (at most an hour between tries); after MAX_ATTEMPTS failures
 * it stays in the outbox with its last error. A mail sent OUTBOX_KEEP_DAYS
 * ago is deleted: it holds a person's address, and its links may be for one
 * use only.
 */
import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/config';
import { Repeating } from '../../core/jobs/repeating';
import { LOGGER } from '../../core/logging/logger';
import { MailerService } from './mailer.service';
import { NotificationEntity } from './notification.entity';
import { OutboxEmailEntity } from './outbox-email.entity';
import { ADVISORY_LOCKS } from '../../core/database/advisory-locks';

export const MAX_ATTEMPTS = 10;
const DAY_MS = 24 * 60 * 60_000;
/** Sent mails deleted in one statement, so that a large backlog never holds many rows locked at once. */
const PURGE_BATCH = 1000;

/** How long to wait after the `attempts`-th failure. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** (attempts - 1), 60 * 60_000);
}

interface Due {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  notification_id: string | null;
  attempts: number;
}

@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job = new Repeating(
    () => this.run(),
    (error) => this.logger.error({ err: error }, 'the outbox failed'),
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap() {
    const seconds = this.config.outboxEverySeconds;
    if (seconds) this.job.start(seconds * 1000);
  }

  onModuleDestroy() {
    return this.job.stop();
  }

  /** Sends what is due soon, without waiting for it; a run under way looks again when it ends. */
  kick(): void {
    if (this.config.outboxEverySeconds) this.job.kick();
  }

  /**
   * Sends every mail due by `now`, then deletes those sent OUTBOX_KEEP_DAYS before it; how many were sent (0 when
   * another process is sending).
   */
  async run(now = new Date()): Promise<number> {
    // One connection holds the lock for the whole run and carries each mail's transaction.
    const runner = this.dataSource.createQueryRunner();
    try {
      const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [
        ADVISORY_LOCKS.outbox,
      ])) as {
        locked: boolean;
      }[];
      if (!locked) return 0;
      try {
        let sent = 0;
        for (;;) {
          const outcome = this.job.stopping ? null : await this.sendNext(runner.manager, now);
          if (!outcome) break;
          if (outcome === 'sent') sent += 1;
        }
        await this.deleteSentBefore(runner.manager, new Date(now.getTime() - this.config.outboxKeepDays * DAY_MS));
        return sent;
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCKS.outbox]);
      }
    } finally {
      await runner.release();
    }
  }

  private async deleteSentBefore(manager: EntityManager, before: Date): Promise<void> {
    while (!this.job.stopping) {
      const [, deleted] = (await manager.query(
        `DELETE FROM outbox_emails WHERE id IN (SELECT id FROM outbox_emails WHERE sent_at < $1 LIMIT $2)`,
        [before, PURGE_BATCH],
      )) as [unknown, number];
      if (deleted < PURGE_BATCH) return;
    }
  }

  /** Sends the next mail due; null when none is. */
  private sendNext(manager: EntityManager, now: Date): Promise<'sent' | 'failed' | null> {
    return manager.transaction(async (tx) => {
      const [mail] = (await tx.query(
        `SELECT id, to_address, subject, body, notification_id, attempts FROM outbox_emails
          WHERE sent_at IS NULL AND next_attempt_at <= $1 AND attempts < $2
          ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [now, MAX_ATTEMPTS],
      )) as Due[];
      if (!mail) return null;
      try {
        await this.mailer.send({ to: mail.to_address, subject: mail.subject, text: mail.body });
      } catch (error) {
        const attempts = mail.attempts + 1;
        await tx.update(
          OutboxEmailEntity,
          { id: mail.id },
          {
            attempts,
            lastError: error instanceof Error ? error.message : String(error),
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
          },
        );
        const log = { err: error, outboxEmailId: mail.id, attempts };
        if (attempts < MAX_ATTEMPTS) this.logger.warn(log, 'could not send an e-mail; it will be tried again');
        else this.logger.error(log, 'gave up sending an e-mail');
        return 'failed';
      }
      const sentAt = new Date();
      await tx.update(OutboxEmailEntity, { id: mail.id }, { sentAt });
      if (mail.notification_id)
        await tx.update(NotificationEntity, { id: mail.notification_id }, { emailedAt: sentAt });
      return 'sent';
    });
  }
}
