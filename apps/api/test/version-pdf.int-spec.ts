/** GET /covenants/:slug/v/:number.pdf: the signed version as a real PDF, readable by whoever may read the covenant. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pdfParse from 'pdf-parse';
import { buildWorld, type World } from './support/covenant-world';
import { openForSignature, readyToSign, sign } from './support/signing';
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
});
