/** This module's DataLoaders, made fresh for each GraphQL request. */
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry, type GraphQLContext } from '../../core/graphql/loaders';
import { pagedLoader, type PagedKey } from '../../core/graphql/paged-loader';
import type { CovenantEntity } from './covenant.entity';
import { CovenantsService, type Support } from './covenants.service';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    covenant: DataLoader<string, CovenantEntity | null>;
    /** A page of those the viewer may read. */
    covenantsOfNeighbourhood: DataLoader<PagedKey, CovenantEntity[], string>;
    /** How many the viewer may read. */
    covenantCountOfNeighbourhood: DataLoader<string, number>;
    /** How many support each covenant, and whether the viewer does. */
    support: DataLoader<string, Support>;
  }
}

/**
 * Covenants a request has read, kept in its covenant loader: the fields below them look each up again by id
 * (commitments, consultation, parties' covenants), and this request has them already.
 */
export function known<T extends CovenantEntity>(ctx: GraphQLContext, covenants: T[]): T[] {
  for (const covenant of covenants) ctx.loaders.covenant.prime(covenant.id, covenant);
  return covenants;
}

@Injectable()
export class CovenantLoaders {
  constructor(registry: LoaderRegistry, covenants: CovenantsService) {
    registry.register((viewerId) => ({
      covenant: new DataLoader((ids) => covenants.findByIds(ids)),
      covenantsOfNeighbourhood: pagedLoader((ids, page) => covenants.pagesOfNeighbourhoods(viewerId, ids, page)),
      covenantCountOfNeighbourhood: new DataLoader((ids) => covenants.countsOfNeighbourhoods(viewerId, ids)),
      support: new DataLoader((ids) => covenants.supportOf(viewerId, ids)),
    }));
  }
}
