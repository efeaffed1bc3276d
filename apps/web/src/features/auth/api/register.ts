import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RegisterInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';

export const RegisterDocument = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      user {
        id
        displayName
      }
    }
  }
`);

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegisterInput) => execute(RegisterDocument, { input }),
    // Everything the server answered so far was for an anonymous viewer.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
