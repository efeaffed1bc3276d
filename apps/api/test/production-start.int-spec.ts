/**
 * Production defaults of the built API: it refuses to start without a kept
 * seal key and PUBLIC_URL (naming the variable), loads no demo unless asked,
 * and the demo reset refuses to run at all.
 */
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@covenant/testing';
import { MAIN, startApiProcess } from './support/api-process';
import { graphqlClient } from './support/test-app';

const CLI = join(MAIN, '../cli.js');

describe('Starting in production', () => {
  let db: TestDatabase;
  let keyDir: string;
  let keyFile: string;
  let publicPem: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    keyDir = mkdtempSync(join(tmpdir(), 'covenant-seal-'));
    keyFile = join(keyDir, 'seal.pem');
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  });
  afterAll(async () => {
    rmSync(keyDir, { recursive: true, force: true });
    await db.drop();
  });

  const production = (env: Record<string, string>) => ({
    NODE_ENV: 'production',
    DATABASE_URL: db.url,
    SEED_DEMO: '',
    PUBLIC_URL: 'https://covenants.example.org',
    SEAL_KEY_FILE: keyFile,
    ...env,
  });

  it('refuses to start without a kept seal key, naming the variable', async () => {
    await expect(startApiProcess(production({ SEAL_KEY_FILE: '' }))).rejects.toThrow(
      /exited with 1:\nInvalid configuration: SEAL_PRIVATE_KEY \(or SEAL_KEY_FILE\) must be set in production/,
    );
    await expect(startApiProcess(production({ SEAL_KEY_FILE: join(keyDir, 'missing.pem') }))).rejects.toThrow(
      /exited with 1:\nInvalid configuration: SEAL_KEY_FILE names a file that cannot be read \(ENOENT\)/,
    );
  });

  it('refuses to start without PUBLIC_URL, naming the variable', async () => {
    await expect(startApiProcess(production({ PUBLIC_URL: '' }))).rejects.toThrow(
      /exited with 1:\nInvalid configuration: PUBLIC_URL must be set in production/,
    );
  });

  it('starts with both, seals with the key from the file, and loads no demo unless asked', async () => {
    const api = await startApiProcess(production({}));
    try {
      expect(await (await fetch(`${api.url}/.well-known/covenant-seal.pub`)).text()).toBe(publicPem);
      const demo = await graphqlClient(api.url).gql<{ neighbourhood: unknown }>(
        '{ neighbourhood(slug: "settle") { name } }',
      );
      expect(demo.data).toEqual({ neighbourhood: null });
      expect(api.output()).toContain('Mode: production');
      expect(api.output()).not.toContain('Demo accounts');
    } finally {
      expect(await api.stop()).toBe(0);
    }
  });

  it('refuses to empty the database for the demo (db:seed)', () => {
    const seed = spawnSync(process.execPath, [CLI, 'seed'], {
      env: { ...process.env, ...production({}) },
      encoding: 'utf8',
    });
    expect(seed.status).toBe(1);
    expect(seed.stderr).toContain('seed empties the database: it is refused with NODE_ENV=production.');
  });
});

describe('Starting in development', () => {
  it('says so in the banner, and that NODE_ENV=production is for real deployments', async () => {
    const db = await createTestDatabase();
    const api = await startApiProcess({ NODE_ENV: '', DATABASE_URL: db.url, HOST: '127.0.0.1' });
    try {
      expect(api.output()).toContain(
        'Mode: development (NODE_ENV is unset; set NODE_ENV=production for a real deployment)',
      );
      expect(api.output()).toContain(`Covenant platform is running at ${api.url}`);
    } finally {
      await api.stop();
      await db.drop();
    }
  });
});
