import { useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { cursorAfter, PAGE_SIZE } from '../../../lib/paging';

export const NeighbourhoodDocument = graphql(`
  query Neighbourhood($slug: String!, $first: Int!, $after: ID) {
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
      covenantCount
      covenants(first: $first, after: $after) {
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

/**
 * The neighbourhood with its covenants a page at a time, newest change first:
 * the first page brings the neighbourhood, each page its next covenants and
 * how many the viewer may read in all.
 */
export function useNeighbourhood(slug: string) {
  return useInfiniteQuery({
    queryKey: ['neighbourhood', slug],
    queryFn: async ({ pageParam }) =>
      (await execute(NeighbourhoodDocument, { slug, first: PAGE_SIZE, after: pageParam })).neighbourhood,
    initialPageParam: null as string | null,
    getNextPageParam: (page) => (page ? cursorAfter(page.covenants, (covenant) => covenant.id) : undefined),
    select: (data) => {
      const first = data.pages[0];
      if (!first) return null;
      const last = data.pages[data.pages.length - 1];
      return {
        ...first,
        covenants: data.pages.flatMap((page) => page?.covenants ?? []),
        covenantCount: last?.covenantCount ?? first.covenantCount,
      };
    },
  });
}
