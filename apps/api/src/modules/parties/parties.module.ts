import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CovenantsModule } from '../covenants/covenants.module';
import { OrganisationPartiesResolver, PartiesResolver } from './parties.resolver';
import { PartiesService } from './parties.service';
import { PartyEntity } from './party.entity';

import { PartyLoaders } from './party.loaders';

@Module({
  imports: [TypeOrmModule.forFeature([PartyEntity]), CovenantsModule],
  providers: [PartyLoaders, PartiesService, PartiesResolver, OrganisationPartiesResolver],
  exports: [PartiesService],
})
export class PartiesModule {}
