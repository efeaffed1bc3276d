import { Module } from '@nestjs/common';
import { AssetsModule } from '../assets/assets.module';
import { CouncilFiguresResolver, NationalResolver } from './national.resolver';
import { NationalService } from './national.service';
import { PlacesOpenDataController } from './places-open-data.controller';

/** The national picture: figures and councils, and every neighbourhood as open data for the map. */
@Module({
  imports: [AssetsModule],
  controllers: [PlacesOpenDataController],
  providers: [NationalService, NationalResolver, CouncilFiguresResolver],
})
export class NationalModule {}
