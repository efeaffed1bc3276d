import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OptionalViewer } from '../../core/auth/current-viewer.decorator';
import { Public } from '../../core/auth/public.decorator';
import type { Viewer } from '../../core/auth/viewer';
import { notFound } from '../../core/errors/app-error';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { ParseIdPipe } from '../../core/validation/parse-id.pipe';
import { readable } from '../covenants/covenant-access';
import { COVENANT_NOT_FOUND } from '../covenants/covenant-work';
import { UserObject } from '../users/user.object';
import { AuditEventObject, VerificationObject } from './audit-event.object';
import { AuditService } from './audit.service';

@Resolver(() => AuditEventObject)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Public()
  @Query(() => [AuditEventObject], { description: 'Ordered by seq, ascending.' })
  async covenantAudit(
    @Args('covenantId', { type: () => ID }, ParseIdPipe) covenantId: string,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<AuditEventObject[]> {
    await this.requireReadable(covenantId, viewer, ctx);
    return (await this.audit.list(covenantId)).map(AuditEventObject.from);
  }

  @Public()
  @Query(() => VerificationObject)
  async verifyCovenant(
    @Args('covenantId', { type: () => ID }, ParseIdPipe) covenantId: string,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<VerificationObject> {
    await this.requireReadable(covenantId, viewer, ctx);
    const chainProblems = this.audit.verifyChain(await this.audit.list(covenantId));
    // No version has been frozen or signed yet, so only the chain has anything to check.
    return Object.assign(new VerificationObject(), {
      signaturesValid: true,
      contentHashValid: true,
      sealValid: null,
      auditChainValid: chainProblems.length === 0,
      problems: chainProblems,
    });
  }

  @ResolveField(() => UserObject, { nullable: true })
  async actor(@Parent() event: AuditEventObject, @Context() ctx: GraphQLContext): Promise<UserObject | null> {
    if (!event.actorId) return null;
    const user = await ctx.loaders.user.load(event.actorId);
    return user ? UserObject.from(user) : null;
  }

  private async requireReadable(covenantId: string, viewer: Viewer | null, ctx: GraphQLContext) {
    const covenant = await ctx.loaders.covenant.load(covenantId);
    if (!covenant || !(await readable(ctx, viewer, [covenant])).length) throw notFound(COVENANT_NOT_FOUND);
  }
}
