/** Pieces the benchmark scripts share. */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

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
