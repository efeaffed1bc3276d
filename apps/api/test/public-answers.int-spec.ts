/** Anonymous answers are kept briefly, and never outlive a change made through the API. */
import { buildWorld, fullCovenant, sql, type TestCovenant, type World } from './support/covenant-world';
import { startTestApp, type TestApp } from './support/test-app';

const READ = `query ($slug: String!) { covenant(slug: $slug) { title supportCount } }`;

describe('Anonymous answers', () => {
  let api: TestApp;
  let world: World;
  let covenant: TestCovenant;

  beforeAll(async () => {
    // Long enough that only invalidation, not age, can refresh an answer during the test.
    api = await startTestApp({ PUBLIC_CACHE_MS: '60000' });
    world = await buildWorld(api);
    covenant = await fullCovenant(api, world);
    const opened = await api.gql(
      `mutation ($c: ID!) { openConsultation(covenantId: $c) { id } }`,
      { c: covenant.id },
      { token: world.people.hydroAdmin.token },
    );
    expect(opened.errors).toBeUndefined();
  });
  afterAll(() => api.close());

  const read = async (token?: string) =>
    (
      await api.gql<{ covenant: { title: string; supportCount: number } }>(
        READ,
        { slug: covenant.slug },
        token ? { token } : {},
      )
    ).data!.covenant;

  it('keeps the answer for anonymous readers, never for someone signed in, and a mutation refreshes it', async () => {
    expect(await read()).toEqual({ title: 'Settle covenant for the pool and the river', supportCount: 0 });
    await sql(api, `UPDATE covenants SET title = 'Settle pool, river and path' WHERE id = $1`, [covenant.id]);
    expect((await read()).title).toBe('Settle covenant for the pool and the river');
    expect((await read(world.people.resident.token)).title).toBe('Settle pool, river and path');

    const supported = await api.gql(
      `mutation ($c: ID!) { supportCovenant(covenantId: $c) { id } }`,
      { c: covenant.id },
      { token: world.people.resident.token },
    );
    expect(supported.errors).toBeUndefined();
    expect(await read()).toEqual({ title: 'Settle pool, river and path', supportCount: 1 });
  });

  it('never keeps the verification: it recomputes every time', async () => {
    const verify = async () =>
      (
        await api.gql<{ verifyCovenant: { auditChainValid: boolean } }>(
          `query ($c: ID!) { verifyCovenant(covenantId: $c) { auditChainValid } }`,
          { c: covenant.id },
        )
      ).data!.verifyCovenant.auditChainValid;
    expect(await verify()).toBe(true);
    await sql(api, 'ALTER TABLE audit_events DISABLE TRIGGER audit_events_insert_only');
    try {
      await sql(api, `UPDATE audit_events SET details = '{}' WHERE covenant_id = $1 AND seq = 1`, [covenant.id]);
    } finally {
      await sql(api, 'ALTER TABLE audit_events ENABLE TRIGGER audit_events_insert_only');
    }
    expect(await verify()).toBe(false);
  });
});
