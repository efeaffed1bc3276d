import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { useInvalidateCovenant } from './use-invalidate-covenant';

export const WithdrawAmendmentDocument = graphql(`
  mutation WithdrawAmendment($amendmentId: ID!) {
    withdrawAmendment(amendmentId: $amendmentId) {
      id
      status
    }
  }
`);

export function useWithdrawAmendment(slug: string) {
  const invalidate = useInvalidateCovenant(slug);
  return useMutation({
    mutationFn: async (amendmentId: string) =>
      (await execute(WithdrawAmendmentDocument, { amendmentId })).withdrawAmendment,
    onSuccess: invalidate,
  });
}
