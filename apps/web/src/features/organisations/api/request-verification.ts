import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const RequestOrganisationVerificationDocument = graphql(`
  mutation RequestOrganisationVerification($organisationId: ID!, $domain: String!, $evidence: String) {
    requestOrganisationVerification(organisationId: $organisationId, domain: $domain, evidence: $evidence) {
      id
      verification {
        status
        requestedDomain
        requestedAt
      }
    }
  }
`);

export function useRequestOrganisationVerification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: { organisationId: string; domain: string; evidence: string | null }) =>
      (await execute(RequestOrganisationVerificationDocument, variables)).requestOrganisationVerification,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisation'] }),
  });
}
