import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { CreateOrganisationInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { VIEWER_QUERY_KEY } from '../../../lib/query-client';

export const CreateOrganisationDocument = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      slug
      name
    }
  }
`);

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateOrganisationInput) =>
      (await execute(CreateOrganisationDocument, { input })).createOrganisation,
    onSuccess: async () => {
      // The creator became its ADMIN, and a new council shows up in the local authority picker.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: VIEWER_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: ['organisations'] }),
      ]);
    },
  });
}
