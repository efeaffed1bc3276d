/** Starting covenants, finding them, and moving them through their lifecycle. */
import { Injectable } from '@nestjs/common';
import { findByIdsInOrder, findOneWhere } from '../../core/database/by-ids';
import { InjectRepository } from '@nestjs/typeorm';
import {
  decideConvening,
  londonDay,
  mayReadSql,
  readableOnlyAsPartySql,
  transitionTarget,
  type CovenantStatus,
  type Transition,
} from '@covenant/domain';
import { Repository } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { AppError, badInput, conflict } from '../../core/errors/app-error';
import { prefixQuery } from '../../core/database/full-text';
import { isUniqueViolation } from '../../core/database/postgres-errors';
import { unknownCursor } from '../../core/validation/page-size';
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

export interface Support {
  count: number;
  viewerSupports: boolean;
}

/** What a covenant search matches: the expression the full-text index is built on (migration ReadsAtScale). */
const SEARCHED_TEXT = "to_tsvector('english'::regconfig, c.title || ' ' || coalesce(c.summary, ''))";

/** Which covenants a list holds, before paging; only those `viewerId` may read. */
export interface CovenantFilter {
  viewerId: string | null;
  neighbourhoodIds?: readonly string[];
  localAuthorityId?: string | null;
  statuses?: readonly CovenantStatus[] | null;
  search?: string | null;
}

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
    return findOneWhere(this.covenants, 'id', id);
  }

  findBySlug(slug: string): Promise<CovenantEntity | null> {
    return findOneWhere(this.covenants, 'slug', slug.toLowerCase());
  }

  findByIds(ids: readonly string[]): Promise<(CovenantEntity | null)[]> {
    return findByIdsInOrder(this.covenants, ids);
  }

  /**
   * The covenants `viewerId` may read, newest change first (then by id, descending), at
   * most `first` of them, continuing after the readable covenant `after`;
   * the read rule is part of the query.
   */
  async list(filter: CovenantFilter & { first: number; after?: string | null }): Promise<CovenantEntity[]> {
    const query = this.filtered(filter);
    if (filter.after) {
      query.andWhere('(c.updated_at, c.id) < (:afterAt, :after)', await this.cursor(filter.viewerId, filter.after));
    }
    return query.orderBy('c.updated_at', 'DESC').addOrderBy('c.id', 'DESC').limit(filter.first).getMany();
  }

  /**
   * The sum of what anyone may read and, signed in, what the viewer reads only as a party's member: counted apart,
   * everyone's part needs no scan that checks each covenant for the viewer.
   */
  async count(filter: CovenantFilter): Promise<number> {
    const [everyone, own] = await Promise.all([
      this.openCount(filter),
      filter.viewerId === null ? 0 : this.filtered(filter, readableOnlyAsPartySql('c', ':viewerId')).getCount(),
    ]);
    return everyone + own;
  }

  /**
   * What anyone may read of those `filter` asks for. When only statuses narrow it, from the tallies PostgreSQL keeps
   * as covenants change (`open_covenant_tallies`): a few rows, however many covenants the platform holds.
   */
  private async openCount(filter: CovenantFilter): Promise<number> {
    if (filter.neighbourhoodIds || filter.localAuthorityId || filter.search?.trim())
      return this.filtered({ ...filter, viewerId: null }).getCount();
    const [{ count }]: { count: number }[] = await this.covenants.query(
      `SELECT coalesce(sum(covenants), 0)::int AS count FROM open_covenant_tallies
        WHERE $1::covenant_status[] IS NULL OR status = ANY($1::covenant_status[])`,
      [filter.statuses?.length ? [...filter.statuses] : null],
    );
    return count;
  }

  /**
   * `list` for several neighbourhoods at once, in one statement: each one's
   * first page (after `after`'s place in the order when given).
   */
  async pagesOfNeighbourhoods(
    viewerId: string | null,
    neighbourhoodIds: readonly string[],
    page: { first: number; after: string | null },
  ): Promise<CovenantEntity[][]> {
    const ids = [...neighbourhoodIds];
    let keyset = '';
    const params: Record<string, unknown> = { ids, first: page.first, viewerId };
    if (page.after) {
      keyset = 'AND (p.updated_at, p.id) < (:afterAt, :after)';
      Object.assign(params, await this.cursor(viewerId, page.after));
    }
    const rows = await this.covenants
      .createQueryBuilder('c')
      .where(
        `c.id IN (SELECT l.id FROM unnest(CAST(:ids AS uuid[])) n(id) CROSS JOIN LATERAL (
          SELECT p.id FROM covenants p WHERE p.neighbourhood_id = n.id AND ${mayReadSql('p', viewerId === null ? null : ':viewerId')} ${keyset}
          ORDER BY p.updated_at DESC, p.id DESC LIMIT :first) l)`,
        params,
      )
      .orderBy('c.updated_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .getMany();
    return ids.map((id) => rows.filter((row) => row.neighbourhoodId === id));
  }

  /** How many covenants of each neighbourhood `viewerId` may read. */
  async countsOfNeighbourhoods(viewerId: string | null, neighbourhoodIds: readonly string[]): Promise<number[]> {
    const rows = await this.filtered({ viewerId, neighbourhoodIds })
      .select('c.neighbourhood_id', 'neighbourhoodId')
      .addSelect('COUNT(*)::int', 'count')
      .groupBy('c.neighbourhood_id')
      .getRawMany<{ neighbourhoodId: string; count: number }>();
    const counts = new Map(rows.map((row) => [row.neighbourhoodId, row.count]));
    return neighbourhoodIds.map((id) => counts.get(id) ?? 0);
  }

  /**
   * Where a page continues: the covenant `after`'s place in the order, if
   * `viewerId` may read it; its time as text, since timestamps have
   * microseconds and a JavaScript date only milliseconds.
   */
  private async cursor(viewerId: string | null, after: string): Promise<{ afterAt: string; after: string }> {
    const key = await this.filtered({ viewerId })
      .select('c.updated_at::text', 'updatedAt')
      .andWhere('c.id = :after', { after })
      .getRawOne<{ updatedAt: string }>();
    if (!key) throw unknownCursor();
    return { afterAt: key.updatedAt, after };
  }

  /** The covenants `viewerId` may read (or those `rule` allows) that pass the filter, in no order. */
  private filtered(filter: CovenantFilter, rule = mayReadSql('c', filter.viewerId === null ? null : ':viewerId')) {
    const query = this.covenants.createQueryBuilder('c').where(rule, { viewerId: filter.viewerId });
    if (filter.neighbourhoodIds) {
      query.andWhere('c.neighbourhood_id IN (:...neighbourhoodIds)', {
        neighbourhoodIds: [...filter.neighbourhoodIds],
      });
    }
    if (filter.localAuthorityId) {
      query.andWhere(
        'c.neighbourhood_id IN (SELECT n.id FROM neighbourhoods n WHERE n.local_authority_id = :localAuthorityId)',
        { localAuthorityId: filter.localAuthorityId },
      );
    }
    if (filter.statuses?.length) query.andWhere('c.status IN (:...statuses)', { statuses: filter.statuses });
    const words = prefixQuery(filter.search);
    if (words !== null) {
      query.andWhere(`${SEARCHED_TEXT} @@ to_tsquery('english', :words)`, { words });
    } else if (filter.search?.trim()) {
      // Nothing searchable (only punctuation): nothing matches, as a search for it would find nothing.
      query.andWhere('false');
    }
    return query;
  }

  /** Each covenant's support: how many, and whether `viewerId` is among them, in one statement. */
  async supportOf(viewerId: string | null, covenantIds: readonly string[]): Promise<Support[]> {
    const rows: ({ covenantId: string } & Support)[] = await this.supports.query(
      `SELECT s.covenant_id AS "covenantId", COUNT(*)::int AS count,
              COALESCE(bool_or(s.user_id = $2::uuid), false) AS "viewerSupports"
         FROM supports s WHERE s.covenant_id = ANY($1::uuid[]) GROUP BY s.covenant_id`,
      [[...covenantIds], viewerId],
    );
    const support = new Map(rows.map((row) => [row.covenantId, row]));
    return covenantIds.map((id) => {
      const row = support.get(id);
      return { count: row?.count ?? 0, viewerSupports: row?.viewerSupports ?? false };
    });
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
