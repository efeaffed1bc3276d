/**
 * Lists ordered by name, then id (organisations, neighbourhoods): a name
 * search, a page continuing after a known row, and the count over all pages.
 */
import type { ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { likePattern, unknownCursor } from '../validation/page-size';
import { plainSelect } from './plain-rows';

export interface NameFilter {
  /** Part of the name, any case. */
  search?: string | null;
  /** Further equalities on columns, e.g. `{ kind: 'LOCAL_AUTHORITY' }`. */
  where?: ObjectLiteral;
}

function filtered<T extends ObjectLiteral>(repository: Repository<T>, filter: NameFilter): SelectQueryBuilder<T> {
  const query = repository.createQueryBuilder('x').where(filter.where ?? {});
  if (filter.search) query.andWhere('x.name ILIKE :pattern', { pattern: likePattern(filter.search) });
  return query;
}

/**
 * A page of the list as plain rows (`columnsOf`): a home page asks for fifty at a time, and TypeORM's building
 * and mapping of them cost more than the statement.
 */
export async function pageByName<T extends ObjectLiteral>(
  repository: Repository<T>,
  filter: NameFilter,
  page: { first: number; after?: string | null },
): Promise<T[]> {
  const table = `"${repository.metadata.tablePath}"`;
  const values: unknown[] = [];
  const value = (v: unknown) => `$${values.push(v)}`;
  const conditions = Object.entries(filter.where ?? {}).map(([property, equals]) => {
    const column = repository.metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${repository.metadata.name} has no column ${property}`);
    return `t."${column.databaseName}" = ${value(equals)}`;
  });
  if (filter.search) conditions.push(`t.name ILIKE ${value(likePattern(filter.search))}`);
  if (page.after) {
    const [key]: { name: string }[] = await repository.query(`SELECT name FROM ${table} WHERE id = $1`, [page.after]);
    if (!key) throw unknownCursor();
    conditions.push(`(t.name, t.id) > (${value(key.name)}, ${value(page.after)}::uuid)`);
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  return repository.query(plainSelect(repository, `${where} ORDER BY t.name, t.id LIMIT ${value(page.first)}`), values);
}

export function countByName<T extends ObjectLiteral>(repository: Repository<T>, filter: NameFilter): Promise<number> {
  return filtered(repository, filter).getCount();
}
