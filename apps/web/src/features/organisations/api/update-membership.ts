import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { UpdateMembershipInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { VIEWER_QUERY_KEY } from '../../../lib/query-client';
import { organisationQueryKey } from './organisation';

export const UpdateMembershipDocument = graphql(`
  mutation UpdateMembership($input: UpdateMembershipInput!) {
    updateMembership(input: $input) {
      id
      role
      position
    }
  }
`);

export function useUpdateMembership(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: UpdateMembershipInput) =>
      (await execute(UpdateMembershipDocument, { input })).updateMembership,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: organisationQueryKey(slug) }),
        // Admins may change their own role.
        queryClient.invalidateQueries({ queryKey: VIEWER_QUERY_KEY }),
      ]),
  });
}
