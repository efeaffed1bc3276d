/** Sorting a table by one of its columns: names alphabetically, figures largest first on the first press. */
export type SortDirection = 'ascending' | 'descending';

export interface SortState<K extends string> {
  key: K;
  direction: SortDirection;
}

/** The state after pressing a column's button: the same column flips, another starts in its natural order. */
export function nextSort<K extends string>(current: SortState<K>, key: K, textKeys: readonly K[]): SortState<K> {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: textKeys.includes(key) ? 'ascending' : 'descending' };
}

export function sortRows<R, K extends string>(
  rows: readonly R[],
  { key, direction }: SortState<K>,
  value: (row: R, key: K) => string | number,
): R[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a, key);
    const y = value(b, key);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en-GB');
    return sign * order;
  });
}
