import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

/** Councils and other public bodies by name: the two kinds a community may ask to change a service. */
export const PublicBodySearchDocument = graphql(`
  query PublicBodySearch($search: String!) {
    publicBodies: organisations(search: $search, kind: PUBLIC_BODY, first: 10) {
      id
      name
      verification {
        status
      }
    }
    councils: organisations(search: $search, kind: LOCAL_AUTHORITY, first: 10) {
      id
      name
      verification {
        status
      }
    }
  }
`);

export function usePublicBodySearch(search: string) {
  const term = search.trim();
  return useQuery({
    queryKey: ['organisations', 'public-bodies', term],
    queryFn: async () => {
      const { publicBodies, councils } = await execute(PublicBodySearchDocument, { search: term });
      return [...councils, ...publicBodies].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    },
    enabled: term.length > 0,
    placeholderData: keepPreviousData,
  });
}
