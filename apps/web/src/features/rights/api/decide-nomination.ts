import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { useInvalidateAsset } from './use-invalidate-rights';

export const DecideNominationDocument = graphql(`
  mutation DecideNomination($assetId: ID!, $listed: Boolean!, $reason: String!, $decidedOn: Date) {
    decideNomination(assetId: $assetId, listed: $listed, reason: $reason, decidedOn: $decidedOn) {
      id
      status
    }
  }
`);

export function useDecideNomination(slug: string) {
  const invalidate = useInvalidateAsset(slug);
  return useMutation({
    mutationFn: async (variables: { assetId: string; listed: boolean; reason: string; decidedOn: string | null }) =>
      (await execute(DecideNominationDocument, variables)).decideNomination,
    onSuccess: invalidate,
  });
}
