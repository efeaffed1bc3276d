import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CovenantsModule } from '../covenants/covenants.module';
import { CommitmentEntity } from './commitment.entity';
import { CommitmentsResolver, CovenantCommitmentsResolver, PartyCommitmentsResolver } from './commitments.resolver';
import { CommitmentsService } from './commitments.service';

@Module({
  imports: [TypeOrmModule.forFeature([CommitmentEntity]), CovenantsModule],
  providers: [CommitmentsService, CommitmentsResolver, CovenantCommitmentsResolver, PartyCommitmentsResolver],
  exports: [CommitmentsService],
})
export class CommitmentsModule {}
