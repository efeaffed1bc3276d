import type { ObjectLiteral, Repository } from 'typeorm';
import { plainSelect } from './plain-rows';

/**
 * For DataLoader: one query for many ids, answered in the order asked (null where there is none). Plain rows
 * (`columnsOf`): an organisation's page asks for its covenants, and theirs, by the hundred.
 */
export async function findByIdsInOrder<T extends ObjectLiteral & { id: string }>(
  repository: Repository<T>,
  ids: readonly string[],
): Promise<(T | null)[]> {
  const rows: T[] = await repository.query(plainSelect(repository, 'WHERE t.id = ANY($1::uuid[])'), [[...ids]]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** The row whose `property` equals `value`, as plain fields (`columnsOf`), or null: a page's first read, by slug. */
export async function findOneWhere<T extends ObjectLiteral>(
  repository: Repository<T>,
  property: keyof T & string,
  value: unknown,
): Promise<T | null> {
  const column = repository.metadata.findColumnWithPropertyName(property);
  if (!column) throw new Error(`${repository.metadata.name} has no column ${property}`);
  const [row]: T[] = await repository.query(plainSelect(repository, `WHERE t."${column.databaseName}" = $1 LIMIT 1`), [
    value,
  ]);
  return row ?? null;
}

/** For DataLoader: rows grouped by a key, one group per key asked (empty where there is none). */
export function groupInOrder<T>(rows: T[], key: (row: T) => string, keys: readonly string[]): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}
