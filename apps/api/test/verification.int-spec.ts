/**
 * Tampering with the stored record directly in PostgreSQL, as someone with
 * database access might, is found by verifyCovenant and said in words.
 */
import { buildWorld, sql, type World } from './support/covenant-world';
import { inForceCovenant, readyToSign } from './support/signing';
import { codes, startTestApp, type TestApp } from './support/test-app';

const VERIFY = `query ($c: ID!) {
  verifyCovenant(covenantId: $c) { valid contentHashValid htmlValid signaturesValid sealValid auditChainValid problems }
}`;

interface Verification {
  valid: boolean;
  contentHashValid: boolean;
  htmlValid: boolean;
  signaturesValid: boolean;
  sealValid: boolean | null;
  auditChainValid: boolean;
  problems: string[];
}

describe('verifyCovenant', () => {
  let api: TestApp;
  let world: World;

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
  });
  afterAll(() => api.close());

  async function verify(covenantId: string, token?: string): Promise<Verification> {
    const response = await api.gql<{ verifyCovenant: Verification }>(VERIFY, { c: covenantId }, token ? { token } : {});
    expect(response.errors).toBeUndefined();
    return response.data!.verifyCovenant;
  }

  it('finds nothing wrong with an untouched covenant, for anyone who may read it', async () => {
    const { covenant } = await inForceCovenant(api, world);
    expect(await verify(covenant.id)).toEqual({
      valid: true,
      contentHashValid: true,
      htmlValid: true,
      signaturesValid: true,
      sealValid: true,
      auditChainValid: true,
      problems: [],
    });
  });

  it('says the seal is not yet checkable while no version is complete', async () => {
    const covenant = await readyToSign(api, world, 'PARTIES_ONLY');
    expect(await verify(covenant.id, world.people.hydroAdmin.token)).toMatchObject({ valid: true, sealValid: null });
    expect(codes(await api.gql(VERIFY, { c: covenant.id }))).toEqual(['NOT_FOUND']);
  });

  it('reports a version whose stored HTML was changed', async () => {
    const { covenant, version } = await inForceCovenant(api, world);
    await sql(api, `UPDATE covenant_versions SET html = replace(html, '</h1>', ' (amended)</h1>') WHERE id = $1`, [
      version.id,
    ]);
    const result = await verify(covenant.id);
    expect(result).toMatchObject({ valid: false, htmlValid: false, contentHashValid: true, sealValid: true });
    expect(result.problems).toEqual([
      'Version 1: the text shown for it (its HTML) is not what was frozen and signed; it was changed afterwards.',
    ]);
  });

  it('reports a version whose canonical content was changed, and the signatures and seal that no longer match it', async () => {
    const { covenant, version } = await inForceCovenant(api, world);
    await sql(
      api,
      `UPDATE covenant_versions SET canonical_content = replace(canonical_content, 'Settle Pool Trust', 'Settle Pool Club') WHERE id = $1`,
      [version.id],
    );
    const result = await verify(covenant.id);
    expect(result).toMatchObject({ valid: false, contentHashValid: false, signaturesValid: false, sealValid: true });
    expect(result.problems[0]).toBe(
      'Version 1: its stored content does not match its hash, so it was changed after it was frozen.',
    );
    expect(result.problems).toContain(
      'Version 1: the signature by Isla Brennan for Settle Pool Club was not made on this text (its hash differs).',
    );
  });

  it('reports a signature whose hash was changed, and the seal that no longer verifies', async () => {
    const { covenant, version } = await inForceCovenant(api, world);
    await sql(
      api,
      `UPDATE signatures SET content_hash = repeat('a', 64)
         WHERE version_id = $1 AND party_id = (SELECT id FROM covenant_parties WHERE covenant_id = $2 AND role = 'PARTNER' AND status = 'ACCEPTED')`,
      [version.id, covenant.id],
    );
    const result = await verify(covenant.id);
    expect(result).toMatchObject({ valid: false, contentHashValid: true, signaturesValid: false, sealValid: false });
    expect(result.problems).toEqual([
      'Version 1: the signature by Isla Brennan for Settle Pool Trust was not made on this text (its hash differs).',
      'Version 1: the platform seal does not verify, so its hash or signatures changed after it was sealed.',
    ]);
  });

  it('reports an audit event changed behind the insert-only trigger', async () => {
    const { covenant } = await inForceCovenant(api, world);
    await sql(api, 'ALTER TABLE audit_events DISABLE TRIGGER audit_events_insert_only');
    try {
      await sql(
        api,
        `UPDATE audit_events SET details = replace(details, 'Isla Brennan', 'Someone Else') WHERE covenant_id = $1 AND action = 'signature.added'`,
        [covenant.id],
      );
    } finally {
      await sql(api, 'ALTER TABLE audit_events ENABLE TRIGGER audit_events_insert_only');
    }
    const result = await verify(covenant.id);
    expect(result).toMatchObject({ valid: false, auditChainValid: false, contentHashValid: true, sealValid: true });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^Audit event \d+ \(signature\.added\) was altered/);
  });

  it('computes once per change of the covenant and reuses it until the next, still seeing rows changed behind it', async () => {
    const { covenant, version } = await inForceCovenant(api, world);
    // Recomputing reads every version's frozen text and every audit event's details; a kept result reads neither.
    const recomputes = (statements: string[]) => statements.some((sql) => /canonical_content|"details"/.test(sql));
    const asked = async () => {
      let result: Verification | undefined;
      const statements = await api.sqlDuring(async () => {
        result = await verify(covenant.id);
      });
      return { result: result!, recomputed: recomputes(statements) };
    };

    expect(await asked()).toMatchObject({ result: { valid: true }, recomputed: true });
    expect(await asked()).toMatchObject({ result: { valid: true }, recomputed: false });
    expect(await asked()).toMatchObject({ recomputed: false });

    const supported = await api.gql(
      `mutation ($c: ID!) { supportCovenant(covenantId: $c) { id } }`,
      { c: covenant.id },
      { token: world.people.resident.token },
    );
    expect(supported.errors).toBeUndefined();
    expect(await asked()).toMatchObject({ result: { valid: true }, recomputed: true });
    expect(await asked()).toMatchObject({ recomputed: false });

    await sql(api, `UPDATE covenant_versions SET html = html || ' ' WHERE id = $1`, [version.id]);
    expect(await asked()).toMatchObject({ result: { valid: false, htmlValid: false }, recomputed: true });
    await sql(api, `UPDATE signatures SET signer_name = signer_name WHERE version_id = $1`, [version.id]);
    expect(await asked()).toMatchObject({ result: { valid: false }, recomputed: true });
  });
});
