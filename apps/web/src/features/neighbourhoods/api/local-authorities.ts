import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const LocalAuthoritiesDocument = graphql(`
  query LocalAuthorities {
    organisations(kind: LOCAL_AUTHORITY, first: 100) {
      id
      slug
      name
    }
  }
`);

export function useLocalAuthorities() {
  return useQuery({
    queryKey: ['organisations', 'LOCAL_AUTHORITY'],
    queryFn: async () => (await execute(LocalAuthoritiesDocument)).organisations,
  });
}
