#!/usr/bin/env node
/**
 * Real-time co-drafting beside the reference Yjs relay, `@y/websocket-server`
 * (raw WebSocket, documents in memory, no acks, nothing stored), run side by
 * side on the same machine in alternating runs with the same simulated
 * editors: each types one character every 200 ms into its own paragraph of a
 * shared document. For every keystroke it measures the time from send to its
 * arrival at every other editor of the document (p50/p99), and for the
 * platform the time to the ack, which comes only once the keystroke is
 * committed in PostgreSQL. It also prints the server processes' CPU per
 * delivered update, keystrokes lost, whether every document converged, and
 * the memory an idle editor holds on the server.
 *
 *   npx nx run-many -t build -p api web   # once
 *   npm run bench:collab
 *
 * Environment:
 *   DATABASE_URL        PostgreSQL to use (default postgres://postgres@127.0.0.1:5432/postgres;
 *                       a new database is created on it for each run and dropped afterwards)
 *   REDIS_URL           Redis for the two-process runs (default redis://127.0.0.1:6379)
 *   BENCH_SECONDS       seconds of typing per run (default 20)
 *   BENCH_SCALE_EDITORS editors of the scale runs, four per document (default 1000)
 *   BENCH_PARTS         the parts to run, comma-separated (default 10,200,scale,memory: the runs of
 *                       10 and 200 editors, the scale runs, the memory of idle editors)
 *   BENCH_PROFILE=1     writes the CPU profiles of the platform and the Socket.IO relay to /tmp/prof
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { io } from 'socket.io-client';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { databaseUrl, freePort, gql, requireBuild, startApi, withClient } from './support.mjs';

const REDIS_URL = process.env.REDIS_URL?.trim() || 'redis://127.0.0.1:6379';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const SCALE_EDITORS = Number(process.env.BENCH_SCALE_EDITORS ?? 1000);
const PARTS = new Set((process.env.BENCH_PARTS ?? '10,200,scale,memory').split(',').map((p) => p.trim()));
const INTERVAL_MS = 200;
/** Typing before the measured window, on both servers, so that neither is timed while it warms up. */
const WARM_UP_MS = 3000;
const EDITORS_PER_DOCUMENT_AT_SCALE = 4;
/** Installed in bench/reference/ with its own Yjs (a version 14 pre-release; the platform's is 13). */
const REFERENCE_MAIN = fileURLToPath(
  new URL('./reference/node_modules/@y/websocket-server/src/server.js', import.meta.url),
);
/** The platform's Socket.IO wire without the platform: nothing stored, no rights, acks at once. */
const SOCKETIO_RELAY_MAIN = fileURLToPath(new URL('./socketio-relay.mjs', import.meta.url));
/** y-websocket's message types: a sync message, or an awareness update. */
const MESSAGE_SYNC = 0;

const admin = (sql) => withClient(databaseUrl('postgres'), (client) => client.query(sql));

/** CPU seconds a process has used so far (Linux). */
function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Resident memory of a process in bytes (Linux). */
function rssBytes(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+) kB/)[1]) * 1024;
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

// ---------------------------------------------------------------- servers

async function waitForHttp(url, child) {
  for (let i = 0; i < 600; i++) {
    if (
      (await fetch(url).then(
        (r) => r.status,
        () => 0,
      )) === 200
    )
      return;
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`${url} did not answer`);
}

/**
 * A relay that keeps documents in memory, one process: `main` on a free port,
 * each editor connected to it by `transport(origin, document)`.
 */
