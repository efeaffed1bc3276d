import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

/** Any organisation by name: the commissioner may ask a council, a public body or a community group to respond. */
export const RespondentSearchDocument = graphql(`
  query RespondentSearch($search: String!) {
    organisations(search: $search, first: 10) {
      id
      name
    }
  }
`);

export function useRespondentSearch(search: string) {
  const term = search.trim();
  return useQuery({
    queryKey: ['organisations', 'respondents', term],
    queryFn: async () => (await execute(RespondentSearchDocument, { search: term })).organisations,
    enabled: term.length > 0,
    placeholderData: keepPreviousData,
  });
}
