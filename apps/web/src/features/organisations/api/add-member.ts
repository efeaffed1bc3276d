import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { AddMemberInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { organisationQueryKey } from './organisation';

export const AddMemberDocument = graphql(`
  mutation AddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      id
      role
      position
      user {
        id
        displayName
      }
    }
  }
`);

export function useAddMember(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: AddMemberInput) => (await execute(AddMemberDocument, { input })).addMember,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationQueryKey(slug) }),
  });
}
