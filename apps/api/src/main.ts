/**
 * Starts the platform: the database (embedded when DATABASE_URL is unset),
 * migrations, demo data on a first start, then the API, real time and the
 * web app on one port.
 */
import 'reflect-metadata';
import { relative } from 'node:path';
import { ConfigError, loadConfig, type AppConfig } from './core/config/config';
import { createDataSource } from './core/database/data-source';
import { migrate, openDatabase } from './core/database/database';
import { createLogger } from './core/logging/logger';
import { drainable } from './core/web/drain';
import { listeningUrl } from './core/web/public-url';
import { createApp } from './create-app';
import { ENTITIES } from './entities';
import { DEMO_PASSWORD, DEMO_USERS } from './modules/auth/demo-accounts';
import { hasData, loadDemoData } from './demo/demo-data';
import { loadDemoCovenantInForce } from './demo/demo-in-force';
import { loadDemoRights } from './demo/demo-rights';

/** How long a stopping server lets the requests it has begun run before it closes the app. */
const DRAIN_MS = 10_000;

/** Loads the demo into an empty database; the lock makes replicas starting together load it once. */
async function seedIfEmpty(url: string): Promise<boolean> {
  const dataSource = createDataSource(url, ENTITIES);
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

function modeLine(config: AppConfig): string {
  if (config.env === 'production') return 'production';
  if (config.exposeStackTraces) return 'development (NODE_ENV=development: error responses carry stack traces)';
  return 'development (NODE_ENV is unset; set NODE_ENV=production for a real deployment)';
}

function banner(config: AppConfig, url: string, seeded: boolean, embeddedDir: string | null): string {
  const lines = [
    '',
    `  Covenant platform is running at ${url}`,
    `  GraphQL explorer: ${url}/graphql`,
    `  Mode: ${modeLine(config)}`,
    `  Database: ${embeddedDir ? `embedded PostgreSQL in ${embeddedDir} (set DATABASE_URL to use your own)` : 'DATABASE_URL'}`,
  ];
  if (seeded) {
    lines.push('', `  Demo accounts (password for each: ${DEMO_PASSWORD})`);
    const width = Math.max(...DEMO_USERS.map((user) => user.email.length)) + 1;
    for (const user of DEMO_USERS) lines.push(`    ${user.email.padEnd(width)} ${user.displayName}, ${user.note}`);
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
    const { appRole } = await migrate(database, logger);
    if (!appRole.restricted && config.env === 'production') {
      logger.warn(
        { role: appRole.role },
        'DATABASE_URL connects as the owner of the tables (or a superuser), so only a trigger guards the audit trail: ' +
          'set MIGRATION_DATABASE_URL to the owner and DATABASE_URL to a role that owns nothing (see the README)',
      );
    }
    const seeded = config.seedDemo && (await seedIfEmpty(database.ownerUrl));
    const app = await createApp({ config, databaseUrl: database.url, logger });
    if (seeded) await loadDemoRights(app, await loadDemoCovenantInForce(app));
    await app.listen(config.port, config.host);
    const drain = drainable(app.getHttpServer());
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = config.publicUrl ?? listeningUrl(address, config.port);
    logger.info({ port, startupMs: Date.now() - startedAt, seeded, env: config.env }, 'serving');
    if (config.env !== 'test') {
      const embeddedDir = database.embedded ? relative(process.cwd(), config.dataDir) || '.' : null;
      process.stdout.write(banner(config, url, seeded, embeddedDir));
    }

    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      await drain(DRAIN_MS);
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
