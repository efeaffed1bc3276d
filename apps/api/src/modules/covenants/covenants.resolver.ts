import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { viewerCan, type CovenantStatus, type Transition } from '@covenant/domain';
import { CurrentViewer, OptionalViewer, viewerOf } from '../../core/auth/current-viewer.decorator';
import { Public } from '../../core/auth/public.decorator';
import type { Viewer } from '../../core/auth/viewer';
import { badInput } from '../../core/errors/app-error';
import { CovenantStatusEnum } from '../../core/graphql/enums';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { pageSize, searchText } from '../../core/validation/page-size';
import { optionalId, parseId, ParseIdPipe } from '../../core/validation/parse-id.pipe';
import { ReasonPipe } from '../../core/validation/reason.pipe';
import { NeighbourhoodObject } from '../neighbourhoods/neighbourhood.object';
import { allowed, policyParty, readable, readFacts } from './covenant-access';
import { known } from './covenant.loaders';
import { CovenantObject, CovenantPermissionsObject } from './covenant.object';
import { CovenantsService, type CovenantFilter } from './covenants.service';
import { CreateCovenantInput } from './create-covenant.input';

@Resolver(() => CovenantObject)
export class CovenantsResolver {
  constructor(private readonly service: CovenantsService) {}

  @Public()
  @Query(() => CovenantObject, {
    nullable: true,
    description: 'Give exactly one of id and slug (else BAD_USER_INPUT); null when absent or not readable.',
  })
  async covenant(
    @Args('id', { type: () => ID, nullable: true }) id: string | null,
    @Args('slug', { type: () => String, nullable: true }) slug: string | null,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<CovenantObject | null> {
    if ((id == null) === (slug == null)) throw badInput('Give exactly one of id and slug.');
    const covenant = id != null ? await this.service.findById(parseId(id)) : await this.service.findBySlug(slug!);
    if (!covenant) return null;
    const [visible] = await readable(ctx, viewer, known(ctx, [covenant]));
    return visible ? CovenantObject.from(visible) : null;
  }

  @Public()
  @Query(() => [CovenantObject], {
    description:
      'Those the viewer may read, newest change first, then by id; `after` is the id of the last covenant of the previous page. `search` matches title and summary (English full text, the last word as a prefix).',
  })
  async covenants(
    @Args('neighbourhoodId', { type: () => ID, nullable: true }) neighbourhoodId: string | null,
    @Args('status', { type: () => [CovenantStatusEnum], nullable: true }) status: CovenantStatus[] | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('localAuthorityId', { type: () => ID, nullable: true }) localAuthorityId: string | null,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('after', { type: () => ID, nullable: true }) after: string | null,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<CovenantObject[]> {
    const covenants = await this.service.list({
      ...covenantFilter(viewer, { neighbourhoodId, localAuthorityId, status, search }),
      first: pageSize(first, 50),
      after: optionalId(after),
    });
    return known(ctx, covenants).map(CovenantObject.from);
  }

  @Public()
  @Query(() => Int, { description: 'How many covenants `covenants` would list with these filters, over all pages.' })
  covenantCount(
    @Args('neighbourhoodId', { type: () => ID, nullable: true }) neighbourhoodId: string | null,
    @Args('localAuthorityId', { type: () => ID, nullable: true }) localAuthorityId: string | null,
    @Args('status', { type: () => [CovenantStatusEnum], nullable: true }) status: CovenantStatus[] | null,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<number> {
    return this.service.count(covenantFilter(viewer, { neighbourhoodId, localAuthorityId, status, search }));
  }

  @Mutation(() => CovenantObject, {
    description: "Starts a covenant from the convenor's side; the caller must be its ADMIN.",
  })
  async createCovenant(
    @Args('input') input: CreateCovenantInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CovenantObject> {
    return CovenantObject.from(await this.service.create(viewer, input));
  }

  @Mutation(() => CovenantObject, { description: 'Move through the lifecycle; illegal moves give CONFLICT.' })
  openConsultation(
    @Args('covenantId', { type: () => ID }, ParseIdPipe) covenantId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.move(viewer, covenantId, 'openConsultation');
  }

  @Mutation(() => CovenantObject, { description: 'Back to DRAFT (or UNDER_REVIEW for a revision), with a reason.' })
  returnToDraft(
    @Args('covenantId', { type: () => ID }, ParseIdPipe) covenantId: string,
    @Args('reason', ReasonPipe) reason: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.move(viewer, covenantId, 'returnToDraft', reason);
  }

  @Mutation(() => CovenantObject)
  startReview(
    @Args('covenantId', { type: () => ID }, ParseIdPipe) covenantId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.move(viewer, covenantId, 'startReview');
  }

  @Mutation(() => CovenantObject)
  endCovenant(
    @Args('covenantId', { type: () => ID }, ParseIdPipe) covenantId: string,
    @Args('reason', ReasonPipe) reason: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.move(viewer, covenantId, 'endCovenant', reason);
  }

  @Mutation(() => CovenantObject)
  withdrawCovenant(
    @Args('covenantId', { type: () => ID }, ParseIdPipe) covenantId: string,
    @Args('reason', ReasonPipe) reason: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.move(viewer, covenantId, 'withdrawCovenant', reason);
  }

  @Mutation(() => CovenantObject, { description: 'Adds the viewer’s support, once; asking again changes nothing.' })
  async supportCovenant(
    @Args('covenantId', { type: () => ID }, ParseIdPipe) covenantId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CovenantObject> {
    return CovenantObject.from(await this.service.support(viewer, covenantId));
  }

  private async move(viewer: Viewer, covenantId: string, transition: Transition, reason?: string) {
    return CovenantObject.from(await this.service.transition(viewer, covenantId, transition, reason));
  }

  @ResolveField(() => NeighbourhoodObject)
  async neighbourhood(covenant: CovenantObject, _args: unknown, ctx: GraphQLContext): Promise<NeighbourhoodObject> {
    const neighbourhood = await ctx.loaders.neighbourhood.load(covenant.neighbourhoodId);
    if (!neighbourhood) throw new Error(`covenant ${covenant.id} has no neighbourhood`);
    return NeighbourhoodObject.from(neighbourhood);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer has added their support.' })
  async viewerSupports(covenant: CovenantObject, _args: unknown, ctx: GraphQLContext): Promise<boolean> {
    return (await ctx.loaders.support.load(covenant.id)).viewerSupports;
  }

  @ResolveField(() => Int)
  async supportCount(covenant: CovenantObject, _args: unknown, ctx: GraphQLContext): Promise<number> {
    return (await ctx.loaders.support.load(covenant.id)).count;
  }

  @ResolveField(() => CovenantPermissionsObject, {
    description: 'What the viewer may do now, so clients need not re-implement the rules.',
  })
  async viewerCan(covenant: CovenantObject, _args: unknown, ctx: GraphQLContext): Promise<CovenantPermissionsObject> {
    const viewer = viewerOf(ctx);
    const facts = await readFacts(ctx, viewer, covenant);
    const parties = await ctx.loaders.partiesOfCovenant.load(covenant.id);
    const partiesAllowed = (action: 'changeCommitment' | 'reportProgress') =>
      parties.filter((party) => allowed(action, facts, { targetParty: policyParty(party) })).map((party) => party.id);
    const commitmentParties = partiesAllowed('changeCommitment');
    const reportParties = partiesAllowed('reportProgress');
    return Object.assign(new CovenantPermissionsObject(), {
      ...viewerCan(facts.covenant, facts.viewer),
      covenantId: covenant.id,
      facts,
      commitmentParties,
      reportParties,
      readWorkingDraft: allowed('readWorkingDraft', facts),
    });
  }
}

function covenantFilter(
  viewer: Viewer | null,
  args: {
    neighbourhoodId: string | null;
    localAuthorityId: string | null;
    status: CovenantStatus[] | null;
    search: string | null;
  },
): CovenantFilter {
  return {
    viewerId: viewer?.userId ?? null,
    neighbourhoodIds: args.neighbourhoodId == null ? undefined : [parseId(args.neighbourhoodId)],
    localAuthorityId: optionalId(args.localAuthorityId),
    statuses: args.status,
    search: searchText(args.search),
  };
}
