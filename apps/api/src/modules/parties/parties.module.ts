import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CovenantsModule } from '../covenants/covenants.module';
import { OrganisationPartiesResolver, PartiesResolver } from './parties.resolver';
import { PartiesService } from './parties.service';
import { PartyEntity } from './party.entity';

@Module({
  imports: [TypeOrmModule.forFeature([PartyEntity]), CovenantsModule],
  providers: [PartiesService, PartiesResolver, OrganisationPartiesResolver],
  exports: [PartiesService],
})
export class PartiesModule {}
