/** Where a keyset page of a covenant's rows continues from. */
import type { ObjectLiteral, Repository } from 'typeorm';
import { unknownCursor } from '../validation/page-size';

/**
 * The creation time of the row `after`, which must belong to one of the
 * covenants, as text so that no microsecond is rounded away; BAD_USER_INPUT
 * when it is not one of their rows.
 */
export async function createdAtOf(
  rows: Repository<ObjectLiteral>,
  after: string,
  covenantIds: readonly string[],
): Promise<string> {
  const key = await rows
    .createQueryBuilder('x')
    .select('x.created_at::text', 'createdAt')
    .where('x.id = :after AND x.covenant_id IN (:...ids)', { after, ids: [...covenantIds] })
    .getRawOne<{ createdAt: string }>();
  if (!key) throw unknownCursor();
  return key.createdAt;
}
