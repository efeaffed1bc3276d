/** Starting covenants, finding them, and moving them through their lifecycle. */
import { Injectable } from '@nestjs/common';
import { findByIdsInOrder } from '../../core/database/by-ids';
import { InjectRepository } from '@nestjs/typeorm';
import {
  decideConvening,
  londonDay,
  mayReadSql,
  transitionTarget,
  type CovenantStatus,
  type Transition,
} from '@covenant/domain';
import { In, Repository } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { AppError, badInput, conflict } from '../../core/errors/app-error';
import { isUniqueViolation } from '../../core/database/postgres-errors';
import { uniqueSlug } from '../../core/database/unique-slug';
import { UnitOfWork } from '../../core/database/unit-of-work';
import { NeighbourhoodEntity } from '../neighbourhoods/neighbourhood.entity';
import { MembershipEntity } from '../organisations/membership.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartyEntity } from './party.entity';
import { invitationNotice } from './invitation-notice';
import { CovenantEntity } from './covenant.entity';
import { CovenantLifecycle } from './covenant-lifecycle';
import { CovenantWork } from './covenant-work';
import { CreateCovenantInput } from './create-covenant.input';
import { SupportEntity } from './support.entity';

@Injectable()
export class CovenantsService {
  constructor(
    @InjectRepository(CovenantEntity) private readonly covenants: Repository<CovenantEntity>,
    @InjectRepository(SupportEntity) private readonly supports: Repository<SupportEntity>,
    private readonly unitOfWork: UnitOfWork,
    private readonly work: CovenantWork,
    private readonly lifecycle: CovenantLifecycle,
  ) {}

  findById(id: string): Promise<CovenantEntity | null> {
    return this.covenants.findOneBy({ id });
  }

  findBySlug(slug: string): Promise<CovenantEntity | null> {
    return this.covenants.findOneBy({ slug: slug.toLowerCase() });
  }

  findByIds(ids: readonly string[]): Promise<(CovenantEntity | null)[]> {
    return findByIdsInOrder(this.covenants, ids);
  }

  /**
   * The covenants `viewerId` may read, newest change first (then by id), at
   * most `first` of them when given; the read rule is part of the query.
   */
  list(options: {
    viewerId: string | null;
    neighbourhoodIds?: readonly string[];
    statuses?: CovenantStatus[] | null;
    first?: number;
  }): Promise<CovenantEntity[]> {
    const query = this.covenants
      .createQueryBuilder('c')
      .where(mayReadSql('c', options.viewerId === null ? null : ':viewerId'), { viewerId: options.viewerId })
      .orderBy('c.updated_at', 'DESC')
      .addOrderBy('c.id', 'ASC');
    if (options.neighbourhoodIds)
      query.andWhere('c.neighbourhood_id IN (:...ids)', { ids: [...options.neighbourhoodIds] });
    if (options.statuses?.length) query.andWhere('c.status IN (:...statuses)', { statuses: options.statuses });
    if (options.first !== undefined) query.take(options.first);
    return query.getMany();
  }

  async supportCounts(covenantIds: readonly string[]): Promise<number[]> {
    const rows = await this.supports
      .createQueryBuilder('s')
      .select('s.covenant_id', 'covenantId')
      .addSelect('COUNT(*)::int', 'count')
      .where({ covenantId: In([...covenantIds]) })
      .groupBy('s.covenant_id')
      .getRawMany<{ covenantId: string; count: number }>();
    const counts = new Map(rows.map((row) => [row.covenantId, row.count]));
    return covenantIds.map((id) => counts.get(id) ?? 0);
  }

  async supportedBy(userId: string, covenantIds: readonly string[]): Promise<boolean[]> {
    const rows = await this.supports.findBy({ userId, covenantId: In([...covenantIds]) });
    const supported = new Set(rows.map((row) => row.covenantId));
    return covenantIds.map((id) => supported.has(id));
  }

