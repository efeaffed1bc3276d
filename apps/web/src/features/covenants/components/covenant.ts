import type { CovenantCommentsQuery, CovenantQuery } from '../../../gql/graphql';
import type { CommitmentRecord } from '../../../lib/commitment-record';

export type Covenant = NonNullable<CovenantQuery['covenant']>;
export type Party = Covenant['parties'][number];
export type CovenantComment = NonNullable<CovenantCommentsQuery['covenant']>['comments'][number];
export type CovenantCommitment = CommitmentRecord;
