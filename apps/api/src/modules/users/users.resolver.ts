import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OptionalViewer } from '../../core/auth/current-viewer.decorator';
import { Public } from '../../core/auth/public.decorator';
import type { Viewer } from '../../core/auth/viewer';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { UserObject } from './user.object';

export const isSelf = (user: UserObject, viewer: Viewer | null) => user.revealPrivate || viewer?.userId === user.id;

@Resolver(() => UserObject)
export class UsersResolver {
  @Public()
  @Query(() => UserObject, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@OptionalViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext): Promise<UserObject | null> {
    if (!viewer) return null;
    const user = await ctx.loaders.user.load(viewer.userId);
    return user ? UserObject.from(user) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Only visible to the user themself (also in register/login); null for everyone else.',
  })
  email(@Parent() user: UserObject, @OptionalViewer() viewer: Viewer | null): string | null {
    return isSelf(user, viewer) ? user.privateEmail : null;
  }

  @ResolveField(() => Boolean, { description: 'Only for the user themself (false for everyone else).' })
  emailVerified(@Parent() user: UserObject, @OptionalViewer() viewer: Viewer | null): boolean {
    return isSelf(user, viewer) && user.privateEmailVerified;
  }
}
