/**
 * Seal key rotation: each seal names its key, every key ever used stays
 * published, and seals made before a rotation still verify with their own key.
 */
import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { Client } from 'pg';
import { contentFormat, parseCanonicalContent, sealMessage } from '@covenant/domain';
import { createTestDatabase, type TestDatabase } from '@covenant/testing';
import { buildWorld, type World } from './support/covenant-world';
import { inForceCovenant } from './support/signing';
import { startTestApp, type TestApp } from './support/test-app';

interface PublishedKey {
  keyId: string;
  publicKey: string;
  current: boolean;
  firstUsedAt: string;
}

function newKey(): { env: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    env: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

async function publishedKeys(api: TestApp): Promise<PublishedKey[]> {
  const response = await fetch(`${api.url}/.well-known/covenant-seal-keys.json`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return ((await response.json()) as { keys: PublishedKey[] }).keys;
}

async function record(api: TestApp, covenantId: string) {
  const response = await api.gql<{
    verifyCovenant: { valid: boolean; sealValid: boolean | null; problems: string[] };
    covenant: {
      versions: {
        number: number;
        contentHash: string;
        seal: string;
        sealKeyId: string | null;
        canonicalContent: string;
        signatures: {
          id: string;
          signedAt: string;
          contentHash: string;
          status: string;
          organisationVerified: boolean;
          signerDomain: string | null;
          party: { id: string };
        }[];
      }[];
    };
  }>(
    `query ($id: ID!) {
      verifyCovenant(covenantId: $id) { valid sealValid problems }
      covenant(id: $id) { versions { number contentHash canonicalContent seal sealKeyId
        signatures { id signedAt contentHash status organisationVerified signerDomain party { id } } } }
    }`,
    { id: covenantId },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return { verification: response.data.verifyCovenant, version: response.data.covenant.versions[0] };
}

describe('Seal key rotation', () => {
  const first = newKey();
  const second = newKey();
  let database: TestDatabase;
  let api: TestApp;
  let world: World;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await api?.close();
    await database.drop();
  });

  it('names the key in each seal, keeps every key published, and verifies old seals after a rotation', async () => {
    api = await startTestApp({ SEAL_PRIVATE_KEY: first.env }, { database });
    world = await buildWorld(api);
    const before = await inForceCovenant(api, world);
    const [firstKey] = await publishedKeys(api);
    expect(firstKey).toMatchObject({ publicKey: first.publicPem, current: true });
    expect(firstKey.keyId).toMatch(/^[0-9a-f]{16}$/);
    const sealedFirst = await record(api, before.covenant.id);
    expect(sealedFirst.version.sealKeyId).toBe(firstKey.keyId);
    await api.close();

    // The rotation: the same database, a new key.
    api = await startTestApp({ SEAL_PRIVATE_KEY: second.env }, { database });
    const keys = await publishedKeys(api);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatchObject({ keyId: firstKey.keyId, publicKey: first.publicPem, current: false });
    expect(keys[1]).toMatchObject({ publicKey: second.publicPem, current: true });
    expect(Date.parse(keys[1].firstUsedAt)).toBeGreaterThanOrEqual(Date.parse(keys[0].firstUsedAt));
    expect(await (await fetch(`${api.url}/.well-known/covenant-seal.pub`)).text()).toBe(second.publicPem);

    const old = await record(api, before.covenant.id);
    expect(old.version.sealKeyId).toBe(firstKey.keyId);
    expect(old.verification).toEqual({ valid: true, sealValid: true, problems: [] });
    // Anyone can check it with the published key the seal names, without the platform.
    const valid = old.version.signatures.filter((signature) => signature.status === 'VALID');
    const message = sealMessage(
      old.version.contentHash,
      valid.map((signature) => ({ ...signature, partyId: signature.party.id })),
      contentFormat(parseCanonicalContent(old.version.canonicalContent)),
    );
    const named = keys.find((key) => key.keyId === old.version.sealKeyId)!;
    expect(
      verify(null, Buffer.from(message), createPublicKey(named.publicKey), Buffer.from(old.version.seal, 'base64')),
    ).toBe(true);

    const after = await inForceCovenant(api, world);
    const sealedSecond = await record(api, after.covenant.id);
    expect(sealedSecond.version.sealKeyId).toBe(keys[1].keyId);
    expect(sealedSecond.verification.valid).toBe(true);
  });

  it('checks a seal with the key it names, and one that names no key against every key', async () => {
    const [firstKey, secondKey] = await publishedKeys(api);
    const owner = new Client({ connectionString: database.url });
    await owner.connect();
    try {
      const { rows } = await owner.query<{ covenant_id: string }>(
        'SELECT covenant_id FROM covenant_versions WHERE seal_key_id = $1',
        [firstKey.keyId],
      );
      const covenantId = rows[0].covenant_id;
      await owner.query('UPDATE covenant_versions SET seal_key_id = $1 WHERE covenant_id = $2', [
        secondKey.keyId,
        covenantId,
      ]);
      const misnamed = await record(api, covenantId);
      expect(misnamed.verification.sealValid).toBe(false);
      expect(misnamed.verification.problems).toEqual([
        expect.stringMatching(/^Version 1: the platform seal does not verify/),
      ]);

      // Seals made before seals named their key.
      await owner.query('UPDATE covenant_versions SET seal_key_id = NULL WHERE covenant_id = $1', [covenantId]);
      const unnamed = await record(api, covenantId);
      expect(unnamed.version.sealKeyId).toBeNull();
      expect(unnamed.verification).toEqual({ valid: true, sealValid: true, problems: [] });
    } finally {
      await owner.end();
    }
  });
});
