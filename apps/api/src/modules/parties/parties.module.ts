import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CovenantsModule } from '../covenants/covenants.module';
import { CovenantPartiesResolver, OrganisationPartiesResolver, PartiesResolver } from './parties.resolver';
import { PartiesService } from './parties.service';
import { PartyEntity } from '../covenants/party.entity';
import { PartyLoaders } from './party.loaders';

@Module({
  imports: [TypeOrmModule.forFeature([PartyEntity]), CovenantsModule],
  providers: [PartyLoaders, PartiesService, PartiesResolver, OrganisationPartiesResolver, CovenantPartiesResolver],
  exports: [PartiesService],
})
export class PartiesModule {}
