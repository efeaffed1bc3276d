/** This module's DataLoaders, made fresh for each GraphQL request. */
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../../core/graphql/loaders';
import type { SignatureEntity } from './signature.entity';
import type { VersionEntity } from './version.entity';
import { VersionsService } from './versions.service';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    version: DataLoader<string, VersionEntity | null>;
    versionsOfCovenant: DataLoader<string, VersionEntity[]>;
    signaturesOfVersion: DataLoader<string, SignatureEntity[]>;
  }
}

@Injectable()
export class VersionLoaders {
  constructor(registry: LoaderRegistry, versions: VersionsService) {
    registry.register(() => ({
      version: new DataLoader((ids) => versions.findByIds(ids)),
      versionsOfCovenant: new DataLoader((ids) => versions.ofCovenants(ids)),
      signaturesOfVersion: new DataLoader((ids) => versions.signaturesOf(ids)),
    }));
  }
}
