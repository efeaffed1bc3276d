import type {
  AssetQuery,
  NeighbourhoodRightsQuery,
  ParticipatoryBudgetQuery,
  ServiceRequestQuery,
} from '../../../gql/graphql';

export type RightsNeighbourhood = NonNullable<NeighbourhoodRightsQuery['neighbourhood']>;
export type AssetSummary = RightsNeighbourhood['assets'][number];
export type ServiceRequestSummary = RightsNeighbourhood['serviceRequests'][number];
export type Asset = NonNullable<AssetQuery['asset']>;
export type AssetDisposal = NonNullable<Asset['disposal']>;
export type ServiceRequest = NonNullable<ServiceRequestQuery['serviceRequest']>;
export type Budget = NonNullable<ParticipatoryBudgetQuery['participatoryBudget']>;
export type BudgetProject = Budget['projects'][number];
