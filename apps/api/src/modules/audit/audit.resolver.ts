import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { UserObject } from '../users/user.object';
import { AuditEventObject } from './audit-event.object';

@Resolver(() => AuditEventObject)
export class AuditResolver {
  @ResolveField(() => UserObject, { nullable: true })
  async actor(event: AuditEventObject, _args: unknown, ctx: GraphQLContext): Promise<UserObject | null> {
    if (!event.actorId) return null;
    const user = await ctx.loaders.user.load(event.actorId);
    return user ? UserObject.from(user) : null;
  }
}
