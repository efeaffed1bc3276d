import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { useInvalidateBudget } from './use-invalidate-rights';

export const ProposeProjectDocument = graphql(`
  mutation ProposeProject($budgetId: ID!, $title: String!, $description: String, $cost: Int!) {
    proposeProject(budgetId: $budgetId, title: $title, description: $description, cost: $cost) {
      id
      title
    }
  }
`);

export function useProposeProject(covenantSlug: string) {
  const invalidate = useInvalidateBudget(covenantSlug);
  return useMutation({
    mutationFn: async (variables: { budgetId: string; title: string; description: string | null; cost: number }) =>
      (await execute(ProposeProjectDocument, variables)).proposeProject,
    onSuccess: invalidate,
  });
}
