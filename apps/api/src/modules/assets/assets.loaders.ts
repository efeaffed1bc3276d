/** This module's DataLoaders, made fresh for each GraphQL request. */
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../../core/graphql/loaders';
import type { AssetDisposalEntity } from './asset-disposal.entity';
import type { AssetEntity } from './asset.entity';
import { AssetsService } from './assets.service';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    asset: DataLoader<string, AssetEntity | null>;
    /** Each asset's latest notice of disposal. */
    assetDisposal: DataLoader<string, AssetDisposalEntity | null>;
    assetsOfNeighbourhood: DataLoader<string, AssetEntity[]>;
  }
}

@Injectable()
export class AssetLoaders {
  constructor(registry: LoaderRegistry, assets: AssetsService) {
    registry.register(() => ({
      asset: new DataLoader((ids) => assets.findByIds(ids)),
      assetDisposal: new DataLoader((ids) => assets.latestDisposals(ids)),
      assetsOfNeighbourhood: new DataLoader((ids) => assets.ofNeighbourhoods(ids)),
    }));
  }
}
