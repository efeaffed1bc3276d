import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { useInvalidateAsset } from './use-invalidate-rights';

export const RequestToBidDocument = graphql(`
  mutation RequestToBid($assetId: ID!, $organisationId: ID!) {
    requestToBid(assetId: $assetId, organisationId: $organisationId) {
      id
      disposal {
        fullMoratoriumEndsOn
        bidder {
          id
          name
        }
      }
    }
  }
`);

export function useRequestToBid(slug: string) {
  const invalidate = useInvalidateAsset(slug);
  return useMutation({
    mutationFn: async (variables: { assetId: string; organisationId: string }) =>
      (await execute(RequestToBidDocument, variables)).requestToBid,
    onSuccess: invalidate,
  });
}
