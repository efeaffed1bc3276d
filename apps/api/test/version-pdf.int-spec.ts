/** GET /covenants/:slug/v/:number.pdf: the signed version as a real PDF, readable by whoever may read the covenant. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pdfParse from 'pdf-parse';
import { buildWorld, sql, type World } from './support/covenant-world';
import { inForceCovenant, openForSignature, readyToSign, sign } from './support/signing';
import { startTestApp, type TestApp } from './support/test-app';

const OUT = resolve(__dirname, '../../../test-results/pdf');

describe('The signed PDF of a version', () => {
  let api: TestApp;
  let world: World;

  beforeAll(async () => {
    api = await startTestApp({ PUBLIC_URL: 'https://covenants.example.org' });
    world = await buildWorld(api);
  });
  afterAll(() => api.close());

  it('holds the title, every signatory by name, the hash and the verification address, and renders to PNG', async () => {
    const covenant = await readyToSign(api, world);
    const version = await openForSignature(api, world, covenant.id);
    const { hydroSignatory, poolSignatory, councilSignatory } = world.people;
    const signers = [
      { user: hydroSignatory, name: 'Gwenllïan Ŵyn-Prŷs', kind: 'sign' as const },
      { user: poolSignatory, name: 'Isla Brennan', kind: 'sign' as const },
      { user: councilSignatory, name: 'Tom Haworth', kind: 'countersign' as const },
    ];
    for (const signer of signers) {
      const signed = await sign(
        api,
        signer.user,
        covenant.id,
        { contentHash: version.contentHash, signerName: signer.name, signerPosition: 'Chair' },
        signer.kind,
      );
      expect(signed.errors).toBeUndefined();
    }

    const response = await fetch(`${api.url}/covenants/${covenant.slug}/v/1.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(`${covenant.slug}-version-1.pdf`);
    const pdf = Buffer.from(await response.arrayBuffer());
    const { text, info } = await pdfParse(pdf);
    expect((info as { Title: string }).Title).toBe('Settle covenant for the pool and the river');
    expect(text).toContain('Settle covenant for the pool and the river');
    for (const signer of signers) expect(text).toContain(signer.name);
    expect(text.replace(/\s+/g, '')).toContain(version.contentHash);
    expect(text.replace(/\s+/g, '')).toContain(`https://covenants.example.org/verify/${covenant.slug}`);

    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, 'signed-covenant.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      join(OUT, 'signed-covenant'),
    ]);
    expect(statSync(join(OUT, 'signed-covenant.png')).size).toBeGreaterThan(10_000);
  });

  it('is not found for a version that does not exist, a bad address, or a covenant the reader cannot see', async () => {
    const hidden = await readyToSign(api, world, 'PARTIES_ONLY');
    await openForSignature(api, world, hidden.id);
    expect((await fetch(`${api.url}/covenants/${hidden.slug}/v/1.pdf`)).status).toBe(404);
    const asParty = await fetch(`${api.url}/covenants/${hidden.slug}/v/1.pdf`, {
      headers: { authorization: `Bearer ${world.people.poolMember.token}` },
    });
    expect(asParty.status).toBe(200);
    expect(
      (
        await fetch(`${api.url}/covenants/${hidden.slug}/v/2.pdf`, {
          headers: { authorization: `Bearer ${world.people.poolMember.token}` },
        })
      ).status,
    ).toBe(404);
    expect((await fetch(`${api.url}/covenants/${hidden.slug}/v/one.pdf`)).status).toBe(404);
  });

  const download = async (slug: string, number: number, token?: string) => {
    const response = await fetch(`${api.url}/covenants/${slug}/v/${number}.pdf`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };
  const auditActions = async (pdf: Buffer) => {
    const { text } = await pdfParse(pdf);
    return text.slice(text.lastIndexOf('Audit trail'));
  };

  it('builds a complete version once, with the trail up to its coming into force, and serves the stored bytes', async () => {
    const { covenant } = await inForceCovenant(api, world);
    // Built only at the first download, after the covenant has moved on: it still ends where the version came into force.
    await api.gql(
      `mutation ($c: ID!) { startReview(covenantId: $c) { id } }`,
      { c: covenant.id },
      { token: world.people.hydroAdmin.token },
    );
    const commented = await api.gql(
      `mutation ($c: ID!) { addComment(input: { covenantId: $c, body: "Time to look at the fees again." }) { id } }`,
      { c: covenant.id },
      { token: world.people.hydroMember.token },
    );
    expect(commented.errors).toBeUndefined();

    const first = await download(covenant.slug, 1);
    const trail = await auditActions(first);
    expect(trail).toContain('version.sealed');
    expect(trail).not.toContain('comment.added');
    const [stored] = await sql<{ pdf: Buffer; audit_through_seq: number }>(
      api,
      'SELECT p.pdf, p.audit_through_seq FROM version_pdfs p JOIN covenant_versions v ON v.id = p.version_id WHERE v.covenant_id = $1',
      [covenant.id],
    );
    expect(stored.pdf.equals(first)).toBe(true);
    const [{ seq }] = await sql<{ seq: number }>(
      api,
      `SELECT seq FROM audit_events WHERE covenant_id = $1 AND action = 'status.changed' AND details LIKE '%"to":"IN_FORCE"%'`,
      [covenant.id],
    );
    expect(stored.audit_through_seq).toBe(seq);

    expect((await download(covenant.slug, 1)).equals(first)).toBe(true);
    // Whatever is stored is what is served: the second download was not built again.
    const marked = Buffer.concat([first, Buffer.from('\n% served from storage\n')]);
    await sql(api, 'UPDATE version_pdfs SET pdf = $1 WHERE pdf = $2', [marked, first]);
    expect((await download(covenant.slug, 1)).equals(marked)).toBe(true);
    expect((await download(covenant.slug, 1, world.people.hydroMember.token)).equals(marked)).toBe(true);
  });

  it('prints a version not yet complete afresh, with the trail as the reader is shown it', async () => {
    const { covenant } = await inForceCovenant(api, world);
    const { hydroAdmin, poolAdmin, poolMember } = world.people;
    await api.gql(
      `mutation ($c: ID!) { startReview(covenantId: $c) { id } }`,
      { c: covenant.id },
      { token: hydroAdmin.token },
    );
    await openForSignature(api, world, covenant.id);
    const back = await api.gql(
      `mutation ($c: ID!) { returnToDraft(covenantId: $c, reason: "The fees need another look.") { id } }`,
      { c: covenant.id },
      { token: hydroAdmin.token },
    );
    expect(back.errors).toBeUndefined();
    const pool = covenant.parties.find((party) => party.organisation.id === world.pool.id)!;
    const added = await api.gql(
      `mutation ($input: CommitmentInput!) { addCommitment(input: $input) { id } }`,
      { input: { covenantId: covenant.id, partyId: pool.id, title: 'Open at dawn on Saturdays' } },
      { token: poolAdmin.token },
    );
    expect(added.errors).toBeUndefined();

    expect(await auditActions(await download(covenant.slug, 2))).not.toContain('commitment.added');
    expect(await auditActions(await download(covenant.slug, 2, poolMember.token))).toContain('commitment.added');
    expect(
      await sql(
        api,
        'SELECT 1 FROM version_pdfs p JOIN covenant_versions v ON v.id = p.version_id WHERE v.number = 2 AND v.covenant_id = $1',
        [covenant.id],
      ),
    ).toEqual([]);
  });
});
