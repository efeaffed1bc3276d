import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const CovenantDocument = graphql(`
  query Covenant($slug: String!) {
    covenant(slug: $slug) {
      id
      slug
      title
      summary
      status
      visibility
      draftHtml
      supportCount
      viewerSupports
      startsOn
      reviewDueOn
      endsOn
      createdAt
      updatedAt
      neighbourhood {
        id
        slug
        name
      }
      parties {
        id
        role
        status
        invitedAt
        respondedAt
        viewerCan {
          remove
          leave
          respond
        }
        organisation {
          id
          slug
          name
          kind
          verification {
            status
            domains
          }
          members {
            id
            role
            user {
              id
              displayName
            }
          }
        }
      }
      currentVersion {
        id
        number
        status
        contentHash
        frozenAt
        inForceFrom
        complete
        signatures {
          id
          status
          signerName
          signerPosition
          mandate
          signedAt
          countersignature
          organisationVerified
          signerDomain
          party {
            id
          }
        }
      }
      versions {
        id
        number
        status
        html
      }
      viewerCan {
        readWorkingDraft
        edit
        comment
        invite
        support
        proposeAmendment
        decideAmendments
        respond
        transition
        blocked {
          target
          reason
        }
        sign
        countersign
        signParties
      }
    }
  }
`);

/** Every query about one covenant starts with this key, so one invalidation refreshes them all. */
export const covenantQueryKey = (slug: string) => ['covenant', slug] as const;

export function useCovenant(slug: string) {
  return useQuery({
    queryKey: covenantQueryKey(slug),
    queryFn: async () => (await execute(CovenantDocument, { slug })).covenant,
  });
}
