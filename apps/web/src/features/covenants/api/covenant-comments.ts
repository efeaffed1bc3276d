import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { covenantQueryKey } from './covenant';

export const CovenantCommentsDocument = graphql(`
  query CovenantComments($slug: String!, $includeResolved: Boolean!) {
    covenant(slug: $slug) {
      id
      comments(includeResolved: $includeResolved) {
        id
        body
        quote
        anchor
        resolved
        viewerCan {
          resolve
        }
        parentId
        createdAt
        author {
          id
          displayName
        }
      }
    }
  }
`);

export function useCovenantComments(slug: string, includeResolved: boolean) {
  return useQuery({
    queryKey: [...covenantQueryKey(slug), 'comments', includeResolved],
    queryFn: async () => (await execute(CovenantCommentsDocument, { slug, includeResolved })).covenant?.comments ?? [],
  });
}
