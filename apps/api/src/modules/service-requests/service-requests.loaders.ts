/** This module's DataLoaders, made fresh for each GraphQL request. */
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../../core/graphql/loaders';
import type { ServiceRequestEntity } from './service-request.entity';
import { ServiceRequestsService } from './service-requests.service';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    serviceRequestsOfNeighbourhood: DataLoader<string, ServiceRequestEntity[]>;
  }
}

@Injectable()
export class ServiceRequestLoaders {
  constructor(registry: LoaderRegistry, requests: ServiceRequestsService) {
    registry.register(() => ({
      serviceRequestsOfNeighbourhood: new DataLoader((ids) => requests.ofNeighbourhoods(ids)),
    }));
  }
}
