import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { VERIFICATION_REQUESTS_KEY } from './verification-requests';

export const ReviewOrganisationVerificationDocument = graphql(`
  mutation ReviewOrganisationVerification($organisationId: ID!, $approve: Boolean!, $note: String!) {
    reviewOrganisationVerification(organisationId: $organisationId, approve: $approve, note: $note) {
      id
      name
      verification {
        status
        domains
      }
    }
  }
`);

export function useReviewOrganisationVerification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: { organisationId: string; approve: boolean; note: string }) =>
      (await execute(ReviewOrganisationVerificationDocument, variables)).reviewOrganisationVerification,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: VERIFICATION_REQUESTS_KEY }),
        queryClient.invalidateQueries({ queryKey: ['organisation'] }),
      ]),
  });
}
