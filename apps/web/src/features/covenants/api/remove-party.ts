import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { useInvalidateCovenant } from './use-invalidate-covenant';

export const RemovePartyDocument = graphql(`
  mutation RemoveParty($partyId: ID!) {
    removeParty(partyId: $partyId) {
      id
      status
    }
  }
`);

export function useRemoveParty(slug: string) {
  const invalidate = useInvalidateCovenant(slug);
  return useMutation({
    mutationFn: async (partyId: string) => (await execute(RemovePartyDocument, { partyId })).removeParty,
    onSuccess: invalidate,
  });
}
