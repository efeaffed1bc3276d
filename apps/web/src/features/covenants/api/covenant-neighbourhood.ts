import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const CovenantNeighbourhoodDocument = graphql(`
  query CovenantNeighbourhood($slug: String!) {
    neighbourhood(slug: $slug) {
      id
      slug
      name
      localAuthority {
        id
        name
      }
    }
  }
`);

/** The neighbourhood a new covenant is for, named in the address. */
export function useCovenantNeighbourhood(slug: string) {
  return useQuery({
    queryKey: ['neighbourhood', slug, 'for-covenant'],
    queryFn: async () => (await execute(CovenantNeighbourhoodDocument, { slug })).neighbourhood,
    enabled: slug.length > 0,
  });
}
