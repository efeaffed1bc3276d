import { renderToStaticMarkup } from 'react-dom/server';
import { ShowMore, showingText } from './ShowMore';

const comments = { one: 'comment', other: 'comments' };

describe('showingText', () => {
  it('says how many are shown of how many', () => {
    expect(showingText({ shown: 20, total: 134, noun: comments, hasMore: true })).toBe('Showing 20 of 134 comments');
    expect(showingText({ shown: 134, total: 134, noun: comments, hasMore: false })).toBe('Showing all 134 comments');
    expect(showingText({ shown: 1, total: 1, noun: comments, hasMore: false })).toBe('Showing 1 comment');
  });

  it('says what it can of a list that is not counted', () => {
    expect(showingText({ shown: 20, noun: comments, hasMore: true })).toBe('Showing the first 20 comments');
    expect(showingText({ shown: 37, noun: comments, hasMore: false })).toBe('Showing all 37 comments');
  });
});

describe('ShowMore', () => {
  it('offers a real button for the next page and announces the count', () => {
    const html = renderToStaticMarkup(
      <ShowMore shown={20} total={134} noun={comments} hasMore loadingMore={false} onShowMore={() => undefined} />,
    );
    expect(html).toContain('role="status" aria-live="polite" tabindex="-1">Showing 20 of 134 comments</p>');
    expect(html).toContain('<button type="button" class="button button--secondary">Show more comments</button>');
  });

  it('keeps the button focusable while the next page loads', () => {
    const html = renderToStaticMarkup(
      <ShowMore shown={20} total={134} noun={comments} hasMore loadingMore onShowMore={() => undefined} />,
    );
    expect(html).toContain('aria-disabled="true">Loading more comments…</button>');
    expect(html).not.toContain('disabled=""');
  });

  it('only tells screen readers the count of a list that fits on one page', () => {
    const html = renderToStaticMarkup(
      <ShowMore shown={3} total={3} noun={comments} hasMore={false} loadingMore={false} onShowMore={() => undefined} />,
    );
    expect(html).toContain('class="visually-hidden" role="status"');
    expect(html).not.toContain('<button');
  });
});
