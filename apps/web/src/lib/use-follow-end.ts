import { useEffect, useRef } from 'react';

interface PagedQuery {
  isPending: boolean;
  isFetching: boolean;
  hasNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * For a list read oldest first: once the reader has every page, what is added
 * later (a comment made elsewhere, or their own) joins its end. A refresh
 * fetches only as many pages as were loaded, so when it finds more, the page
 * that now follows is fetched too. `listKey` names the list: a different one
 * (another filter) starts afresh.
 */
export function useFollowEnd(query: PagedQuery, listKey: string): void {
  const seen = useRef<{ listKey: string; complete: boolean } | null>(null);
  const { isPending, isFetching, hasNextPage, fetchNextPage } = query;
  useEffect(() => {
    if (isPending || isFetching) return;
    const wasComplete = seen.current?.listKey === listKey && seen.current.complete;
    seen.current = { listKey, complete: !hasNextPage };
    if (wasComplete && hasNextPage) void fetchNextPage();
  }, [listKey, isPending, isFetching, hasNextPage, fetchNextPage]);
}
