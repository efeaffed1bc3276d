/**
 * Reminders sent every so often and on demand, by one process at a time: each
 * run is a transaction holding an advisory lock, so a reminder's row, unique
 * by its occasion, makes each go once however often and wherever this runs.
 */
import type { OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { londonDay } from '@covenant/domain';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { Repeating } from './repeating';

export interface ReminderJobOptions {
  dataSource: DataSource;
  lock: number;
  logger: Logger;
  /** What is reminded about, for the log. */
  what: string;
  /** Sends what is due on `today` (Europe/London) in the run's transaction; the number sent. */
  send(manager: EntityManager, today: string): Promise<number>;
}

export class ReminderJob {
  private readonly job = new Repeating(
    () => this.run(),
    (error) => this.options.logger.error({ err: error }, `${this.options.what} reminders failed`),
  );

  constructor(private readonly options: ReminderJobOptions) {}

  start(everyMinutes: number) {
    if (everyMinutes) this.job.start(everyMinutes * 60_000);
  }

  stop() {
    return this.job.stop();
  }

  /** Sends what is due now; the number of reminders sent (0 when another process holds the lock). */
  async run(now = new Date()): Promise<number> {
    const { dataSource, lock, logger, what, send } = this.options;
    const sent = await dataSource.transaction(async (manager) => {
      const [{ locked }] = (await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [lock])) as {
        locked: boolean;
      }[];
      return locked ? send(manager, londonDay(now)) : 0;
    });
    if (sent) logger.info({ reminders: sent }, `sent ${what} reminders`);
    return sent;
  }
}

/**
 * A module's reminders as a service: sent every `everyMinutes` while the app
 * runs (never when 0), stopped with it, and on demand (`run`).
 */
export abstract class ScheduledReminders implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: ReminderJob;

  protected constructor(
    options: Omit<ReminderJobOptions, 'send'>,
    private readonly everyMinutes: number,
  ) {
    this.job = new ReminderJob({ ...options, send: (manager, today) => this.send(manager, today) });
  }

  /** Sends what is due on `today` (Europe/London) in the run's transaction; the number sent. */
  protected abstract send(manager: EntityManager, today: string): Promise<number>;

  onApplicationBootstrap() {
    this.job.start(this.everyMinutes);
  }

  onModuleDestroy() {
    return this.job.stop();
  }

  /** Sends what is due now; the number of reminders sent (0 when another process holds the lock). */
  run(now = new Date()): Promise<number> {
    return this.job.run(now);
  }
}
