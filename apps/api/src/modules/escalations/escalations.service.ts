/**
 * Escalations to the Community Power Commissioner: anyone verified raises a
 * broken promise, the commissioner asks an organisation to respond by a day,
 * the organisation responds, and the commissioner publishes findings or
 * dismisses it. Cases about a covenant, or one of its commitments, run under
 * the covenant's lock and go into its audit trail.
 */
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  addDays,
  decideConcludeEscalation,
  decideEscalate,
  decideRequestEscalationResponse,
  decideRespondToEscalation,
  formatLondonDay,
  isDay,
  isOverdue,
  londonDay,
  MAX_RESPONSE_DAYS,
  mayReadSql,
  OPEN_ESCALATION_STATUSES,
  PAGE_PATHS,
  pagePath,
  serviceRequestOverdue,
  type CommissionerViewer,
  type EscalationFacts,
  type EscalationStatus,
  type EscalationSubject,
  type EscalationSubjectFacts,
} from '@covenant/domain';
import { In, Repository, type EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { UnitOfWork } from '../../core/database/unit-of-work';
import { badInput, notVisibleError } from '../../core/errors/app-error';
import { unknownCursor } from '../../core/validation/page-size';
import { AssetEntity } from '../assets/asset.entity';
import { CommitmentEntity } from '../commitments/commitment.entity';
import { CovenantWork, type CovenantChange } from '../covenants/covenant-work';
import { DisputesService } from '../disputes/disputes.service';
import { PlatformRoleEntity } from '../identity/platform-role.entity';
import { NeighbourhoodEntity } from '../neighbourhoods/neighbourhood.entity';
import { NotificationsService, type NotificationContent } from '../notifications/notifications.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { requireAllowed, rightsViewerIn } from '../organisations/rights-viewer';
import { ServiceRequestEntity } from '../service-requests/service-request.entity';
import { EscalationEntity } from './escalation.entity';

/** Who reads: the commissioner reads every case; anyone else those about nothing hidden from them. */
export interface EscalationReader {
  userId: string | null;
  isCommissioner: boolean;
}

export interface EscalationListing {
  reader: EscalationReader;
  status: EscalationStatus[] | null;
  subjectType: EscalationSubject | null;
  subjectId: string | null;
  covenantId: string | null;
  first: number;
  after: string | null;
}

/** What an escalation is about, as the platform found it when it was raised. */
interface Subject {
  facts: EscalationSubjectFacts;
  title: string;
  path: string;
  neighbourhoodId: string;
  covenantId: string | null;
  /** The organisations told of it. */
  organisationIds: string[];
}

/** Where the escalation's work happens: the covenant's change when it has one, else a plain transaction. */
interface Scope {
  manager: EntityManager;
  audit(action: string, details: Record<string, unknown>): Promise<void>;
  /** Tells the open pages of the covenant concerned, when there is one. */
  touched(escalation: EscalationEntity): void;
}

const today = () => londonDay(new Date());
const COMMISSIONER_LINK = '/commissioner';

export function escalationFacts(
  escalation: Pick<EscalationEntity, 'status' | 'response'>,
  respondent: Pick<OrganisationEntity, 'id' | 'name'> | null,
): EscalationFacts {
  return {
    status: escalation.status,
    respondent: respondent && { id: respondent.id, name: respondent.name },
    hasResponse: escalation.response !== null,
  };
}

@Injectable()
export class EscalationsService {
  constructor(
    @InjectRepository(EscalationEntity) private readonly escalations: Repository<EscalationEntity>,
    @InjectRepository(CommitmentEntity) private readonly commitments: Repository<CommitmentEntity>,
    private readonly unitOfWork: UnitOfWork,
    private readonly work: CovenantWork,
    private readonly disputes: DisputesService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The escalation, when the viewer may read what it is about. */
  async find(id: string, reader: EscalationReader): Promise<EscalationEntity | null> {
    return this.readable(reader).andWhere('e.id = :id', { id }).getOne();
  }

  /** Newest first, only those about something the viewer may read. */
  async page(listing: EscalationListing): Promise<EscalationEntity[]> {
    const query = this.readable(listing.reader);
    if (listing.status?.length) query.andWhere('e.status IN (:...status)', { status: listing.status });
    if (listing.subjectType) query.andWhere('e.subject_type = :subjectType', { subjectType: listing.subjectType });
    if (listing.subjectId) query.andWhere('e.subject_id = :subjectId', { subjectId: listing.subjectId });
    if (listing.covenantId) query.andWhere('e.covenant_id = :covenantId', { covenantId: listing.covenantId });
    if (listing.after) {
      const key = await this.readable(listing.reader)
        .select('e.created_at::text', 'createdAt')
        .andWhere('e.id = :after', { after: listing.after })
        .getRawOne<{ createdAt: string }>();
      if (!key) throw unknownCursor();
      query.andWhere('(e.created_at, e.id) < (:createdAt::timestamptz, :after)', {
        createdAt: key.createdAt,
        after: listing.after,
      });
    }
    return query.orderBy('e.created_at', 'DESC').addOrderBy('e.id', 'DESC').take(listing.first).getMany();
  }

  async escalate(
    viewer: Viewer,
    subjectType: EscalationSubject,
    subjectId: string,
    reason: string,
  ): Promise<EscalationEntity> {
    const raise = async (manager: EntityManager, subject: Subject, scope: Scope) => {
      const open = await manager.existsBy(EscalationEntity, {
        subjectType,
        subjectId,
        raisedById: viewer.userId,
        status: In([...OPEN_ESCALATION_STATUSES]),
      });
      requireAllowed(decideEscalate(await rightsViewerIn(manager, viewer), subject.facts, today(), open));
      const escalation = await manager.save(
        manager.create(EscalationEntity, {
          subjectType,
          subjectId,
          subjectTitle: subject.title,
          subjectPath: subject.path,
          neighbourhoodId: subject.neighbourhoodId,
          covenantId: subject.covenantId,
          raisedById: viewer.userId,
          reason,
          status: 'OPEN',
        }),
      );
      await scope.audit('escalation.raised', this.auditDetails(escalation));
      const content: NotificationContent = {
        kind: 'escalation.raised',
        title: `Escalated to the Community Power Commissioner: ${subject.title}`,
        body: `Case ${escalation.number}: someone has asked the Community Power Commissioner to look at ${subject.title}. ${reason}`,
        link: COMMISSIONER_LINK,
        covenantId: subject.covenantId,
      };
      for (const organisationId of subject.organisationIds) {
        await this.notifications.notifyAdmins(manager, organisationId, content);
      }
      await this.notifications.notifyUsers(manager, await this.commissionerIds(manager), content);
      scope.touched(escalation);
      return escalation;
    };
    if (subjectType === 'COMMITMENT' || subjectType === 'COVENANT') {
      const covenantId = await this.covenantOf(subjectType, subjectId);
      return this.work.change(covenantId, viewer, async (change) => {
        change.require('read');
        return raise(change.manager, await this.covenantSubject(change, subjectType, subjectId), this.scopeOf(change));
      });
    }
    return this.unitOfWork.run(async ({ manager }) =>
      raise(manager, await this.rightsSubject(manager, subjectType, subjectId), this.plainScope(manager)),
    );
  }

  async requestResponse(
    viewer: Viewer,
    escalationId: string,
    organisationId: string,
    dueOn: string,
  ): Promise<EscalationEntity> {
    const day = today();
    if (!isDay(dueOn) || dueOn <= day || dueOn > addDays(day, MAX_RESPONSE_DAYS)) {
      throw badInput('Give a due day after today and within a year.', {
        dueOn: 'A day after today, within a year.',
      });
    }
    return this.onEscalation(viewer, escalationId, async (manager, escalation, scope) => {
      requireAllowed(
        decideRequestEscalationResponse(
          await this.commissionerViewer(manager, viewer),
          await this.facts(manager, escalation),
        ),
      );
      const respondent = await manager.findOneBy(OrganisationEntity, { id: organisationId });
      if (!respondent) throw notVisibleError('organisation');
      Object.assign(escalation, {
        status: 'RESPONSE_REQUESTED',
        respondentId: respondent.id,
        responseDueOn: dueOn,
        responseRequestedAt: new Date(),
      });
      const saved = await manager.save(escalation);
      await scope.audit('escalation.response-requested', {
        ...this.auditDetails(saved),
        organisationId: respondent.id,
        dueOn,
      });
      await this.notifications.notifyAdmins(manager, respondent.id, {
        kind: 'escalation.response-requested',
        title: `Respond by ${formatLondonDay(dueOn)}: the Community Power Commissioner's case ${saved.number}`,
        body: `The Community Power Commissioner asks ${respondent.name} to respond by ${formatLondonDay(dueOn)} to case ${saved.number}, about ${saved.subjectTitle}. ${saved.reason}`,
        link: COMMISSIONER_LINK,
        covenantId: saved.covenantId,
      });
      scope.touched(saved);
      return saved;
    });
  }

  respond(viewer: Viewer, escalationId: string, response: string): Promise<EscalationEntity> {
    return this.onEscalation(viewer, escalationId, async (manager, escalation, scope) => {
      const facts = await this.facts(manager, escalation);
      requireAllowed(decideRespondToEscalation(await rightsViewerIn(manager, viewer), facts));
      Object.assign(escalation, { response, respondedById: viewer.userId, respondedAt: new Date() });
      const saved = await manager.save(escalation);
      await scope.audit('escalation.responded', {
        ...this.auditDetails(saved),
        organisationId: saved.respondentId,
      });
      const content: NotificationContent = {
        kind: 'escalation.responded',
        title: `${facts.respondent!.name} responded to case ${saved.number}`,
        body: `${facts.respondent!.name} responded to the Community Power Commissioner's case ${saved.number}, about ${saved.subjectTitle}: ${response}`,
        link: COMMISSIONER_LINK,
        covenantId: saved.covenantId,
      };
      await this.notifications.notifyUsers(
        manager,
        [...(await this.commissionerIds(manager)), saved.raisedById],
        content,
      );
      scope.touched(saved);
      return saved;
    });
  }

  conclude(viewer: Viewer, escalationId: string, findings: string, dismiss: boolean): Promise<EscalationEntity> {
    return this.onEscalation(viewer, escalationId, async (manager, escalation, scope) => {
      requireAllowed(
        decideConcludeEscalation(await this.commissionerViewer(manager, viewer), await this.facts(manager, escalation)),
      );
      Object.assign(escalation, {
        status: dismiss ? 'DISMISSED' : 'CONCLUDED',
        findings,
        concludedAt: new Date(),
      });
      const saved = await manager.save(escalation);
      await scope.audit(dismiss ? 'escalation.dismissed' : 'escalation.concluded', this.auditDetails(saved));
      const content: NotificationContent = {
        kind: dismiss ? 'escalation.dismissed' : 'escalation.concluded',
        title: dismiss
          ? `Case ${saved.number} dismissed: ${saved.subjectTitle}`
          : `Findings published on case ${saved.number}: ${saved.subjectTitle}`,
        body: `The Community Power Commissioner has ${dismiss ? 'dismissed' : 'published findings on'} case ${saved.number}, about ${saved.subjectTitle}: ${findings}`,
        link: COMMISSIONER_LINK,
        covenantId: saved.covenantId,
      };
      await this.notifications.notifyUsers(manager, [saved.raisedById], content);
      if (saved.respondentId) await this.notifications.notifyAdmins(manager, saved.respondentId, content);
      scope.touched(saved);
      return saved;
    });
  }

  async isCommissioner(userId: string, manager: EntityManager = this.escalations.manager): Promise<boolean> {
    return manager.existsBy(PlatformRoleEntity, { userId, role: 'COMMISSIONER' });
  }

  private async commissionerViewer(manager: EntityManager, viewer: Viewer): Promise<CommissionerViewer> {
    return {
      ...(await rightsViewerIn(manager, viewer)),
      isCommissioner: await this.isCommissioner(viewer.userId, manager),
    };
  }

  private async commissionerIds(manager: EntityManager): Promise<string[]> {
    return (await manager.findBy(PlatformRoleEntity, { role: 'COMMISSIONER' })).map((role) => role.userId);
  }

  private async facts(manager: EntityManager, escalation: EscalationEntity): Promise<EscalationFacts> {
    const respondent = escalation.respondentId
      ? await manager.findOneBy(OrganisationEntity, { id: escalation.respondentId })
      : null;
    return escalationFacts(escalation, respondent);
  }

  private auditDetails(escalation: EscalationEntity) {
    return {
      escalationId: escalation.id,
      number: escalation.number,
      subjectType: escalation.subjectType,
      subjectId: escalation.subjectId,
      title: escalation.subjectTitle,
    };
  }

  /** A change to one escalation under its row's lock (and its covenant's, when it has one). */
  private async onEscalation<T>(
    viewer: Viewer,
    escalationId: string,
    work: (manager: EntityManager, escalation: EscalationEntity, scope: Scope) => Promise<T>,
  ): Promise<T> {
    const found = await this.find(escalationId, {
      userId: viewer.userId,
      isCommissioner: await this.isCommissioner(viewer.userId),
    });
    if (!found) throw notVisibleError('escalation');
    const locked = async (manager: EntityManager, scope: Scope) => {
      const escalation = await manager
        .createQueryBuilder(EscalationEntity, 'e')
        .setLock('pessimistic_write')
        .where('e.id = :id', { id: escalationId })
        .getOneOrFail();
      return work(manager, escalation, scope);
    };
    if (found.covenantId) {
      return this.work.change(found.covenantId, viewer, (change) => locked(change.manager, this.scopeOf(change)));
    }
    return this.unitOfWork.run(({ manager }) => locked(manager, this.plainScope(manager)));
  }

  private scopeOf(change: CovenantChange): Scope {
    return {
      manager: change.manager,
      audit: (action, details) => change.audit(action, details),
      touched: (escalation) => {
        if (escalation.subjectType === 'COMMITMENT')
          change.emit('commitment.changed', { commitmentId: escalation.subjectId });
      },
    };
  }

  private plainScope(manager: EntityManager): Scope {
    return { manager, audit: async () => undefined, touched: () => undefined };
  }

  /** The covenant a covenant or commitment subject belongs to; NOT_FOUND when there is none. */
  private async covenantOf(type: 'COMMITMENT' | 'COVENANT', subjectId: string): Promise<string> {
    if (type === 'COVENANT') return subjectId;
    const commitment = await this.commitments.findOneBy({ id: subjectId });
    if (!commitment) throw notVisibleError('commitment');
    return commitment.covenantId;
  }

  private async covenantSubject(
    change: CovenantChange,
    type: 'COMMITMENT' | 'COVENANT',
    subjectId: string,
  ): Promise<Subject> {
    const { covenant, parties } = change;
    const common = { neighbourhoodId: covenant.neighbourhoodId, covenantId: covenant.id };
    if (type === 'COVENANT') {
      return {
        ...common,
        facts: { type },
        title: covenant.title,
        path: pagePath(PAGE_PATHS.covenant, { slug: covenant.slug }),
        organisationIds: parties.filter((p) => p.status === 'ACCEPTED').map((p) => p.organisationId),
      };
    }
    const commitment = await change.manager.findOneBy(CommitmentEntity, { id: subjectId });
    if (!commitment) throw notVisibleError('commitment');
    const party = parties.find((p) => p.id === commitment.partyId)!;
    const disputes = await this.disputes.inTransaction(change.manager, commitment.id);
    return {
      ...common,
      facts: {
        type,
        overdue: isOverdue(commitment, today()),
        disputes: disputes.map((d) => ({ answered: d.answer !== null, raisedOn: londonDay(d.createdAt) })),
      },
      title: `${commitment.title} (${party.organisation!.name}, ${covenant.title})`,
      path: `${pagePath(PAGE_PATHS.accountability, { slug: covenant.slug })}#commitment-${commitment.id}`,
      organisationIds: [party.organisationId],
    };
  }

  private async rightsSubject(
    manager: EntityManager,
    type: 'SERVICE_REQUEST' | 'ASSET',
    subjectId: string,
  ): Promise<Subject> {
    if (type === 'SERVICE_REQUEST') {
      const request = await manager.findOneBy(ServiceRequestEntity, { id: subjectId });
      if (!request) throw notVisibleError('service request');
      const publicBody = await manager.findOneByOrFail(OrganisationEntity, { id: request.publicBodyId });
      return {
        facts: { type, overdue: serviceRequestOverdue(request.status, request.responseDueOn, today()) },
        title: `${request.service} (asked of ${publicBody.name})`,
        path: pagePath(PAGE_PATHS.serviceRequest, { slug: request.slug }),
        neighbourhoodId: request.neighbourhoodId,
        covenantId: null,
        organisationIds: [request.publicBodyId, request.requesterId],
      };
    }
    const asset = await manager.findOneBy(AssetEntity, { id: subjectId });
    if (!asset) throw notVisibleError('asset');
    const neighbourhood = await manager.findOneByOrFail(NeighbourhoodEntity, { id: asset.neighbourhoodId });
    return {
      facts: { type },
      title: asset.name,
      path: pagePath(PAGE_PATHS.asset, { slug: asset.slug }),
      neighbourhoodId: asset.neighbourhoodId,
      covenantId: null,
      organisationIds: [asset.nominatedById, neighbourhood.localAuthorityId].filter((id): id is string => !!id),
    };
  }

  /** A covenant's cases follow the covenant's read rule, except for the commissioner, to whom they were raised. */
  private readable({ userId, isCommissioner }: EscalationReader) {
    const query = this.escalations.createQueryBuilder('e');
    if (isCommissioner) return query.where('TRUE');
    return query.where(
      `(e.covenant_id IS NULL OR EXISTS (SELECT 1 FROM covenants c WHERE c.id = e.covenant_id AND ${mayReadSql('c', userId === null ? null : ':userId')}))`,
      { userId },
    );
  }
}
