#!/usr/bin/env node
/**
 * Figures for the built server: start-up time (new and existing embedded
 * database) and throughput/latency of the public neighbourhood query.
 *
 *   npx nx run-many -t build -p api web   # once
 *   node bench/neighbourhood.mjs          # or: npm run bench:neighbourhood
 *
 * Environment:
 *   BENCH_SECONDS      load duration (default 10)
 *   BENCH_CONNECTIONS  concurrent connections (default 10)
 *   DATABASE_URL       use this PostgreSQL instead of a new embedded one
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { freePort, productionEnv } from './support.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAIN = join(ROOT, 'dist/api/apps/api/src/main.js');
const SECONDS = positiveInt('BENCH_SECONDS', 10);
const CONNECTIONS = positiveInt('BENCH_CONNECTIONS', 10);
const READY_POLL_MS = 50;
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;
const EXTERNAL_DB = process.env.DATABASE_URL?.trim() || null;

const QUERY =
  'query Neighbourhood($slug: String!) { neighbourhood(slug: $slug) { id slug name description areaCodes boundary localAuthority { id slug name kind } } }';

function positiveInt(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`${name} must be a whole number above 0, got "${raw}".\n`);
    process.exit(1);
  }
  return value;
}

class BenchError extends Error {}

/** Reports a problem and unwinds to the clean-up in the last lines. */
function fail(message) {
  process.stderr.write(`\n${message}\n`);
  process.exitCode = 1;
  throw new BenchError(message);
}

/** The server under test, with the tail of its output kept for error reports. */
class Server {
  constructor({ port, dataDir, pgPort }) {
    this.port = port;
    this.base = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      ...(process.env.NODE_ENV && process.env.NODE_ENV !== 'production' ? {} : productionEnv(this.base)),
      PORT: String(port),
      DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(pgPort),
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      // The bench talks plain http to 127.0.0.1.
      COOKIE_SECURE: 'false',
    };
    if (!EXTERNAL_DB) delete env.DATABASE_URL;
    this.output = [];
    this.exited = null;
    // Own process group, so a terminal Ctrl-C reaches only the bench, which
    // then stops the server cleanly (and its embedded PostgreSQL with it).
    this.child = spawn(process.execPath, [MAIN], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk) => {
      this.output.push(...chunk.toString().split('\n').filter(Boolean));
      if (this.output.length > 60) this.output.splice(0, this.output.length - 60);
    };
    this.child.stdout.on('data', keep);
    this.child.stderr.on('data', keep);
    this.exit = new Promise((resolve) =>
      this.child.on('exit', (code, signal) => {
        this.exited = { code, signal };
        resolve(this.exited);
      }),
    );
  }

  tail() {
    return this.output.map((line) => `    | ${line}`).join('\n') || '    (no output)';
  }

  async waitUntilReady() {
    const deadline = performance.now() + READY_TIMEOUT_MS;
    while (performance.now() < deadline) {
      if (this.exited) {
        fail(`The server exited before it was ready (${describeExit(this.exited)}). Its last output:\n${this.tail()}`);
      }
      try {
        const res = await fetch(`${this.base}/readyz`, { signal: AbortSignal.timeout(2000) });
        await res.arrayBuffer();
        if (res.status === 200) return;
      } catch {
        // Not listening yet.
      }
      await sleep(READY_POLL_MS);
    }
    fail(`The server was not ready after ${READY_TIMEOUT_MS / 1000} s. Its last output:\n${this.tail()}`);
  }

  async stop() {
    if (!this.exited) {
      this.child.kill('SIGTERM');
      const stopped = await Promise.race([this.exit, sleep(STOP_TIMEOUT_MS).then(() => null)]);
      if (!stopped) {
        this.signalGroup('SIGKILL');
        await this.exit;
      }
    }
    // Should the server die before stopping its embedded PostgreSQL, that is
    // left running in the server's process group: ask it to shut down fast
    // (SIGINT), then insist.
    for (let waited = 0; this.signalGroup(waited === 0 ? 'SIGINT' : 0); waited += 100) {
      if (waited >= 5000) {
        this.signalGroup('SIGKILL');
        break;
      }
      await sleep(100);
    }
  }

  /** Sends a signal to the server's process group; false when none is left. */
  signalGroup(signal) {
    try {
      process.kill(-this.child.pid, signal);
      return true;
    } catch {
      return false;
    }
  }
}

function describeExit({ code, signal }) {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

async function timedStart(options) {
  const startedAt = performance.now();
  const server = new Server(options);
  current = server;
  await server.waitUntilReady();
  return { server, seconds: (performance.now() - startedAt) / 1000 };
}

async function graphql(base, query, variables) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Reported below.
  }
  if (!res.ok || !json || json.errors) {
    fail(`GraphQL request failed (HTTP ${res.status}): ${text.slice(0, 500)}`);
  }
  return { data: json.data, text };
}

