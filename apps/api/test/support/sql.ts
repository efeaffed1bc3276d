/** Direct SQL on a test app's database, for fixtures and for checking what a call left behind. */
import { Pool } from 'pg';

/** Anything with the database it runs on: a test app, or a client of an API process given its database. */
export interface WithDatabase {
  db: { url: string };
  close?: () => Promise<void>;
}

const pools = new Map<string, Pool>();

afterAll(async () => {
  await Promise.all([...pools.values()].map((pool) => pool.end()));
  pools.clear();
});

export async function sql<T = Record<string, unknown>>(
  api: WithDatabase,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  let pool = pools.get(api.db.url);
  if (!pool) {
    const opened = new Pool({ connectionString: api.db.url, max: 2 });
    pool = opened;
    // A fault test stops its database now and then: an idle connection it drops is not the test's failure.
    opened.on('error', () => undefined);
    pools.set(api.db.url, opened);
    // A test app drops its database when it closes: the pool lets go of it first.
    const close = api.close;
    if (close) {
      api.close = async () => {
        pools.delete(api.db.url);
        await opened.end();
        await close.call(api);
      };
    }
  }
  return (await pool.query(text, values)).rows as T[];
}
