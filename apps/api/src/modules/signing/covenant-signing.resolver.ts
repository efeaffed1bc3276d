import { viewerOf } from '../../core/auth/current-viewer.decorator';
/**
 * What the signing module adds to a covenant as GraphQL sees it: the text a
 * reader is shown (the version in force, to outsiders during a review) and
 * whom the viewer may sign for on the open version.
 */
import { ID, ResolveField, Resolver } from '@nestjs/graphql';
import { signableParties } from '@covenant/domain';

import type { GraphQLContext } from '../../core/graphql/loaders';
import { allowed, readFacts } from '../covenants/covenant-access';
import { CovenantObject, CovenantPermissionsObject } from '../covenants/covenant.object';
import { inForceVersion, openVersion } from './signing-facts';

@Resolver(() => CovenantObject)
export class CovenantTextResolver {
  @ResolveField(() => String, {
    description:
      "The working text rendered to sanitised HTML from the live document. While UNDER_REVIEW, readers who are not parties get the in-force version's html instead.",
  })
  async draftHtml(covenant: CovenantObject, _args: unknown, ctx: GraphQLContext): Promise<string> {
    const viewer = viewerOf(ctx);
    const facts = await readFacts(ctx, viewer, covenant);
    if (!allowed('readWorkingDraft', facts)) return (await inForceVersion(ctx, covenant.id))?.html ?? '';
    return ctx.loaders.draftHtml.load(covenant.id);
  }
}

/** The policy says who may sign at all; the open version says who still has to. */
@Resolver(() => CovenantPermissionsObject)
export class SigningPermissionsResolver {
  @ResolveField(() => [ID], {
    description: 'The parties the viewer may sign for now: their signatory, not signed yet.',
  })
  async signParties(can: CovenantPermissionsObject, _args: unknown, ctx: GraphQLContext): Promise<string[]> {
    const open = can.sign ? await openVersion(ctx, can.covenantId) : null;
    return open
      ? signableParties(can.facts.viewer, 'sign').filter((id) => open.progress.awaitingSignature.includes(id))
      : [];
  }

  @ResolveField(() => Boolean)
  async sign(can: CovenantPermissionsObject, _args: unknown, ctx: GraphQLContext): Promise<boolean> {
    return (await this.signParties(can, null, ctx)).length > 0;
  }

  @ResolveField(() => Boolean)
  async countersign(can: CovenantPermissionsObject, _args: unknown, ctx: GraphQLContext): Promise<boolean> {
    return can.countersign && !!(await openVersion(ctx, can.covenantId))?.progress.countersignatureDue;
  }
}
