import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { LoginMutationVariables } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';

export const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      user {
        id
        displayName
      }
    }
  }
`);

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: LoginMutationVariables) => execute(LoginDocument, variables),
    // Everything the server answered so far was for an anonymous viewer.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