async function startRelay(name, main, transport, flags = []) {
  const port = await freePort();
  const child = spawn(process.execPath, [...flags, main], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForHttp(`http://127.0.0.1:${port}/`, child);
  return {
    name,
    pids: [child.pid],
    documents: (count) => Array.from({ length: count }, (_, i) => `bench-document-${i}`),
    editorsFor: async (count) => Array.from({ length: count }, () => null),
    connect: (document) => transport(`127.0.0.1:${port}`, document),
    stop: async () => {
      child.kill('SIGTERM');
      await sleep(200);
    },
  };
}

const startReference = () =>
  startRelay('reference', REFERENCE_MAIN, (origin, document) => referenceTransport(`ws://${origin}/${document}`));

/** The platform's wire alone (bench/socketio-relay.mjs). */
const startSocketIoRelay = () =>
  startRelay(
    'Socket.IO relay',
    SOCKETIO_RELAY_MAIN,
    (origin, document) => platformTransport(`http://${origin}`, document, null),
    process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : [],
  );

/**
 * The platform on `processes` API processes (sharing Redis when more than
 * one) on a new database: one organisation convenes `count` covenants, and
 * every editor is a member of it with a session of their own.
 */
async function startPlatform(processes, label) {
  const name = `covenant_collab_bench_${process.pid}_${label}`;
  await admin(`CREATE DATABASE "${name}"`);
  const dbUrl = databaseUrl(name);
  const env = processes > 1 ? { REDIS_URL } : {};
  const servers = [];
  for (let i = 0; i < processes; i++)
    servers.push(await startApi(dbUrl, { RATE_LIMIT_REGISTRATIONS: '100000', ...env }));
  const owner = await gql(servers[0].url, 'mutation ($input: RegisterInput!) { register(input: $input) { token } }', {
    input: { email: `convenor-${Date.now()}@bench.example`, password: 'bench password 1', displayName: 'Convenor' },
  });
  const { createOrganisation: org } = await gql(
    servers[0].url,
    'mutation { createOrganisation(input: { name: "Bench Community Group", kind: COMMUNITY_GROUP }) { id } }',
    {},
    owner.register.token,
  );
  const { createNeighbourhood: place } = await gql(
    servers[0].url,
    'mutation { createNeighbourhood(input: { name: "Benchton" }) { id } }',
    {},
    owner.register.token,
  );
  return {
    name: processes > 1 ? `platform, ${processes} processes` : 'platform',
    pids: servers.map((server) => server.child.pid),
    documents: async (count) => {
      const ids = [];
      for (let i = 0; i < count; i++) {
        const { createCovenant } = await gql(
          servers[0].url,
          'mutation ($input: CreateCovenantInput!) { createCovenant(input: $input) { id } }',
          { input: { neighbourhoodId: place.id, convenorOrganisationId: org.id, title: `Bench covenant ${i}` } },
          owner.register.token,
        );
        ids.push(createCovenant.id);
      }
      return ids;
    },
    // Editors are made in SQL: registering hundreds through the API would time the password hash.
    editorsFor: (count) =>
      withClient(dbUrl, async (client) => {
        const tokens = Array.from({ length: count }, () => randomBytes(24).toString('base64url'));
        await client.query(
          `WITH editors AS (
             SELECT n, token FROM unnest($2::text[]) WITH ORDINALITY AS t(token, n)
           ), users AS (
             INSERT INTO users (email, display_name, password_hash)
             SELECT 'editor-' || n || '-' || $3 || '@bench.example', 'Editor ' || n, 'x' FROM editors
             RETURNING id, email
           ), members AS (
             INSERT INTO memberships (user_id, organisation_id, role) SELECT id, $1, 'MEMBER' FROM users
           )
           INSERT INTO sessions (user_id, token_hash, expires_at)
           SELECT u.id, encode(sha256(convert_to(e.token, 'UTF8')), 'hex'), now() + interval '1 day'
           FROM editors e JOIN users u ON u.email = 'editor-' || e.n || '-' || $3 || '@bench.example'`,
          [org.id, tokens, randomBytes(4).toString('hex')],
        );
        return tokens;
      }),
    connect: (covenantId, token, index) => platformTransport(servers[index % servers.length].url, covenantId, token),
    stop: async () => {
      for (const server of servers) server.child.kill('SIGTERM');
      await sleep(500);
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

// ---------------------------------------------------------------- transports

/** y-websocket's wire: each message a WebSocket frame, a sync message prefixed by its type. */
async function referenceTransport(url) {
  const socket = new WebSocket(url);
  socket.binaryType = 'arraybuffer';
  let onSync = () => undefined;
  socket.on('message', (data) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) === MESSAGE_SYNC) onSync(decoding.readTailAsUint8Array(decoder));
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return {
    onSync: (handler) => (onSync = handler),
    send(message) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      encoding.writeUint8Array(encoder, message);
      socket.send(encoding.toUint8Array(encoder));
      return null;
    },
    close: () => socket.close(),
  };
}

/**
 * realtime.md: Socket.IO's `/collab`, `join`, then acked `sync` messages,
 * with data in base64 as the web app sends it ("Wire encoding").
 */
async function platformTransport(url, covenantId, token) {
  const socket = io(`${url}/collab`, {
    transports: ['websocket'],
    auth: { token, encoding: 'base64' },
    reconnection: false,
  });
  let onSync = () => undefined;
  socket.on('sync', ({ data }) => onSync(new Uint8Array(Buffer.from(data, 'base64'))));
  await new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  const joined = await socket.timeout(30_000).emitWithAck('join', { covenantId });
  if (!joined.ok) throw new Error(`join refused: ${joined.message}`);
  return {
    onSync: (handler) => (onSync = handler),
    send(message) {
      const sent = performance.now();
      return socket
        .timeout(30_000)
        .emitWithAck('sync', { covenantId, data: Buffer.from(message).toString('base64') })
        .then(
          (ack) => (ack.ok ? performance.now() - sent : Promise.reject(new Error(ack.message))),
          (error) => Promise.reject(error),
        );
    },
    close: () => socket.close(),
  };
}

// ---------------------------------------------------------------- editors

/**
 * The first struct's client and clock in a Yjs update (v1 encoding): a
 * keystroke's update holds one struct, and reading its id this way keeps the
 * simulated editors light, so that they load the machine as little as they can.
 */
function firstStructId(update) {
  const decoder = decoding.createDecoder(update);
  if (decoding.readVarUint(decoder) === 0) return null;
  decoding.readVarUint(decoder);
  return { client: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder) };
}

/**
 * A Yjs client on a transport that answers sync steps and records when
 * others' keystrokes arrive. Updates received while typing are applied once
 * the run is over (`settle`), for the same reason.
 */
async function connectEditor(transport, record) {
  const doc = new Y.Doc();
  const received = [];
  transport.onSync((message) => {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) === syncProtocol.messageYjsUpdate) {
      const update = decoding.readVarUint8Array(decoder);
      const id = firstStructId(update);
      if (id && id.client !== doc.clientID) record(id.client, id.clock, performance.now());
      received.push(update);
      return;
    }
    const reply = encoding.createEncoder();
    syncProtocol.readSyncMessage(decoding.createDecoder(message), reply, doc, transport);
    if (encoding.length(reply) > 0) transport.send(encoding.toUint8Array(reply))?.catch(() => undefined);
  });
  const editor = {
    doc,
    transport,
    acks: [],
    refused: 0,
    typed: 0,
    /** Keystrokes from this time on are measured. */
    from: Infinity,
    settle: () => Y.transact(doc, () => received.splice(0).forEach((update) => Y.applyUpdate(doc, update)), transport),
  };
  doc.on('update', (update, origin) => {
    if (origin === transport) return;
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, update);
    const measured = performance.now() >= editor.from;
    if (measured) editor.typed += 1;
    transport.send(encoding.toUint8Array(encoder))?.then(
      (ms) => measured && editor.acks.push(ms),
      () => editor.refused++,
    );
  });
  const hello = encoding.createEncoder();
  syncProtocol.writeSyncStep1(hello, doc);
  transport.send(encoding.toUint8Array(hello))?.catch(() => undefined);
  const text = new Y.XmlText();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [text]);
  doc.getXmlFragment('body').insert(0, [paragraph]);
  editor.text = text;
  return editor;
}

