import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { budgetQueryKey } from './rights-keys';

export const ParticipatoryBudgetDocument = graphql(`
  query ParticipatoryBudget($id: ID!) {
    participatoryBudget(id: $id) {
      id
      title
      amount
      phase
      ballots
      viewerBallot
      share
      spent
      createdAt
      covenant {
        id
        slug
        title
        status
      }
      fundedBy {
        id
        organisation {
          id
          slug
          name
        }
      }
      projects {
        id
        title
        description
        cost
        votes
        selected
        chosenBy
        paidPerSupporter
        createdAt
        proposedBy {
          id
          displayName
        }
        commitment {
          id
        }
      }
      viewerCan {
        propose
        advance
        vote
      }
    }
  }
`);

/** Under its covenant's key: a budget's results become the covenant's commitments, and both refresh together. */
export function useParticipatoryBudget(covenantSlug: string, id: string) {
  return useQuery({
    queryKey: budgetQueryKey(covenantSlug, id),
    queryFn: async () => (await execute(ParticipatoryBudgetDocument, { id })).participatoryBudget,
  });
}
