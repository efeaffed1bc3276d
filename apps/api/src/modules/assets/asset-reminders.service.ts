/**
 * Reminders before an asset's deadlines: the council before its decision is
 * due, the nominating organisation before the interim moratorium ends (the
 * last day to ask to bid), and the bidder before the full moratorium ends.
 * A row per asset, kind and deadline makes each go once.
 */
import { Injectable } from '@nestjs/common';
import {
  disposalClock,
  formatLondonDay,
  reminderWindowOpen,
  rightsRuleSet,
  type RightsReminderKind,
} from '@covenant/domain';
import type { EntityManager } from 'typeorm';
import { NotificationsService, type NotificationContent } from '../notifications/notifications.service';
import { AssetsService } from './assets.service';

interface Candidate {
  id: string;
  slug: string;
  name: string;
  status: string;
  rule_set: string;
  decision_due_on: string;
  council_id: string | null;
  nominated_by_id: string;
  notified_on: string | null;
  bidder_id: string | null;
}

interface Due {
  kind: RightsReminderKind;
  deadline: string;
  recipients: string[];
  content: Omit<NotificationContent, 'link' | 'covenantId'>;
}

function dueOf(c: Candidate, today: string): Due[] {
  const due: Due[] = [];
  if (c.status === 'NOMINATED' && c.council_id) {
    due.push({
      kind: 'NOMINATION_DECISION_DUE',
      deadline: c.decision_due_on,
      recipients: [c.council_id],
      content: {
        kind: 'asset.decision-due',
        title: `Decide by ${formatLondonDay(c.decision_due_on)}: ${c.name}`,
        body: `The nomination of ${c.name} as an asset of community value is to be decided by ${formatLondonDay(c.decision_due_on)}.`,
      },
    });
  }
  if (c.notified_on) {
    const clock = disposalClock(c.notified_on, !!c.bidder_id, rightsRuleSet(c.rule_set));
    if (!c.bidder_id) {
      due.push({
        kind: 'INTERIM_MORATORIUM_ENDS',
        deadline: clock.interimEndsOn,
        recipients: [c.nominated_by_id],
        content: {
          kind: 'asset.interim-ends',
          title: `Last day to ask to bid: ${formatLondonDay(clock.interimEndsOn)}, ${c.name}`,
          body: `The interim moratorium on the sale of ${c.name} ends on ${formatLondonDay(clock.interimEndsOn)}. A community group that wants to bid must ask by then.`,
        },
      });
    } else if (clock.fullMoratoriumEndsOn) {
      due.push({
        kind: 'FULL_MORATORIUM_ENDS',
        deadline: clock.fullMoratoriumEndsOn,
        recipients: [...new Set([c.bidder_id, c.nominated_by_id])],
        content: {
          kind: 'asset.full-moratorium-ends',
          title: `The full moratorium on ${c.name} ends on ${formatLondonDay(clock.fullMoratoriumEndsOn)}`,
          body: `After ${formatLondonDay(clock.fullMoratoriumEndsOn)} the owner of ${c.name} may sell to anyone. Have your bid with the owner before then.`,
        },
      });
    }
  }
  return due.filter((d) => reminderWindowOpen(d.deadline, today));
}

@Injectable()
export class AssetRemindersService {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly assets: AssetsService,
  ) {}

  /** Sends what is due today inside the caller's transaction; the number sent. */
  async remind(manager: EntityManager, today: string): Promise<number> {
    let sent = 0;
    for (const candidate of await this.candidates(manager)) {
      for (const due of dueOf(candidate, today)) {
        const inserted = (await manager.query(
          `INSERT INTO asset_reminders (asset_id, kind, occasion) VALUES ($1, $2, $3)
           ON CONFLICT (asset_id, kind, occasion) DO NOTHING RETURNING id`,
          [candidate.id, due.kind, due.deadline],
        )) as unknown[];
        if (!inserted.length) continue;
        const content = { ...due.content, link: this.assets.link(candidate), covenantId: null };
        for (const organisationId of due.recipients) {
          await this.notifications.notifyAdmins(manager, organisationId, content);
        }
        sent += 1;
      }
    }
    return sent;
  }

  /** Nominations awaiting a decision, and listed assets with their latest notice of disposal. */
  private candidates(manager: EntityManager): Promise<Candidate[]> {
    return manager.query(
      `SELECT a.id, a.slug, a.name, a.status, a.rule_set, to_char(a.decision_due_on, 'YYYY-MM-DD') AS decision_due_on,
              n.local_authority_id AS council_id, a.nominated_by_id,
              to_char(d.notified_on, 'YYYY-MM-DD') AS notified_on, d.bidder_id
         FROM community_assets a
         JOIN neighbourhoods n ON n.id = a.neighbourhood_id
         LEFT JOIN LATERAL (
           SELECT notified_on, bidder_id FROM asset_disposals
            WHERE asset_id = a.id ORDER BY notified_on DESC, recorded_at DESC LIMIT 1
         ) d ON true
        WHERE a.status = 'NOMINATED' OR (a.status = 'LISTED' AND d.notified_on IS NOT NULL)
        ORDER BY a.id`,
    ) as Promise<Candidate[]>;
  }
}
