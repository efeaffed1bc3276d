import type { VerificationCovenantQuery, VerifyCovenantQuery } from '../../../gql/graphql';

export type VerificationCovenant = NonNullable<VerificationCovenantQuery['covenant']>;
export type FrozenVersion = VerificationCovenant['versions'][number];
export type VersionSignature = FrozenVersion['signatures'][number];
export type Verification = VerifyCovenantQuery['verifyCovenant'];
