import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { CreateCovenantInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';

export const CreateCovenantDocument = graphql(`
  mutation CreateCovenant($input: CreateCovenantInput!) {
    createCovenant(input: $input) {
      id
      slug
      title
    }
  }
`);

export function useCreateCovenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateCovenantInput) => (await execute(CreateCovenantDocument, { input })).createCovenant,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['neighbourhood'] }),
        queryClient.invalidateQueries({ queryKey: ['covenants'] }),
        queryClient.invalidateQueries({ queryKey: ['organisation'] }),
      ]),
  });
}
