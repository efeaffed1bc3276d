#!/usr/bin/env node
/**
 * Reads at national scale: the pages people open, measured on a platform of
 * demo size and again once it holds a national-size data set, on the same
 * server and the same covenant, signed in and anonymous.
 *
 *   npx nx run-many -t build -p api web   # once
 *   npm run bench:scale
 *
 * 1. Through the API: a council, a community group, a neighbourhood and a
 *    public covenant in force with 10 parties, 50 commitments and 250
 *    progress reports (the pages measured), and a member who signs in;
 *    then in SQL 59 more neighbourhoods and 24 more covenants in force, so
 *    that every list measured is a full page at this size too.
 * 2. Measured: each page's GraphQL operations as the web app sends them.
 * 3. Loaded in SQL: 9,000 neighbourhoods, 3,000 organisations, 40,000
 *    covenants across every status and visibility, 400,000 commitments,
 *    2,000,000 progress reports, 200,000 comments and 1,000,000 audit events
 *    (and 20,000 people), then ANALYZE.
 * 4. Measured again; the table shows both, the ratio of p99s and whether each
 *    meets p99 <= 50 ms and ratio <= 1.5. Then the accountability query for
 *    the signed-in member beside the raw handler (bench/raw-accountability.mjs)
 *    on the same data.
 *
 * Environment: DATABASE_URL (a database is created on that server and
 * dropped afterwards), BENCH_SECONDS per measurement (default 5),
 * BENCH_CONNECTIONS (default 10), BENCH_SCALE (default 1: the sizes above;
 * 0.1 for a quick try).
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

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const GOAL_MS = 50;
const GOAL_RATIO = 1.5;

/** The measured pages' own data, through the API as people would make it. */
async function setUp(url, dbUrl) {
  const { register } = await gql(
    url,
    'mutation ($input: RegisterInput!) { register(input: $input) { token user { id } } }',
    { input: { email: 'convenor@scale.example', password: 'bench password 1', displayName: 'Scale Convenor' } },
  );
  const token = register.token;
  const org = (name, kind) =>
    gql(
      url,
      'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id slug } }',
      { input: { name, kind } },
      token,
    ).then((d) => d.createOrganisation);
  const group = await org('Aireborough Community Group', 'COMMUNITY_GROUP');
  const council = await org('Aireborough Council', 'LOCAL_AUTHORITY');
  const { createNeighbourhood } = await gql(
    url,
    'mutation ($input: CreateNeighbourhoodInput!) { createNeighbourhood(input: $input) { id slug } }',
    { input: { name: 'Aireborough', localAuthorityId: council.id } },
    token,
  );
  const { createCovenant } = await gql(
    url,
    'mutation ($input: CreateCovenantInput!) { createCovenant(input: $input) { id slug parties { id role } } }',
    {
      input: {
        neighbourhoodId: createNeighbourhood.id,
        convenorOrganisationId: group.id,
        title: 'Aireborough riverside and allotments covenant',
      },
    },
    token,
  );
  await withClient(dbUrl, (client) =>
    client.query('UPDATE users SET email_verified_at = now() WHERE id = $1', [register.user.id]),
  );
  await gql(
    url,
    'mutation ($p: ID!) { respondToInvitation(partyId: $p, accept: true) { id } }',
    { p: createCovenant.parties.find((p) => p.role === 'COUNTERSIGNATORY').id },
    token,
  );
  await withClient(dbUrl, async (client) => {
    const [id, userId] = [createCovenant.id, register.user.id];
    await client.query(
      `WITH orgs AS (
         INSERT INTO organisations (slug, name, kind)
         SELECT 'aireborough-partner-' || n, 'Aireborough Partner ' || n, 'BUSINESS' FROM generate_series(1, 8) n RETURNING id)
       INSERT INTO covenant_parties (covenant_id, organisation_id, role, status, responded_at)
       SELECT $1, id, 'PARTNER', 'ACCEPTED', now() FROM orgs`,
      [id],
    );
    await client.query(
      `INSERT INTO commitments (covenant_id, party_id, title, description, measure, due_on, progress, percent_complete, created_by_id)
       SELECT $1, p.id, 'Commitment ' || n, 'What will be done, in a sentence or two.', 'How we will know.',
              DATE '2027-01-01' + n, 'ON_TRACK', 50, $2
         FROM generate_series(1, 50) n
         JOIN LATERAL (SELECT id FROM covenant_parties WHERE covenant_id = $1 ORDER BY id OFFSET n % 10 LIMIT 1) p ON true`,
      [id, userId],
    );
    await client.query(
      `INSERT INTO commitment_updates (commitment_id, author_id, progress, percent_complete, note)
       SELECT c.id, $2, 'ON_TRACK', 10 * k, 'Progress report ' || k
         FROM commitments c CROSS JOIN generate_series(1, 5) k WHERE c.covenant_id = $1`,
      [id, userId],
    );
    await client.query(
      `UPDATE covenants SET status = 'IN_FORCE', ever_in_force = true, starts_on = CURRENT_DATE,
         summary = 'Allotments, a riverside path and a community orchard.' WHERE id = $1`,
      [id],
    );
    // Full first pages already at this size (50 neighbourhoods, 20 covenants and 20 search results), so that
    // the national rows compare the same pages with more of the platform behind them.
    await client.query(
      `INSERT INTO neighbourhoods (slug, name, local_authority_id)
       SELECT 'aireborough-ward-' || n, 'Aireborough Ward ' || n, $1 FROM generate_series(1, 59) n`,
      [council.id],
    );
    await client.query(
      `WITH more AS (
         INSERT INTO covenants (slug, title, summary, neighbourhood_id, status, visibility, ever_in_force, starts_on)
         SELECT 'aireborough-riverside-' || n, 'Aireborough riverside allotments covenant ' || n,
                'Allotments, a riverside path and a community orchard, part ' || n || '.', $1, 'IN_FORCE', 'PUBLIC', true, CURRENT_DATE
           FROM generate_series(1, 24) n RETURNING id)
       INSERT INTO covenant_parties (covenant_id, organisation_id, role, status, responded_at)
       SELECT more.id, o.id, o.role::party_role, 'ACCEPTED', now()
         FROM more CROSS JOIN (VALUES ($2::uuid, 'CONVENOR'), ($3::uuid, 'COUNTERSIGNATORY')) o(id, role)`,
      [createNeighbourhood.id, group.id, council.id],
    );
  });
  return { token, covenant: createCovenant, neighbourhood: createNeighbourhood, group, userId: register.user.id };
}

