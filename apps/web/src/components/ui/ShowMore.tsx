import { useLayoutEffect, useRef, useState } from 'react';
import { counted, type Noun } from '../../lib/paging';
import { Button } from './Button';

export interface ShowMoreProps {
  /** How many items the list shows now. */
  shown: number;
  /** How many there are over all pages, when the list is counted. */
  total?: number;
  noun: Noun;
  hasMore: boolean;
  loadingMore: boolean;
  /** Why the last "Show more" failed, if it did; the button stays to try again. */
  error?: unknown;
  onShowMore: () => void;
}

/** What a ShowMore needs from an infinite query. */
export interface NextPages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  fetchNextPage: () => Promise<unknown>;
}

export function nextPagesOf(query: NextPages): Pick<ShowMoreProps, 'hasMore' | 'loadingMore' | 'error' | 'onShowMore'> {
  return {
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    error: query.isFetchNextPageError ? query.error : undefined,
    onShowMore: () => void query.fetchNextPage(),
  };
}

/** What the list shows, in words: "Showing 20 of 134 comments". */
export function showingText({
  shown,
  total,
  noun,
  hasMore,
}: Pick<ShowMoreProps, 'shown' | 'total' | 'noun' | 'hasMore'>) {
  if (total !== undefined && shown < total)
    return `Showing ${shown.toLocaleString('en-GB')} of ${counted(total, noun)}`;
  if (hasMore) return `Showing the first ${counted(shown, noun)}`;
  return shown === 1 ? `Showing ${counted(1, noun)}` : `Showing all ${counted(shown, noun)}`;
}

/**
 * The foot of a long list: how many it shows of how many, said again to
 * screen readers whenever it changes, and a button for the next page. Focus
 * stays on the button while there is more; when the last page arrives and the
 * button goes, it moves to the count, so keyboard users are not lost.
 */
export function ShowMore({ shown, total, noun, hasMore, loadingMore, error, onShowMore }: ShowMoreProps) {
  const status = useRef<HTMLParagraphElement>(null);
  const asked = useRef(false);
  // The count is on view once the list has had more than one page; until then only screen readers hear it.
  const [paged, setPaged] = useState(hasMore);
  if (hasMore && !paged) setPaged(true);

  useLayoutEffect(() => {
    if (loadingMore || !asked.current) return;
    asked.current = false;
    const focus = document.activeElement;
    if (!hasMore && (!focus || focus === document.body)) status.current?.focus();
  }, [hasMore, loadingMore]);

  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return (
    <div className={paged ? 'show-more' : 'show-more show-more--quiet'}>
      <p
        ref={status}
        className={paged ? 'show-more__status' : 'visually-hidden'}
        role="status"
        aria-live="polite"
        tabIndex={-1}
      >
        {showingText({ shown, total, noun, hasMore })}
      </p>
      {error && hasMore && !loadingMore ? (
        <p className="show-more__error" role="alert">
          More {noun.other} could not be loaded. {message}
        </p>
      ) : null}
      {hasMore ? (
        <Button
          variant="secondary"
          aria-disabled={loadingMore || undefined}
          onClick={() => {
            if (loadingMore) return;
            asked.current = true;
            onShowMore();
          }}
        >
          {loadingMore ? `Loading more ${noun.other}…` : `Show more ${noun.other}`}
        </Button>
      ) : null}
    </div>
  );
}
