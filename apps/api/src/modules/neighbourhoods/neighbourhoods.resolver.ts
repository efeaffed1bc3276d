import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator';
import { Public } from '../../core/auth/public.decorator';
import type { Viewer } from '../../core/auth/viewer';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { pageSize, searchText } from '../../core/validation/page-size';
import { optionalId } from '../../core/validation/parse-id.pipe';
import { OrganisationObject } from '../organisations/organisation.object';
import { CreateNeighbourhoodInput } from './create-neighbourhood.input';
import { NeighbourhoodObject } from './neighbourhood.object';
import { NeighbourhoodsService } from './neighbourhoods.service';

@Resolver(() => NeighbourhoodObject)
export class NeighbourhoodsResolver {
  constructor(private readonly service: NeighbourhoodsService) {}

  @Public()
  @Query(() => NeighbourhoodObject, { nullable: true })
  async neighbourhood(@Args('slug') slug: string): Promise<NeighbourhoodObject | null> {
    const neighbourhood = await this.service.findBySlug(slug);
    return neighbourhood ? NeighbourhoodObject.from(neighbourhood) : null;
  }

  @Public()
  @Query(() => [NeighbourhoodObject], {
    description: 'By name, then id; `after` is the id of the last neighbourhood of the previous page.',
  })
  async neighbourhoods(
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('after', { type: () => ID, nullable: true }) after: string | null,
  ): Promise<NeighbourhoodObject[]> {
    const rows = await this.service.search({
      search: searchText(search),
      first: pageSize(first, 50),
      after: optionalId(after),
    });
    return rows.map(NeighbourhoodObject.from);
  }

  @Public()
  @Query(() => Int)
  neighbourhoodCount(@Args('search', { type: () => String, nullable: true }) search: string | null): Promise<number> {
    return this.service.count({ search: searchText(search) });
  }

  @Mutation(() => NeighbourhoodObject, { description: 'Puts a neighbourhood on the platform (any signed-in user).' })
  async createNeighbourhood(
    @Args('input') input: CreateNeighbourhoodInput,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ): Promise<NeighbourhoodObject> {
    const created = await this.service.create(viewer, input);
    ctx.loaders.neighbourhoodBoundary.prime(
      created.id,
      created.boundary == null ? null : JSON.stringify(created.boundary),
    );
    return NeighbourhoodObject.from(created);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'GeoJSON (Polygon or MultiPolygon, WGS84) as a string, or null.',
  })
  boundary(neighbourhood: NeighbourhoodObject, _args: unknown, ctx: GraphQLContext): Promise<string | null> {
    return ctx.loaders.neighbourhoodBoundary.load(neighbourhood.id);
  }

  @ResolveField(() => OrganisationObject, {
    nullable: true,
    description: 'The council whose area this is; it countersigns covenants here.',
  })
  async localAuthority(
    neighbourhood: NeighbourhoodObject,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<OrganisationObject | null> {
    if (!neighbourhood.localAuthorityId) return null;
    const organisation = await ctx.loaders.organisation.load(neighbourhood.localAuthorityId);
    return organisation ? OrganisationObject.from(organisation) : null;
  }
}
