/**
 * Right to Buy: assets of community value. A community organisation
 * nominates, the neighbourhood's council lists or not, and an owner's notice
 * of disposal starts the moratorium clocks, whose days come from the asset's
 * rule set in libs/domain.
 */
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  currentAssetStatus,
  decideNominateAsset,
  decideNomination,
  decideRecordDisposal,
  decideRequestToBid,
  DEFAULT_RIGHTS_RULE_SET,
  disposalClock,
  disposalPhase,
  formatLondonDay,
  listedUntil,
  londonDay,
  nominationDecisionDueOn,
  PAGE_PATHS,
  pagePath,
  parsePoint,
  rightsRuleSet,
  type AssetFacts,
  type AssetStatus,
  type DisposalClock,
} from '@covenant/domain';
import { In, Repository, type EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { groupInOrder } from '../../core/database/by-ids';
import { uniqueSlug } from '../../core/database/unique-slug';
import { UnitOfWork } from '../../core/database/unit-of-work';
import { badInput, notVisibleError } from '../../core/errors/app-error';
import { NeighbourhoodEntity } from '../neighbourhoods/neighbourhood.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { requireAllowed, rightsOrganisation, rightsViewerIn } from '../organisations/rights-viewer';
import { AssetDisposalEntity } from './asset-disposal.entity';
import { AssetEntity } from './asset.entity';
import type { NominateAssetInput } from './asset.inputs';

/** An asset with its latest notice of disposal, as the pages and the rules read them. */
export interface AssetRecord {
  asset: AssetEntity;
  disposal: AssetDisposalEntity | null;
}

/** The clocks of a notice, from the asset's rule set. */
export function clockOf(asset: AssetEntity, disposal: AssetDisposalEntity): DisposalClock {
  return disposalClock(disposal.notifiedOn, !!disposal.bidderId, rightsRuleSet(asset.ruleSet));
}

/** The notice whose clocks still run today, if any. */
export function runningClock(record: AssetRecord, today: string): DisposalClock | null {
  if (!record.disposal) return null;
  const clock = clockOf(record.asset, record.disposal);
  return disposalPhase(clock, today) === 'PROTECTED_PERIOD_ENDED' ? null : clock;
}

export function statusToday(record: AssetRecord, today: string): AssetStatus {
  const clock = record.disposal ? clockOf(record.asset, record.disposal) : null;
  return currentAssetStatus(record.asset.status, record.asset.listedUntil, clock, today);
}

export function assetFacts(
  record: AssetRecord,
  council: { id: string; name: string } | null,
  today: string,
): AssetFacts {
  const clock = runningClock(record, today);
  return {
    status: statusToday(record, today),
    council,
    disposal: clock ? { clock, hasBidder: !!record.disposal?.bidderId } : null,
  };
}

/** A day given by a council: not in the future, and not before the thing it follows. */
function pastDay(day: string, today: string, field: string, notBefore?: { day: string; what: string }) {
  if (day > today) throw badInput(`${formatLondonDay(day)} is in the future.`, { [field]: 'Give a day up to today.' });
  if (notBefore && day < notBefore.day) {
    throw badInput(`${formatLondonDay(day)} is before ${notBefore.what}.`, {
      [field]: `Give a day from ${formatLondonDay(notBefore.day)}.`,
    });
  }
}

@Injectable()
export class AssetsService {
  constructor(
    @InjectRepository(AssetEntity) private readonly assets: Repository<AssetEntity>,
    @InjectRepository(AssetDisposalEntity) private readonly disposals: Repository<AssetDisposalEntity>,
    private readonly unitOfWork: UnitOfWork,
    private readonly notifications: NotificationsService,
  ) {}

  findBySlug(slug: string): Promise<AssetEntity | null> {
    return this.assets.findOneBy({ slug: slug.toLowerCase() });
  }

  async findByIds(ids: readonly string[]): Promise<(AssetEntity | null)[]> {
    const rows = await this.assets.findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Whether the asset is one of the neighbourhood's, read in the caller's transaction. */
  async isIn(manager: EntityManager, assetId: string, neighbourhoodId: string): Promise<boolean> {
    return manager.existsBy(AssetEntity, { id: assetId, neighbourhoodId });
  }

  /** Each neighbourhood's assets by name. */
  async ofNeighbourhoods(neighbourhoodIds: readonly string[]): Promise<AssetEntity[][]> {
    const rows = await this.assets.find({
      where: { neighbourhoodId: In([...neighbourhoodIds]) },
      order: { name: 'ASC', id: 'ASC' },
    });
    return groupInOrder(rows, (row) => row.neighbourhoodId, neighbourhoodIds);
  }

  /** Each asset's latest notice of disposal, in one statement. */
  async latestDisposals(assetIds: readonly string[]): Promise<(AssetDisposalEntity | null)[]> {
    const rows = await this.disposals
      .createQueryBuilder('d')
      .distinctOn(['d.asset_id'])
      .where('d.asset_id IN (:...ids)', { ids: [...assetIds] })
      .orderBy('d.asset_id')
      .addOrderBy('d.notified_on', 'DESC')
      .addOrderBy('d.recorded_at', 'DESC')
      .getMany();
    const byAsset = new Map(rows.map((row) => [row.assetId, row]));
    return assetIds.map((id) => byAsset.get(id) ?? null);
  }

  /** Every asset with its latest notice, for the open data: by neighbourhood and name. */
  async everyRecord(): Promise<(AssetRecord & { neighbourhoodName: string })[]> {
    const rows = await this.assets.find({
      relations: { neighbourhood: true },
      order: { neighbourhood: { name: 'ASC' }, name: 'ASC', id: 'ASC' },
    });
    if (!rows.length) return [];
    const disposals = await this.latestDisposals(rows.map((row) => row.id));
    return rows.map((asset, i) => ({ asset, disposal: disposals[i], neighbourhoodName: asset.neighbourhood!.name }));
  }

  async nominate(viewer: Viewer, input: NominateAssetInput): Promise<AssetEntity> {
    const location = input.location ? parsePoint(input.location) : null;
    if (location && !location.ok) throw badInput(location.reason, { location: location.reason });
    return this.unitOfWork.run(async ({ manager }) => {
      const neighbourhood = await manager.findOneBy(NeighbourhoodEntity, { id: input.neighbourhoodId });
      if (!neighbourhood) throw notVisibleError('neighbourhood');
      const organisation = await manager.findOneBy(OrganisationEntity, { id: input.organisationId });
      if (!organisation) throw notVisibleError('organisation');
      requireAllowed(decideNominateAsset(await rightsViewerIn(manager, viewer), rightsOrganisation(organisation)));
      const today = londonDay(new Date());
      const rules = DEFAULT_RIGHTS_RULE_SET;
      const asset = await manager.save(
        manager.create(AssetEntity, {
          slug: await uniqueSlug(manager, AssetEntity, input.name),
          neighbourhoodId: neighbourhood.id,
          name: input.name,
          description: input.description ?? null,
          address: input.address,
          location: location?.ok ? location.json : null,
          ownerName: input.ownerName ?? null,
          nominatedById: organisation.id,
          nominatedByUserId: viewer.userId,
          ruleSet: rules.id,
          status: 'NOMINATED',
          decisionDueOn: nominationDecisionDueOn(today, rules),
        }),
      );
      if (neighbourhood.localAuthorityId) {
        await this.notifications.notifyAdmins(manager, neighbourhood.localAuthorityId, {
          kind: 'asset.nominated',
          title: `Nomination to decide by ${formatLondonDay(asset.decisionDueOn)}: ${asset.name}`,
          body: `${organisation.name} has nominated ${asset.name}, ${asset.address}, in ${neighbourhood.name} as an asset of community value. The ${rules.name} gives the council until ${formatLondonDay(asset.decisionDueOn)} to decide whether to list it.`,
          link: this.link(asset),
          covenantId: null,
        });
      }
      return asset;
    });
  }

  decide(
    viewer: Viewer,
    assetId: string,
    listed: boolean,
    reason: string,
    decidedOn: string | null,
  ): Promise<AssetEntity> {
    return this.onAsset(viewer, assetId, async (manager, record, facts, today) => {
      requireAllowed(decideNomination(await rightsViewerIn(manager, viewer), facts));
      const day = decidedOn ?? today;
      pastDay(day, today, 'decidedOn', { day: londonDay(record.asset.nominatedAt), what: 'the nomination' });
      const { asset } = record;
      Object.assign(asset, {
        status: listed ? 'LISTED' : 'NOT_LISTED',
        decidedOn: day,
        decisionReason: reason,
        decidedById: viewer.userId,
        listedUntil: listed ? listedUntil(day, rightsRuleSet(asset.ruleSet)) : null,
      });
      const saved = await manager.save(asset);
      await this.notifications.notifyAdmins(manager, asset.nominatedById, {
        kind: listed ? 'asset.listed' : 'asset.not-listed',
        title: listed ? `Listed: ${asset.name}` : `Not listed: ${asset.name}`,
        body: listed
          ? `The council has listed ${asset.name} as an asset of community value until ${formatLondonDay(saved.listedUntil!)}. Its reasons: ${reason}`
          : `The council decided not to list ${asset.name}. Its reasons: ${reason}`,
        link: this.link(asset),
        covenantId: null,
      });
      return saved;
    });
  }

  recordDisposal(viewer: Viewer, assetId: string, notifiedOn: string): Promise<AssetEntity> {
    return this.onAsset(viewer, assetId, async (manager, record, facts, today) => {
      requireAllowed(decideRecordDisposal(await rightsViewerIn(manager, viewer), facts));
      const { asset } = record;
      pastDay(notifiedOn, today, 'notifiedOn', { day: asset.decidedOn!, what: 'the listing' });
      await manager.insert(AssetDisposalEntity, { assetId, notifiedOn, recordedById: viewer.userId });
      const clock = disposalClock(notifiedOn, false, rightsRuleSet(asset.ruleSet));
      await this.notifications.notifyAdmins(manager, asset.nominatedById, {
        kind: 'asset.disposal',
        title: `The owner of ${asset.name} means to sell: ask to bid by ${formatLondonDay(clock.interimEndsOn)}`,
        body: `The council recorded the owner's notice of disposal of ${asset.name} on ${formatLondonDay(notifiedOn)}. A community group that wants to bid must say so by ${formatLondonDay(clock.interimEndsOn)}; the sale is then held back until ${formatLondonDay(disposalClock(notifiedOn, true, rightsRuleSet(asset.ruleSet)).fullMoratoriumEndsOn!)}.`,
        link: this.link(asset),
        covenantId: null,
      });
      return asset;
    });
  }

  requestToBid(viewer: Viewer, assetId: string, organisationId: string): Promise<AssetEntity> {
    return this.onAsset(viewer, assetId, async (manager, record, facts, today) => {
      const organisation = await manager.findOneBy(OrganisationEntity, { id: organisationId });
      if (!organisation) throw notVisibleError('organisation');
      const rightsViewer = await rightsViewerIn(manager, viewer);
      requireAllowed(decideRequestToBid(rightsViewer, facts, today, rightsOrganisation(organisation)));
      const { asset } = record;
      await manager.update(
        AssetDisposalEntity,
        { id: record.disposal!.id },
        { bidderId: organisation.id, bidRequestedAt: new Date() },
      );
      const clock = disposalClock(record.disposal!.notifiedOn, true, rightsRuleSet(asset.ruleSet));
      const content = {
        kind: 'asset.bid',
        title: `${organisation.name} will bid for ${asset.name}`,
        body: `${organisation.name} has asked to be treated as a potential bidder for ${asset.name}. The full moratorium holds back the sale until ${formatLondonDay(clock.fullMoratoriumEndsOn!)}.`,
        link: this.link(asset),
        covenantId: null,
      };
      for (const id of new Set([asset.nominatedById, organisation.id])) {
        await this.notifications.notifyAdmins(manager, id, content);
      }
      return asset;
    });
  }

  link(asset: Pick<AssetEntity, 'slug'>): string {
    return pagePath(PAGE_PATHS.asset, { slug: asset.slug });
  }

  /** A change to one asset under its row's lock, with the facts the rules need as they are now. */
  private async onAsset<T>(
    viewer: Viewer,
    assetId: string,
    work: (manager: EntityManager, record: AssetRecord, facts: AssetFacts, today: string) => Promise<T>,
  ): Promise<T> {
    return this.unitOfWork.run(async ({ manager }) => {
      const asset = await manager
        .createQueryBuilder(AssetEntity, 'a')
        .setLock('pessimistic_write')
        .where('a.id = :id', { id: assetId })
        .getOne();
      if (!asset) throw notVisibleError('asset');
      const disposal = await manager.findOne(AssetDisposalEntity, {
        where: { assetId },
        order: { notifiedOn: 'DESC', recordedAt: 'DESC' },
      });
      const neighbourhood = await manager.findOneOrFail(NeighbourhoodEntity, {
        where: { id: asset.neighbourhoodId },
        relations: { localAuthority: true },
      });
      const council = neighbourhood.localAuthority
        ? { id: neighbourhood.localAuthority.id, name: neighbourhood.localAuthority.name }
        : null;
      const today = londonDay(new Date());
      const record = { asset, disposal };
      return work(manager, record, assetFacts(record, council, today), today);
    });
  }
}
