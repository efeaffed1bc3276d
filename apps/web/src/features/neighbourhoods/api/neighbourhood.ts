import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const NeighbourhoodDocument = graphql(`
  query Neighbourhood($slug: String!) {
    neighbourhood(slug: $slug) {
      id
      slug
      name
      description
      areaCodes
      boundary
      createdAt
      localAuthority {
        id
        slug
        name
        verification {
          status
          domains
        }
      }
      covenants {
        id
        slug
        title
        summary
        status
        commitments {
          id
          progress
          overdue
        }
      }
    }
  }
`);

export function useNeighbourhood(slug: string) {
  return useQuery({
    queryKey: ['neighbourhood', slug],
    queryFn: async () => (await execute(NeighbourhoodDocument, { slug })).neighbourhood,
  });
}