function load(base, body, expected) {
  let firstMismatch = null;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${base}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections: CONNECTIONS,
        duration: SECONDS,
        // The answer never changes during the run, so any other body (an
        // `errors` array, a partial result) is a failure worth counting.
        verifyBody: (received) => {
          if (received === expected) return true;
          firstMismatch ??= received;
          return false;
        },
      },
      (error, results) => (error ? reject(error) : resolve({ results, firstMismatch })),
    );
    current.autocannon = instance;
  });
}

const ms = (value) => `${Number(value.toFixed(2))} ms`;

let current = null;
let dataDir = null;

async function cleanUp() {
  await current?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    process.stderr.write('\nInterrupted: stopping the server…\n');
    current?.autocannon?.stop();
    cleanUp().finally(() => process.exit(130));
  });
}

async function main() {
  if (!existsSync(MAIN)) {
    process.stderr.write(
      `The server is not built (${relative(process.cwd(), MAIN)} is missing). Build it first:\n\n` +
        `  npx nx run-many -t build -p api web\n\n`,
    );
    process.exitCode = 1;
    return;
  }

  const cpus = os.cpus();
  console.log('Covenant platform: neighbourhood bench');
  console.log(`  command:  node bench/neighbourhood.mjs (BENCH_SECONDS=${SECONDS}, BENCH_CONNECTIONS=${CONNECTIONS})`);
  console.log(
    `  machine:  ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`,
  );
  console.log(
    `  database: ${EXTERNAL_DB ? 'DATABASE_URL from the environment' : 'embedded PostgreSQL in a new temporary folder'}`,
  );
  console.log('');

  dataDir = mkdtempSync(join(os.tmpdir(), 'covenant-bench-'));
  // mkdtemp makes the folder 0700; run as root, the embedded PostgreSQL runs as
  // its own `postgres` user, which must be able to enter it.
  chmodSync(dataDir, 0o755);
  const options = { port: await freePort(), dataDir, pgPort: await freePort() };

  const cold = await timedStart(options);
  console.log(
    EXTERNAL_DB
      ? `first start (DATABASE_URL, migrations, demo data if empty): ${cold.seconds.toFixed(2)} s`
      : `cold start (new embedded database, migrations, demo data): ${cold.seconds.toFixed(2)} s`,
  );
  await cold.server.stop();
  current = null;

  const warm = await timedStart(options);
  console.log(`warm start (existing data): ${warm.seconds.toFixed(2)} s`);

  const { data } = await graphql(warm.server.base, '{ neighbourhoods(first: 1) { slug } }');
  const slug = data?.neighbourhoods?.[0]?.slug;
  if (!slug)
    fail(
      'No neighbourhood to query: the database has none (is SEED_DEMO off, or DATABASE_URL a database without the demo data?).',
    );

  const body = JSON.stringify({ query: QUERY, variables: { slug } });
  const probe = await graphql(warm.server.base, QUERY, { slug });
  if (!probe.data?.neighbourhood) fail(`neighbourhood(slug: "${slug}") returned null.`);

  console.log('');
  console.log(`load: POST /graphql neighbourhood(slug: "${slug}"), ${CONNECTIONS} connections, ${SECONDS} s`);
  const { results, firstMismatch } = await load(warm.server.base, body, probe.text);
  if (interrupted) return;

  const { latency, requests } = results;
  const completed = requests.total;
  // Every response is checked against the expected body, so `mismatches`
  // already includes the non-2xx ones.
  const badBodies = results.mismatches - results.non2xx;
  const failures = results.mismatches + results.errors;
  console.log(
    `  latency:   p50 ${ms(latency.p50)}, p90 ${ms(latency.p90)}, p99 ${ms(latency.p99)} (max ${ms(latency.max)})`,
  );
  console.log(
    `  requests:  ${requests.average.toFixed(0)} req/s average, ${completed} in ${results.duration.toFixed(1)} s`,
  );
  console.log(
    `  errors:    ${failures} (non-2xx ${results.non2xx}, 2xx with GraphQL errors or another body ${badBodies}, ` +
      `connection errors ${results.errors} of which timeouts ${results.timeouts})`,
  );
  if (firstMismatch !== null) console.log(`  first unexpected body: ${firstMismatch.slice(0, 300)}`);
  if (failures > 0) process.exitCode = 1;
}

try {
  await main();
} catch (error) {
  if (!(error instanceof BenchError)) {
    process.stderr.write(`\n${error?.stack ?? error}\n`);
    process.exitCode = 1;
  }
} finally {
  if (!interrupted) await cleanUp();
}
