/** This module's DataLoaders, made fresh for each GraphQL request. */
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../../core/graphql/loaders';
import type { DeliveryDisputeEntity } from './delivery-dispute.entity';
import { DisputesService } from './disputes.service';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    disputesOfCommitment: DataLoader<string, DeliveryDisputeEntity[]>;
  }
}

@Injectable()
export class DisputeLoaders {
  constructor(registry: LoaderRegistry, disputes: DisputesService) {
    registry.register(() => ({
      disputesOfCommitment: new DataLoader((ids) => disputes.ofCommitments(ids)),
    }));
  }
}
