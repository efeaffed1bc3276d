import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { organisationPolicy, type MemberRole, type OrganisationKind } from '@covenant/domain';
import { CurrentViewer, viewerOf } from '../../core/auth/current-viewer.decorator';
import { Public } from '../../core/auth/public.decorator';
import type { Viewer } from '../../core/auth/viewer';
import { MemberRoleEnum, OrganisationKindEnum } from '../../core/graphql/enums';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { pageSize, searchText } from '../../core/validation/page-size';
import { optionalId } from '../../core/validation/parse-id.pipe';
import { MembershipObject } from './membership.object';
import { CreateOrganisationInput } from './organisation.inputs';
import { OrganisationObject } from './organisation.object';
import { OrganisationsService } from './organisations.service';

export async function viewerRoleIn(
  organisationId: string,
  viewer: Viewer | null,
  ctx: GraphQLContext,
): Promise<MemberRole | null> {
  if (!viewer) return null;
  const memberships = await ctx.loaders.membershipsOfUser.load(viewer.userId);
  return memberships.find((m) => m.organisationId === organisationId)?.role ?? null;
}

@Resolver(() => OrganisationObject)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Public()
  @Query(() => OrganisationObject, { nullable: true })
  async organisation(@Args('slug') slug: string): Promise<OrganisationObject | null> {
    const organisation = await this.service.findBySlug(slug);
    return organisation ? OrganisationObject.from(organisation) : null;
  }

  @Public()
  @Query(() => [OrganisationObject], {
    description: 'By name, then id; `after` is the id of the last organisation of the previous page.',
  })
  async organisations(
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('kind', { type: () => OrganisationKindEnum, nullable: true, description: 'Only organisations of this kind.' })
    kind: OrganisationKind | null,
    @Args('after', { type: () => ID, nullable: true }) after: string | null,
  ): Promise<OrganisationObject[]> {
    const rows = await this.service.search({
      search: searchText(search),
      kind,
      first: pageSize(first, 50),
      after: optionalId(after),
    });
    return rows.map(OrganisationObject.from);
  }

  @Public()
  @Query(() => Int)
  organisationCount(
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('kind', { type: () => OrganisationKindEnum, nullable: true }) kind: OrganisationKind | null,
  ): Promise<number> {
    return this.service.count({ search: searchText(search), kind });
  }

  @Mutation(() => OrganisationObject, { description: 'Creates an organisation; the caller becomes its ADMIN.' })
  async createOrganisation(
    @Args('input') input: CreateOrganisationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<OrganisationObject> {
    return OrganisationObject.from(await this.service.create(viewer, input));
  }

  @ResolveField(() => [MembershipObject], {
    description: 'Visible to members of the organisation only; empty for others.',
  })
  async members(organisation: OrganisationObject, _args: unknown, ctx: GraphQLContext): Promise<MembershipObject[]> {
    const viewer = viewerOf(ctx);
    if (!organisationPolicy.canSeeMembers(await viewerRoleIn(organisation.id, viewer, ctx))) return [];
    const memberships = await ctx.loaders.membershipsOfOrganisation.load(organisation.id);
    // Read with their users: each member's `user` needs no statement of its own.
    for (const membership of memberships)
      if (membership.user) ctx.loaders.user.prime(membership.userId, membership.user);
    return memberships.map(MembershipObject.from);
  }

  @ResolveField(() => MemberRoleEnum, {
    nullable: true,
    description: "The viewer's role here; null when not a member.",
  })
  viewerRole(organisation: OrganisationObject, _args: unknown, ctx: GraphQLContext): Promise<MemberRole | null> {
    const viewer = viewerOf(ctx);
    return viewerRoleIn(organisation.id, viewer, ctx);
  }
}
