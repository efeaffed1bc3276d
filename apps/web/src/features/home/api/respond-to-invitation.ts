import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { PENDING_INVITATIONS_KEY } from './pending-invitations';

export const RespondToInvitationDocument = graphql(`
  mutation RespondToInvitation($partyId: ID!, $accept: Boolean!) {
    respondToInvitation(partyId: $partyId, accept: $accept) {
      id
      status
    }
  }
`);

export function useRespondToInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: { partyId: string; accept: boolean }) =>
      (await execute(RespondToInvitationDocument, variables)).respondToInvitation,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: PENDING_INVITATIONS_KEY }),
        queryClient.invalidateQueries({ queryKey: ['covenant'] }),
        queryClient.invalidateQueries({ queryKey: ['organisation'] }),
        queryClient.invalidateQueries({ queryKey: ['notifications'] }),
      ]),
  });
}
