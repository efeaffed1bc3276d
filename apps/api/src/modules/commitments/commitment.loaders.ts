/** This module's DataLoaders, made fresh for each GraphQL request. */
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../../core/graphql/loaders';
import type { CommitmentEntity } from './commitment.entity';
import { CommitmentsService, type ReportWithAuthor } from './commitments.service';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    commitmentsOfCovenant: DataLoader<string, CommitmentEntity[]>;
    commitmentUpdates: DataLoader<string, ReportWithAuthor[]>;
    commitment: DataLoader<string, CommitmentEntity | null>;
    covenantIdsNamingAsset: DataLoader<string, string[]>;
  }
}

@Injectable()
export class CommitmentLoaders {
  constructor(registry: LoaderRegistry, commitments: CommitmentsService) {
    registry.register(() => ({
      commitmentsOfCovenant: new DataLoader((ids) => commitments.ofCovenants(ids)),
      commitmentUpdates: new DataLoader((ids) => commitments.updatesOf(ids)),
      commitment: new DataLoader((ids) => commitments.findByIds(ids)),
      covenantIdsNamingAsset: new DataLoader((ids) => commitments.covenantIdsNaming(ids)),
    }));
  }
}
