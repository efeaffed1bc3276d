import { allItems, counted, cursorAfter } from './paging';

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c${i + 1}`, seq: i + 1 }));

describe('cursorAfter', () => {
  it('starts the next page after the last item of a full page', () => {
    expect(cursorAfter(items(20), (item) => item.id)).toBe('c20');
    expect(cursorAfter(items(5), (item) => item.seq, { first: 5 })).toBe(5);
  });

  it('ends the list when a page comes back shorter than asked, or empty', () => {
    expect(cursorAfter(items(19), (item) => item.id)).toBeUndefined();
    expect(cursorAfter([], (item: { id: string }) => item.id)).toBeUndefined();
  });

  it('ends a counted list once every item is loaded, even on a full page', () => {
    expect(cursorAfter(items(20), (item) => item.id, { loaded: 40, total: 40 })).toBeUndefined();
    expect(cursorAfter(items(20), (item) => item.id, { loaded: 40, total: 41 })).toBe('c20');
  });
});

describe('allItems', () => {
  it('joins the pages in order', () => {
    expect(allItems([items(2), [{ id: 'c3', seq: 3 }]]).map((item) => item.id)).toEqual(['c1', 'c2', 'c3']);
    expect(allItems(undefined)).toEqual([]);
  });
});

describe('counted', () => {
  it('says one or many', () => {
    expect(counted(1, { one: 'comment', other: 'comments' })).toBe('1 comment');
    expect(counted(1340, { one: 'comment', other: 'comments' })).toBe('1,340 comments');
  });
});
