import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  decideEscalate,
  escalationPermissions,
  londonDay,
  mayReadEscalationReason,
  type EscalationSubjectFacts,
} from '@covenant/domain';
import { CurrentViewer, OptionalViewer, viewerOf } from '../../core/auth/current-viewer.decorator';
import { Public } from '../../core/auth/public.decorator';
import type { Viewer } from '../../core/auth/viewer';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { pageSize } from '../../core/validation/page-size';
import { ParseIdPipe } from '../../core/validation/parse-id.pipe';
import { CommitmentObject } from '../commitments/commitment.object';
import { NeighbourhoodObject } from '../neighbourhoods/neighbourhood.object';
import { OrganisationObject } from '../organisations/organisation.object';
import { rightsViewer } from '../organisations/rights-viewer';
import { UserObject } from '../users/user.object';
import { isSelf } from '../users/users.resolver';
import {
  ConcludeEscalationArgs,
  EscalateArgs,
  EscalationsArgs,
  RequestEscalationResponseArgs,
  RespondToEscalationArgs,
} from './escalation.inputs';
import type { EscalationEntity } from './escalation.entity';
import { EscalationObject, EscalationPermissionsObject } from './escalation.object';
import { escalationFacts, EscalationsService, type EscalationReader } from './escalations.service';

/** Whether the viewer holds the commissioner's office, asked once per request. */
const office = new WeakMap<object, Promise<boolean>>();
function isCommissioner(ctx: GraphQLContext, viewer: Viewer | null, escalations: EscalationsService): Promise<boolean> {
  if (!viewer) return Promise.resolve(false);
  let answer = office.get(ctx);
  if (!answer) {
    answer = escalations.isCommissioner(viewer.userId);
    office.set(ctx, answer);
  }
  return answer;
}

@Resolver(() => EscalationObject)
export class EscalationsResolver {
  constructor(private readonly cases: EscalationsService) {}

  private async reader(viewer: Viewer | null, ctx: GraphQLContext): Promise<EscalationReader> {
    return { userId: viewer?.userId ?? null, isCommissioner: await isCommissioner(ctx, viewer, this.cases) };
  }

  private async object(entity: EscalationEntity, viewer: Viewer | null, ctx: GraphQLContext) {
    const commissioner = await isCommissioner(ctx, viewer, this.cases);
    const mayRead = mayReadEscalationReason({ userId: viewer?.userId ?? null, isCommissioner: commissioner }, entity);
    return EscalationObject.from(entity, londonDay(new Date()), mayRead);
  }

