/**
 * Reminds a public body's admins before a request's response is due; a row
 * per request and due day makes each go once.
 */
import { Injectable } from '@nestjs/common';
import { formatLondonDay, reminderWindowOpen } from '@covenant/domain';
import type { EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';
import { ServiceRequestsService } from './service-requests.service';

interface Candidate {
  id: string;
  slug: string;
  service: string;
  public_body_id: string;
  requester_name: string;
  response_due_on: string;
}

@Injectable()
export class ServiceRequestRemindersService {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly requests: ServiceRequestsService,
  ) {}

  /** Sends what is due today inside the caller's transaction; the number sent. */
  async remind(manager: EntityManager, today: string): Promise<number> {
    let sent = 0;
    for (const c of await this.candidates(manager)) {
      if (!reminderWindowOpen(c.response_due_on, today)) continue;
      const inserted = (await manager.query(
        `INSERT INTO service_request_reminders (request_id, occasion) VALUES ($1, $2)
         ON CONFLICT (request_id, occasion) DO NOTHING RETURNING id`,
        [c.id, c.response_due_on],
      )) as unknown[];
      if (!inserted.length) continue;
      await this.notifications.notifyAdmins(manager, c.public_body_id, {
        kind: 'service-request.response-due',
        title: `Answer due by ${formatLondonDay(c.response_due_on)}: ${c.service}`,
        body: `${c.requester_name}'s request about ${c.service} is to be answered by ${formatLondonDay(c.response_due_on)}. Unanswered after that, it shows as overdue wherever it appears.`,
        link: this.requests.link(c),
        covenantId: null,
      });
      sent += 1;
    }
    return sent;
  }

  private candidates(manager: EntityManager): Promise<Candidate[]> {
    return manager.query(
      `SELECT r.id, r.slug, r.service, r.public_body_id, o.name AS requester_name,
              to_char(r.response_due_on, 'YYYY-MM-DD') AS response_due_on
         FROM service_requests r JOIN organisations o ON o.id = r.requester_id
        WHERE r.status = 'SUBMITTED'
        ORDER BY r.id`,
    ) as Promise<Candidate[]>;
  }
}
