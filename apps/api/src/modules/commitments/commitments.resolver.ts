import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { londonDay, summariseCommitments } from '@covenant/domain';
import { CurrentViewer, OptionalViewer, viewerOf } from '../../core/auth/current-viewer.decorator';
import { Public } from '../../core/auth/public.decorator';
import { notVisibleError } from '../../core/errors/app-error';
import { pageSize } from '../../core/validation/page-size';
import type { Viewer } from '../../core/auth/viewer';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { optionalId, ParseIdPipe } from '../../core/validation/parse-id.pipe';
import { allowed, readable, readFacts, readsWorkingDraft } from '../covenants/covenant-access';
import type { CovenantEntity } from '../covenants/covenant.entity';
import { CommunityAssetObject } from '../assets/asset.object';
import { assetObject } from '../assets/assets.resolver';
import { CovenantObject } from '../covenants/covenant.object';
import { PartyObject } from '../parties/party.object';
import { CommitmentSummaryObject, CommitmentUpdateObject } from './commitment-update.object';
import { CommitmentFilter, CommitmentInput, CommitmentUpdateInput, UpdateCommitmentInput } from './commitment.inputs';
import { CommitmentObject } from './commitment.object';
import { CommitmentsService } from './commitments.service';

@Resolver(() => CommitmentObject)
export class CommitmentsResolver {
  constructor(private readonly service: CommitmentsService) {}

