import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { PartyRole } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { useInvalidateCovenant } from './use-invalidate-covenant';

export const InvitePartyDocument = graphql(`
  mutation InviteParty($covenantId: ID!, $organisationId: ID!, $role: PartyRole!) {
    inviteParty(covenantId: $covenantId, organisationId: $organisationId, role: $role) {
      id
      role
      status
      organisation {
        id
        name
      }
    }
  }
`);

export function useInviteParty(slug: string) {
  const invalidate = useInvalidateCovenant(slug);
  return useMutation({
    mutationFn: async (variables: { covenantId: string; organisationId: string; role: PartyRole }) =>
      (await execute(InvitePartyDocument, variables)).inviteParty,
    onSuccess: invalidate,
  });
}
