/**
 * Lists ordered by name, then id (organisations, neighbourhoods): a name
 * search, a page continuing after a known row, and the count over all pages.
 * Plain SQL (`plainSelect`): a home page asks for fifty at a time, and
 * TypeORM's building and mapping of them cost more than the statement.
 */
import type { ObjectLiteral, Repository } from 'typeorm';
import { likePattern, unknownCursor } from '../validation/page-size';
import { plainSelect } from './plain-rows';

export interface NameFilter {
  /** Part of the name, any case. */
  search?: string | null;
  /** Further equalities on columns, e.g. `{ kind: 'LOCAL_AUTHORITY' }`. */
  where?: ObjectLiteral;
}

/** The statement's parameters, each added where the SQL names it. */
class Parameters {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    return `$${this.values.push(value)}`;
  }
}

/** What `filter` asks of the rows of the table `t`. */
function conditionsOf(repository: Repository<ObjectLiteral>, filter: NameFilter, parameters: Parameters): string[] {
  const conditions = Object.entries(filter.where ?? {}).map(([property, equals]) => {
    const column = repository.metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${repository.metadata.name} has no column ${property}`);
    return `t."${column.databaseName}" = ${parameters.add(equals)}`;
  });
  if (filter.search) conditions.push(`t.name ILIKE ${parameters.add(likePattern(filter.search))}`);
  return conditions;
}

const where = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');

export async function pageByName<T extends ObjectLiteral>(
  repository: Repository<T>,
  filter: NameFilter,
  page: { first: number; after?: string | null },
): Promise<T[]> {
  const parameters = new Parameters();
  const conditions = conditionsOf(repository, filter, parameters);
  if (page.after) {
    const [key]: { name: string }[] = await repository.query(
      `SELECT name FROM "${repository.metadata.tablePath}" WHERE id = $1`,
      [page.after],
    );
    if (!key) throw unknownCursor();
    conditions.push(`(t.name, t.id) > (${parameters.add(key.name)}, ${parameters.add(page.after)}::uuid)`);
  }
  return repository.query(
    plainSelect(repository, `${where(conditions)} ORDER BY t.name, t.id LIMIT ${parameters.add(page.first)}`),
    parameters.values,
  );
}

export async function countByName<T extends ObjectLiteral>(
  repository: Repository<T>,
  filter: NameFilter,
): Promise<number> {
  const parameters = new Parameters();
  const conditions = conditionsOf(repository, filter, parameters);
  const [{ count }]: { count: number }[] = await repository.query(
    `SELECT count(*)::int AS count FROM "${repository.metadata.tablePath}" t ${where(conditions)}`,
    parameters.values,
  );
  return count;
}
