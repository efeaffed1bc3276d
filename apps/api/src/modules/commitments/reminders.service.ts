/**
 * Reminds a party's members about its commitments in force: due within 14
 * days, overdue, or 90 days without a progress report. One process runs it at
 * a time (a PostgreSQL advisory lock), and a reminder's row is unique by its
 * occasion, so each is sent once however often and wherever this runs.
 */
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  COMMITMENT_PROGRESS_LABELS,
  formatLondonDay,
  londonDay,
  PAGE_PATHS,
  pagePath,
  remindersDue,
  type CommitmentProgress,
  type ReminderKind,
} from '@covenant/domain';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/config';
import { ScheduledReminders } from '../../core/jobs/reminder-job';
import { LOGGER } from '../../core/logging/logger';
import { NotificationsService, type NotificationContent } from '../notifications/notifications.service';
import { ADVISORY_LOCKS } from '../../core/database/advisory-locks';

interface Candidate {
  id: string;
  title: string;
  due_on: string | null;
  progress: CommitmentProgress;
  organisation_id: string;
  covenant_id: string;
  covenant_slug: string;
  covenant_title: string;
  last_activity: Date;
}

function content(kind: ReminderKind, c: Candidate, occasion: string): NotificationContent {
  const link = pagePath(PAGE_PATHS.accountability, { slug: c.covenant_slug });
  const wording: Record<ReminderKind, { title: string; body: string }> = {
    DUE_SOON: {
      title: `Due by ${formatLondonDay(occasion)}: ${c.title}`,
      body: `Your commitment “${c.title}” under “${c.covenant_title}” is due by ${formatLondonDay(occasion)}. Report how it is going so residents can see.`,
    },
    OVERDUE: {
      title: `Overdue: ${c.title}`,
      body: `Your commitment “${c.title}” under “${c.covenant_title}” was due by ${formatLondonDay(occasion)} and is not marked delivered. Report where it has got to, or why it has changed.`,
    },
    NO_PROGRESS: {
      title: `No progress reported for 90 days: ${c.title}`,
      body: `Nothing has been reported on “${c.title}” under “${c.covenant_title}” since ${formatLondonDay(occasion)}. It is ${COMMITMENT_PROGRESS_LABELS[c.progress].toLowerCase()}; say how it is going.`,
    },
  };
  return { kind: `commitment.${kind.toLowerCase()}`, ...wording[kind], link, covenantId: c.covenant_id };
}

@Injectable()
export class RemindersService extends ScheduledReminders {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    super(
      { dataSource, lock: ADVISORY_LOCKS.commitmentReminders, logger, what: 'commitment' },
      config.remindersEveryMinutes,
    );
  }

  protected async send(manager: EntityManager, today: string): Promise<number> {
    let count = 0;
    for (const candidate of await this.candidates(manager)) {
      const due = remindersDue(
        { dueOn: candidate.due_on, progress: candidate.progress, lastActivityOn: londonDay(candidate.last_activity) },
        today,
      );
      for (const { kind, occasion } of due) {
        const inserted = (await manager.query(
          `INSERT INTO commitment_reminders (commitment_id, kind, occasion) VALUES ($1, $2, $3)
           ON CONFLICT (commitment_id, kind, occasion) DO NOTHING RETURNING id`,
          [candidate.id, kind, occasion],
        )) as unknown[];
        if (!inserted.length) continue;
        await this.notifications.notifyMembers(manager, candidate.organisation_id, content(kind, candidate, occasion));
        count += 1;
      }
    }
    return count;
  }

  /** Unfinished commitments of parties to covenants in force, with the last time anything was reported. */
  private candidates(manager: EntityManager): Promise<Candidate[]> {
    return manager.query(
      `SELECT c.id, c.title, to_char(c.due_on, 'YYYY-MM-DD') AS due_on, c.progress, p.organisation_id,
              v.id AS covenant_id, v.slug AS covenant_slug, v.title AS covenant_title,
              COALESCE((SELECT max(u.created_at) FROM commitment_updates u WHERE u.commitment_id = c.id),
                       v.starts_on::timestamptz, c.created_at) AS last_activity
         FROM commitments c
         JOIN covenant_parties p ON p.id = c.party_id AND p.status = 'ACCEPTED'
         JOIN covenants v ON v.id = c.covenant_id AND v.status IN ('IN_FORCE', 'UNDER_REVIEW')
        WHERE c.progress NOT IN ('DELIVERED', 'DROPPED')
        ORDER BY c.id`,
    ) as Promise<Candidate[]>;
  }
}
