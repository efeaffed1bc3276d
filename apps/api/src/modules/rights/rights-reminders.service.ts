/**
 * The community rights' reminders, run like the commitments' ones (core's
 * ReminderJob): every so often, by one process at a time, each sent once.
 */
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/config';
import { ADVISORY_LOCKS } from '../../core/database/advisory-locks';
import { ScheduledReminders } from '../../core/jobs/reminder-job';
import { LOGGER } from '../../core/logging/logger';
import { AssetRemindersService } from '../assets/asset-reminders.service';
import { ServiceRequestRemindersService } from '../service-requests/service-request-reminders.service';

@Injectable()
export class RightsRemindersService extends ScheduledReminders {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly assets: AssetRemindersService,
    private readonly requests: ServiceRequestRemindersService,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    super(
      { dataSource, lock: ADVISORY_LOCKS.rightsReminders, logger, what: 'community rights' },
      config.remindersEveryMinutes,
    );
  }

  protected async send(manager: EntityManager, today: string): Promise<number> {
    return (await this.assets.remind(manager, today)) + (await this.requests.remind(manager, today));
  }
}
