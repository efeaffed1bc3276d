/**
 * Long lists arrive a page at a time (keyset paging): each page starts after
 * the last item of the one before, named by its id (or, for the audit trail,
 * its seq), so nothing is skipped or shown twice while others add to the list.
 */

/** How many items a list asks for at a time. */
export const PAGE_SIZE = 20;

/**
 * Where the page after `page` starts: its last item's cursor, or undefined
 * when there is nothing more — the page came back shorter than asked, or
 * every item counted (`total`) is already loaded (`loaded`).
 */
export function cursorAfter<T, C>(
  page: readonly T[],
  cursorOf: (item: T) => C,
  { first = PAGE_SIZE, loaded, total }: { first?: number; loaded?: number; total?: number } = {},
): C | undefined {
  if (page.length === 0 || page.length < first) return undefined;
  if (total !== undefined && loaded !== undefined && loaded >= total) return undefined;
  return cursorOf(page[page.length - 1]);
}

/** Every page's items, in order. */
export function allItems<T>(pages: readonly (readonly T[])[] | undefined): T[] {
  return (pages ?? []).flat();
}

/** "1 comment", "134 comments". */
export function counted(count: number, noun: Noun): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? noun.one : noun.other}`;
}

export interface Noun {
  one: string;
  other: string;
}
