import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { useInvalidateCovenant } from './use-invalidate-covenant';

export const SupportAmendmentDocument = graphql(`
  mutation SupportAmendment($amendmentId: ID!) {
    supportAmendment(amendmentId: $amendmentId) {
      id
      supportCount
      viewerSupports
    }
  }
`);

export function useSupportAmendment(slug: string) {
  const invalidate = useInvalidateCovenant(slug);
  return useMutation({
    mutationFn: async (amendmentId: string) =>
      (await execute(SupportAmendmentDocument, { amendmentId })).supportAmendment,
    onSuccess: invalidate,
  });
}
