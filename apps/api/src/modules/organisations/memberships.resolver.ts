import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, viewerOf } from '../../core/auth/current-viewer.decorator';
import type { Viewer } from '../../core/auth/viewer';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { ParseIdPipe } from '../../core/validation/parse-id.pipe';
import { UserObject } from '../users/user.object';
import { isSelf } from '../users/users.resolver';
import { MembershipObject } from './membership.object';
import { MembershipsService } from './memberships.service';
import { AddMemberInput, UpdateMembershipInput } from './organisation.inputs';
import { OrganisationObject } from './organisation.object';

@Resolver(() => MembershipObject)
export class MembershipsResolver {
  constructor(private readonly memberships: MembershipsService) {}

  @Mutation(() => MembershipObject, { description: 'Adds an existing user to an organisation (its ADMINs only).' })
  async addMember(@Args('input') input: AddMemberInput, @CurrentViewer() viewer: Viewer): Promise<MembershipObject> {
    return MembershipObject.from(await this.memberships.add(viewer, input));
  }

  @Mutation(() => MembershipObject, { description: "Changes a member's role or position (its ADMINs only)." })
  async updateMembership(
    @Args('input') input: UpdateMembershipInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MembershipObject> {
    return MembershipObject.from(await this.memberships.update(viewer, input));
  }

  @Mutation(() => Boolean, { description: 'Removes a member (ADMINs only); the last ADMIN cannot be removed.' })
  async removeMember(
    @Args('membershipId', { type: () => ID }, ParseIdPipe) membershipId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    await this.memberships.remove(viewer, membershipId);
    return true;
  }

  @ResolveField(() => UserObject)
  async user(membership: MembershipObject, _args: unknown, ctx: GraphQLContext): Promise<UserObject> {
    const user = await ctx.loaders.user.load(membership.userId);
    if (!user) throw new Error(`membership ${membership.id} has no user`);
    return UserObject.from(user);
  }

  @ResolveField(() => OrganisationObject)
  async organisation(membership: MembershipObject, _args: unknown, ctx: GraphQLContext): Promise<OrganisationObject> {
    const organisation = await ctx.loaders.organisation.load(membership.organisationId);
    if (!organisation) throw new Error(`membership ${membership.id} has no organisation`);
    return OrganisationObject.from(organisation);
  }
}

/** User.memberships: a person's organisations, shown to themself only. */
@Resolver(() => UserObject)
export class UserMembershipsResolver {
  @ResolveField(() => [MembershipObject], {
    description: 'Only visible to the user themself; empty for everyone else.',
  })
  async memberships(user: UserObject, _args: unknown, ctx: GraphQLContext): Promise<MembershipObject[]> {
    const viewer = viewerOf(ctx);
    if (!isSelf(user, viewer)) return [];
    const memberships = await ctx.loaders.membershipsOfUser.load(user.id);
    return memberships.map(MembershipObject.from);
  }
}
