import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { useInvalidateBudget } from './use-invalidate-rights';

export const CastBallotDocument = graphql(`
  mutation CastBallot($budgetId: ID!, $projectIds: [ID!]!) {
    castBallot(budgetId: $budgetId, projectIds: $projectIds) {
      id
      ballots
      viewerBallot
    }
  }
`);

export function useCastBallot(covenantSlug: string) {
  const invalidate = useInvalidateBudget(covenantSlug);
  return useMutation({
    mutationFn: async (variables: { budgetId: string; projectIds: string[] }) =>
      (await execute(CastBallotDocument, variables)).castBallot,
    onSuccess: invalidate,
  });
}
