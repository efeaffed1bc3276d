import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../../core/auth/public.decorator';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { NeighbourhoodObject } from '../neighbourhoods/neighbourhood.object';
import { OrganisationObject } from '../organisations/organisation.object';
import { CouncilFiguresObject, NationalPictureObject, NationalPlaceObject } from './national.object';
import { NationalService } from './national.service';

@Resolver(() => NationalPictureObject)
export class NationalResolver {
  constructor(private readonly national: NationalService) {}

  @Public()
  @Query(() => NationalPictureObject)
  async nationalPicture(): Promise<NationalPictureObject> {
    const picture = await this.national.nationalPicture();
    return Object.assign(new NationalPictureObject(), {
      ...picture,
      councils: picture.councils.map((council) => Object.assign(new CouncilFiguresObject(), council)),
    });
  }

  @ResolveField(() => [NationalPlaceObject], {
    description: 'Every neighbourhood, by name, with its figures for the map.',
  })
  async places(): Promise<NationalPlaceObject[]> {
    return (await this.national.everyPlace()).map((place) => Object.assign(new NationalPlaceObject(), place));
  }
}

@Resolver(() => CouncilFiguresObject)
export class CouncilFiguresResolver {
  @ResolveField(() => OrganisationObject)
  async council(@Parent() figures: CouncilFiguresObject, @Context() ctx: GraphQLContext) {
    const council = await ctx.loaders.organisation.load(figures.councilId);
    if (!council) throw new Error(`council ${figures.councilId} is gone`);
    return OrganisationObject.from(council);
  }
}

@Resolver(() => NationalPlaceObject)
export class NationalPlaceResolver {
  @ResolveField(() => NeighbourhoodObject)
  async neighbourhood(@Parent() place: NationalPlaceObject, @Context() ctx: GraphQLContext) {
    const neighbourhood = await ctx.loaders.neighbourhood.load(place.neighbourhoodId);
    if (!neighbourhood) throw new Error(`neighbourhood ${place.neighbourhoodId} is gone`);
    return NeighbourhoodObject.from(neighbourhood);
  }
}