/**
 * `editors` editors on `documents` documents (editor i on document i mod
 * documents), typing for BENCH_SECONDS.
 */
async function measure(server, editors, documents) {
  const ids = await server.documents(documents);
  const credentials = await server.editorsFor(editors);
  const sentAt = new Map();
  const latencies = [];
  let from = Infinity;
  const record = (client, clock, now) => {
    const sent = sentAt.get(client)?.[clock];
    if (sent >= from) latencies.push(now - sent);
  };
  const group = (i) => i % documents;
  const all = [];
  for (let i = 0; i < editors; i += 50) {
    const batch = await Promise.all(
      credentials.slice(i, i + 50).map(async (credential, j) => {
        const transport = await server.connect(ids[group(i + j)], credential, i + j);
        return connectEditor(transport, record);
      }),
    );
    all.push(...batch);
  }
  await sleep(1000);
  const timers = all.map((editor, i) =>
    setTimeout(
      () => {
        const clocks = [];
        sentAt.set(editor.doc.clientID, clocks);
        const tick = () => {
          clocks[Y.getState(editor.doc.store, editor.doc.clientID)] = performance.now();
          editor.text.insert(0, 'k');
        };
        tick();
        editor.interval = setInterval(tick, INTERVAL_MS);
      },
      (i * INTERVAL_MS) / all.length,
    ),
  );
  await sleep(WARM_UP_MS);
  const cpuBefore = server.pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  const started = performance.now();
  from = started;
  all.forEach((editor) => (editor.from = started));
  await sleep(SECONDS * 1000);
  timers.forEach(clearTimeout);
  all.forEach((editor) => clearInterval(editor.interval));
  const elapsed = (performance.now() - started) / 1000;
  const cpu = server.pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0) - cpuBefore;
  await sleep(2000);
  const peers = (i) => Math.ceil((editors - group(i)) / documents) - 1;
  const expected = all.reduce((sum, editor, i) => sum + editor.typed * peers(i), 0);
  const texts = new Map();
  let converged = true;
  all.forEach((editor) => editor.settle());
  all.forEach((editor, i) => {
    const text = editor.doc.getXmlFragment('body').toString();
    if (!texts.has(group(i))) texts.set(group(i), text);
    else if (texts.get(group(i)) !== text) converged = false;
  });
  all.forEach((editor) => editor.transport.close());
  latencies.sort((a, b) => a - b);
  const acks = all.flatMap((editor) => editor.acks).sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    ackP99: acks.length ? percentile(acks, 99) : NaN,
    deliveries: latencies.length,
    lost: expected - latencies.length,
    refused: all.reduce((sum, editor) => sum + editor.refused, 0),
    converged,
    cpuPercent: (cpu / elapsed) * 100,
    cpuPerDeliveryUs: latencies.length ? (cpu / latencies.length) * 1e6 : NaN,
  };
}