  @Mutation(() => CommitmentObject, {
    description: "Adds a commitment for a party (its own members, or the convenor's ADMIN for any party).",
  })
  async addCommitment(
    @Args('input') input: CommitmentInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CommitmentObject> {
    return CommitmentObject.from(await this.service.add(viewer, input));
  }

  @Mutation(() => CommitmentObject, {
    description: 'Changes a drafted commitment: fields left out stay as they are, null clears an optional one.',
  })
  async updateCommitment(
    @Args('input') input: UpdateCommitmentInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CommitmentObject> {
    return CommitmentObject.from(await this.service.update(viewer, input));
  }

  @Mutation(() => Boolean)
  async removeCommitment(
    @Args('commitmentId', { type: () => ID }, ParseIdPipe) commitmentId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    await this.service.remove(viewer, commitmentId);
    return true;
  }

  @Mutation(() => CommitmentObject, {
    description:
      'Reports progress (a member of the commitment’s party, once the covenant is in force); kept as history.',
  })
  async reportProgress(
    @Args('input') input: CommitmentUpdateInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CommitmentObject> {
    return CommitmentObject.from(await this.service.reportProgress(viewer, input));
  }

  @Public()
  @Query(() => [CommitmentObject], {
    description:
      "Commitments across covenants the viewer can see, e.g. a partner's own: soonest due first (undated last), then by id; `after` is the id of the last commitment of the previous page.",
  })
  async commitments(
    @Args('organisationId', { type: () => ID, nullable: true }) organisationId: string | null,
    @Args('filter', { type: () => CommitmentFilter, nullable: true }) filter: CommitmentFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100 }) first: number | null,
    @Args('after', { type: () => ID, nullable: true }) after: string | null,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<CommitmentObject[]> {
    const today = londonDay(new Date());
    const rows = await this.service.page({
      viewerId: viewer?.userId ?? null,
      organisationId: optionalId(organisationId),
      filter,
      today,
      first: pageSize(first, 100),
      after: optionalId(after),
    });
    return rows.map((row) => CommitmentObject.from(row, today));
  }

  @Public()
  @Query(() => CommitmentSummaryObject)
  async commitmentSummary(
    @Args('covenantId', { type: () => ID }, ParseIdPipe) covenantId: string,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<CommitmentSummaryObject> {
    const covenant = await ctx.loaders.covenant.load(covenantId);
    if (!covenant || !allowed('read', await readFacts(ctx, viewer, covenant))) {
      throw notVisibleError('covenant');
    }
    return summariseCommitments(await drafted(ctx, viewer, covenantId));
  }

  @ResolveField(() => [CommitmentUpdateObject], { description: 'Oldest first.' })
  async updates(commitment: CommitmentObject, _args: unknown, ctx: GraphQLContext): Promise<CommitmentUpdateObject[]> {
    const reports = await ctx.loaders.commitmentUpdates.load(commitment.id);
    return reports.map((report) => CommitmentUpdateObject.fromReport(report));
  }

  @ResolveField(() => CovenantObject)
  async covenant(commitment: CommitmentObject, _args: unknown, ctx: GraphQLContext): Promise<CovenantObject> {
    const covenant = await ctx.loaders.covenant.load(commitment.covenantId);
    if (!covenant) throw new Error(`commitment ${commitment.id} has no covenant`);
    return CovenantObject.from(covenant);
  }

  @ResolveField(() => CommunityAssetObject, {
    nullable: true,
    description: "The asset of community value it names, in the covenant's neighbourhood.",
  })
  async asset(commitment: CommitmentObject, _args: unknown, ctx: GraphQLContext) {
    if (!commitment.assetId) return null;
    const asset = await ctx.loaders.asset.load(commitment.assetId);
    return asset ? assetObject(ctx, asset) : null;
  }

  @ResolveField(() => PartyObject, { description: 'The party that commits to act.' })
  async party(commitment: CommitmentObject, _args: unknown, ctx: GraphQLContext): Promise<PartyObject> {
    const parties = await ctx.loaders.partiesOfCovenant.load(commitment.covenantId);
    const party = parties.find((p) => p.id === commitment.partyId);
    if (!party) throw new Error(`commitment ${commitment.id} has no party`);
    return PartyObject.from(party);
  }
}

function matches(c: CommitmentObject, filter: CommitmentFilter | null): boolean {
  return (
    (!filter?.partyId || c.partyId === filter.partyId) &&
    (!filter?.progress?.length || filter.progress.includes(c.progress)) &&
    (typeof filter?.overdue !== 'boolean' || c.overdue === filter.overdue)
  );
}

/**
 * The commitments as drafted now, for whoever may read the working draft: during a revision, people outside the
 * parties do not see the revision's commitments.
 */
async function drafted(ctx: GraphQLContext, viewer: Viewer | null, covenantId: string): Promise<CommitmentObject[]> {
  const covenant = await ctx.loaders.covenant.load(covenantId);
  if (!covenant || !(await readsWorkingDraft(ctx, viewer, covenant))) return [];
  const today = londonDay(new Date());
  return (await ctx.loaders.commitmentsOfCovenant.load(covenantId)).map((c) => CommitmentObject.from(c, today));
}

/** Covenant.commitments: whoever may read the covenant may read its commitments. */
@Resolver(() => CovenantObject)
export class CovenantCommitmentsResolver {
  @ResolveField(() => [CommitmentObject])
  async commitments(
    @Parent() covenant: CovenantObject,
    @Args('filter', { type: () => CommitmentFilter, nullable: true }) filter: CommitmentFilter | null,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<CommitmentObject[]> {
    return (await drafted(ctx, viewer, covenant.id)).filter((c) => matches(c, filter));
  }
}

@Resolver(() => PartyObject)
export class PartyCommitmentsResolver {
  @ResolveField(() => [CommitmentObject])
  async commitments(party: PartyObject, _args: unknown, ctx: GraphQLContext): Promise<CommitmentObject[]> {
    const viewer = viewerOf(ctx);
    return (await drafted(ctx, viewer, party.covenantId)).filter((c) => c.partyId === party.id);
  }
}

/** CommunityAsset.covenants: those the viewer may read. */
@Resolver(() => CommunityAssetObject)
export class AssetCovenantsResolver {
  @ResolveField(() => [CovenantObject], { description: 'Covenants whose commitments name this asset.' })
  async covenants(asset: CommunityAssetObject, _args: unknown, ctx: GraphQLContext): Promise<CovenantObject[]> {
    const viewer = viewerOf(ctx);
    const ids = await ctx.loaders.covenantIdsNamingAsset.load(asset.id);
    const covenants = (await ctx.loaders.covenant.loadMany(ids)).filter(
      (covenant): covenant is CovenantEntity => !!covenant && !(covenant instanceof Error),
    );
    return (await readable(ctx, viewer, covenants)).map((covenant) => CovenantObject.from(covenant));
  }
}
