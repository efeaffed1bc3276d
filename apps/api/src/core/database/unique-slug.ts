import { RESERVED_SLUGS, slugify } from '@covenant/domain';
import type { EntityManager, ObjectLiteral, EntityTarget } from 'typeorm';
import { Like } from 'typeorm';

/** A slug made from the name, with -2, -3 … when it is taken. The unique index is still the last word under races. */
export async function uniqueSlug<T extends ObjectLiteral & { slug: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  name: string,
): Promise<string> {
  const base = slugify(name);
  const rows = await manager.getRepository(entity).find({
    select: { slug: true } as never,
    where: [{ slug: base }, { slug: Like(`${base}-%`) }] as never,
  });
  const taken = new Set(rows.map((row) => row.slug));
  if (!taken.has(base) && !RESERVED_SLUGS.includes(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
