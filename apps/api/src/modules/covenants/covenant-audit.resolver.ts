/** A covenant's audit trail, as the viewer may see it. */
import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { OptionalViewer } from '../../core/auth/current-viewer.decorator';
import { Public } from '../../core/auth/public.decorator';
import type { Viewer } from '../../core/auth/viewer';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { badInput } from '../../core/errors/app-error';
import { pageSize } from '../../core/validation/page-size';
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
      'Ordered by seq, ascending; `after` is the seq of the last event of the previous page. While UNDER_REVIEW, readers who may not see the working draft get the chain up to the event that began the review.',
  })
  async covenantAudit(
    @Args('covenantId', { type: () => ID }, ParseIdPipe) covenantId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100 }) first: number | null,
    @Args('after', { type: () => Int, nullable: true }) after: number | null,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<AuditEventObject[]> {
    const covenant = await readableCovenant(ctx, viewer, covenantId);
    const record = await shownRecord(ctx, viewer, covenant);
    if (after != null && after < 0)
      throw badInput('after must be a seq of this trail (0 or more).', { after: 'Not a seq.' });
    const page = { first: pageSize(first, 100), after: after ?? null, throughSeq: record?.throughSeq };
    return (await this.audit.page(covenantId, page)).map(AuditEventObject.from);
  }
}
