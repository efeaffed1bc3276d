import { Args, Context, ID, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { pageSize } from '../../core/validation/page-size';
import { optionalId } from '../../core/validation/parse-id.pipe';
import { NeighbourhoodObject } from '../neighbourhoods/neighbourhood.object';
import { known } from './covenant.loaders';
import { CovenantObject } from './covenant.object';

/** Neighbourhood.covenants and their count: only those the viewer may read (the database is asked for those alone). */
@Resolver(() => NeighbourhoodObject)
export class NeighbourhoodCovenantsResolver {
  @ResolveField(() => [CovenantObject], { description: 'Newest change first, then by id; `first` at most 100.' })
  async covenants(
    @Parent() neighbourhood: NeighbourhoodObject,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('after', { type: () => ID, nullable: true, description: 'The id of the last covenant of the previous page.' })
    after: string | null,
    @Context() ctx: GraphQLContext,
  ): Promise<CovenantObject[]> {
    const args = { first: pageSize(first, 50), after: optionalId(after) };
    return known(ctx, await ctx.loaders.covenantsOfNeighbourhood.load({ parentId: neighbourhood.id, args })).map(
      CovenantObject.from,
    );
  }

  @ResolveField(() => Int, { description: 'How many covenants of the neighbourhood the viewer may read.' })
  covenantCount(neighbourhood: NeighbourhoodObject, _args: unknown, ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.covenantCountOfNeighbourhood.load(neighbourhood.id);
  }
}
