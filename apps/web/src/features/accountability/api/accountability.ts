import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const AccountabilityDocument = graphql(`
  query Accountability($slug: String!) {
    covenant(slug: $slug) {
      id
      slug
      title
      status
      visibility
      parties {
        id
        role
        status
        organisation {
          id
          slug
          name
        }
      }
      commitments {
        ...CommitmentRecord
      }
    }
  }
`);

/** Under the covenant's own key, so a change made on the covenant's page refreshes this one too. */
export function useAccountability(slug: string) {
  return useQuery({
    queryKey: ['covenant', slug, 'accountability'],
    queryFn: async () => (await execute(AccountabilityDocument, { slug })).covenant,
  });
}
