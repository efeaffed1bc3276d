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
