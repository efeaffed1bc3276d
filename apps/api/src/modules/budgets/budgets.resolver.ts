import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { budgetPermissions } from '@covenant/domain';
import { CurrentViewer, OptionalViewer, viewerOf } from '../../core/auth/current-viewer.decorator';
import { Public } from '../../core/auth/public.decorator';
import type { Viewer } from '../../core/auth/viewer';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { ParseIdPipe } from '../../core/validation/parse-id.pipe';
import { CommitmentObject } from '../commitments/commitment.object';
import { factsOf, readable } from '../covenants/covenant-access';
import { CovenantObject } from '../covenants/covenant.object';
import { PartyObject } from '../parties/party.object';
import { UserObject } from '../users/user.object';
import { CastBallotArgs, CreateBudgetArgs, ProposeProjectArgs } from './budget.inputs';
import { BudgetObject, BudgetPermissionsObject, BudgetProjectObject } from './budget.object';
import { BudgetsService } from './budgets.service';

/** The budget if the viewer may read its covenant, else null: budgets are as public as their covenant. */
async function readableBudget(ctx: GraphQLContext, viewer: Viewer | null, id: string): Promise<BudgetObject | null> {
  const budget = await ctx.loaders.budget.load(id);
  const covenant = budget && (await ctx.loaders.covenant.load(budget.covenantId));
  if (!budget || !covenant || !(await readable(ctx, viewer, [covenant])).length) return null;
  return BudgetObject.from(budget);
}

@Resolver(() => BudgetObject)
export class BudgetsResolver {
  constructor(private readonly budgets: BudgetsService) {}

  @Public()
  @Query(() => BudgetObject, { nullable: true, description: 'null when absent or its covenant is not readable.' })
  participatoryBudget(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<BudgetObject | null> {
    return readableBudget(ctx, viewer, id);
  }

  @Mutation(() => BudgetObject, { description: 'An ADMIN of the funding party, covenant IN_FORCE or UNDER_REVIEW.' })
  async createBudget(@Args() args: CreateBudgetArgs, @CurrentViewer() viewer: Viewer) {
    return BudgetObject.from(await this.budgets.create(viewer, args));
  }

  @Mutation(() => BudgetProjectObject, {
    description: 'Signed-in people with a verified e-mail, during PROPOSALS.',
  })
  async proposeProject(@Args() args: ProposeProjectArgs, @CurrentViewer() viewer: Viewer) {
    return BudgetProjectObject.from(await this.budgets.proposeProject(viewer, args));
  }

  @Mutation(() => BudgetObject, {
    description:
      "The funding party's ADMIN: PROPOSALS → VOTING → RESULTS (computes the winners and makes them commitments).",
  })
  async advanceBudget(
    @Args('budgetId', { type: () => ID }, ParseIdPipe) budgetId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return BudgetObject.from(await this.budgets.advance(viewer, budgetId));
  }

  @Mutation(() => BudgetObject, {
    description:
      "Approval ballot during VOTING: any set of the budget's projects (a second ballot replaces the first; an empty one takes it back). One ballot per person.",
  })
  async castBallot(@Args() args: CastBallotArgs, @CurrentViewer() viewer: Viewer) {
    return BudgetObject.from(await this.budgets.castBallot(viewer, args));
  }

  @ResolveField(() => CovenantObject)
  async covenant(budget: BudgetObject, _args: unknown, ctx: GraphQLContext) {
    const covenant = await ctx.loaders.covenant.load(budget.covenantId);
    if (!covenant) throw new Error(`budget ${budget.id} has no covenant`);
    return CovenantObject.from(covenant);
  }

  @ResolveField(() => PartyObject, { description: 'The party whose money it is; winners become its commitments.' })
  async fundedBy(budget: BudgetObject, _args: unknown, ctx: GraphQLContext) {
    const party = (await ctx.loaders.partiesOfCovenant.load(budget.covenantId)).find((p) => p.id === budget.partyId);
    if (!party) throw new Error(`budget ${budget.id} has no funding party`);
    return PartyObject.from(party);
  }

  @ResolveField(() => [BudgetProjectObject], { description: 'In the order they were proposed.' })
  async projects(budget: BudgetObject, _args: unknown, ctx: GraphQLContext) {
    return (await ctx.loaders.budgetProjects.load(budget.id)).map((project) => BudgetProjectObject.from(project));
  }

  @ResolveField(() => Int, { description: 'Ballots cast (visible in every phase).' })
  async ballots(budget: BudgetObject, _args: unknown, ctx: GraphQLContext) {
    return (await ctx.loaders.budgetBallots.load(budget.id)).ballots;
  }

  @ResolveField(() => [ID], { description: "The viewer's own ballot during VOTING (project ids), empty otherwise." })
  async viewerBallot(budget: BudgetObject, _args: unknown, ctx: GraphQLContext) {
    if (budget.phase !== 'VOTING') return [];
    return (await ctx.loaders.budgetBallots.load(budget.id)).viewerBallot;
  }

  @ResolveField(() => BudgetPermissionsObject, { description: 'What the viewer may do with this budget now.' })
  async viewerCan(budget: BudgetObject, _args: unknown, ctx: GraphQLContext): Promise<BudgetPermissionsObject> {
    const viewer = viewerOf(ctx);
    const facts = await factsOf(ctx, viewer, budget.covenantId);
    return Object.assign(
      new BudgetPermissionsObject(),
      budgetPermissions(facts.covenant, facts.viewer, { phase: budget.phase, fundingPartyId: budget.partyId }),
    );
  }
}

@Resolver(() => BudgetProjectObject)
export class BudgetProjectsResolver {
  @ResolveField(() => UserObject)
  async proposedBy(project: BudgetProjectObject, _args: unknown, ctx: GraphQLContext) {
    const user = await ctx.loaders.user.load(project.proposedById);
    if (!user) throw new Error(`project ${project.id} has no author`);
    return UserObject.from(user);
  }

  @ResolveField(() => CommitmentObject, { nullable: true, description: 'The commitment it became, once selected.' })
  async commitment(project: BudgetProjectObject, _args: unknown, ctx: GraphQLContext) {
    if (!project.commitmentId) return null;
    const commitment = await ctx.loaders.commitment.load(project.commitmentId);
    return commitment ? CommitmentObject.from(commitment) : null;
  }
}

/** Covenant.budgets and Commitment.budget. */
@Resolver(() => CovenantObject)
export class CovenantBudgetsResolver {
  @ResolveField(() => [BudgetObject], { description: 'Oldest first.' })
  async budgets(covenant: CovenantObject, _args: unknown, ctx: GraphQLContext) {
    return (await ctx.loaders.budgetsOfCovenant.load(covenant.id)).map((budget) => BudgetObject.from(budget));
  }
}

@Resolver(() => CommitmentObject)
export class CommitmentBudgetResolver {
  @ResolveField(() => BudgetObject, {
    nullable: true,
    description: 'The participatory budget whose residents chose it, when it came from one.',
  })
  async budget(commitment: CommitmentObject, _args: unknown, ctx: GraphQLContext) {
    const budget = commitment.budgetId ? await ctx.loaders.budget.load(commitment.budgetId) : null;
    return budget ? BudgetObject.from(budget) : null;
  }
}
