/** Names in a sentence: "A", "A and B", "A, B and C". */
export function inWords(list: readonly string[]): string {
  return list.length < 2 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/**
 * The one answer for something that does not exist or may not be seen: the
 * two are never told apart, so a hidden covenant does not reveal itself.
 */
export function notVisible(what: string): string {
  return `That ${what} does not exist, or you cannot see it.`;
}
