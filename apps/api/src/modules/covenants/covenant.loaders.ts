/** This module's DataLoaders, made fresh for each GraphQL request. */
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../../core/graphql/loaders';
import { pagedLoader, type PagedKey } from '../../core/graphql/paged-loader';
import type { CovenantEntity } from './covenant.entity';
import { CovenantsService } from './covenants.service';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    covenant: DataLoader<string, CovenantEntity | null>;
    /** A page of those the viewer may read. */
    covenantsOfNeighbourhood: DataLoader<PagedKey, CovenantEntity[], string>;
    /** How many the viewer may read. */
    covenantCountOfNeighbourhood: DataLoader<string, number>;
    supportCount: DataLoader<string, number>;
    /** Whether the viewer has added their support, by covenant. */
    viewerSupports: DataLoader<string, boolean>;
  }
}

@Injectable()
export class CovenantLoaders {
  constructor(registry: LoaderRegistry, covenants: CovenantsService) {
    registry.register((viewerId) => ({
      covenant: new DataLoader((ids) => covenants.findByIds(ids)),
      covenantsOfNeighbourhood: pagedLoader((ids, page) => covenants.pagesOfNeighbourhoods(viewerId, ids, page)),
      covenantCountOfNeighbourhood: new DataLoader((ids) => covenants.countsOfNeighbourhoods(viewerId, ids)),
      supportCount: new DataLoader((ids) => covenants.supportCounts(ids)),
      viewerSupports: new DataLoader(async (ids) =>
        viewerId ? covenants.supportedBy(viewerId, ids) : ids.map(() => false),
      ),
    }));
  }
}
