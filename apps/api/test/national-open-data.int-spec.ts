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
  let hidden: TestCovenant;
  let draft: TestCovenant;

  const download = async (path: string) => {
    const response = await fetch(`${api.url}${path}`);
    return { response, text: await response.text() };
  };

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
    open = await readyToSign(api, world);
    const hydroParty = open.parties.find((p) => p.organisation.id === world.hydro.id)!.id;
    const add = async (covenantId: string, partyId: string, title: string, dueOn: string | null) => {
      const added = await api.gql<{ addCommitment: { id: string } }>(
        `mutation ($input: CommitmentInput!) { addCommitment(input: $input) { id } }`,
        { input: { covenantId, partyId, title, dueOn, description: 'Line one,\nline "two"' } },
        { token: world.people.hydroAdmin.token },
      );
      return added.data!.addCommitment.id;
    };
    const delivered = await add(open.id, hydroParty, 'Reopen the footbridge', day(30));
    const late = await add(open.id, hydroParty, 'Plant the riverbank, "native only", by spring', day(40));
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
    hidden = await readyToSign(api, world, 'PARTIES_ONLY');
    await add(hidden.id, hidden.parties.find((p) => p.organisation.id === world.hydro.id)!.id, 'Hidden promise', null);
    await forceStatus(api, hidden.id, 'IN_FORCE');
    draft = await startCovenant(api, world, { title: 'A draft, not yet public' });
  }, 120_000);
  afterAll(() => api.close());

  it('lists every covenant anyone may read as CSV, with the licence and the contract’s columns', async () => {
    const { response, text } = await download('/open-data/covenants.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toContain('covenants.csv');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(LICENCE_LINE);
    expect(lines[1]).toBe(COVENANT_HEADER);
    expect(text).not.toContain(hidden.id);
    expect(text).not.toContain(draft.id);
    const row = lines.find((line) => line.startsWith(open.id))!.split(',');
    expect(row.slice(1)).toEqual([
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
  });

  it('lists every readable commitment as JSON, wrapped with the licence and the time', async () => {
    const { response, text } = await download('/open-data/commitments.json');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = JSON.parse(text) as { licence: string; generatedAt: string; rows: Record<string, unknown>[] };
    expect(body.licence).toBe(
      'Open Government Licence v3.0 (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/)',
    );
    expect(Date.now() - Date.parse(body.generatedAt)).toBeLessThan(60_000);
    expect(body.rows.map((row) => row.title).sort()).toEqual([
      'Plant the riverbank, "native only", by spring',
      'Reopen the footbridge',
    ]);
    const late = body.rows.find((row) => row.title !== 'Reopen the footbridge')!;
    expect(Object.keys(late)).toEqual(COMMITMENT_HEADER.split(','));
    expect(late).toMatchObject({
      organisation: 'Settle Community Hydro',
      dueOn: day(-1),
      progress: 'NOT_STARTED',
      overdue: true,
      covenantSlug: open.slug,
    });
  });

  it('quotes what CSV needs quoted, and the JSON of covenants matches its CSV', async () => {
    const { text } = await download('/open-data/commitments.csv');
    expect(text.split('\r\n')[1]).toBe(COMMITMENT_HEADER);
    expect(text).toContain('"Plant the riverbank, ""native only"", by spring","Line one,\nline ""two"""');
    const covenants = JSON.parse((await download('/open-data/covenants.json')).text) as {
      rows: { id: string; parties: number; url: string }[];
    };
    expect(covenants.rows.map((row) => row.id)).toEqual([open.id]);
    expect(covenants.rows[0]).toMatchObject({ parties: 3, url: `${api.url}/covenants/${open.slug}` });
    expect((await download('/open-data/covenants.xml')).response.status).toBe(404);
  });

  it('streams a national-size file in constant memory', async () => {
    const party = open.parties.find((p) => p.organisation.id === world.hydro.id)!.id;
    const rows = 250_000;
    await sql(
      api,
      `INSERT INTO commitments (covenant_id, party_id, title, description, measure, due_on, created_by_id)
       SELECT $1, $2, 'Commitment ' || i, repeat('What the party will do, and how. ', 6), 'Counted monthly',
              $3::date + i % 400, $4
         FROM generate_series(1, ${rows}) i`,
      [open.id, party, day(-200), world.people.hydroAdmin.id],
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
            // A slow reader: the server must wait for it rather than read the country ahead into memory.
            if (bytes % (2 * 1024 * 1024) < chunk.length) {
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
      // Lines end in CRLF (a bare LF is a newline inside a quoted cell): the licence, the header, a line a commitment.
      expect(lines).toBe(2 + 2 + rows);
      expect(bytes).toBeGreaterThan(100 * 1024 * 1024);
      expect(peak - before).toBeLessThan(bytes / 3);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
