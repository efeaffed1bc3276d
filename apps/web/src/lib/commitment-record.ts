/** A commitment as the covenant's page and the accountability page both show it, with every progress report. */
import { graphql } from '../gql';
import type { CommitmentRecordFragment } from '../gql/graphql';

export const CommitmentRecordFragmentDoc = graphql(`
  fragment CommitmentRecord on Commitment {
    id
    title
    description
    measure
    right
    dueOn
    progress
    percentComplete
    overdue
    party {
      id
    }
    asset {
      id
      slug
      name
    }
    budget {
      id
      title
    }
    updates {
      id
      progress
      percentComplete
      note
      evidenceUrl
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

export type CommitmentRecord = CommitmentRecordFragment;
