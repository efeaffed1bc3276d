import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { useInvalidateCovenant } from './use-invalidate-covenant';

export const RemoveCommitmentDocument = graphql(`
  mutation RemoveCommitment($commitmentId: ID!) {
    removeCommitment(commitmentId: $commitmentId)
  }
`);

export function useRemoveCommitment(slug: string) {
  const invalidate = useInvalidateCovenant(slug);
  return useMutation({
    mutationFn: async (commitmentId: string) =>
      (await execute(RemoveCommitmentDocument, { commitmentId })).removeCommitment,
    onSuccess: invalidate,
  });
}
