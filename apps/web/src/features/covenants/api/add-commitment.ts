import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { CommitmentInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { useInvalidateCovenant } from './use-invalidate-covenant';

export const AddCommitmentDocument = graphql(`
  mutation AddCommitment($input: CommitmentInput!) {
    addCommitment(input: $input) {
      id
      title
    }
  }
`);

export function useAddCommitment(slug: string) {
  const invalidate = useInvalidateCovenant(slug);
  return useMutation({
    mutationFn: async (input: CommitmentInput) => (await execute(AddCommitmentDocument, { input })).addCommitment,
    onSuccess: invalidate,
  });
}
