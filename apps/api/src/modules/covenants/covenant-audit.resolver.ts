/** A covenant's audit trail, as the viewer may see it. */
import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { OptionalViewer } from '../../core/auth/current-viewer.decorator';
import { Public } from '../../core/auth/public.decorator';
import type { Viewer } from '../../core/auth/viewer';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { ParseIdPipe } from '../../core/validation/parse-id.pipe';
import { AuditEventObject } from '../audit/audit-event.object';
import { AuditService } from '../audit/audit.service';
import { readableCovenant, shownRecord } from './covenant-access';

@Resolver(() => AuditEventObject)
export class CovenantAuditResolver {
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
}
