/** Finds the database (the configured one, or an embedded one) and brings its schema up to date. */
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config';
import { createDataSource, runMigrations } from './data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';

export interface Database {
  url: string;
  embedded: EmbeddedDatabase | null;
}

export async function openDatabase(config: AppConfig, logger: Logger): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  const embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort, logger);
  return { url: embedded.url, embedded };
}

export async function migrate(url: string, logger: Logger): Promise<void> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    const applied = await runMigrations(dataSource);
    if (applied.length) logger.info({ migrations: applied }, 'applied migrations');
  } finally {
    await dataSource.destroy();
  }
}
