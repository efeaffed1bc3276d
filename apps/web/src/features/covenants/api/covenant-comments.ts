import { useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { cursorAfter, PAGE_SIZE } from '../../../lib/paging';
import { covenantQueryKey } from './covenant';

export const CovenantCommentsDocument = graphql(`
  query CovenantComments($slug: String!, $includeResolved: Boolean!, $first: Int!, $after: ID) {
    covenant(slug: $slug) {
      id
      commentCount(includeResolved: $includeResolved)
      comments(includeResolved: $includeResolved, first: $first, after: $after) {
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

/**
 * The comments a page at a time, oldest first, with how many there are in all.
 * A reply is always newer than the comment it answers, so each page added
 * below the last keeps every thread whole.
 */
export function useCovenantComments(slug: string, includeResolved: boolean) {
  return useInfiniteQuery({
    queryKey: [...covenantQueryKey(slug), 'comments', includeResolved],
    queryFn: async ({ pageParam }) => {
      const { covenant } = await execute(CovenantCommentsDocument, {
        slug,
        includeResolved,
        first: PAGE_SIZE,
        after: pageParam,
      });
      return { comments: covenant?.comments ?? [], total: covenant?.commentCount ?? 0 };
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page, pages) =>
      cursorAfter(page.comments, (comment) => comment.id, {
        loaded: pages.reduce((sum, each) => sum + each.comments.length, 0),
        total: page.total,
      }),
    select: (data) => ({
      comments: data.pages.flatMap((page) => page.comments),
      total: data.pages[data.pages.length - 1]?.total ?? 0,
    }),
  });
}

/** The open comments on passages of the text, shown beside it. */
export function useTextComments(slug: string) {
  const open = useCovenantComments(slug, false);
  return (open.data?.comments ?? []).filter((comment) => comment.anchor && !comment.parentId);
}
