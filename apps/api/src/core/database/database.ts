/**
 * Finds the database (the configured one, or an embedded one), brings its
 * schema up to date as the tables' owner and gives the app's role its grants.
 */
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config';
import { ensureLoginRole, grantAppRole, type AppRoleSetup } from './app-role';
import { createDataSource, runMigrations } from './data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';

export interface Database {
  /** The app's connection. */
  url: string;
  /** The tables' owner: migrations, grants, the demo data. */
  ownerUrl: string;
  embedded: EmbeddedDatabase | null;
}

/** The role the embedded database's app connects as. */
const EMBEDDED_APP_ROLE = 'covenant_app';

export async function openDatabase(config: AppConfig, logger: Logger): Promise<Database> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, ownerUrl: config.migrationDatabaseUrl ?? config.databaseUrl, embedded: null };
  }
  const embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort, logger);
  try {
    return { url: await ensureLoginRole(embedded.url, EMBEDDED_APP_ROLE), ownerUrl: embedded.url, embedded };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

/** Applies pending migrations as the owner, then grants the app's role what it may do on every table. */
export async function migrate(
  database: Database,
  logger: Logger,
): Promise<{ applied: string[]; appRole: AppRoleSetup }> {
  const dataSource = createDataSource(database.ownerUrl);
  await dataSource.initialize();
  let applied: string[];
  try {
    applied = await runMigrations(dataSource);
    if (applied.length) logger.info({ migrations: applied }, 'applied migrations');
  } finally {
    await dataSource.destroy();
  }
  return { applied, appRole: await grantAppRole(database.ownerUrl, database.url) };
}
