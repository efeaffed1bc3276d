/** Security headers on every response, and no source maps in production. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { productionEnv } from './support/production';
import { startTestApp, type TestApp } from './support/test-app';

const PRODUCTION = productionEnv();

/** A built web app in miniature: the shell, the explorer, an asset and its source map. */
function webBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'covenant-web-'));
  mkdirSync(join(dir, 'static'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Covenant platform</title>');
  writeFileSync(join(dir, 'explorer.html'), '<!doctype html><title>GraphQL explorer</title>');
  writeFileSync(join(dir, 'static/index-abc123.js'), 'console.log(1);\n//# sourceMappingURL=index-abc123.js.map\n');
  writeFileSync(join(dir, 'static/index-abc123.js.map'), '{"version":3,"sources":["main.tsx"],"mappings":""}');
  return dir;
}

function directives(csp: string | null): Map<string, string> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...values] = part.split(/\s+/);
        return [name, values.join(' ')];
      }),
  );
}

describe('Security headers', () => {
  let web: string;
  beforeAll(() => {
    web = webBuild();
  });
  afterAll(() => rmSync(web, { recursive: true, force: true }));

  describe('on plain http', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startTestApp({ WEB_DIST: web });
    });
    afterAll(() => api.close());

    it('are on every kind of response: pages, assets, the API, errors, health and Socket.IO', async () => {
      const html = { accept: 'text/html' };
      const responses = await Promise.all([
        fetch(`${api.url}/`, { headers: html }),
        fetch(`${api.url}/no/such/page`, { headers: html }),
        fetch(`${api.url}/graphql`, { headers: html }),
        fetch(`${api.url}/static/index-abc123.js`),
        fetch(`${api.url}/static/missing.js`),
        fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        }),
        fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{bad' }),
        fetch(`${api.url}/healthz`),
        fetch(`${api.url}/.well-known/covenant-seal.pub`),
        fetch(`${api.url}/socket.io/?EIO=4&transport=polling`),
      ]);
      for (const response of responses) {
        const where = `${response.url} (${response.status})`;
        const csp = directives(response.headers.get('content-security-policy'));
        expect([where, csp.get('default-src')]).toEqual([where, "'self'"]);
        expect([where, csp.get('frame-ancestors')]).toEqual([where, "'none'"]);
        expect([where, csp.get('script-src')]).toEqual([where, "'self'"]);
        expect([where, csp.get('object-src')]).toEqual([where, "'none'"]);
        expect([where, csp.has('upgrade-insecure-requests')]).toEqual([where, false]);
        expect([where, response.headers.get('x-content-type-options')]).toEqual([where, 'nosniff']);
        expect([where, response.headers.get('referrer-policy')]).toEqual([where, 'no-referrer']);
        expect([where, response.headers.get('x-frame-options')]).toEqual([where, 'DENY']);
        expect([where, response.headers.get('strict-transport-security')]).toEqual([where, null]);
      }
      expect(responses.map((response) => response.status)).toEqual([200, 404, 200, 200, 404, 200, 400, 200, 200, 200]);
    });

    it('let development and test builds serve source maps', async () => {
      expect((await fetch(`${api.url}/static/index-abc123.js.map`)).status).toBe(200);
    });
  });

  it('add HSTS and upgrade insecure requests once the site is served over HTTPS', async () => {
    const api = await startTestApp({ WEB_DIST: web, COOKIE_SECURE: 'true' });
    try {
      const response = await fetch(`${api.url}/`, { headers: { accept: 'text/html' } });
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(directives(response.headers.get('content-security-policy')).has('upgrade-insecure-requests')).toBe(true);
    } finally {
      await api.close();
    }
  });

  it('never let production serve a source map', async () => {
    const api = await startTestApp({ ...PRODUCTION, WEB_DIST: web });
    try {
      expect((await fetch(`${api.url}/static/index-abc123.js`)).status).toBe(200);
      expect((await fetch(`${api.url}/static/index-abc123.js.map`)).status).toBe(404);
      expect((await fetch(`${api.url}/index-abc123.js.map`)).status).toBe(404);
    } finally {
      await api.close();
    }
  });
});
