/**
 * Right to Shape Public Services: a community organisation asks a verified
 * public body to change a service or to let the community run it, and the
 * body answers within the response period of the request's rule set.
 */
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  decideRespondToServiceRequest,
  decideSubmitServiceRequest,
  decideWithdrawServiceRequest,
  DEFAULT_RIGHTS_RULE_SET,
  formatLondonDay,
  londonDay,
  PAGE_PATHS,
  pagePath,
  SERVICE_REQUEST_STATUS_LABELS,
  serviceRequestResponseDueOn,
  type Decision,
  type RightsViewer,
  type ServiceRequestFacts,
  type ServiceRequestStatus,
} from '@covenant/domain';
import { In, Repository, type EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { groupInOrder } from '../../core/database/by-ids';
import { uniqueSlug } from '../../core/database/unique-slug';
import { UnitOfWork } from '../../core/database/unit-of-work';
import { notVisibleError } from '../../core/errors/app-error';
import { NeighbourhoodEntity } from '../neighbourhoods/neighbourhood.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { requireAllowed, rightsOrganisation, rightsViewerIn } from '../organisations/rights-viewer';
import type { ServiceRequestInput } from './service-request.inputs';
import { ServiceRequestEntity } from './service-request.entity';

export function requestFacts(
  request: Pick<ServiceRequestEntity, 'requesterId' | 'publicBodyId' | 'status'>,
  requester: Pick<OrganisationEntity, 'name'>,
  publicBody: Pick<OrganisationEntity, 'name'>,
): ServiceRequestFacts {
  return {
    requesterId: request.requesterId,
    requesterName: requester.name,
    publicBodyId: request.publicBodyId,
    publicBodyName: publicBody.name,
    status: request.status,
  };
}

@Injectable()
export class ServiceRequestsService {
  constructor(
    @InjectRepository(ServiceRequestEntity) private readonly requests: Repository<ServiceRequestEntity>,
    private readonly unitOfWork: UnitOfWork,
    private readonly notifications: NotificationsService,
  ) {}

  findBySlug(slug: string): Promise<ServiceRequestEntity | null> {
    return this.requests.findOneBy({ slug: slug.toLowerCase() });
  }

  /** Each neighbourhood's requests, newest first. */
  async ofNeighbourhoods(neighbourhoodIds: readonly string[]): Promise<ServiceRequestEntity[][]> {
    const rows = await this.requests.find({
      where: { neighbourhoodId: In([...neighbourhoodIds]) },
      order: { submittedAt: 'DESC', id: 'DESC' },
    });
    return groupInOrder(rows, (row) => row.neighbourhoodId, neighbourhoodIds);
  }

  async submit(viewer: Viewer, input: ServiceRequestInput): Promise<ServiceRequestEntity> {
    return this.unitOfWork.run(async ({ manager }) => {
      const neighbourhood = await manager.findOneBy(NeighbourhoodEntity, { id: input.neighbourhoodId });
      if (!neighbourhood) throw notVisibleError('neighbourhood');
      const [requester, publicBody] = await Promise.all([
        manager.findOneBy(OrganisationEntity, { id: input.requesterOrganisationId }),
        manager.findOneBy(OrganisationEntity, { id: input.publicBodyOrganisationId }),
      ]);
      if (!requester || !publicBody) throw notVisibleError('organisation');
      const rightsViewer = await rightsViewerIn(manager, viewer);
      requireAllowed(
        decideSubmitServiceRequest(rightsViewer, rightsOrganisation(requester), rightsOrganisation(publicBody)),
      );
      const rules = DEFAULT_RIGHTS_RULE_SET;
      const request = await manager.save(
        manager.create(ServiceRequestEntity, {
          slug: await uniqueSlug(manager, ServiceRequestEntity, `${input.service} ${neighbourhood.name}`),
          neighbourhoodId: neighbourhood.id,
          requesterId: requester.id,
          publicBodyId: publicBody.id,
          service: input.service,
          proposal: input.proposal,
          status: 'SUBMITTED',
          submittedById: viewer.userId,
          ruleSet: rules.id,
          responseDueOn: serviceRequestResponseDueOn(londonDay(new Date()), rules),
        }),
      );
      await this.notifications.notifyAdmins(manager, publicBody.id, {
        kind: 'service-request.submitted',
        title: `Answer by ${formatLondonDay(request.responseDueOn)}: ${requester.name} asks about ${request.service}`,
        body: `${requester.name} uses the Right to Shape Public Services to ask ${publicBody.name} to change ${request.service} in ${neighbourhood.name}, or to let the community run it. Answer by ${formatLondonDay(request.responseDueOn)}.`,
        link: this.link(request),
        covenantId: null,
      });
      return request;
    });
  }

  respond(
    viewer: Viewer,
    requestId: string,
    status: ServiceRequestStatus,
    response: string,
  ): Promise<ServiceRequestEntity> {
    return this.onRequest(viewer, requestId, decideRespondToServiceRequest, async (manager, request, facts) => {
      Object.assign(request, { status, response, respondedById: viewer.userId, respondedAt: new Date() });
      const saved = await manager.save(request);
      await this.notifications.notifyAdmins(manager, request.requesterId, {
        kind: 'service-request.answered',
        title: `${facts.publicBodyName} answered: ${SERVICE_REQUEST_STATUS_LABELS[status]}, ${request.service}`,
        body: `${facts.publicBodyName} answered your request about ${request.service}: ${SERVICE_REQUEST_STATUS_LABELS[status].toLowerCase()}. ${response}`,
        link: this.link(request),
        covenantId: null,
      });
      return saved;
    });
  }

  withdraw(viewer: Viewer, requestId: string): Promise<ServiceRequestEntity> {
    return this.onRequest(viewer, requestId, decideWithdrawServiceRequest, async (manager, request, facts) => {
      request.status = 'WITHDRAWN';
      const saved = await manager.save(request);
      await this.notifications.notifyAdmins(manager, request.publicBodyId, {
        kind: 'service-request.withdrawn',
        title: `Withdrawn: ${facts.requesterName}'s request about ${request.service}`,
        body: `${facts.requesterName} has withdrawn its request about ${request.service}; no answer is needed.`,
        link: this.link(request),
        covenantId: null,
      });
      return saved;
    });
  }

  link(request: Pick<ServiceRequestEntity, 'slug'>): string {
    return pagePath(PAGE_PATHS.serviceRequest, { slug: request.slug });
  }

  /** A change to one request under its row's lock, once the rule allows it. */
  private onRequest<T>(
    viewer: Viewer,
    requestId: string,
    rule: (viewer: RightsViewer, facts: ServiceRequestFacts) => Decision,
    work: (manager: EntityManager, request: ServiceRequestEntity, facts: ServiceRequestFacts) => Promise<T>,
  ): Promise<T> {
    return this.unitOfWork.run(async ({ manager }) => {
      const request = await manager
        .createQueryBuilder(ServiceRequestEntity, 'r')
        .setLock('pessimistic_write')
        .where('r.id = :id', { id: requestId })
        .getOne();
      if (!request) throw notVisibleError('service request');
      const [requester, publicBody] = await Promise.all([
        manager.findOneByOrFail(OrganisationEntity, { id: request.requesterId }),
        manager.findOneByOrFail(OrganisationEntity, { id: request.publicBodyId }),
      ]);
      const facts = requestFacts(request, requester, publicBody);
      requireAllowed(rule(await rightsViewerIn(manager, viewer), facts));
      return work(manager, request, facts);
    });
  }
}
