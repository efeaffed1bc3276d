import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { CreateNeighbourhoodInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';

export const CreateNeighbourhoodDocument = graphql(`
  mutation CreateNeighbourhood($input: CreateNeighbourhoodInput!) {
    createNeighbourhood(input: $input) {
      id
      slug
      name
    }
  }
`);

export function useCreateNeighbourhood() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateNeighbourhoodInput) =>
      (await execute(CreateNeighbourhoodDocument, { input })).createNeighbourhood,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['neighbourhoods'] }),
  });
}
