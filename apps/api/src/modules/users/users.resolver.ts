import { Context, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OptionalViewer, viewerOf } from '../../core/auth/current-viewer.decorator';
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
  email(user: UserObject, _args: unknown, ctx: GraphQLContext): string | null {
    const viewer = viewerOf(ctx);
    return isSelf(user, viewer) ? user.privateEmail : null;
  }

  @ResolveField(() => Boolean, { description: 'Only for the user themself (false for everyone else).' })
  emailVerified(user: UserObject, _args: unknown, ctx: GraphQLContext): boolean {
    const viewer = viewerOf(ctx);
    return isSelf(user, viewer) && user.privateEmailVerified;
  }
}
