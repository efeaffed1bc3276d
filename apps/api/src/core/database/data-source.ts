/** One data-source definition shared by the app, the CLI and the tests. Schema changes only through migrations/. */
import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@covenant/migrations';
import type { QueryLogger } from './query-logger';
import { PreparingClient } from './prepared-statements';

type Entities = NonNullable<DataSourceOptions['entities']>;

/** `entities` are the app's (src/entities.ts); migrations alone need none. */
export function dataSourceOptions(url: string, entities: Entities = [], queryLogger?: QueryLogger): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    applicationName: 'covenant-api',
    ...(queryLogger ? { logger: queryLogger, logging: ['query', 'error', 'warn'], maxQueryExecutionTime: 1000 } : {}),
    uuidExtension: 'pgcrypto',
    // No JIT compilation of queries: the read rule's membership arm makes PostgreSQL overestimate a
    // signed-in count or list, and compiling it (100 ms and more) would cost far more than running it.
    // No parallel workers either: a page's statements read a few rows by index, and with parallel plans
    // allowed PostgreSQL would sometimes scan a whole table in two workers instead (an organisation's
    // commitments went from a few ms to 250 ms on the national data), while the national totals, the
    // only statements that read whole tables, took as long either way.
    // Prepared statements keep their generic plan: PostgreSQL would otherwise plan a statement afresh
    // whenever the value bound is rarer than average (a small organisation's parties: 2 ms of planning for
    // 0.1 ms of work, on every request). The app's statements find rows by key or by a condition it writes
    // out in full (the read rule), which a generic plan serves as well as a fresh one, once random reads
    // are costed as what they are for a database held in memory or on solid-state storage (1.1, not 4):
    // costed as on a spinning disk, the generic plan of a covenant's parties read all 3,000 organisations
    // of the national data set rather than the few it needs.
    extra: {
      max: 10,
      options:
        '-c jit=off -c max_parallel_workers_per_gather=0 -c plan_cache_mode=force_generic_plan -c random_page_cost=1.1',
      Client: PreparingClient,
    },
  };
}

export function createDataSource(url: string, entities: Entities = []): DataSource {
  return new DataSource(dataSourceOptions(url, entities));
}

const MIGRATION_LOCK = 'covenant:migrations';

/** Runs pending migrations; an advisory lock lets several API processes start at once safely. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
