/**
 * Starts the platform: the database (embedded when DATABASE_URL is unset),
 * migrations, demo data on a first start, then the API, real time and the
 * web app on one port.
 */
import 'reflect-metadata';
import { relative } from 'node:path';
import { ConfigError, loadConfig } from './core/config/config';
import { createDataSource } from './core/database/data-source';
import { migrate, openDatabase } from './core/database/database';
import { createLogger } from './core/logging/logger';
import { createApp } from './create-app';
import { DEMO_PASSWORD, DEMO_USERS, hasData, loadDemoData } from './demo/demo-data';
import { loadDemoCovenantInForce } from './demo/demo-in-force';

/** Loads the demo into an empty database; the lock makes replicas starting together load it once. */
async function seedIfEmpty(url: string): Promise<boolean> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', ['covenant:demo-data']);
    if (await hasData(dataSource)) return false;
    await loadDemoData(dataSource);
    return true;
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', ['covenant:demo-data']).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}

function banner(url: string, seeded: boolean, embeddedDir: string | null): string {
  const lines = [
    '',
    `  Covenant platform is running at ${url}`,
    `  GraphQL explorer: ${url}/graphql`,
    `  Database: ${embeddedDir ? `embedded PostgreSQL in ${embeddedDir} (set DATABASE_URL to use your own)` : 'DATABASE_URL'}`,
  ];
  if (seeded) {
    lines.push('', `  Demo accounts (password for each: ${DEMO_PASSWORD})`);
    for (const user of DEMO_USERS) lines.push(`    ${user.email.padEnd(36)} ${user.displayName}, ${user.note}`);
  }
  return lines.join('\n') + '\n';
}

async function main() {
  const startedAt = Date.now();
  const config = loadConfig();
  const logger = createLogger(config);
  const database = await openDatabase(config, logger);
  let stopping = false;
  const stopDatabase = async () => {
    await database.embedded
      ?.stop()
      .catch((error: unknown) => logger.error({ err: error }, 'embedded PostgreSQL did not stop'));
  };
  try {
    await migrate(database.url, logger);
    const seeded = config.seedDemo && (await seedIfEmpty(database.url));
    const app = await createApp({ config, databaseUrl: database.url, logger });
    if (seeded) await loadDemoCovenantInForce(app);
    await app.listen(config.port, config.host);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = config.publicUrl ?? `http://localhost:${port}`;
    logger.info({ port, startupMs: Date.now() - startedAt, seeded }, 'serving');
    if (config.env !== 'test') {
      const embeddedDir = database.embedded ? relative(process.cwd(), config.dataDir) || '.' : null;
      process.stdout.write(banner(url, seeded, embeddedDir));
    }

    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      await app.close().catch((error: unknown) => logger.error({ err: error }, 'error while closing'));
      await stopDatabase();
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (error) {
    logger.fatal({ err: error }, 'could not start');
    await stopDatabase();
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
