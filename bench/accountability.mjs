#!/usr/bin/env node
/**
 * Figures for the accountability page's GraphQL query on the built server:
 * a public covenant with 10 parties, 200 commitments and 5 progress reports
 * each, asked under autocannon by a signed-in member of a party and by
 * anonymous readers, beside a reference (bench/raw-accountability.mjs: plain
 * node:http, one pg pool, the same JSON from one SQL statement) asked by the
 * same member; prints p50/p99 latency, requests per second and the ratios.
 *
 *   npx nx run-many -t build -p api web   # once
 *   node bench/accountability.mjs          # or: npm run bench:accountability
 *
 * Environment:
 *   DATABASE_URL       PostgreSQL to use (default postgres://postgres@127.0.0.1:5432/postgres;
 *                      a new database is created on it and dropped afterwards)
 *   BENCH_SECONDS      load duration (default 20)
 *   BENCH_CONNECTIONS  concurrent connections (default 10)
 *   PUBLIC_CACHE_MS    passed to the server: how long anonymous answers are kept (0: never)
 */
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  databaseUrl,
  requireBuild,
  gql,
  measureGraphql,
  startApi,
  startRawAccountability,
  webOperation,
  withClient,
} from './support.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

/** The accountability page's own query, as the web app sends it. */
const QUERY = webOperation('Accountability');

/** Two organisations and a covenant through the API; the other parties, commitments and reports in SQL. */
async function setUp(url, dbUrl) {
  const { register } = await gql(
    url,
    'mutation ($input: RegisterInput!) { register(input: $input) { token user { id } } }',
    { input: { email: 'convenor@bench.example', password: 'bench password 1', displayName: 'Bench Convenor' } },
  );
  const token = register.token;
  const org = (name, kind) =>
    gql(
      url,
      'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      {
        input: { name, kind },
      },
      token,
    ).then((d) => d.createOrganisation.id);
  const group = await org('Benchton Community Group', 'COMMUNITY_GROUP');
  const council = await org('Benchton Council', 'LOCAL_AUTHORITY');
  const { createNeighbourhood } = await gql(
    url,
    'mutation ($input: CreateNeighbourhoodInput!) { createNeighbourhood(input: $input) { id } }',
    { input: { name: 'Benchton', localAuthorityId: council } },
    token,
  );
  const { createCovenant } = await gql(
    url,
    'mutation ($input: CreateCovenantInput!) { createCovenant(input: $input) { id slug parties { id role } } }',
    { input: { neighbourhoodId: createNeighbourhood.id, convenorOrganisationId: group, title: 'Bench covenant' } },
    token,
  );
  const councilParty = createCovenant.parties.find((p) => p.role === 'COUNTERSIGNATORY').id;
  // Answering for the council needs a proved address, as following the e-mailed link would give.
  await withClient(dbUrl, (client) =>
    client.query('UPDATE users SET email_verified_at = now() WHERE id = $1', [register.user.id]),
  );
  await gql(
    url,
    'mutation ($p: ID!) { respondToInvitation(partyId: $p, accept: true) { id } }',
    { p: councilParty },
    token,
  );
  await withClient(dbUrl, async (client) => {
    const id = createCovenant.id;
    const userId = register.user.id;
    await client.query(
      `WITH orgs AS (
         INSERT INTO organisations (slug, name, kind)
         SELECT 'bench-partner-' || n, 'Bench Partner ' || n, 'BUSINESS' FROM generate_series(1, 8) n RETURNING id
       )
       INSERT INTO covenant_parties (covenant_id, organisation_id, role, status, responded_at)
       SELECT $1, id, 'PARTNER', 'ACCEPTED', now() FROM orgs`,
      [id],
    );
    await client.query(
      `INSERT INTO commitments (covenant_id, party_id, title, description, measure, due_on, progress, percent_complete, created_by_id)
       SELECT $1, p.id, 'Commitment ' || n, 'What will be done, in a sentence or two.', 'How we will know.',
              DATE '2027-01-01' + n, 'ON_TRACK', 50, $2
         FROM generate_series(1, 200) n
         JOIN LATERAL (SELECT id FROM covenant_parties WHERE covenant_id = $1 ORDER BY id OFFSET n % 10 LIMIT 1) p ON true`,
      [id, userId],
    );
    await client.query(
      `INSERT INTO commitment_updates (commitment_id, author_id, progress, percent_complete, note, evidence_url)
       SELECT c.id, $2, 'ON_TRACK', 10 * k, 'Progress report ' || k, 'https://bench.example/evidence/' || k
         FROM commitments c CROSS JOIN generate_series(1, 5) k WHERE c.covenant_id = $1`,
      [id, userId],
    );
    // In force and public: anyone may read it, as residents do.
    await client.query(
      `UPDATE covenants SET status = 'IN_FORCE', ever_in_force = true, starts_on = CURRENT_DATE WHERE id = $1`,
      [id],
    );
  });
  return { slug: createCovenant.slug, token };
}

