import { badInput } from '../errors/app-error';

export const MAX_PAGE_SIZE = 100;

/** `first` arguments: 1 to 100. */
export function pageSize(first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`, { first: `Between 1 and ${MAX_PAGE_SIZE}.` });
  }
  return size;
}

/** Escapes LIKE wildcards so a search for "100%" finds that text. */
export function likePattern(search: string): string {
  return `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `after` named no item of the list, or one the viewer may not read. */
export function unknownCursor() {
  return badInput('after must be the id of an item of this list, as an earlier page gave it.', {
    after: 'Not an item of this list.',
  });
}

export const MAX_SEARCH_LENGTH = 200;

/** A search box's text, trimmed; null when blank; BAD_USER_INPUT when over 200 characters. */
export function searchText(search: string | null | undefined): string | null {
  const text = search?.trim() ?? '';
  if (text.length > MAX_SEARCH_LENGTH) {
    throw badInput(`search must be at most ${MAX_SEARCH_LENGTH} characters.`, { search: 'Too long.' });
  }
  return text === '' ? null : text;
}
