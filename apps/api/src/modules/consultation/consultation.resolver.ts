import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { amendmentPermissions, type AmendmentStatus } from '@covenant/domain';
import { CurrentViewer, OptionalViewer, viewerOf } from '../../core/auth/current-viewer.decorator';
import type { Viewer } from '../../core/auth/viewer';
import { AmendmentStatusEnum } from '../../core/graphql/enums';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { pageSize } from '../../core/validation/page-size';
import { optionalId, ParseIdPipe } from '../../core/validation/parse-id.pipe';
import { factsOf, readsWorkingDraft } from '../covenants/covenant-access';
import { CovenantObject } from '../covenants/covenant.object';
import { UserObject } from '../users/user.object';
import { AmendmentsService } from './amendments.service';
import { AmendmentInput, DecideAmendmentArgs, RespondToSectionArgs } from './consultation.input';
import {
  AmendmentObject,
  AmendmentPermissionsObject,
  CovenantSectionObject,
  SectionResponseObject,
} from './consultation.object';
import { SectionResponsesService, withFigures } from './section-responses.service';

/** During a revision, people outside the parties see none of its consultation: it quotes the working draft. */
async function showsConsultation(ctx: GraphQLContext, viewer: Viewer | null, covenant: CovenantObject) {
  return readsWorkingDraft(ctx, viewer, covenant);
}

@Resolver(() => AmendmentObject)
export class AmendmentsResolver {
  constructor(private readonly amendments: AmendmentsService) {}

  @Mutation(() => AmendmentObject, {
    description:
      'Any signed-in person with a verified e-mail during CONSULTATION; members of accepted parties also during DRAFT and UNDER_REVIEW.',
  })
  async proposeAmendment(@Args('input') input: AmendmentInput, @CurrentViewer() viewer: Viewer) {
    return AmendmentObject.from(await this.amendments.propose(viewer, input));
  }

  @Mutation(() => AmendmentObject)
  async supportAmendment(
    @Args('amendmentId', { type: () => ID }, ParseIdPipe) amendmentId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return AmendmentObject.from(await this.amendments.support(viewer, amendmentId));
  }

  @Mutation(() => AmendmentObject, { description: 'Only its author (else FORBIDDEN), while PROPOSED (else CONFLICT).' })
  async withdrawAmendment(
    @Args('amendmentId', { type: () => ID }, ParseIdPipe) amendmentId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return AmendmentObject.from(await this.amendments.withdraw(viewer, amendmentId));
  }

  @Mutation(() => AmendmentObject, {
    description:
      "The convenor's ADMIN accepts (the server replaces the anchored passage in the live text, durably, for everyone editing, and records it in the audit trail) or rejects, with a note. CONFLICT when the passage no longer reads as quoted.",
  })
  async decideAmendment(@Args() args: DecideAmendmentArgs, @CurrentViewer() viewer: Viewer) {
    return AmendmentObject.from(await this.amendments.decide(viewer, args.amendmentId, args.accept, args.note));
  }

  @ResolveField(() => UserObject)
  async author(amendment: AmendmentObject, _args: unknown, ctx: GraphQLContext): Promise<UserObject> {
    const user = await ctx.loaders.user.load(amendment.authorId);
    if (!user) throw new Error(`amendment ${amendment.id} has no author`);
    return UserObject.from(user);
  }

  @ResolveField(() => UserObject, { nullable: true })
  async decidedBy(amendment: AmendmentObject, _args: unknown, ctx: GraphQLContext): Promise<UserObject | null> {
    if (!amendment.decidedById) return null;
    const user = await ctx.loaders.user.load(amendment.decidedById);
    return user ? UserObject.from(user) : null;
  }

  @ResolveField(() => Int)
  async supportCount(amendment: AmendmentObject, _args: unknown, ctx: GraphQLContext): Promise<number> {
    return (await ctx.loaders.amendmentSupport.load(amendment.id)).supportCount;
  }

  @ResolveField(() => Boolean)
  async viewerSupports(amendment: AmendmentObject, _args: unknown, ctx: GraphQLContext): Promise<boolean> {
    return (await ctx.loaders.amendmentSupport.load(amendment.id)).viewerSupports;
  }

  @ResolveField(() => AmendmentPermissionsObject, { description: 'What the viewer may do with this amendment now.' })
  async viewerCan(
    amendment: AmendmentObject,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<AmendmentPermissionsObject> {
    const viewer = viewerOf(ctx);
    const facts = await factsOf(ctx, viewer, amendment.covenantId);
    const authorIsViewer = !!viewer && amendment.authorId === viewer.userId;
    return Object.assign(
      new AmendmentPermissionsObject(),
      amendmentPermissions(facts.covenant, facts.viewer, { authorIsViewer, status: amendment.status }),
    );
  }
}

@Resolver(() => SectionResponseObject)
export class SectionResponsesResolver {
  constructor(private readonly responses: SectionResponsesService) {}

  @Mutation(() => CovenantSectionObject, {
    description: 'One response per person per section during CONSULTATION; a second replaces the first.',
  })
  async respondToSection(
    @Args() args: RespondToSectionArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CovenantSectionObject> {
    return Object.assign(new CovenantSectionObject(), await this.responses.respond(viewer, args));
  }

  @ResolveField(() => UserObject)
  async author(response: SectionResponseObject, _args: unknown, ctx: GraphQLContext): Promise<UserObject> {
    const user = await ctx.loaders.user.load(response.authorId);
    if (!user) throw new Error(`response ${response.id} has no author`);
    return UserObject.from(user);
  }
}

/** Covenant.amendments, sections and sectionResponses. */
@Resolver(() => CovenantObject)
export class CovenantConsultationResolver {
  @ResolveField(() => [AmendmentObject], { description: 'By number; only those of the given statuses when given.' })
  async amendments(
    @Parent() covenant: CovenantObject,
    @Args('status', { type: () => [AmendmentStatusEnum], nullable: true }) status: AmendmentStatus[] | null,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<AmendmentObject[]> {
    if (!(await showsConsultation(ctx, viewer, covenant))) return [];
    const all = await ctx.loaders.amendments.load(covenant.id);
    return all.filter((row) => !status?.length || status.includes(row.status)).map((row) => AmendmentObject.from(row));
  }

  @ResolveField(() => [CovenantSectionObject], { description: 'The level-2 headings of the text, in order.' })
  async sections(covenant: CovenantObject, _args: unknown, ctx: GraphQLContext): Promise<CovenantSectionObject[]> {
    const viewer = viewerOf(ctx);
    if (!(await showsConsultation(ctx, viewer, covenant))) return [];
    const [sections, figures] = await Promise.all([
      ctx.loaders.sections.load(covenant.id),
      ctx.loaders.sectionFigures.load(covenant.id),
    ]);
    return withFigures(sections, figures).map((section) => Object.assign(new CovenantSectionObject(), section));
  }

  @ResolveField(() => [SectionResponseObject], {
    description: 'Readable like comments; newest first. `after` is the id of the last response of the previous page.',
  })
  async sectionResponses(
    @Parent() covenant: CovenantObject,
    @Args('sectionId', { type: () => ID, nullable: true }) sectionId: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100 }) first: number | null,
    @Args('after', { type: () => ID, nullable: true }) after: string | null,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<SectionResponseObject[]> {
    if (!(await showsConsultation(ctx, viewer, covenant))) return [];
    const page = { sectionId: sectionId ?? null, first: pageSize(first, 100), after: optionalId(after) };
    const rows = await ctx.loaders.sectionResponsePage.load({ parentId: covenant.id, args: page });
    return rows.map((row) => SectionResponseObject.from(row));
  }
}