/** The national data set, in SQL, around what setUp made; `userId` lends its password hash to everyone. */
async function loadNation(dbUrl, userId) {
  const n = (count) => Math.round(count * SCALE);
  const steps = [
    [
      'people',
      `INSERT INTO users (email, display_name, password_hash, email_verified_at)
       SELECT 'person' || i || '@scale.example', 'Person ' || i, (SELECT password_hash FROM users WHERE id = $1), now()
         FROM generate_series(1, ${n(20000)}) i`,
      [userId],
    ],
    [
      'organisations',
      `INSERT INTO organisations (slug, name, kind, verification_status)
       SELECT 'org-' || i, CASE WHEN i <= ${n(300)} THEN 'Council ' ELSE 'Organisation ' END || i,
              (CASE WHEN i <= ${n(300)} THEN 'LOCAL_AUTHORITY'
                    ELSE (ARRAY['COMMUNITY_GROUP','VOLUNTARY_ORGANISATION','COMMUNITY_BUSINESS','PUBLIC_BODY','HOUSING_PROVIDER','BUSINESS'])[1 + i % 6] END)::organisation_kind,
              'VERIFIED'
         FROM generate_series(1, ${n(3000)}) i`,
    ],
    [
      'memberships',
      `INSERT INTO memberships (user_id, organisation_id, role)
       SELECT u.id, o.id, (ARRAY['ADMIN','SIGNATORY','MEMBER'])[1 + u.n % 3]::member_role
         FROM (SELECT id, row_number() OVER (ORDER BY id) n FROM users WHERE email LIKE '%@scale.example' AND email <> 'convenor@scale.example') u
         JOIN (SELECT id, row_number() OVER (ORDER BY id) n FROM organisations WHERE slug LIKE 'org-%') o ON o.n = 1 + u.n % ${n(3000)}`,
    ],
    [
      'neighbourhoods',
      // Each with a small square boundary on a grid across England, so the national map has every place to draw.
      `INSERT INTO neighbourhoods (slug, name, local_authority_id, boundary)
       SELECT 'neighbourhood-' || i, 'Neighbourhood ' || i, (SELECT id FROM organisations WHERE slug = 'org-' || (1 + i % ${n(300)})),
              jsonb_build_object('type', 'Polygon', 'coordinates', jsonb_build_array(jsonb_build_array(
                jsonb_build_array(x, y), jsonb_build_array(x + 0.05, y), jsonb_build_array(x + 0.05, y + 0.04),
                jsonb_build_array(x, y + 0.04), jsonb_build_array(x, y))))
         FROM generate_series(1, ${n(9000)}) i,
              LATERAL (SELECT round((-5.5 + (i % 95) * 0.07)::numeric, 4) AS x,
                              round((50 + (i / 95) * 0.058)::numeric, 4) AS y) grid`,
    ],
    [
      'covenants',
      `INSERT INTO covenants (slug, title, summary, neighbourhood_id, status, visibility, ever_in_force, created_at, updated_at)
       SELECT 'covenant-' || i,
              (ARRAY['Riverside','Allotments','Library','Youth club','Bus route','Green space','High street','Housing'])[1 + i % 8] || ' covenant ' || i,
              'What neighbours and partners agree to do together, number ' || i || '.',
              nb.id,
              (ARRAY['DRAFT','CONSULTATION','OPEN_FOR_SIGNATURE','IN_FORCE','UNDER_REVIEW','ENDED','WITHDRAWN'])[1 + i % 7]::covenant_status,
              (CASE WHEN i % 5 = 0 THEN 'PARTIES_ONLY' ELSE 'PUBLIC' END)::covenant_visibility,
              i % 7 IN (3, 4, 5),
              now() - make_interval(mins => i), now() - make_interval(mins => i)
         FROM generate_series(1, ${n(40000)}) i
         JOIN (SELECT id, row_number() OVER (ORDER BY slug) n FROM neighbourhoods WHERE slug LIKE 'neighbourhood-%') nb ON nb.n = 1 + i % ${n(9000)}`,
    ],
    [
      'parties',
      `INSERT INTO covenant_parties (covenant_id, organisation_id, role, status, responded_at)
       SELECT c.id, o.id, r.role::party_role, 'ACCEPTED', now()
         FROM (SELECT id, row_number() OVER (ORDER BY slug) n FROM covenants WHERE slug LIKE 'covenant-%') c
         CROSS JOIN (VALUES ('CONVENOR', 0), ('PARTNER', 1)) r(role, k)
         JOIN (SELECT id, row_number() OVER (ORDER BY slug) n FROM organisations WHERE slug LIKE 'org-%' AND kind <> 'LOCAL_AUTHORITY') o
           ON o.n = 1 + (c.n * 2 + r.k) % ${n(2700)}`,
    ],
    [
      'councils as countersignatories',
      `INSERT INTO covenant_parties (covenant_id, organisation_id, role, status, responded_at)
       SELECT c.id, nb.local_authority_id, 'COUNTERSIGNATORY', 'ACCEPTED', now()
         FROM covenants c JOIN neighbourhoods nb ON nb.id = c.neighbourhood_id WHERE c.slug LIKE 'covenant-%'`,
    ],
    [
      'commitments',
      `INSERT INTO commitments (covenant_id, party_id, title, due_on, progress, percent_complete, created_by_id)
       SELECT p.covenant_id, p.id, 'Commitment ' || k, DATE '2026-06-01' + (k * 37 + length(p.id::text)) % 700,
              (ARRAY['NOT_STARTED','ON_TRACK','AT_RISK','DELIVERED'])[1 + k % 4]::commitment_progress, (k % 4) * 33, $1
         FROM covenant_parties p JOIN covenants c ON c.id = p.covenant_id AND c.slug LIKE 'covenant-%'
         CROSS JOIN generate_series(1, CASE p.role WHEN 'COUNTERSIGNATORY' THEN 2 ELSE 4 END) k`,
      [userId],
    ],
    [
      'progress reports',
      `INSERT INTO commitment_updates (commitment_id, author_id, progress, percent_complete, note, created_at)
       SELECT m.id, $1, m.progress, m.percent_complete, 'Report ' || k, now() - make_interval(days => k)
         FROM commitments m JOIN covenants c ON c.id = m.covenant_id AND c.slug LIKE 'covenant-%'
         CROSS JOIN generate_series(1, 5) k`,
      [userId],
    ],
    [
      'comments',
      `INSERT INTO comments (covenant_id, author_id, body, created_at)
       SELECT c.id, $1, 'A comment on the draft, number ' || k, now() - make_interval(hours => k)
         FROM covenants c CROSS JOIN generate_series(1, 5) k WHERE c.slug LIKE 'covenant-%'`,
      [userId],
    ],
    [
      'audit events',
      `INSERT INTO audit_events (covenant_id, seq, at, actor_id, action, details, hash, prev_hash)
       SELECT c.id, k, to_char(now(), 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), $1, 'covenant.changed', '{}', md5(c.id::text || k), md5(c.id::text || (k - 1))
         FROM covenants c CROSS JOIN generate_series(1, 25) k WHERE c.slug LIKE 'covenant-%'`,
      [userId],
    ],
  ];
  const counts = {};
  await withClient(dbUrl, async (client) => {
    for (const [label, text, params] of steps) {
      const started = Date.now();
      const result = await client.query(text, params);
      counts[label] = result.rowCount;
      process.stderr.write(`  loaded ${result.rowCount} ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }
    // As autovacuum leaves a live database: statistics gathered, and the search index's pending entries merged.
    await client.query('VACUUM ANALYZE');
  });
  return counts;
}

function measure(url, query, variables, headers) {
  return measureGraphql(url, {
    query,
    variables,
    headers,
    seconds: SECONDS,
    connections: CONNECTIONS,
    warmUpSeconds: 1,
  });
}

/** Every page's operations, each checked to answer without errors and with data before it is timed. */
async function measurePages(server, pages, token) {
  const rows = [];
  for (const page of pages) {
    for (const [viewer, headers] of [
      ['signed in', { authorization: `Bearer ${token}` }],
      ['anonymous', {}],
    ]) {
      const check = await gql(server.url, page.query, page.variables, viewer === 'signed in' ? token : undefined);
      if (!page.hasData(check))
        throw new Error(`${page.name} answered no data: ${JSON.stringify(check).slice(0, 300)}`);
      rows.push({ page: page.name, viewer, ...(await measure(server.url, page.query, page.variables, headers)) });
    }
  }
  return rows;
}

/**
 * What the national rows need from the loaded data: where page 50 of 20 starts for an anonymous reader
 * (the 980th readable covenant, newest change first), and the busiest council.
 */
async function nationalPlaces(dbUrl) {
  return withClient(dbUrl, async (client) => {
    const { rows } = await client.query(
      `SELECT id FROM covenants WHERE visibility = 'PUBLIC'
          AND status IN ('CONSULTATION', 'OPEN_FOR_SIGNATURE', 'IN_FORCE', 'UNDER_REVIEW', 'ENDED')
        ORDER BY updated_at DESC, id DESC OFFSET 979 LIMIT 1`,
    );
    const council = await client.query(`SELECT id FROM organisations WHERE slug = 'org-1'`);
    return { after: rows[0].id, councilId: council.rows[0].id };
  });
}

function pagesFor(setup, national) {
  const pages = [
    {
      name: 'home: neighbourhoods',
      query: webOperation('Neighbourhoods'),
      variables: { first: 50 },
      hasData: (d) => d.neighbourhoods.length > 0,
    },
    {
      name: 'home: latest covenants',
      query: webOperation('CovenantSearch'),
      variables: { first: 20 },
      hasData: (d) => d.covenants.length > 0,
    },
    {
      name: 'neighbourhood',
      query: webOperation('Neighbourhood'),
      variables: { slug: setup.neighbourhood.slug, first: 20 },
      hasData: (d) => d.neighbourhood.covenants.length > 0,
    },
    {
      name: 'organisation',
      query: webOperation('Organisation'),
      variables: { slug: setup.group.slug },
      hasData: (d) => d.organisation !== null,
    },
    {
      name: 'organisation commitments',
      query: webOperation('OrganisationCommitments'),
      variables: { organisationId: setup.group.id, first: 20 },
      hasData: (d) => d.commitments.length > 0,
    },
    {
      name: 'covenant',
      query: webOperation('Covenant'),
      variables: { slug: setup.covenant.slug },
      hasData: (d) => d.covenant !== null,
    },
    {
      name: 'accountability',
      query: webOperation('Accountability'),
      variables: { slug: setup.covenant.slug },
      hasData: (d) => d.covenant.commitments.length > 0,
    },
    {
      name: 'national picture',
      query: webOperation('NationalPicture'),
      variables: {},
      hasData: (d) => d.nationalPicture.councils.length > 0,
    },
    {
      name: 'commissioner cases',
      query: webOperation('Escalations'),
      variables: { first: 20 },
      hasData: (d) => Array.isArray(d.escalations),
    },
    {
      name: 'covenant search',
      query: webOperation('CovenantSearch'),
      variables: { search: 'riverside allot', first: 20 },
      hasData: (d) => d.covenants.length > 0,
    },
  ];
  if (national) {
    pages.push(
      {
        name: 'page 50 of covenants',
        query: webOperation('CovenantSearch'),
        variables: { first: 20, after: national.after },
        hasData: (d) => d.covenants.length > 0,
      },
      // The busiest council of the national data, party to some 130 covenants.
      {
        name: 'a big council',
        query: webOperation('Organisation'),
        variables: { slug: 'org-1' },
        hasData: (d) => d.organisation.parties.length > 50,
      },
      {
        name: 'a big council commitments',
        query: webOperation('OrganisationCommitments'),
        variables: { organisationId: national.councilId, first: 20 },
        hasData: (d) => d.commitments.length > 0,
      },
    );
  }
  return pages;
}

async function main() {
  requireBuild();
  const name = `covenant_bench_scale_${process.pid}`;
  const dbUrl = databaseUrl(name);
  await withClient(databaseUrl('postgres'), (c) => c.query(`CREATE DATABASE "${name}"`));
  let server;
  let raw;
  try {
    server = await startApi(dbUrl, { RATE_LIMIT_REGISTRATIONS: '100000' });
    const setup = await setUp(server.url, dbUrl);
    process.stderr.write('measuring on demo-size data\n');
    const small = await measurePages(server, pagesFor(setup, null), setup.token);
    process.stderr.write('loading the national data set\n');
    const started = Date.now();
    const counts = await loadNation(dbUrl, setup.userId);
    const loadSeconds = (Date.now() - started) / 1000;
    process.stderr.write('measuring on national data\n');
    const national = await measurePages(server, pagesFor(setup, await nationalPlaces(dbUrl)), setup.token);
    raw = await startRawAccountability(dbUrl);
    const reference = await measure(
      raw.url,
      webOperation('Accountability'),
      { slug: setup.covenant.slug },
      {
        authorization: `Bearer ${setup.token}`,
      },
    );
    const product = national.find((row) => row.page === 'accountability' && row.viewer === 'signed in');

    console.log('Covenant platform: reads at national scale');
    console.log(
      `  command:  npm run bench:scale (BENCH_SECONDS=${SECONDS}, BENCH_CONNECTIONS=${CONNECTIONS}, BENCH_SCALE=${SCALE})`,
    );
    console.log(
      `  machine:  ${os.cpus().length} cores (${os.cpus()[0].model}), ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}; autocannon runs in this process`,
    );
    console.log(
      `  national: ${Object.entries(counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}; loaded in ${loadSeconds.toFixed(0)} s`,
    );
    console.log(`  goal:     p99 <= ${GOAL_MS} ms on national data, and within ${GOAL_RATIO} x of demo size`);
    console.log('');
    console.log('  page                      viewer      demo p50/p99    national p50/p99   req/s   p99 ratio  meets');
    for (const row of national) {
      const before = small.find((s) => s.page === row.page && s.viewer === row.viewer);
      const ratio = before ? row.p99 / Math.max(before.p99, 1) : null;
      const meets = row.p99 <= GOAL_MS && (ratio === null || ratio <= GOAL_RATIO) && row.failed === 0;
      console.log(
        `  ${row.page.padEnd(25)} ${row.viewer.padEnd(11)} ${(before ? `${before.p50}/${before.p99} ms` : 'n/a').padStart(12)}    ` +
          `${`${row.p50}/${row.p99} ms`.padStart(14)}   ${row.rps.toFixed(0).padStart(5)}   ${(ratio === null ? 'n/a' : ratio.toFixed(2)).padStart(9)}  ${meets ? 'yes' : 'NO'}${row.failed ? ` (${row.failed} failed)` : ''}`,
      );
    }
    console.log('');
    console.log(
      `  accountability, signed in, against the raw handler (bench/raw-accountability.mjs) on the same data: ` +
        `reference ${reference.p50}/${reference.p99} ms ${reference.rps.toFixed(0)} req/s; product ${product.p50}/${product.p99} ms ${product.rps.toFixed(0)} req/s; ` +
        `throughput ${(product.rps / reference.rps).toFixed(2)} x (goal >= 0.6), p99 ${(product.p99 / reference.p99).toFixed(2)} x (goal <= 2)`,
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
