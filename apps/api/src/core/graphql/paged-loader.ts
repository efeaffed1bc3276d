/**
 * A DataLoader for a paged list field (`first`, `after`) under each of many
 * parents: the parents asked with the same page arguments are loaded together
 * in one call, so a list of neighbourhoods with their covenants stays one
 * query however long it is.
 */
import DataLoader from 'dataloader';

export interface PageArgs {
  first: number;
  after: string | null;
}

export interface PagedKey<A extends PageArgs = PageArgs> {
  parentId: string;
  args: A;
}

export function pagedLoader<V, A extends PageArgs = PageArgs>(
  load: (parentIds: readonly string[], args: A) => Promise<V[][]>,
): DataLoader<PagedKey<A>, V[], string> {
  return new DataLoader<PagedKey<A>, V[], string>(
    async (keys) => {
      const groups = new Map<string, { args: A; ids: string[] }>();
      for (const { parentId, args } of keys) {
        const group = groups.get(JSON.stringify(args)) ?? { args, ids: [] };
        group.ids.push(parentId);
        groups.set(JSON.stringify(args), group);
      }
      const answers = new Map<string, V[]>();
      await Promise.all(
        [...groups.entries()].map(async ([argsKey, { args, ids }]) => {
          const pages = await load(ids, args);
          ids.forEach((id, i) => answers.set(`${id}|${argsKey}`, pages[i]));
        }),
      );
      return keys.map((key) => answers.get(cacheKey(key))!);
    },
    { cacheKeyFn: cacheKey },
  );
}

function cacheKey({ parentId, args }: PagedKey<PageArgs>): string {
  return `${parentId}|${JSON.stringify(args)}`;
}
