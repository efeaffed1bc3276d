/**
 * Every change to a covenant runs here: one transaction that locks the
 * covenant's row (so concurrent changes queue rather than interleave),
 * gathers the facts the policy needs, appends audit events to the chain, and
 * records notifications, whose e-mails go out from the outbox once the change
 * has committed. The transaction is core's unit of work; other modules write
 * through `change.tx`.
 */
import { Injectable } from '@nestjs/common';
import type { ActionContext, CovenantAction } from '@covenant/domain';
import type { EntityManager } from 'typeorm';
import { AccessChanges } from '../../core/auth/access-changes';
import type { Viewer } from '../../core/auth/viewer';
import { notVisibleError } from '../../core/errors/app-error';
import { UnitOfWork, type Tx } from '../../core/database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { NotificationsService, type NotificationContent } from '../notifications/notifications.service';
import { MembershipEntity } from '../organisations/membership.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartyEntity } from './party.entity';
import { enforce, organisationsOf, policyCovenant, policyViewer, type CovenantFacts } from './covenant-access';
import type { CovenantEventDetails, CovenantEventType } from '@covenant/collab-protocol';
import { CovenantEvents, type CovenantEvent } from './covenant-events';
import { CovenantEntity } from './covenant.entity';

const ACCESS_EVENTS = new Set<CovenantEvent['type']>(['status.changed', 'party.changed']);

export interface CovenantChange {
  tx: Tx;
  manager: EntityManager;
  covenant: CovenantEntity;
  parties: PartyEntity[];
  /** The parties' organisations, by id, as they are in this transaction. */
  organisations: Map<string, OrganisationEntity>;
  facts: CovenantFacts;
  /** Who is making the change. */
  viewerId: string;
  /** Refuses with the policy's code and reason unless the viewer may do this now. */
  require(action: CovenantAction, context?: ActionContext): void;
  audit(action: string, details: Record<string, unknown>): Promise<void>;
  notifyAdmins(organisationId: string, content: NotificationContent): Promise<void>;
  notifyUsers(userIds: readonly string[], content: NotificationContent): Promise<void>;
  /** An event for the covenant's open pages, sent once the change has committed. */
  emit<K extends CovenantEventType>(type: K, details: CovenantEventDetails[K]): void;
}

@Injectable()
export class CovenantWork {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audits: AuditService,
    private readonly notifications: NotificationsService,
    private readonly events: CovenantEvents,
    private readonly accessChanges: AccessChanges,
  ) {}

  async change<T>(covenantId: string, viewer: Viewer, work: (change: CovenantChange) => Promise<T>): Promise<T> {
    return this.unitOfWork.run(async (tx) => {
      const covenant = await tx.manager
        .createQueryBuilder(CovenantEntity, 'c')
        .setLock('pessimistic_write')
        .where('c.id = :id', { id: covenantId })
        .getOne();
      if (!covenant) throw notVisibleError('covenant');
      const { change, events } = await this.open(tx, covenant, viewer);
      const outcome = await work(change);
      // Who may read or write the live document may have changed: connected sessions re-decide at commit,
      // here after the change's events have gone out.
      if (events.some((event) => ACCESS_EVENTS.has(event.type))) await this.accessChanges.announce(tx, { covenantId });
      return outcome;
    });
  }

  /** For a covenant started in the caller's own transaction (createCovenant). */
  async context(tx: Tx, covenant: CovenantEntity, viewer: Viewer): Promise<CovenantChange> {
    return (await this.open(tx, covenant, viewer)).change;
  }

  private async open(tx: Tx, covenant: CovenantEntity, viewer: Viewer) {
    const { manager } = tx;
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
      covenant: policyCovenant(covenant, parties),
      viewer: policyViewer(viewer, parties, memberships),
    };
    const events: CovenantEvent[] = [];
    tx.afterCommit(() => this.events.publish(events));
    const change: CovenantChange = {
      tx,
      manager,
      covenant,
      parties,
      organisations: organisationsOf(parties),
      facts,
      viewerId: viewer.userId,
      require: (action, context) => enforce(action, facts, context),
      audit: async (action, details) => {
        await this.audits.append(tx, covenant.id, viewer.userId, action, details);
      },
      notifyAdmins: async (organisationId, content) => {
        await this.notifications.notifyAdmins(manager, organisationId, content);
      },
      notifyUsers: async (userIds, content) => {
        await this.notifications.notifyUsers(manager, userIds, content);
      },
      emit: (type, details) => {
        // TypeScript cannot follow `type` and `details` together through the union; emit's signature keeps them paired.
        events.push({ ...details, type, covenantId: covenant.id, at: new Date().toISOString() } as CovenantEvent);
      },
    };
    return { change, events };
  }
}
