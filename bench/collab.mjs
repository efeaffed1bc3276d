#!/usr/bin/env node
/**
 * Real-time figures for the built server: N editors on one covenant, each
 * sending a keystroke-sized update every 200 ms; prints the time from send to
 * receipt by the other editors (p50/p95/p99) and acknowledged updates per
 * second, for one process and for two processes sharing Redis.
 *
 *   npx nx run-many -t build -p api web   # once
 *   node bench/collab.mjs                  # or: npm run bench:collab
 *
 * Environment:
 *   DATABASE_URL     PostgreSQL to use (default postgres://postgres@127.0.0.1:5432/postgres;
 *                    a new database is created on it and dropped afterwards)
 *   REDIS_URL        Redis for the two-process run (default redis://127.0.0.1:6379)
 *   BENCH_EDITORS    comma-separated editor counts (default 10,50,200)
 *   BENCH_SECONDS    seconds per run (default 30)
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { io } from 'socket.io-client';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { API_MAIN, databaseUrl, freePort, gql, productionEnv, REPOSITORY_ROOT, requireBuild } from './support.mjs';

const REDIS_URL = process.env.REDIS_URL?.trim() || 'redis://127.0.0.1:6379';
const EDITORS = (process.env.BENCH_EDITORS ?? '10,50,200').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const INTERVAL_MS = 200;

async function admin(sql) {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function startServer(env) {
  const port = await freePort();
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: REPOSITORY_ROOT,
    env: {
      ...process.env,
      ...productionEnv(`http://127.0.0.1:${port}`),
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      RATE_LIMIT_REGISTRATIONS: '100000',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (
      (await fetch(`${url}/readyz`).then(
        (r) => r.status,
        () => 0,
      )) === 200
    )
      return { url, child };
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error('the server did not become ready');
}

/** One organisation whose members are all the editors, and a covenant it convenes. */
async function setUp(url, count) {
  const register = (i) =>
    gql(url, 'mutation ($input: RegisterInput!) { register(input: $input) { token user { id } } }', {
      input: {
        email: `editor${i}-${Date.now()}@bench.example`,
        password: 'bench password 1',
        displayName: `Editor ${i}`,
      },
    }).then((d) => ({ token: d.register.token, email: `editor${i}` }));
  const owner = await register(0);
  const { createOrganisation: org } = await gql(
    url,
    'mutation { createOrganisation(input: { name: "Bench Community Group", kind: COMMUNITY_GROUP }) { id } }',
    {},
    owner.token,
  );
  const { createNeighbourhood: place } = await gql(
    url,
    'mutation { createNeighbourhood(input: { name: "Benchton" }) { id } }',
    {},
    owner.token,
  );
  const { createCovenant: covenant } = await gql(
    url,
    'mutation ($input: CreateCovenantInput!) { createCovenant(input: $input) { id } }',
    {
      input: { neighbourhoodId: place.id, convenorOrganisationId: org.id, title: 'Bench covenant', fromTemplate: true },
    },
    owner.token,
  );
  const tokens = [owner.token];
  for (let i = 1; i < count; i++) {
    const email = `editor${i}-${Date.now()}-${Math.random().toString(36).slice(2)}@bench.example`;
    const { register: user } = await gql(
      url,
      'mutation ($input: RegisterInput!) { register(input: $input) { token } }',
      {
        input: { email, password: 'bench password 1', displayName: `Editor ${i}` },
      },
    );
    await gql(
      url,
      'mutation ($input: AddMemberInput!) { addMember(input: $input) { id } }',
      { input: { organisationId: org.id, email, role: 'MEMBER' } },
      owner.token,
    );
    tokens.push(user.token);
  }
  return { covenantId: covenant.id, tokens };
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function run(urls, covenantId, tokens) {
  const sentAt = new Map();
  const latencies = [];
  let acked = 0;
  let refused = 0;
  const editors = await Promise.all(
    tokens.map(async (token, i) => {
      const socket = io(`${urls[i % urls.length]}/collab`, {
        transports: ['websocket'],
        auth: { token },
        reconnection: false,
      });
      await new Promise((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      const doc = new Y.Doc();
      socket.on('sync', ({ data }) => {
        const decoder = decoding.createDecoder(new Uint8Array(data));
        const type = decoding.readVarUint(decoder);
        if (type !== syncProtocol.messageYjsUpdate) return;
        const now = performance.now();
        for (const struct of Y.decodeUpdate(decoding.readVarUint8Array(decoder)).structs) {
          const sent = sentAt.get(`${struct.id.client}:${struct.id.clock}`);
          if (sent !== undefined) latencies.push(now - sent);
        }
      });
      const ack = await socket.timeout(10_000).emitWithAck('join', { covenantId });
      if (!ack.ok) throw new Error(`join refused: ${ack.message}`);
      doc.on('update', (update) => {
        const encoder = encoding.createEncoder();
        syncProtocol.writeUpdate(encoder, update);
        socket
          .timeout(10_000)
          .emitWithAck('sync', { covenantId, data: encoding.toUint8Array(encoder) })
          .then(
            (reply) => (reply.ok ? acked++ : refused++),
            () => refused++,
          );
      });
      // Each editor types into a paragraph of its own (sent before the timed run starts).
      const text = new Y.XmlText();
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [text]);
      doc.getXmlFragment('body').insert(0, [paragraph]);
      return { socket, doc, text };
    }),
  );
  const started = performance.now();
  const timers = editors.map((editor, i) =>
    setTimeout(
      () => {
        const tick = () => {
          const clock = Y.getState(editor.doc.store, editor.doc.clientID);
          sentAt.set(`${editor.doc.clientID}:${clock}`, performance.now());
          editor.text.insert(0, 'k');
        };
        tick();
        editor.interval = setInterval(tick, INTERVAL_MS);
      },
      (i * INTERVAL_MS) / editors.length,
    ),
  );
  await sleep(SECONDS * 1000);
  timers.forEach(clearTimeout);
  editors.forEach((editor) => clearInterval(editor.interval));
  const elapsed = (performance.now() - started) / 1000;
  await sleep(1000);
  editors.forEach((editor) => editor.socket.close());
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    deliveries: latencies.length,
    ackedPerSecond: acked / elapsed,
    refused,
  };
}

async function main() {
  requireBuild();
  console.log('Covenant platform: real-time co-drafting bench');
  console.log(`  command:  node bench/collab.mjs (BENCH_EDITORS=${EDITORS.join(',')}, BENCH_SECONDS=${SECONDS})`);
  console.log(`  machine:  ${os.cpus().length} cores, Node ${process.version}; clients run in this process`);
  console.log(`  load:     each editor inserts one character every ${INTERVAL_MS} ms\n`);
  for (const processes of [1, 2]) {
    for (const count of EDITORS) {
      const name = `covenant_bench_${process.pid}_${processes}_${count}`;
      await admin(`CREATE DATABASE "${name}"`);
      const env = { DATABASE_URL: databaseUrl(name), ...(processes > 1 ? { REDIS_URL } : {}) };
      const servers = [];
      try {
        for (let i = 0; i < processes; i++) servers.push(await startServer(env));
        const { covenantId, tokens } = await setUp(servers[0].url, count);
        const r = await run(
          servers.map((s) => s.url),
          covenantId,
          tokens,
        );
        console.log(
          `${processes} process${processes > 1 ? 'es (Redis)' : '          '}  ${String(count).padStart(3)} editors:  ` +
            `p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  ` +
            `acked ${r.ackedPerSecond.toFixed(0)} updates/s  (${r.deliveries} deliveries, ${r.refused} refused)`,
        );
      } finally {
        for (const server of servers) server.child.kill('SIGTERM');
        await sleep(500);
        await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }
    }
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
