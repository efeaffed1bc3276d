/** This module's DataLoaders, made fresh for each GraphQL request. */
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../../core/graphql/loaders';
import type { CovenantEntity } from './covenant.entity';
import { CovenantsService } from './covenants.service';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    covenant: DataLoader<string, CovenantEntity | null>;
    /** Those the viewer may read. */
    covenantsOfNeighbourhood: DataLoader<string, CovenantEntity[]>;
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
      covenantsOfNeighbourhood: new DataLoader(async (ids) => {
        const rows = await covenants.list({ viewerId, neighbourhoodIds: ids });
        return ids.map((id) => rows.filter((row) => row.neighbourhoodId === id));
      }),
      supportCount: new DataLoader((ids) => covenants.supportCounts(ids)),
      viewerSupports: new DataLoader(async (ids) =>
        viewerId ? covenants.supportedBy(viewerId, ids) : ids.map(() => false),
      ),
    }));
  }
}
