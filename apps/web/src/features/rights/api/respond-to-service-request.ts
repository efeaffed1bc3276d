import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ServiceRequestStatus } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { useInvalidateServiceRequest } from './use-invalidate-rights';

export const RespondToServiceRequestDocument = graphql(`
  mutation RespondToServiceRequest($requestId: ID!, $status: ServiceRequestStatus!, $response: String!) {
    respondToServiceRequest(requestId: $requestId, status: $status, response: $response) {
      id
      status
    }
  }
`);

export function useRespondToServiceRequest(slug: string) {
  const invalidate = useInvalidateServiceRequest(slug);
  return useMutation({
    mutationFn: async (variables: { requestId: string; status: ServiceRequestStatus; response: string }) =>
      (await execute(RespondToServiceRequestDocument, variables)).respondToServiceRequest,
    onSuccess: invalidate,
  });
}
