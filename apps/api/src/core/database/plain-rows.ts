/**
 * Rows read in plain SQL as an entity's fields, for the lists a page reads in the hundreds, where TypeORM's mapping
 * costs more than the statement: the select list comes from the entity's metadata, so it always names every column,
 * and each value arrives as TypeORM would give it.
 */
import type { EntityMetadata, ObjectLiteral, Repository } from 'typeorm';

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

/** Every column `repository`'s entity reads (`columnsOf`), as plain fields, of its table `t`, then `rest` (its WHERE and what follows). */
export function plainSelect(repository: Repository<ObjectLiteral>, rest: string): string {
  return `SELECT ${columnsOf(repository.metadata, 't')} FROM "${repository.metadata.tablePath}" t ${rest}`;
}

/**
 * Rows that read an entity with `columnsOf(…, prefix)` and one related entity with `columnsOf(…, '<relation>.')`,
 * as entities with that relation loaded. Every row has the same fields, so which goes where is worked out once.
 */
export function withRelation<T extends object>(
  rows: Record<string, unknown>[],
  prefix: string,
  relation: keyof T,
): T[] {
  if (rows.length === 0) return [];
  const related = `${String(relation)}.`;
  const fields = (start: string) =>
    Object.keys(rows[0])
      .filter((key) => key.startsWith(start))
      .map((key) => [key, key.slice(start.length)] as const);
  const own = fields(prefix);
  const theirs = fields(related);
  return rows.map((row) => {
    const entity: Record<string, unknown> = {};
    for (const [from, to] of own) entity[to] = row[from];
    const joined: Record<string, unknown> = {};
    for (const [from, to] of theirs) joined[to] = row[from];
    entity[String(relation)] = joined;
    return entity as T;
  });
}
