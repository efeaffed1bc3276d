import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { useInvalidateBudget } from './use-invalidate-rights';

export const AdvanceBudgetDocument = graphql(`
  mutation AdvanceBudget($budgetId: ID!) {
    advanceBudget(budgetId: $budgetId) {
      id
      phase
    }
  }
`);

export function useAdvanceBudget(covenantSlug: string) {
  const invalidate = useInvalidateBudget(covenantSlug);
  return useMutation({
    mutationFn: async (budgetId: string) => (await execute(AdvanceBudgetDocument, { budgetId })).advanceBudget,
    onSuccess: invalidate,
  });
}
