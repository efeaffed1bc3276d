import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const NeighbourhoodsDocument = graphql(`
  query Neighbourhoods($search: String, $first: Int) {
    neighbourhoods(search: $search, first: $first) {
      id
      slug
      name
      description
      areaCodes
      localAuthority {
        id
        name
      }
    }
  }
`);

export function useNeighbourhoods(search: string) {
  const term = search.trim();
  return useQuery({
    queryKey: ['neighbourhoods', term],
    queryFn: async () => (await execute(NeighbourhoodsDocument, { search: term || null, first: 50 })).neighbourhoods,
    placeholderData: keepPreviousData,
  });
}
