/** Starting covenants, finding them, and moving them through their lifecycle. */
import { Injectable } from '@nestjs/common';
import { findByIdsInOrder } from '../../core/database/by-ids';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { CONVENOR_KINDS, londonDay, transitionTarget, type CovenantStatus, type Transition } from '@covenant/domain';
import { Y } from '../../collab/document/yjs';
import { DataSource, In, Repository } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { badInput, conflict, forbidden } from '../../core/errors/app-error';
import { isUniqueViolation } from '../../core/database/postgres-errors';
import { uniqueSlug } from '../../core/database/unique-slug';
import { CovenantDocumentEntity } from '../../collab/covenant-document.entity';
import { writeCovenantTemplate } from '../../collab/document';
import { NeighbourhoodEntity } from '../neighbourhoods/neighbourhood.entity';
import { MembershipEntity } from '../organisations/membership.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartyEntity } from '../parties/party.entity';
import { invitationNotice } from '../parties/invitation-notice';
import { settleVersions } from '../signing/versions.service';
import { CovenantEntity } from './covenant.entity';
import { CovenantWork } from './covenant-work';
import { CreateCovenantInput } from './create-covenant.input';
import { SupportEntity } from './support.entity';

@Injectable()
export class CovenantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(CovenantEntity) private readonly covenants: Repository<CovenantEntity>,
    @InjectRepository(SupportEntity) private readonly supports: Repository<SupportEntity>,
    private readonly work: CovenantWork,
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

  /** Candidates for a list, newest first; the caller keeps only what the viewer may read. */
  list(options: {
    neighbourhoodIds?: readonly string[];
    statuses?: CovenantStatus[] | null;
  }): Promise<CovenantEntity[]> {
    return this.covenants.find({
      where: {
        ...(options.neighbourhoodIds ? { neighbourhoodId: In([...options.neighbourhoodIds]) } : {}),
        ...(options.statuses?.length ? { status: In(options.statuses) } : {}),
      },
      order: { updatedAt: 'DESC', id: 'ASC' },
    });
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

  private async createOnce(viewer: Viewer, input: CreateCovenantInput): Promise<CovenantEntity> {
    return this.dataSource.transaction(async (manager) => {
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
      if (membership?.role !== 'ADMIN') {
        throw forbidden(`Only an admin of ${convenor.name} can start a covenant on its behalf.`);
      }
      if (!(CONVENOR_KINDS as readonly string[]).includes(convenor.kind)) {
        throw forbidden(
          'A covenant is convened by a community group, community business or voluntary organisation; ' +
            `${convenor.name} can join one as a partner instead.`,
        );
      }
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
      const doc = new Y.Doc();
      if (input.fromTemplate ?? true)
        writeCovenantTemplate(doc, { title: input.title, neighbourhoodName: neighbourhood.name });
      await manager.insert(CovenantDocumentEntity, {
        covenantId: covenant.id,
        state: Buffer.from(Y.encodeStateAsUpdate(doc)),
      });
      const change = await this.work.context(manager, covenant, viewer);
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
      const versions = await settleVersions(change.manager, covenantId, transition);
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