/**
 * Server memory with `editors` joined and idle, and after they all left;
 * twice, since the first round also fills the space the server keeps for any
 * number of editors (code, caches, the young generation), which the second
 * finds already there.
 */
async function memory(server, editors, documents) {
  const ids = await server.documents(documents);
  const credentials = await server.editorsFor(editors);
  const rss = () => server.pids.reduce((sum, pid) => sum + rssBytes(pid), 0);
  const joinAll = async () => {
    const all = [];
    for (let i = 0; i < editors; i += 50) {
      all.push(
        ...(await Promise.all(
          credentials.slice(i, i + 50).map(async (credential, j) => {
            const transport = await server.connect(ids[(i + j) % documents], credential, i + j);
            return connectEditor(transport, () => undefined);
          }),
        )),
      );
    }
    await sleep(3000);
    return all;
  };
  const round = async () => {
    const before = rss();
    const all = await joinAll();
    const joined = rss();
    all.forEach((editor) => editor.transport.close());
    await sleep(5000);
    return { perEditor: (joined - before) / editors, after: rss() };
  };
  const warm = await connectEditor(await server.connect(ids[0], credentials[0], 0), () => undefined);
  await sleep(500);
  warm.transport.close();
  await sleep(1500);
  const start = rss();
  const first = await round();
  const second = await round();
  return { start, first, second };
}

// ---------------------------------------------------------------- the bench

const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const ratio = (ours, reference) => (ours / reference).toFixed(2);

/** Starts a server, runs `work` with it (the latency measurement unless told), and stops it whatever happens. */
async function side(start, editors, documents, label, work = measure) {
  const server = await start(label);
  try {
    return await work(server, editors, documents);
  } finally {
    await server.stop();
  }
}

function row(cells, widths) {
  return cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ');
}

async function main() {
  requireBuild();
  console.log('Covenant platform: real-time co-drafting beside the reference Yjs relay');
  console.log(`  command:   npm run bench:collab (BENCH_SECONDS=${SECONDS}, BENCH_SCALE_EDITORS=${SCALE_EDITORS})`);
  console.log(
    `  machine:   ${os.cpus().length} cores (${os.cpus()[0].model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`,
  );
  console.log('  reference: @y/websocket-server 0.1.5 (in memory, no acks, nothing stored)');
  console.log(
    "  wire:      Socket.IO relay, bench/socketio-relay.mjs (the platform's Socket.IO wire and acks; in memory, nothing stored)",
  );
  console.log(
    `  load:      each editor types one character every ${INTERVAL_MS} ms, measured after ${WARM_UP_MS / 1000} s of typing; the editors run in this process\n`,
  );

  const widths = [27, 19, 12, 12, 9, 10, 12, 6, 10];
  console.log(
    row(['load', 'server', 'p50 ms', 'p99 ms', 'ack p99', 'CPU %', 'CPU µs/upd', 'lost', 'converged'], widths),
  );
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  const print = (load, server, r) =>
    console.log(
      row(
        [
          load,
          server,
          ms(r.p50),
          ms(r.p99),
          ms(r.ackP99),
          r.cpuPercent.toFixed(0),
          r.cpuPerDeliveryUs.toFixed(0),
          r.lost,
          r.converged ? 'yes' : 'NO',
        ],
        widths,
      ),
    );
  const verdicts = [];
  const loads = [
    { part: '10', editors: 10, documents: 1, goal: 1.3 },
    { part: '200', editors: 200, documents: 50, goal: 1.5 },
  ].filter(({ part }) => PARTS.has(part));
  for (const { editors, documents, goal } of loads) {
    const load = `${editors} editors, ${documents} document${documents > 1 ? 's' : ''}`;
    const reference = await side(startReference, editors, documents);
    print(load, 'reference', reference);
    const wire = await side(startSocketIoRelay, editors, documents);
    print(load, 'Socket.IO relay', wire);
    const ours = await side((label) => startPlatform(1, label), editors, documents, `${editors}`);
    print(load, 'platform', ours);
    verdicts.push(
      `${load}: p99 ${ratio(ours.p99, reference.p99)} × the reference (goal ≤ ${goal}), ` +
        `CPU per update ${ratio(ours.cpuPerDeliveryUs, reference.cpuPerDeliveryUs)} × (goal ≤ 2), ack p99 ${ms(ours.ackP99)} ms` +
        `${editors >= 200 ? ' (goal ≤ 20)' : ''}, ${ours.lost} lost, ${ours.converged ? 'converged' : 'NOT converged'}; ` +
        `the Socket.IO relay alone: p99 ${ratio(wire.p99, reference.p99)} ×, CPU per update ${ratio(wire.cpuPerDeliveryUs, reference.cpuPerDeliveryUs)} ×`,
    );
  }

  if (PARTS.has('scale')) await scaleRuns(print, verdicts);
  if (PARTS.has('memory')) await memoryRuns(verdicts);
  console.log('\nAgainst the goals:');
  verdicts.forEach((line) => console.log(`  ${line}`));
}

