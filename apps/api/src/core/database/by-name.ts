/**
 * Lists ordered by name, then id (organisations, neighbourhoods): a name
 * search, a page continuing after a known row, and the count over all pages.
 */
import type { ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { likePattern, unknownCursor } from '../validation/page-size';

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

export async function pageByName<T extends ObjectLiteral>(
  repository: Repository<T>,
  filter: NameFilter,
  page: { first: number; after?: string | null },
): Promise<T[]> {
  const query = filtered(repository, filter);
  if (page.after) {
    const key = await repository
      .createQueryBuilder('x')
      .select('x.name', 'name')
      .where('x.id = :after', { after: page.after })
      .getRawOne<{ name: string }>();
    if (!key) throw unknownCursor();
    query.andWhere('(x.name, x.id) > (:afterName, :after)', { afterName: key.name, after: page.after });
  }
  return query.orderBy('x.name', 'ASC').addOrderBy('x.id', 'ASC').limit(page.first).getMany();
}

export function countByName<T extends ObjectLiteral>(repository: Repository<T>, filter: NameFilter): Promise<number> {
  return filtered(repository, filter).getCount();
}
