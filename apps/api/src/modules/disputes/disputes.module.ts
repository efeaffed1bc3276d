import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommitmentEntity } from '../commitments/commitment.entity';
import { CovenantsModule } from '../covenants/covenants.module';
import { DeliveryDisputeEntity } from './delivery-dispute.entity';
import { DisputeLoaders } from './disputes.loaders';
import { CommitmentDisputesResolver, DisputesResolver } from './disputes.resolver';
import { DisputesService } from './disputes.service';

/** Disputed delivery: challenges to DELIVERED reports and the parties' answers. */
@Module({
  imports: [TypeOrmModule.forFeature([DeliveryDisputeEntity, CommitmentEntity]), CovenantsModule],
  providers: [DisputesService, DisputeLoaders, DisputesResolver, CommitmentDisputesResolver],
  exports: [DisputesService],
})
export class DisputesModule {}
