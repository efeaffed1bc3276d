import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { cursorAfter, PAGE_SIZE } from '../../../lib/paging';

export const CovenantSearchDocument = graphql(`
  query CovenantSearch($search: String, $first: Int, $after: ID) {
    covenantCount(search: $search)
    covenants(search: $search, first: $first, after: $after) {
      id
      slug
      title
      status
      updatedAt
      neighbourhood {
        id
        slug
        name
      }
    }
  }
`);

/**
 * The covenants the viewer may read whose title or summary matches `search`
 * (every covenant without one), newest change first, a page at a time, with
 * how many match in all.
 */
export function useCovenantSearch(search: string) {
  const term = search.trim();
  return useInfiniteQuery({
    queryKey: ['covenants', 'search', term],
    queryFn: async ({ pageParam }) => {
      const data = await execute(CovenantSearchDocument, { search: term || null, first: PAGE_SIZE, after: pageParam });
      return { covenants: data.covenants, total: data.covenantCount };
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page, pages) =>
      cursorAfter(page.covenants, (covenant) => covenant.id, {
        loaded: pages.reduce((sum, each) => sum + each.covenants.length, 0),
        total: page.total,
      }),
    select: (data) => ({
      covenants: data.pages.flatMap((page) => page.covenants),
      total: data.pages[data.pages.length - 1]?.total ?? 0,
    }),
    placeholderData: keepPreviousData,
  });
}
