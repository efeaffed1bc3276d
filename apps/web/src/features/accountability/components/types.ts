import type { AccountabilityQuery } from '../../../gql/graphql';

export type AccountabilityCovenant = NonNullable<AccountabilityQuery['covenant']>;
export type AccountabilityParty = AccountabilityCovenant['parties'][number];
export type AccountabilityCommitment = AccountabilityCovenant['commitments'][number];
export type ProgressUpdate = AccountabilityCommitment['updates'][number];