/** The reference must give the product's answer, or the comparison means nothing. */
async function expectSameAnswer(productUrl, rawUrl, slug, token) {
  const ask = (url) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: QUERY, variables: { slug } }),
    }).then((r) => r.json());
  const [product, reference] = await Promise.all([ask(productUrl), ask(rawUrl)]);
  // Timestamps: PostgreSQL's JSON has microseconds, the API's ISO strings milliseconds.
  const same = (value) =>
    JSON.stringify(value, (_, v) =>
      typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v) ? new Date(v).toISOString() : v,
    );
  if (same(product) !== same(reference)) {
    throw new Error(
      `the reference answers differently from the product:\n${same(product).slice(0, 600)}\n${same(reference).slice(0, 600)}`,
    );
  }
}

function measure(url, slug, headers) {
  return measureGraphql(url, {
    query: QUERY,
    variables: { slug },
    headers,
    seconds: SECONDS,
    connections: CONNECTIONS,
  });
}

async function main() {
  requireBuild();
  const name = `covenant_bench_accountability_${process.pid}`;
  await withClient(databaseUrl('postgres'), (c) => c.query(`CREATE DATABASE "${name}"`));
  let server;
  let raw;
  try {
    server = await startApi(databaseUrl(name));
    const { slug, token } = await setUp(server.url, databaseUrl(name));
    raw = await startRawAccountability(databaseUrl(name));
    const check = await gql(server.url, QUERY, { slug });
    const updates = check.covenant.commitments.reduce((n, c) => n + c.updates.length, 0);
    await expectSameAnswer(server.url, raw.url, slug, token);
    const signedIn = { authorization: `Bearer ${token}` };
    // Side by side, one after the other, on the same data: the reference first, then the product.
    const rows = [
      ['raw handler, signed in (reference)', await measure(raw.url, slug, signedIn)],
      ['product, signed in', await measure(server.url, slug, signedIn)],
      ['product, anonymous', await measure(server.url, slug, {})],
    ];
    console.log('Covenant platform: accountability page query bench');
    console.log(
      `  command:  node bench/accountability.mjs (BENCH_SECONDS=${SECONDS}, BENCH_CONNECTIONS=${CONNECTIONS})`,
    );
    console.log(`  machine:  ${os.cpus().length} cores, Node ${process.version}; autocannon runs in this process`);
    console.log(
      `  data:     ${check.covenant.parties.length} parties, ${check.covenant.commitments.length} commitments, ${updates} reports`,
    );
    console.log(
      `  cache:    PUBLIC_CACHE_MS=${process.env.PUBLIC_CACHE_MS ?? '1000 (default)'} (anonymous answers only)`,
    );
    for (const [label, r] of rows) {
      console.log(
        `  ${label.padEnd(36)} p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  ` +
          `${r.rps.toFixed(0).padStart(5)} req/s  (${r.total} requests, ${r.failed} failed)`,
      );
    }
    const [reference, product] = [rows[0][1], rows[1][1]];
    console.log(
      `  signed in vs reference: throughput ${(product.rps / reference.rps).toFixed(2)} x ` +
        `(goal >= 0.6), p99 ${(product.p99 / reference.p99).toFixed(2)} x (goal <= 2)`,
    );
  } finally {
    server?.child.kill('SIGTERM');
    raw?.child.kill('SIGTERM');
    await sleep(500);
    await withClient(databaseUrl('postgres'), (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
