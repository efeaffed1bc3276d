/**
 * The community rights' reminders, run like the commitments' ones (core's
 * ReminderJob): every so often, by one process at a time, each sent once.
 */
import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/config';
import { ADVISORY_LOCKS } from '../../core/database/advisory-locks';
import { ReminderJob } from '../../core/jobs/reminder-job';
import { LOGGER } from '../../core/logging/logger';
import { AssetRemindersService } from '../assets/asset-reminders.service';
import { ServiceRequestRemindersService } from '../service-requests/service-request-reminders.service';

@Injectable()
export class RightsRemindersService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: ReminderJob;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    assets: AssetRemindersService,
    requests: ServiceRequestRemindersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.job = new ReminderJob({
      dataSource,
      lock: ADVISORY_LOCKS.rightsReminders,
      logger,
      what: 'community rights',
      send: async (manager, today) => (await assets.remind(manager, today)) + (await requests.remind(manager, today)),
    });
  }

  onApplicationBootstrap() {
    this.job.start(this.config.remindersEveryMinutes);
  }

  onModuleDestroy() {
    return this.job.stop();
  }

  /** Sends what is due now; the number of reminders sent (0 when another process holds the lock). */
  run(now = new Date()): Promise<number> {
    return this.job.run(now);
  }
}
