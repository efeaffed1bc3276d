import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { VIEWER_QUERY_KEY } from '../../../lib/query-client';

export const ChangeEmailDocument = graphql(`
  mutation ChangeEmail($input: ChangeEmailInput!) {
    changeEmail(input: $input) {
      id
      email
      emailVerified
    }
  }
`);

export function useChangeEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { email: string; password: string }) =>
      (await execute(ChangeEmailDocument, { input })).changeEmail,
    // The new address is unconfirmed: the banner comes back and signing waits for the link.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: VIEWER_QUERY_KEY }),
  });
}
