import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { NominateAssetInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';

export const NominateAssetDocument = graphql(`
  mutation NominateAsset($input: NominateAssetInput!) {
    nominateAsset(input: $input) {
      id
      slug
      name
    }
  }
`);

export function useNominateAsset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: NominateAssetInput) => (await execute(NominateAssetDocument, { input })).nominateAsset,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['neighbourhood'] }),
  });
}
