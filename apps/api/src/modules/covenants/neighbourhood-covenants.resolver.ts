import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OptionalViewer } from '../../core/auth/current-viewer.decorator';
import type { Viewer } from '../../core/auth/viewer';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { NeighbourhoodObject } from '../neighbourhoods/neighbourhood.object';
import { readable } from './covenant-access';
import { CovenantObject } from './covenant.object';

/** Neighbourhood.covenants: only those the viewer may read. */
@Resolver(() => NeighbourhoodObject)
export class NeighbourhoodCovenantsResolver {
  @ResolveField(() => [CovenantObject])
  async covenants(
    @Parent() neighbourhood: NeighbourhoodObject,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<CovenantObject[]> {
    const covenants = await ctx.loaders.covenantsOfNeighbourhood.load(neighbourhood.id);
    return (await readable(ctx, viewer, covenants)).map(CovenantObject.from);
  }
}
