import type { CovenantCommentsQuery, CovenantCommitmentsQuery, CovenantQuery } from '../../../gql/graphql';

export type Covenant = NonNullable<CovenantQuery['covenant']>;
export type Party = Covenant['parties'][number];
export type CovenantComment = NonNullable<CovenantCommentsQuery['covenant']>['comments'][number];
export type CovenantCommitment = NonNullable<CovenantCommitmentsQuery['covenant']>['commitments'][number];
