import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OptionalViewer } from '../../core/auth/current-viewer.decorator';
import { Public } from '../../core/auth/public.decorator';
import type { Viewer } from '../../core/auth/viewer';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { ParseIdPipe } from '../../core/validation/parse-id.pipe';
import { readableCovenant, shownRecord } from '../covenants/covenant-access';
import { UserObject } from '../users/user.object';
import { AuditEventObject } from './audit-event.object';
import { AuditService } from './audit.service';

@Resolver(() => AuditEventObject)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Public()
  @Query(() => [AuditEventObject], {
    description:
      'Ordered by seq, ascending. While UNDER_REVIEW, readers who may not see the working draft get the chain up to the event that began the review.',
  })
  async covenantAudit(
    @Args('covenantId', { type: () => ID }, ParseIdPipe) covenantId: string,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<AuditEventObject[]> {
    const covenant = await readableCovenant(ctx, viewer, covenantId);
    const record = await shownRecord(ctx, viewer, covenant);
    return (await this.audit.list(covenantId, record?.throughSeq)).map(AuditEventObject.from);
  }

  @ResolveField(() => UserObject, { nullable: true })
  async actor(@Parent() event: AuditEventObject, @Context() ctx: GraphQLContext): Promise<UserObject | null> {
    if (!event.actorId) return null;
    const user = await ctx.loaders.user.load(event.actorId);
    return user ? UserObject.from(user) : null;
  }
}
