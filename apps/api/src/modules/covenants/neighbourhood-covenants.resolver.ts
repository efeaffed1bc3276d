import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { NeighbourhoodObject } from '../neighbourhoods/neighbourhood.object';
import { CovenantObject } from './covenant.object';

/** Neighbourhood.covenants: only those the viewer may read (the loader asks the database for those alone). */
@Resolver(() => NeighbourhoodObject)
export class NeighbourhoodCovenantsResolver {
  @ResolveField(() => [CovenantObject])
  async covenants(
    @Parent() neighbourhood: NeighbourhoodObject,
    @Context() ctx: GraphQLContext,
  ): Promise<CovenantObject[]> {
    return (await ctx.loaders.covenantsOfNeighbourhood.load(neighbourhood.id)).map(CovenantObject.from);
  }
}
