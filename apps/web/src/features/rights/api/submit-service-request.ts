import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ServiceRequestInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';

export const SubmitServiceRequestDocument = graphql(`
  mutation SubmitServiceRequest($input: ServiceRequestInput!) {
    submitServiceRequest(input: $input) {
      id
      slug
    }
  }
`);

export function useSubmitServiceRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ServiceRequestInput) =>
      (await execute(SubmitServiceRequestDocument, { input })).submitServiceRequest,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['neighbourhood'] }),
  });
}
