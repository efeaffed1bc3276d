/** Pieces the benchmark scripts share. */
import autocannon from 'autocannon';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** The built API the benches start; `npx nx run-many -t build -p api web` makes it. */
export const API_MAIN = fileURLToPath(new URL('../dist/api/apps/api/src/main.js', import.meta.url));
export const REPOSITORY_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Stops the bench with how to build when the API is not built. */
export function requireBuild() {
  if (existsSync(API_MAIN)) return;
  process.stderr.write('Build first: npx nx run-many -t build -p api web\n');
  process.exit(1);
}

/** A TCP port nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const BENCH_SEAL_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

/**
 * What a production start needs (the API refuses to start without them): the address to print and a seal
 * key. The bench's databases are thrown away, so a key made for this run is enough.
 */
export function productionEnv(url) {
  return {
    NODE_ENV: 'production',
    PUBLIC_URL: url,
    SEAL_PRIVATE_KEY: BENCH_SEAL_KEY,
  };
}

/**
 * A GraphQL operation exactly as the web app sends it, fragments included,
 * read from its generated documents (apps/web/src/gql/graphql.ts).
 */
export function webOperation(name) {
  const generated = readFileSync(new URL('../apps/web/src/gql/graphql.ts', import.meta.url), 'utf8');
  const found = generated.match(new RegExp(`export const ${name}Document = new TypedDocumentString\\(\`([^\`]*)\``));
  if (!found) throw new Error(`the web app has no operation named ${name}`);
  return found[1].trim();
}

/** PostgreSQL for the benches: DATABASE_URL, or the one on this machine. */
export const BASE_URL = process.env.DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/postgres';

/** The database named `name` on that server. */
export function databaseUrl(name) {
  const url = new URL(BASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A GraphQL call that throws on any error, for setting a bench up. */
export async function gql(url, query, variables, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The reference handler (bench/raw-accountability.mjs) in its own process, as the product has. */
export async function startRawAccountability(dbUrl) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('./raw-accountability.mjs', import.meta.url)), dbUrl, String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', () => reject(new Error('the reference handler did not start')));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

/**
 * One GraphQL request sent over and over by `connections` clients for
 * `seconds`, after `warmUpSeconds` of the same unmeasured (so the server has
 * compiled its hot paths, as a running server has); p50/p99 latency in ms,
 * requests per second, and how many answers failed or carried errors.
 */
export async function measureGraphql(url, { query, variables, headers = {}, seconds, connections, warmUpSeconds = 2 }) {
  const run = (duration) => {
    let failed = 0;
    return new Promise((resolve, reject) =>
      autocannon(
        {
          url: `${url}/graphql`,
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query, variables }),
          connections,
          duration,
          setupClient: (client) =>
            client.on('body', (buffer) => {
              if (buffer.includes('"errors"')) failed++;
            }),
        },
        (error, r) => (error ? reject(error) : resolve({ ...r, failed: failed + r.non2xx })),
      ),
    );
  };
  if (warmUpSeconds > 0) await run(warmUpSeconds);
  const result = await run(seconds);
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    total: result.requests.total,
    failed: result.failed,
  };
}

export async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The built API (dist/) on a free port against `dbUrl`, started as `npm start` and the image start it
 * (the same V8 flag), without the demo or the reminders; BENCH_PROFILE=1 writes a CPU profile to /tmp/prof
 * when it stops.
 */
export async function startApi(dbUrl, env = {}) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      '--max-semi-space-size=64',
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []),
      API_MAIN,
    ],
    {
      cwd: REPOSITORY_ROOT,
      env: {
        ...process.env,
        ...productionEnv(`http://127.0.0.1:${port}`),
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'false',
        REMINDERS_EVERY_MINUTES: '0',
        DATABASE_URL: dbUrl,
        PORT: String(port),
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    const status = await fetch(`${url}/readyz`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return { url, child };
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error('the server did not become ready');
}
