/** This module's DataLoaders, made fresh for each GraphQL request. */
import { Injectable } from '@nestjs/common';
import type { RecordAtReview } from '@covenant/domain';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../../core/graphql/loaders';
import { AuditService } from './audit.service';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    /** What people outside a revision are shown while it is drafted: see `shownRecord`. */
    recordAtReview: DataLoader<string, RecordAtReview>;
  }
}

@Injectable()
export class AuditLoaders {
  constructor(registry: LoaderRegistry, audit: AuditService) {
    registry.register(() => ({
      recordAtReview: new DataLoader((ids) => audit.recordsAtReview(ids)),
    }));
  }
}
