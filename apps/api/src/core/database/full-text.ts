/**
 * A search box's words as a PostgreSQL `to_tsquery` text: every word must
 * match, the last one as a prefix, so that results narrow while a person
 * types. Only letters and digits pass, so no query syntax can be injected;
 * null when nothing searchable is left.
 */
export function prefixQuery(search: string | null | undefined): string | null {
  const words = search?.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words?.length) return null;
  return words.map((word, i) => (i === words.length - 1 ? `${word}:*` : word)).join(' & ');
}
