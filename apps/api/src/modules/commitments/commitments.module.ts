import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CovenantsModule } from '../covenants/covenants.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PartiesModule } from '../parties/parties.module';
import { CommitmentUpdateEntity } from './commitment-update.entity';
import { CommitmentEntity } from './commitment.entity';
import {
  CommitmentsResolver,
  CommitmentUpdateResolver,
  CovenantCommitmentsResolver,
  PartyCommitmentsResolver,
} from './commitments.resolver';
import { CommitmentsService } from './commitments.service';
import { OpenDataController } from './open-data.controller';
import { OpenDataService } from './open-data.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([CommitmentEntity, CommitmentUpdateEntity]),
    CovenantsModule,
    PartiesModule,
    OrganisationsModule,
  ],
  controllers: [OpenDataController],
  providers: [
    CommitmentsService,
    OpenDataService,
    CommitmentsResolver,
    CovenantCommitmentsResolver,
    PartyCommitmentsResolver,
    CommitmentUpdateResolver,
  ],
  exports: [CommitmentsService],
})
export class CommitmentsModule {}
