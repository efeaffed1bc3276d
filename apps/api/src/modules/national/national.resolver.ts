import { Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../../core/auth/public.decorator';
import { OrganisationObject } from '../organisations/organisation.object';
import { CouncilFiguresObject, NationalPictureObject } from './national.object';
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
}

@Resolver(() => CouncilFiguresObject)
export class CouncilFiguresResolver {
  /** Read with the figures, so a national answer asks the database nothing more. */
  @ResolveField(() => OrganisationObject)
  council(figures: CouncilFiguresObject): OrganisationObject {
    return OrganisationObject.from(figures.council);
  }
}
