import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { DecideAmendmentMutationVariables } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { useInvalidateCovenant } from './use-invalidate-covenant';

export const DecideAmendmentDocument = graphql(`
  mutation DecideAmendment($amendmentId: ID!, $accept: Boolean!, $note: String!) {
    decideAmendment(amendmentId: $amendmentId, accept: $accept, note: $note) {
      id
      status
    }
  }
`);

/** Accepting changes the live text on the server; open editors and readers receive it through the document. */
export function useDecideAmendment(slug: string) {
  const invalidate = useInvalidateCovenant(slug);
  return useMutation({
    mutationFn: async (variables: DecideAmendmentMutationVariables) =>
      (await execute(DecideAmendmentDocument, variables)).decideAmendment,
    onSuccess: invalidate,
  });
}
