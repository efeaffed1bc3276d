import { useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { cursorAfter, PAGE_SIZE } from '../../../lib/paging';
import { consultationQueryKey } from './consultation-keys';

export const SectionResponsesDocument = graphql(`
  query SectionResponses($slug: String!, $sectionId: ID!, $first: Int!, $after: ID) {
    covenant(slug: $slug) {
      id
      sectionResponses(sectionId: $sectionId, first: $first, after: $after) {
        id
        position
        comment
        createdAt
        author {
          id
          displayName
        }
      }
    }
  }
`);

/** One section's responses a page at a time, newest first; `total` is the section's own count. */
export function useSectionResponses(slug: string, sectionId: string, total: number) {
  return useInfiniteQuery({
    queryKey: consultationQueryKey(slug, 'responses', sectionId),
    queryFn: async ({ pageParam }) => {
      const { covenant } = await execute(SectionResponsesDocument, {
        slug,
        sectionId,
        first: PAGE_SIZE,
        after: pageParam,
      });
      return covenant?.sectionResponses ?? [];
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page, pages) =>
      cursorAfter(page, (response) => response.id, {
        loaded: pages.reduce((sum, each) => sum + each.length, 0),
        total,
      }),
    select: (data) => data.pages.flat(),
  });
}
