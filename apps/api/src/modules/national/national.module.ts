import { Module } from '@nestjs/common';
import { AssetsModule } from '../assets/assets.module';
import { CouncilFiguresResolver, NationalPlaceResolver, NationalResolver } from './national.resolver';
import { NationalService } from './national.service';

/** The national picture: figures, councils and places across every neighbourhood. */
@Module({
  imports: [AssetsModule],
  providers: [NationalService, NationalResolver, CouncilFiguresResolver, NationalPlaceResolver],
})
export class NationalModule {}