  @Public()
  @Query(() => [EscalationObject], {
    description: "Public escalations (all but DISMISSED ones' reasons are public), newest first.",
  })
  async escalations(
    @Args() args: EscalationsArgs,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<EscalationObject[]> {
    const rows = await this.cases.page({
      reader: await this.reader(viewer, ctx),
      status: args.status ?? null,
      subjectType: args.subjectType ?? null,
      subjectId: args.subjectId ?? null,
      covenantId: args.covenantId ?? null,
      first: pageSize(args.first, 50),
      after: args.after ?? null,
    });
    return Promise.all(rows.map((row) => this.object(row, viewer, ctx)));
  }

  @Public()
  @Query(() => EscalationObject, { nullable: true })
  async escalation(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<EscalationObject | null> {
    const found = await this.cases.find(id, await this.reader(viewer, ctx));
    return found && this.object(found, viewer, ctx);
  }

  @Mutation(() => EscalationObject, {
    description:
      'Signed-in, verified e-mail; the subject must be readable by the caller: a commitment that is overdue or has a dispute (else CONFLICT), a service request that is overdue (else CONFLICT), any asset, any covenant. Reason 20–5,000 characters.',
  })
  async escalate(@Args() args: EscalateArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: GraphQLContext) {
    const escalation = await this.cases.escalate(viewer, args.subjectType, args.subjectId, args.reason);
    return this.object(escalation, viewer, ctx);
  }

  @Mutation(() => EscalationObject, { description: 'Commissioner only: ask an organisation to answer by a day.' })
  async requestEscalationResponse(
    @Args() args: RequestEscalationResponseArgs,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ) {
    const escalation = await this.cases.requestResponse(viewer, args.escalationId, args.organisationId, args.dueOn);
    return this.object(escalation, viewer, ctx);
  }

  @Mutation(() => EscalationObject, { description: 'An ADMIN of the respondent.' })
  async respondToEscalation(
    @Args() args: RespondToEscalationArgs,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ) {
    return this.object(await this.cases.respond(viewer, args.escalationId, args.response), viewer, ctx);
  }

  @Mutation(() => EscalationObject, {
    description: 'Commissioner only: publish findings (CONCLUDED) or dismiss with a reason (DISMISSED).',
  })
  async concludeEscalation(
    @Args() args: ConcludeEscalationArgs,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ) {
    const escalation = await this.cases.conclude(viewer, args.escalationId, args.findings, args.dismiss);
    return this.object(escalation, viewer, ctx);
  }

  @ResolveField(() => NeighbourhoodObject)
  async neighbourhood(escalation: EscalationObject, _args: unknown, ctx: GraphQLContext) {
    const neighbourhood = await ctx.loaders.neighbourhood.load(escalation.neighbourhoodId);
    if (!neighbourhood) throw new Error(`escalation ${escalation.id} has no neighbourhood`);
    return NeighbourhoodObject.from(neighbourhood);
  }

  @ResolveField(() => UserObject)
  async raisedBy(escalation: EscalationObject, _args: unknown, ctx: GraphQLContext) {
    const user = await ctx.loaders.user.load(escalation.raisedById);
    if (!user) throw new Error(`escalation ${escalation.id} has no author`);
    return UserObject.from(user);
  }

  @ResolveField(() => OrganisationObject, {
    nullable: true,
    description: 'The organisation asked to answer, and by when.',
  })
  async respondent(escalation: EscalationObject, _args: unknown, ctx: GraphQLContext) {
    if (!escalation.respondentId) return null;
    const organisation = await ctx.loaders.organisation.load(escalation.respondentId);
    return organisation && OrganisationObject.from(organisation);
  }

  @ResolveField(() => EscalationPermissionsObject, { description: 'What the viewer may do with it now.' })
  async viewerCan(
    escalation: EscalationObject,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<EscalationPermissionsObject> {
    const viewer = viewerOf(ctx);
    const [commissioner, memberships, respondent] = await Promise.all([
      isCommissioner(ctx, viewer, this.cases),
      viewer ? ctx.loaders.membershipsOfUser.load(viewer.userId) : [],
      escalation.respondentId ? ctx.loaders.organisation.load(escalation.respondentId) : null,
    ]);
    const facts = escalationFacts(escalation, respondent ?? null);
    return Object.assign(
      new EscalationPermissionsObject(),
      escalationPermissions({ ...rightsViewer(viewer, memberships), isCommissioner: commissioner }, facts),
    );
  }
}

/** User.isCommissioner, for the user themself. */
@Resolver(() => UserObject)
export class UserCommissionerResolver {
  constructor(private readonly cases: EscalationsService) {}

  @ResolveField(() => Boolean, {
    description:
      'Only for the user themself: holds the Community Power Commissioner’s office on this platform (false for everyone else).',
  })
  async isCommissioner(user: UserObject, _args: unknown, ctx: GraphQLContext): Promise<boolean> {
    const viewer = viewerOf(ctx);
    if (!isSelf(user, viewer)) return false;
    return viewer?.userId === user.id ? isCommissioner(ctx, viewer, this.cases) : this.cases.isCommissioner(user.id);
  }
}

/** Commitment.escalatable: whether the rules let it go to the commissioner today. */
@Resolver(() => CommitmentObject)
export class CommitmentEscalationResolver {
  @ResolveField(() => Boolean, {
    description:
      'It can be escalated to the commissioner today: overdue, or its delivery disputed and the dispute answered or left unanswered for 28 days.',
  })
  async escalatable(commitment: CommitmentObject, _args: unknown, ctx: GraphQLContext): Promise<boolean> {
    const disputes = await ctx.loaders.disputesOfCommitment.load(commitment.id);
    const subject: EscalationSubjectFacts = {
      type: 'COMMITMENT',
      overdue: commitment.overdue,
      disputes: disputes.map((d) => ({ answered: d.answer !== null, raisedOn: londonDay(d.createdAt) })),
    };
    const asResident = { signedIn: true, emailVerified: true, memberships: [] };
    return decideEscalate(asResident, subject, londonDay(new Date())).allowed;
  }
}
