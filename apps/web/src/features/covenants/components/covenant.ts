import type {
  CovenantAmendmentsQuery,
  CovenantCommentsQuery,
  CovenantQuery,
  CovenantSectionsQuery,
  SectionResponsesQuery,
} from '../../../gql/graphql';
import type { CommitmentRecord } from '../../../lib/commitment-record';

export type Covenant = NonNullable<CovenantQuery['covenant']>;
export type Party = Covenant['parties'][number];
export type CovenantComment = NonNullable<CovenantCommentsQuery['covenant']>['comments'][number];
export type CovenantCommitment = CommitmentRecord;
export type Amendment = NonNullable<CovenantAmendmentsQuery['covenant']>['amendments'][number];
export type CovenantSection = NonNullable<CovenantSectionsQuery['covenant']>['sections'][number];
export type SectionResponse = NonNullable<SectionResponsesQuery['covenant']>['sectionResponses'][number];
