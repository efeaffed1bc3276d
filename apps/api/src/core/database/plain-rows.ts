/**
 * Rows read in plain SQL as an entity's fields, for the lists a page reads in the hundreds, where TypeORM's mapping
 * costs more than the statement: the select list comes from the entity's metadata, so it always names every column,
 * and each value arrives as TypeORM would give it.
 */
import type { EntityMetadata } from 'typeorm';

/**
 * The select list of every column of `metadata` on `alias` that TypeORM reads (not those marked `select: false`,
 * such as a neighbourhood's boundary), each as its property name after `prefix`.
 */
export function columnsOf(metadata: EntityMetadata, alias: string, prefix = ''): string {
  return metadata.columns
    .filter((column) => column.isSelect)
    .map((column) => {
      // pg reads a date as a Date at local midnight; TypeORM gives the calendar day as written.
      const value =
        column.type === 'date' ? `${alias}.${column.databaseName}::text` : `${alias}.${column.databaseName}`;
      return `${value} AS "${prefix}${column.propertyName}"`;
    })
    .join(', ');
}

/** The fields of `row` whose names start with `prefix`, without it: a joined entity read with `columnsOf`. */
export function prefixed<T>(row: Record<string, unknown>, prefix: string): T {
  const fields: Record<string, unknown> = {};
  for (const key in row) if (key.startsWith(prefix)) fields[key.slice(prefix.length)] = row[key];
  return fields as T;
}

/**
 * Rows that read an entity with `columnsOf(…, prefix)` and one related entity with `columnsOf(…, '<relation>.')`,
 * as entities with that relation loaded.
 */
export function withRelation<T extends object>(
  rows: Record<string, unknown>[],
  prefix: string,
  relation: keyof T,
): T[] {
  return rows.map((row) => ({ ...prefixed<T>(row, prefix), [relation]: prefixed(row, `${String(relation)}.`) }));
}
