import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const OrganisationDocument = graphql(`
  query Organisation($slug: String!) {
    organisation(slug: $slug) {
      id
      slug
      name
      kind
      description
      website
      createdAt
      viewerRole
      verification {
        status
        domains
        verifiedAt
        note
        requestedDomain
        requestedAt
      }
      parties {
        id
        role
        status
        covenant {
          id
          slug
          title
          status
          neighbourhood {
            id
            name
          }
        }
      }
      members {
        id
        role
        position
        user {
          id
          displayName
          email
        }
      }
    }
  }
`);

export const organisationQueryKey = (slug: string) => ['organisation', slug] as const;

export function useOrganisation(slug: string) {
  return useQuery({
    queryKey: organisationQueryKey(slug),
    queryFn: async () => (await execute(OrganisationDocument, { slug })).organisation,
  });
}
