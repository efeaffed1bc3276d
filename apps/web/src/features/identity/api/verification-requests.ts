import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const VerificationRequestsDocument = graphql(`
  query VerificationRequests {
    verificationRequests(first: 100) {
      id
      slug
      name
      kind
      website
      verification {
        status
        requestedDomain
        evidence
        requestedAt
      }
    }
  }
`);

export const VERIFICATION_REQUESTS_KEY = ['verification-requests'] as const;

export function useVerificationRequests(enabled: boolean) {
  return useQuery({
    queryKey: VERIFICATION_REQUESTS_KEY,
    queryFn: async () => (await execute(VerificationRequestsDocument)).verificationRequests,
    enabled,
  });
}
