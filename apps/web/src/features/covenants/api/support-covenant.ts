import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { useInvalidateCovenant } from './use-invalidate-covenant';

export const SupportCovenantDocument = graphql(`
  mutation SupportCovenant($covenantId: ID!) {
    supportCovenant(covenantId: $covenantId) {
      id
      supportCount
    }
  }
`);

export function useSupportCovenant(slug: string) {
  const invalidate = useInvalidateCovenant(slug);
  return useMutation({
    mutationFn: async (covenantId: string) => (await execute(SupportCovenantDocument, { covenantId })).supportCovenant,
    onSuccess: invalidate,
  });
}
