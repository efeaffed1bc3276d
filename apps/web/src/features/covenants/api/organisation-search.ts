import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const OrganisationSearchDocument = graphql(`
  query OrganisationSearch($search: String) {
    organisations(search: $search, first: 20) {
      id
      slug
      name
      kind
    }
  }
`);

export function useOrganisationSearch(search: string) {
  const term = search.trim();
  return useQuery({
    queryKey: ['organisations', 'search', term],
    queryFn: async () => (await execute(OrganisationSearchDocument, { search: term })).organisations,
    enabled: term.length > 0,
    placeholderData: keepPreviousData,
  });
}
