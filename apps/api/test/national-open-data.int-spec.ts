/**
 * The national open data through real HTTP: every covenant and commitment
 * anyone may read, with the contract's columns, the licence and the time it
 * was made, streamed so that a download of the whole country takes the
 * server no more memory than a small one.
 */
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { startApiProcess } from './support/api-process';
import { buildWorld, forceStatus, sql, startCovenant, type TestCovenant, type World } from './support/covenant-world';
import { readyToSign } from './support/signing';
import { startTestApp, type TestApp } from './support/test-app';

const LICENCE_LINE =
  '# Open Government Licence v3.0: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';
const COVENANT_HEADER =
  'id,slug,title,neighbourhood,localAuthority,status,startsOn,reviewDueOn,parties,commitments,delivered,overdue,url';
const COMMITMENT_HEADER =
  'id,partyId,organisation,title,description,measure,right,dueOn,progress,percentComplete,overdue,lastUpdatedAt,covenantSlug';

function day(offset: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

/** The server's resident memory, in bytes. */
function rssOf(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) * 1024;
}

describe('National open data', () => {
  let api: TestApp;
  let world: World;
  let open: TestCovenant;
  let consulting: TestCovenant;
  let reviewing: TestCovenant;
  let hidden: TestCovenant;
  let draft: TestCovenant;

  const download = async (path: string) => {
    const response = await fetch(`${api.url}${path}`);
    return { response, text: await response.text() };
  };
  const partyOf = (covenant: TestCovenant, organisation: { id: string }) =>
    covenant.parties.find((p) => p.organisation.id === organisation.id)!.id;
  const add = async (
    covenant: TestCovenant,
    by: 'hydroAdmin' | 'poolAdmin',
    title: string,
    dueOn: string | null = null,
  ) => {
    const partyId = partyOf(covenant, by === 'hydroAdmin' ? world.hydro : world.pool);
    const added = await api.gql<{ addCommitment: { id: string } }>(
      `mutation ($input: CommitmentInput!) { addCommitment(input: $input) { id } }`,
      { input: { covenantId: covenant.id, partyId, title, dueOn, description: 'Line one,\nline "two"' } },
      { token: world.people[by].token },
    );
    if (!added.data) throw new Error(`addCommitment failed: ${JSON.stringify(added.errors)}`);
    return added.data.addCommitment.id;
  };

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
    open = await readyToSign(api, world);
    const delivered = await add(open, 'hydroAdmin', 'Reopen the footbridge', day(30));
    const late = await add(open, 'hydroAdmin', 'Plant the riverbank, "native only", by spring', day(40));
    await forceStatus(api, open.id, 'IN_FORCE');
    await sql(api, `UPDATE covenants SET starts_on = $2, review_due_on = $3 WHERE id = $1`, [
      open.id,
      day(-10),
      day(355),
    ]);
    await sql(api, 'UPDATE commitments SET due_on = $2 WHERE id = $1', [late, day(-1)]);
    await api.gql(
      `mutation ($input: CommitmentUpdateInput!) { reportProgress(input: $input) { id } }`,
      { input: { commitmentId: delivered, progress: 'DELIVERED', percentComplete: 100, note: 'Open.' } },
      { token: world.people.hydroAdmin.token },
    );

    // In consultation, after the pool trust left: its commitment left with it.
    consulting = await readyToSign(api, world);
    await add(consulting, 'hydroAdmin', 'Publish the hydro’s accounts');
    await add(consulting, 'poolAdmin', 'Open the pool on Sundays');
    const left = await api.gql(
      `mutation ($p: ID!) { removeParty(partyId: $p) { id } }`,
      { p: partyOf(consulting, world.pool) },
      { token: world.people.poolAdmin.token },
    );
    if (left.errors) throw new Error(`removeParty failed: ${JSON.stringify(left.errors)}`);
    await forceStatus(api, consulting.id, 'CONSULTATION');

    reviewing = await readyToSign(api, world);
    await add(reviewing, 'hydroAdmin', 'Drafted during the review');
    await forceStatus(api, reviewing.id, 'UNDER_REVIEW');

    hidden = await readyToSign(api, world, 'PARTIES_ONLY');
    await add(hidden, 'hydroAdmin', 'Hidden promise');
    await forceStatus(api, hidden.id, 'IN_FORCE');

    draft = await startCovenant(api, world, { title: 'A draft, not yet public' });
    await add(draft, 'hydroAdmin', 'Drafted, not yet public');
  }, 60_000);
  afterAll(() => api.close());

  it('lists every covenant anyone may read as CSV, with the licence, the contract’s columns and its counts', async () => {
    const { response, text } = await download('/open-data/covenants.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="covenants.csv"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(LICENCE_LINE);
    expect(lines[1]).toBe(COVENANT_HEADER);
    expect(text).not.toContain(hidden.id);
    expect(text).not.toContain(draft.id);
    const row = (covenant: TestCovenant) =>
      lines
        .find((line) => line.startsWith(covenant.id))!
        .split(',')
        .slice(1);
    expect(row(open)).toEqual([
      open.slug,
      'Settle covenant for the pool and the river',
      expect.stringMatching(/^Settle /),
      'North Yorkshire Council',
      'IN_FORCE',
      day(-10),
      day(355),
      '3',
      '2',
      '1',
      '1',
      `${api.url}/covenants/${open.slug}`,
    ]);
    // The pool trust left with its commitment: the hydro and the council remain, with the hydro's one.
    expect(row(consulting).slice(4)).toEqual(['CONSULTATION', '', '', '2', '1', '0', '0', expect.any(String)]);
    expect(row(reviewing)[4]).toBe('UNDER_REVIEW');
    // Its commitments are drafted again, for its parties' eyes only: not counted, as the commitments file lists none.
    expect(row(reviewing).slice(8, 11)).toEqual(['', '', '']);
    expect(lines.slice(2, -1)).toHaveLength(3);
  });

  it('lists the commitments anyone may read as JSON, wrapped with the licence and the time', async () => {
    const before = Date.now();
    const { response, text } = await download('/open-data/commitments.json');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = JSON.parse(text) as Record<string, unknown> & { generatedAt: string; rows: Record<string, unknown>[] };
    expect(Object.keys(body)).toEqual(['licence', 'generatedAt', 'rows']);
    expect(body.licence).toBe(
      'Open Government Licence v3.0 (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/)',
    );
    expect(Date.parse(body.generatedAt)).toBeGreaterThanOrEqual(before - 1_000);
    expect(Date.parse(body.generatedAt)).toBeLessThanOrEqual(Date.now());
    // Not the commitment of a party that left, nor those drafted during a review, nor a private covenant's or a draft's.
    expect(body.rows.map((row) => row.title).sort()).toEqual([
      'Plant the riverbank, "native only", by spring',
      'Publish the hydro’s accounts',
      'Reopen the footbridge',
    ]);
    const late = body.rows.find((row) => row.title === 'Plant the riverbank, "native only", by spring')!;
    expect(Object.keys(late)).toEqual(COMMITMENT_HEADER.split(','));
    expect(late).toMatchObject({
      partyId: partyOf(open, world.hydro),
      organisation: 'Settle Community Hydro',
      dueOn: day(-1),
      progress: 'NOT_STARTED',
      percentComplete: 0,
      overdue: true,
      lastUpdatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      covenantSlug: open.slug,
    });
    expect(body.rows.find((row) => row.title === 'Reopen the footbridge')).toMatchObject({
      progress: 'DELIVERED',
      percentComplete: 100,
      overdue: false,
    });
  });

  it('quotes what CSV needs quoted, ends each commitment with its covenant’s slug, and matches the JSON', async () => {
    const { response, text } = await download('/open-data/commitments.csv');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="commitments.csv"');
    expect(text.split('\r\n').slice(0, 2)).toEqual([LICENCE_LINE, COMMITMENT_HEADER]);
    expect(text).toContain(
      `,"Plant the riverbank, ""native only"", by spring","Line one,\nline ""two""",,,${day(-1)},NOT_STARTED,0,true,`,
    );
    for (const line of text.split('\r\n').slice(2, -1)) {
      expect([open.slug, consulting.slug]).toContain(line.slice(line.lastIndexOf(',') + 1));
    }
    const covenants = JSON.parse((await download('/open-data/covenants.json')).text) as {
      rows: { id: string; parties: number; url: string }[];
    };
    expect(covenants.rows.map((row) => row.id).sort()).toEqual([open.id, consulting.id, reviewing.id].sort());
    expect(covenants.rows.find((row) => row.id === open.id)).toMatchObject({
      parties: 3,
      url: `${api.url}/covenants/${open.slug}`,
    });
    expect((await download('/open-data/covenants.xml')).response.status).toBe(404);
  });

  it('streams a national-size file in constant memory', async () => {
    const rows = 250_000;
    await sql(
      api,
      `INSERT INTO commitments (covenant_id, party_id, title, description, measure, due_on, created_by_id)
       SELECT $1, $2, 'Commitment ' || i, repeat('What the party will do, and how. ', 6), 'Counted monthly',
              $3::date + i % 400, $4
         FROM generate_series(1, ${rows}) i`,
      [open.id, partyOf(open, world.hydro), day(-200), world.people.hydroAdmin.id],
    );
    // A heap capped as a small container's would be, which a server building the whole file in memory outgrows;
    // and no reminders job, which would otherwise start telling the hydro about its many overdue promises.
    const server = await startApiProcess({
      DATABASE_URL: api.db.url,
      REMINDERS_EVERY_MINUTES: '0',
      NODE_OPTIONS: '--max-old-space-size=128',
    });
    try {
      const pid = server.child.pid!;
      const before = rssOf(pid);
      let peak = before;
      let bytes = 0;
      let lines = 0;
      await new Promise<void>((resolve, reject) => {
        // No kept-alive connection, so the server can stop as soon as the file is read.
        get(`${server.url}/open-data/commitments.csv`, { agent: false }, (response) => {
          response.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
            for (const byte of chunk) if (byte === 13) lines += 1;
            // A reader slower than the server writes (at most a quarter MB every 20 ms): a server that did not wait
            // for it would hold most of the file in memory by the end.
            if (bytes % (256 * 1024) < chunk.length) {
              response.pause();
              peak = Math.max(peak, rssOf(pid));
              setTimeout(() => response.resume(), 20);
            }
          });
          response.on('end', resolve);
          response.on('error', reject);
        }).on('error', reject);
      });
      peak = Math.max(peak, rssOf(pid));
      // Lines end in CRLF (a bare LF is a newline inside a quoted cell): the licence, the header, the three
      // readable before, then a line a commitment.
      expect(lines).toBe(2 + 3 + rows);
      expect(bytes).toBeGreaterThan(100 * 1024 * 1024);
      expect(peak - before).toBeLessThan(bytes / 3);
    } finally {
      await server.stop();
    }
    // The reader is slow on purpose (100 MB in pauses of 20 ms), and the whole suite shares two cores with it.
  }, 120_000);
});
