import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './support/test-app';

const HTML = { accept: 'text/html,application/xhtml+xml' };

describe('HTTP addresses', () => {
  let api: TestApp;
  let webDist: string;
  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'covenant-web-'));
    mkdirSync(join(webDist, 'static'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Covenant platform</title><div id="root"></div>');
    writeFileSync(join(webDist, 'explorer.html'), '<!doctype html><title>GraphQL explorer</title>');
    writeFileSync(join(webDist, 'static', 'app-1a2b3c.js'), 'console.log("app")');
    api = await startTestApp({ WEB_DIST: webDist });
  });
  afterAll(async () => {
    await api.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('answers /healthz and /readyz', async () => {
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves the app shell for every page, so deep links work on reload', async () => {
    for (const path of [
      '/',
      '/sign-in',
      '/organisations/new',
      '/organisations/settle-pool-trust',
      '/neighbourhoods/settle',
    ]) {
      const response = await fetch(`${api.url}${path}`, { headers: HTML });
      expect([path, response.status]).toEqual([path, 200]);
      expect(await response.text()).toContain('<div id="root">');
    }
  });

  it('answers an unknown address with the app (its not-found page) and status 404', async () => {
    const page = await fetch(`${api.url}/no/such/page`, { headers: HTML });
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('<div id="root">');
    const api404 = await fetch(`${api.url}/no/such/page`, { headers: { accept: 'application/json' } });
    expect(api404.status).toBe(404);
  });

  it('serves hashed assets with long-lived caching', async () => {
    const asset = await fetch(`${api.url}/static/app-1a2b3c.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    expect((await fetch(`${api.url}/static/missing.js`)).status).toBe(404);
  });

  it('serves an asset of community value’s address as a page, beside the built files', async () => {
    const page = await fetch(`${api.url}/assets/victoria-hall`, { headers: HTML });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  });

  it('shows the GraphQL explorer to a browser on GET /graphql', async () => {
    const explorer = await fetch(`${api.url}/graphql`, { headers: HTML });
    expect(explorer.status).toBe(200);
    expect(await explorer.text()).toContain('GraphQL explorer');
  });

  it('reports not ready (503) when the database stops answering', async () => {
    await api.app.get(DataSource).destroy();
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(503);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });
});
