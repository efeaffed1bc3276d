import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { useInvalidateCovenant } from './use-invalidate-covenant';

export const CreateBudgetDocument = graphql(`
  mutation CreateBudget($covenantId: ID!, $partyId: ID!, $title: String!, $amount: Int!) {
    createBudget(covenantId: $covenantId, partyId: $partyId, title: $title, amount: $amount) {
      id
      title
    }
  }
`);

export function useCreateBudget(slug: string) {
  const invalidate = useInvalidateCovenant(slug);
  return useMutation({
    mutationFn: async (variables: { covenantId: string; partyId: string; title: string; amount: number }) =>
      (await execute(CreateBudgetDocument, variables)).createBudget,
    onSuccess: invalidate,
  });
}
