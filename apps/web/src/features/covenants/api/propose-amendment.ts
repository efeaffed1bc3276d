import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { AmendmentInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { useInvalidateCovenant } from './use-invalidate-covenant';

export const ProposeAmendmentDocument = graphql(`
  mutation ProposeAmendment($input: AmendmentInput!) {
    proposeAmendment(input: $input) {
      id
      number
    }
  }
`);

export function useProposeAmendment(slug: string) {
  const invalidate = useInvalidateCovenant(slug);
  return useMutation({
    mutationFn: async (input: AmendmentInput) => (await execute(ProposeAmendmentDocument, { input })).proposeAmendment,
    onSuccess: invalidate,
  });
}
