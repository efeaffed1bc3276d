/**
 * Every change to a covenant runs here: one transaction that locks the
 * covenant's row (so concurrent changes queue rather than interleave),
 * gathers the facts the policy needs, appends audit events to the chain, and
 * records notifications, whose e-mails go out once the change has committed.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActionContext, CovenantAction } from '@covenant/domain';
import { DataSource, EntityManager } from 'typeorm';
import { announceAccessChange } from '../../core/auth/access-changes';
import type { Viewer } from '../../core/auth/viewer';
import { notFound } from '../../core/errors/app-error';
import { appendAuditEvent } from '../audit/audit.service';
import { NotificationsService, type NotificationContent } from '../notifications/notifications.service';
import { MembershipEntity } from '../organisations/membership.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartyEntity } from '../parties/party.entity';
import { enforce, organisationsOf, policyCovenant, policyViewer, type CovenantFacts } from './covenant-access';
import { CovenantEvents, type CovenantEvent } from './covenant-events';
import { CovenantEntity } from './covenant.entity';

const ACCESS_EVENTS = new Set<CovenantEvent['type']>(['status.changed', 'party.changed']);

export const COVENANT_NOT_FOUND = 'That covenant does not exist, or you cannot see it.';

export interface CovenantChange {
  manager: EntityManager;
  covenant: CovenantEntity;
  parties: PartyEntity[];
  /** The parties' organisations, by id, as they are in this transaction. */
  organisations: Map<string, OrganisationEntity>;
  facts: CovenantFacts;
  /** Refuses with the policy's code and reason unless the viewer may do this now. */
  require(action: CovenantAction, context?: ActionContext): void;
  audit(action: string, details: Record<string, unknown>): Promise<void>;
  notifyAdmins(organisationId: string, content: NotificationContent): Promise<void>;
  /** An event for the covenant's open pages, sent once the change has committed. */
  emit(type: CovenantEvent['type'], details: Record<string, unknown>): void;
}

@Injectable()
export class CovenantWork {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly events: CovenantEvents,
  ) {}

  async change<T>(covenantId: string, viewer: Viewer, work: (change: CovenantChange) => Promise<T>): Promise<T> {
    const events: CovenantEvent[] = [];
    const result = await this.dataSource.transaction(async (manager) => {
      const covenant = await manager
        .createQueryBuilder(CovenantEntity, 'c')
        .setLock('pessimistic_write')
        .where('c.id = :id', { id: covenantId })
        .getOne();
      if (!covenant) throw notFound(COVENANT_NOT_FOUND);
      const outcome = await work(await this.context(manager, covenant, viewer, events));
      // Who may read or write the live document may have changed: connected sessions re-decide at commit.
      if (events.some((event) => ACCESS_EVENTS.has(event.type))) await announceAccessChange(manager, { covenantId });
      return outcome;
    });
    this.events.publish(events);
    return result;
  }

  /** For a covenant created in the caller's own transaction (createCovenant). */
  async context(
    manager: EntityManager,
    covenant: CovenantEntity,
    viewer: Viewer,
    events: CovenantEvent[] = [],
  ): Promise<CovenantChange> {
    // One connection per transaction: its queries run one after another.
    const parties = await manager.find(PartyEntity, {
      where: { covenantId: covenant.id },
      order: { invitedAt: 'ASC', id: 'ASC' },
      relations: { organisation: true },
    });
    const memberships = await manager.find(MembershipEntity, {
      where: { userId: viewer.userId },
      relations: { organisation: true },
    });
    const facts: CovenantFacts = {
      covenant: policyCovenant(covenant, parties, organisationsOf(parties)),
      viewer: policyViewer(viewer, parties, memberships),
    };
    return {
      manager,
      covenant,
      parties,
      organisations: organisationsOf(parties),
      facts,
      require: (action, context) => enforce(action, facts, context),
      audit: async (action, details) => {
        await appendAuditEvent(manager, covenant.id, viewer.userId, action, details);
      },
      notifyAdmins: (organisationId, content) => this.notifications.notifyAdmins(manager, organisationId, content),
      emit: (type, details) => {
        events.push({ ...details, type, covenantId: covenant.id, at: new Date().toISOString() });
      },
    };
  }
}
