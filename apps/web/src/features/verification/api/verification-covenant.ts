import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const VerificationCovenantDocument = graphql(`
  query VerificationCovenant($slug: String!) {
    covenant(slug: $slug) {
      id
      slug
      title
      status
      viewerCan {
        readWorkingDraft
      }
      neighbourhood {
        name
        slug
      }
      versions {
        id
        number
        status
        contentHash
        frozenAt
        complete
        inForceFrom
        seal
        sealKeyId
        canonicalContent
        signatures {
          id
          signerName
          signerPosition
          signedAt
          contentHash
          countersignature
          status
          mandate
          organisationVerified
          signerDomain
          party {
            id
            role
            organisation {
              name
              slug
            }
          }
        }
      }
    }
  }
`);

/** Under the covenant's own key, so a signature made on the covenant's page refreshes this record too. */
export function useVerificationCovenant(slug: string) {
  return useQuery({
    queryKey: ['covenant', slug, 'verification', 'record'],
    queryFn: async () => (await execute(VerificationCovenantDocument, { slug })).covenant,
  });
}
