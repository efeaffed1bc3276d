/**
 * Reminds a respondent's admins before the commissioner's due day, like the
 * other reminders (core's ReminderJob): a row per escalation and due day
 * makes each go once.
 */
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { formatLondonDay, reminderWindowOpen } from '@covenant/domain';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/config';
import { ADVISORY_LOCKS } from '../../core/database/advisory-locks';
import { ScheduledReminders } from '../../core/jobs/reminder-job';
import { LOGGER } from '../../core/logging/logger';
import { NotificationsService } from '../notifications/notifications.service';

interface Candidate {
  id: string;
  number: number;
  subject_title: string;
  respondent_id: string;
  covenant_id: string | null;
  response_due_on: string;
}

@Injectable()
export class EscalationRemindersService extends ScheduledReminders {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    super(
      { dataSource, lock: ADVISORY_LOCKS.escalationReminders, logger, what: 'escalation' },
      config.remindersEveryMinutes,
    );
  }

  protected async send(manager: EntityManager, today: string): Promise<number> {
    let sent = 0;
    for (const c of await this.candidates(manager)) {
      if (!reminderWindowOpen(c.response_due_on, today)) continue;
      const inserted = (await manager.query(
        `INSERT INTO escalation_reminders (escalation_id, occasion) VALUES ($1, $2)
         ON CONFLICT (escalation_id, occasion) DO NOTHING RETURNING id`,
        [c.id, c.response_due_on],
      )) as unknown[];
      if (!inserted.length) continue;
      await this.notifications.notifyAdmins(manager, c.respondent_id, {
        kind: 'escalation.response-due',
        title: `Respond by ${formatLondonDay(c.response_due_on)}: the Community Power Commissioner's case ${c.number}`,
        body: `The Community Power Commissioner asked for your response to case ${c.number}, about ${c.subject_title}, by ${formatLondonDay(c.response_due_on)}. After that day the case shows the response as overdue.`,
        link: '/commissioner',
        covenantId: c.covenant_id,
      });
      sent += 1;
    }
    return sent;
  }

  private candidates(manager: EntityManager): Promise<Candidate[]> {
    return manager.query(
      `SELECT e.id, e.number, e.subject_title, e.respondent_id, e.covenant_id,
              to_char(e.response_due_on, 'YYYY-MM-DD') AS response_due_on
         FROM escalations e
        WHERE e.status = 'RESPONSE_REQUESTED' AND e.response IS NULL
        ORDER BY e.number`,
    ) as Promise<Candidate[]>;
  }
}
