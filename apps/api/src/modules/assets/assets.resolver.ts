import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { assetPermissions, londonDay, rightsRuleSet, type AssetStatus } from '@covenant/domain';
import { CurrentViewer, viewerOf } from '../../core/auth/current-viewer.decorator';
import { Public } from '../../core/auth/public.decorator';
import type { Viewer } from '../../core/auth/viewer';
import { AssetStatusEnum } from '../../core/graphql/enums';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { NeighbourhoodObject } from '../neighbourhoods/neighbourhood.object';
import { OrganisationObject } from '../organisations/organisation.object';
import { rightsViewer } from '../organisations/rights-viewer';
import type { AssetEntity } from './asset.entity';
import { DecideNominationArgs, NominateAssetInput, RecordDisposalArgs, RequestToBidArgs } from './asset.inputs';
import { AssetDisposalObject, AssetPermissionsObject, CommunityAssetObject, RightsRuleSetObject } from './asset.object';
import { assetFacts, AssetsService, runningClock, statusToday, type AssetRecord } from './assets.service';

async function recordOf(ctx: GraphQLContext, asset: Pick<AssetEntity, 'id'>): Promise<AssetRecord> {
  const [entity, disposal] = await Promise.all([
    ctx.loaders.asset.load(asset.id),
    ctx.loaders.assetDisposal.load(asset.id),
  ]);
  if (!entity) throw new Error(`asset ${asset.id} is gone`);
  return { asset: entity, disposal };
}

/** An asset as the API answers it: its status as it reads today. */
export async function assetObject(ctx: GraphQLContext, asset: AssetEntity): Promise<CommunityAssetObject> {
  const disposal = await ctx.loaders.assetDisposal.load(asset.id);
  return CommunityAssetObject.from(asset, statusToday({ asset, disposal }, londonDay(new Date())));
}

@Resolver(() => CommunityAssetObject)
export class AssetsResolver {
  constructor(private readonly assets: AssetsService) {}

  @Public()
  @Query(() => CommunityAssetObject, { nullable: true })
  async asset(@Args('slug') slug: string, @Context() ctx: GraphQLContext): Promise<CommunityAssetObject | null> {
    const asset = await this.assets.findBySlug(slug);
    return asset ? assetObject(ctx, asset) : null;
  }

  @Mutation(() => CommunityAssetObject)
  async nominateAsset(
    @Args('input') input: NominateAssetInput,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ) {
    return assetObject(ctx, await this.assets.nominate(viewer, input));
  }

  @Mutation(() => CommunityAssetObject, {
    description: "The neighbourhood's council ADMIN; reason required. BAD_USER_INPUT for a date in the future.",
  })
  async decideNomination(
    @Args() args: DecideNominationArgs,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ) {
    const asset = await this.assets.decide(viewer, args.assetId, args.listed, args.reason, args.decidedOn ?? null);
    return assetObject(ctx, asset);
  }

  @Mutation(() => CommunityAssetObject, {
    description:
      "The council ADMIN records the owner's notice of disposal of a LISTED asset (CONFLICT if one is in progress).",
  })
  async recordDisposalNotice(
    @Args() args: RecordDisposalArgs,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ) {
    return assetObject(ctx, await this.assets.recordDisposal(viewer, args.assetId, args.notifiedOn));
  }

  @Mutation(() => CommunityAssetObject, {
    description: "A community organisation's ADMIN, within the interim moratorium only (else CONFLICT).",
  })
  async requestToBid(@Args() args: RequestToBidArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: GraphQLContext) {
    return assetObject(ctx, await this.assets.requestToBid(viewer, args.assetId, args.organisationId));
  }

  @ResolveField(() => NeighbourhoodObject)
  async neighbourhood(asset: CommunityAssetObject, _args: unknown, ctx: GraphQLContext) {
    const neighbourhood = await ctx.loaders.neighbourhood.load(asset.neighbourhoodId);
    if (!neighbourhood) throw new Error(`asset ${asset.id} has no neighbourhood`);
    return NeighbourhoodObject.from(neighbourhood);
  }

  @ResolveField(() => OrganisationObject)
  async nominatedBy(asset: CommunityAssetObject, _args: unknown, ctx: GraphQLContext) {
    const organisation = await ctx.loaders.organisation.load(asset.nominatedById);
    if (!organisation) throw new Error(`asset ${asset.id} has no nominator`);
    return OrganisationObject.from(organisation);
  }

  @ResolveField(() => RightsRuleSetObject, { description: 'The law whose periods its clocks follow.' })
  ruleSet(asset: CommunityAssetObject): RightsRuleSetObject {
    return RightsRuleSetObject.from(rightsRuleSet(asset.ruleSetId));
  }

  @ResolveField(() => AssetDisposalObject, { nullable: true, description: 'The disposal notice in progress, if any.' })
  async disposal(asset: CommunityAssetObject, _args: unknown, ctx: GraphQLContext) {
    const record = await recordOf(ctx, asset);
    const today = londonDay(new Date());
    const clock = runningClock(record, today);
    return clock ? AssetDisposalObject.from(clock, record.disposal!.bidderId, today) : null;
  }

  @ResolveField(() => AssetPermissionsObject, { description: 'What the viewer may do with this asset now.' })
  async viewerCan(asset: CommunityAssetObject, _args: unknown, ctx: GraphQLContext): Promise<AssetPermissionsObject> {
    const viewer = viewerOf(ctx);
    const [record, neighbourhood, memberships] = await Promise.all([
      recordOf(ctx, asset),
      ctx.loaders.neighbourhood.load(asset.neighbourhoodId),
      viewer ? ctx.loaders.membershipsOfUser.load(viewer.userId) : [],
    ]);
    const councilId = neighbourhood?.localAuthorityId;
    const council = councilId ? await ctx.loaders.organisation.load(councilId) : null;
    const today = londonDay(new Date());
    const facts = assetFacts(record, council ? { id: council.id, name: council.name } : null, today);
    return Object.assign(
      new AssetPermissionsObject(),
      assetPermissions(rightsViewer(viewer, memberships), facts, today),
    );
  }
}

@Resolver(() => AssetDisposalObject)
export class AssetDisposalResolver {
  @ResolveField(() => OrganisationObject, {
    nullable: true,
    description: 'Set when a community group asked to be treated as a bidder within the interim moratorium.',
  })
  async bidder(disposal: AssetDisposalObject, _args: unknown, ctx: GraphQLContext) {
    if (!disposal.bidderId) return null;
    const organisation = await ctx.loaders.organisation.load(disposal.bidderId);
    return organisation ? OrganisationObject.from(organisation) : null;
  }
}

/** Neighbourhood.assets. */
@Resolver(() => NeighbourhoodObject)
export class NeighbourhoodAssetsResolver {
  @ResolveField(() => [CommunityAssetObject], { description: 'By name; only those of the given statuses when given.' })
  async assets(
    @Parent() neighbourhood: NeighbourhoodObject,
    @Args('status', { type: () => [AssetStatusEnum], nullable: true }) status: AssetStatus[] | null,
    @Context() ctx: GraphQLContext,
  ): Promise<CommunityAssetObject[]> {
    const assets = await ctx.loaders.assetsOfNeighbourhood.load(neighbourhood.id);
    const objects = await Promise.all(assets.map((asset) => assetObject(ctx, asset)));
    return objects.filter((asset) => !status?.length || status.includes(asset.status));
  }
}