/** 1,000 editors: the reference, one platform process with 1 / 1.6 of them, and two processes with all of them. */
async function scaleRuns(print, verdicts) {
  const scaleDocuments = SCALE_EDITORS / EDITORS_PER_DOCUMENT_AT_SCALE;
  const fewer = Math.round(SCALE_EDITORS / 1.6 / EDITORS_PER_DOCUMENT_AT_SCALE) * EDITORS_PER_DOCUMENT_AT_SCALE;
  const scale = `${SCALE_EDITORS} editors, ${scaleDocuments} documents`;
  const reference = await side(startReference, SCALE_EDITORS, scaleDocuments);
  print(scale, 'reference', reference);
  const one = await side((label) => startPlatform(1, label), fewer, fewer / EDITORS_PER_DOCUMENT_AT_SCALE, 'one');
  print(`${fewer} editors, ${fewer / EDITORS_PER_DOCUMENT_AT_SCALE} documents`, 'platform, 1 process', one);
  const two = await side((label) => startPlatform(2, label), SCALE_EDITORS, scaleDocuments, 'two');
  print(scale, 'platform, 2 processes', two);
  verdicts.push(
    `${scale} on two processes: p99 ${ms(two.p99)} ms, ack p99 ${ms(two.ackP99)} ms (goals ≤ 50), ${two.lost} lost, ` +
      `${two.converged ? 'converged' : 'NOT converged'}; ${(SCALE_EDITORS / fewer).toFixed(2)} × the editors of one process ` +
      `at p99 ${ms(two.p99)} against its ${ms(one.p99)} ms`,
  );
}

async function memoryRuns(verdicts) {
  const idle = SCALE_EDITORS;
  const documents = idle / EDITORS_PER_DOCUMENT_AT_SCALE;
  const referenceMemory = await side(startReference, idle, documents, undefined, memory);
  const wireMemory = await side(startSocketIoRelay, idle, documents, undefined, memory);
  const ourMemory = await side((label) => startPlatform(1, label), idle, documents, 'memory', memory);
  const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const change = (m) => `${(((m.second.after - m.start) / m.start) * 100).toFixed(0)} %`;
  for (const [name, m] of [
    ['reference', referenceMemory],
    ['Socket.IO relay', wireMemory],
    ['platform', ourMemory],
  ]) {
    console.log(
      `\nmemory, ${name}: ${idle} idle editors on ${documents} documents; RSS ${mb(m.start)} at the start; ` +
        `the first time they join, RSS grows by ${kb(m.first.perEditor)} an editor, the second time by ${kb(m.second.perEditor)}; ` +
        `${mb(m.second.after)} once they left (${change(m)} from the start)`,
    );
  }
  verdicts.push(
    `memory: ${kb(ourMemory.first.perEditor)} per idle editor joining first, ${kb(ourMemory.second.perEditor)} joining again ` +
      `(goal ≤ 20 KB; the Socket.IO relay alone ${kb(wireMemory.first.perEditor)}), RSS after they left ${change(ourMemory)} from its start (goal ≤ 10 %)`,
  );
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
