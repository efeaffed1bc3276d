/** The platform's seal key: from SEAL_PRIVATE_KEY, or generated once into the data folder and kept. */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp } from './support/test-app';

async function servedKey(env: Record<string, string>): Promise<string> {
  const api = await startTestApp(env);
  try {
    const response = await fetch(`${api.url}/.well-known/covenant-seal.pub`);
    expect(response.status).toBe(200);
    return await response.text();
  } finally {
    await api.close();
  }
}

describe('The platform seal key', () => {
  it('is generated into the data folder on first start and kept for the next', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'covenant-seal-'));
    try {
      const first = await servedKey({ DATA_DIR: dataDir });
      expect(first).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----\n$/);
      const file = join(dataDir, 'seal-key.pem');
      expect(readFileSync(file, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
      expect(statSync(file).mode & 0o077).toBe(0);
      expect(await servedKey({ DATA_DIR: dataDir })).toBe(first);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('comes from SEAL_PRIVATE_KEY when it is set', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim();
    const dataDir = mkdtempSync(join(tmpdir(), 'covenant-seal-'));
    try {
      const served = await servedKey({ SEAL_PRIVATE_KEY: pem.replace(/\n/g, '\\n'), DATA_DIR: dataDir });
      expect(served).toBe(publicKey.export({ type: 'spki', format: 'pem' }).toString());
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
