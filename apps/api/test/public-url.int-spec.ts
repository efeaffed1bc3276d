/**
 * The verification address printed in a PDF (as a link and a QR code) never
 * comes from the request's Host header, which whoever asks can set: it is
 * PUBLIC_URL, or in development and test the address the process listens on.
 */
import { request } from 'node:http';
import pdfParse from 'pdf-parse';
import { buildWorld, type World } from './support/covenant-world';
import { openForSignature, readyToSign } from './support/signing';
import { startTestApp, type TestApp } from './support/test-app';

/** GET with a Host header of our choosing (fetch keeps the real one). */
function getWithHost(url: string, host: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host, 'x-forwarded-host': host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function pdfText(api: TestApp, slug: string, host: string): Promise<string> {
  const response = await getWithHost(`${api.url}/covenants/${slug}/v/1.pdf`, host);
  expect(response.status).toBe(200);
  return (await pdfParse(response.body)).text.replace(/\s+/g, '');
}

describe('The public address in a PDF', () => {
  let api: TestApp;
  let world: World;
  let slug: string;

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
    const covenant = await readyToSign(api, world);
    await openForSignature(api, world, covenant.id);
    slug = covenant.slug;
  });
  afterAll(() => api.close());

  it('is the address the process listens on when PUBLIC_URL is unset, whatever Host the request names', async () => {
    const text = await pdfText(api, slug, 'attacker.example');
    expect(text).not.toContain('attacker.example');
    expect(text).toContain(`${api.url}/verify/${slug}`);
    expect(text).toContain(`${api.url}/.well-known/covenant-seal-keys.json`);
  });

  it('is PUBLIC_URL when it is set', async () => {
    const configured = await startTestApp({ PUBLIC_URL: 'https://covenants.example.org/' }, { database: api.db });
    try {
      const text = await pdfText(configured, slug, 'attacker.example');
      expect(text).not.toContain('attacker.example');
      expect(text).toContain(`https://covenants.example.org/verify/${slug}`);
    } finally {
      await configured.close();
    }
  });
});
