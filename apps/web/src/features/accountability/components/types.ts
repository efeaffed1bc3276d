import type { AccountabilityQuery } from '../../../gql/graphql';
import type { CommitmentRecord } from '../../../lib/commitment-record';

export type AccountabilityCovenant = NonNullable<AccountabilityQuery['covenant']>;
export type AccountabilityParty = AccountabilityCovenant['parties'][number];
export type AccountabilityCommitment = CommitmentRecord;
export type ProgressUpdate = AccountabilityCommitment['updates'][number];
