import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { VIEWER_QUERY_KEY } from '../../../lib/query-client';

export const VerifyEmailDocument = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      id
      email
      emailVerified
    }
  }
`);

export function useVerifyEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (token: string) => (await execute(VerifyEmailDocument, { token })).verifyEmail,
    // The banner goes and signing opens up: the viewer is read again.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: VIEWER_QUERY_KEY }),
  });
}
