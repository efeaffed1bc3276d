import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { UpdateCommitmentInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { useInvalidateCovenant } from './use-invalidate-covenant';

export const UpdateCommitmentDocument = graphql(`
  mutation UpdateCommitment($input: UpdateCommitmentInput!) {
    updateCommitment(input: $input) {
      id
      title
    }
  }
`);

export function useUpdateCommitment(slug: string) {
  const invalidate = useInvalidateCovenant(slug);
  return useMutation({
    mutationFn: async (input: UpdateCommitmentInput) =>
      (await execute(UpdateCommitmentDocument, { input })).updateCommitment,
    onSuccess: invalidate,
  });
}
