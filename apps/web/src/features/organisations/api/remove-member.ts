import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { VIEWER_QUERY_KEY } from '../../../lib/query-client';
import { organisationQueryKey } from './organisation';

export const RemoveMemberDocument = graphql(`
  mutation RemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId)
  }
`);

export function useRemoveMember(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (membershipId: string) => execute(RemoveMemberDocument, { membershipId }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: organisationQueryKey(slug) }),
        queryClient.invalidateQueries({ queryKey: VIEWER_QUERY_KEY }),
      ]),
  });
}