  async create(viewer: Viewer, input: CreateCovenantInput): Promise<CovenantEntity> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.createOnce(viewer, input);
      } catch (error) {
        // Two covenants with the same title started at the same moment: the next slug.
        if (attempt < 5 && isUniqueViolation(error)) continue;
        throw error;
      }
    }
  }

  private createOnce(viewer: Viewer, input: CreateCovenantInput): Promise<CovenantEntity> {
    return this.unitOfWork.run(async (tx) => {
      const { manager } = tx;
      const neighbourhood = await manager.findOneBy(NeighbourhoodEntity, { id: input.neighbourhoodId });
      if (!neighbourhood) {
        throw badInput('That neighbourhood does not exist.', { neighbourhoodId: 'Choose a neighbourhood.' });
      }
      const convenor = await manager.findOneBy(OrganisationEntity, { id: input.convenorOrganisationId });
      if (!convenor)
        throw badInput('That organisation does not exist.', { convenorOrganisationId: 'Choose an organisation.' });
      const membership = await manager.findOneBy(MembershipEntity, {
        organisationId: convenor.id,
        userId: viewer.userId,
      });
      const convening = decideConvening(convenor, membership);
      if (!convening.allowed) throw new AppError(convening.code, convening.reason);
      const slug = await uniqueSlug(manager, CovenantEntity, `${neighbourhood.name} ${input.title}`);
      const covenant = await manager.save(
        manager.create(CovenantEntity, {
          slug,
          title: input.title,
          summary: input.summary ?? null,
          neighbourhoodId: neighbourhood.id,
          visibility: input.visibility ?? 'PUBLIC',
          status: 'DRAFT',
          createdById: viewer.userId,
        }),
      );
      const convenorParty = await manager.save(
        manager.create(PartyEntity, {
          covenantId: covenant.id,
          organisationId: convenor.id,
          role: 'CONVENOR',
          status: 'ACCEPTED',
          respondedAt: new Date(),
          invitedById: viewer.userId,
        }),
      );
      await this.lifecycle.start(tx, {
        covenant,
        neighbourhoodName: neighbourhood.name,
        fromTemplate: input.fromTemplate ?? true,
      });
      const change = await this.work.context(tx, covenant, viewer);
      await change.audit('covenant.created', {
        title: covenant.title,
        neighbourhoodId: neighbourhood.id,
        visibility: covenant.visibility,
        convenorPartyId: convenorParty.id,
        convenorOrganisationId: convenor.id,
      });
      if (neighbourhood.localAuthorityId) {
        const council = await manager.save(
          manager.create(PartyEntity, {
            covenantId: covenant.id,
            organisationId: neighbourhood.localAuthorityId,
            role: 'COUNTERSIGNATORY',
            status: 'INVITED',
            invitedById: viewer.userId,
          }),
        );
        await change.audit('party.invited', {
          partyId: council.id,
          organisationId: council.organisationId,
          role: council.role,
        });
        await change.notifyAdmins(
          council.organisationId,
          invitationNotice(covenant, neighbourhood, convenor, 'COUNTERSIGNATORY'),
        );
      }
      return covenant;
    });
  }

  /** Any lifecycle move but freezing and countersigning (signing.service); `reason` is recorded in the audit trail. */
  async transition(
    viewer: Viewer,
    covenantId: string,
    transition: Transition,
    reason?: string,
  ): Promise<CovenantEntity> {
    return this.work.change(covenantId, viewer, async (change) => {
      change.require(transition);
      const target = transitionTarget(transition, change.facts.covenant);
      if (!target.ok) throw conflict(target.reason);
      const from = change.covenant.status;
      change.covenant.status = target.to;
      if (target.to === 'ENDED') change.covenant.endsOn = londonDay(new Date());
      const saved = await change.manager.save(change.covenant);
      const versions = await this.lifecycle.move(change.tx, covenantId, transition);
      await change.audit('status.changed', { from, to: target.to, ...(reason ? { reason } : {}), ...versions });
      change.emit('status.changed', { from, to: target.to });
      return saved;
    });
  }

  /** Idempotent: a second support from the same person changes nothing. */
  async support(viewer: Viewer, covenantId: string): Promise<CovenantEntity> {
    return this.work.change(covenantId, viewer, async (change) => {
      change.require('support');
      const inserted = await change.manager
        .createQueryBuilder()
        .insert()
        .into(SupportEntity)
        .values({ covenantId, userId: viewer.userId })
        .orIgnore()
        .execute();
      if (inserted.raw.length) {
        const supportCount = await change.manager.countBy(SupportEntity, { covenantId });
        await change.audit('support.added', { supportCount });
        change.emit('support.changed', { supportCount });
      }
      return change.covenant;
    });
  }
}
