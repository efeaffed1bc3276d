/** This module's DataLoaders, made fresh for each GraphQL request. */
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../../core/graphql/loaders';
import type { NeighbourhoodEntity } from './neighbourhood.entity';
import { NeighbourhoodsService } from './neighbourhoods.service';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    neighbourhood: DataLoader<string, NeighbourhoodEntity | null>;
    /** Read only for the neighbourhoods whose boundary was asked for: each may be 1 MB. */
    neighbourhoodBoundary: DataLoader<string, string | null>;
  }
}

@Injectable()
export class NeighbourhoodLoaders {
  constructor(registry: LoaderRegistry, neighbourhoods: NeighbourhoodsService) {
    registry.register(() => ({
      neighbourhood: new DataLoader((ids) => neighbourhoods.findByIds(ids)),
      neighbourhoodBoundary: new DataLoader((ids) => neighbourhoods.boundariesOf(ids)),
    }));
  }
}
