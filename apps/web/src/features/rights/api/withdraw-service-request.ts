import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { useInvalidateServiceRequest } from './use-invalidate-rights';

export const WithdrawServiceRequestDocument = graphql(`
  mutation WithdrawServiceRequest($requestId: ID!) {
    withdrawServiceRequest(requestId: $requestId) {
      id
      status
    }
  }
`);

export function useWithdrawServiceRequest(slug: string) {
  const invalidate = useInvalidateServiceRequest(slug);
  return useMutation({
    mutationFn: async (requestId: string) =>
      (await execute(WithdrawServiceRequestDocument, { requestId })).withdrawServiceRequest,
    onSuccess: invalidate,
  });
}
