/** Anonymous answers are kept briefly, and never outlive a change made through the API. */
import { buildWorld, fullCovenant, sql, type TestCovenant, type World } from './support/covenant-world';
import { createOrganisation, PASSWORD, registerUser } from './support/factories';
import { codes, startTestApp, type TestApp } from './support/test-app';

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

  it('outlives a sign-in, a sign-out and a refused mutation, which change nothing anonymous readers see', async () => {
    const before = await read();
    await sql(api, `UPDATE covenants SET title = 'Changed behind the API' WHERE id = $1`, [covenant.id]);
    const passer = await registerUser(api);
    const login = await api.gql(`mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
      e: passer.email,
      p: PASSWORD,
    });
    expect(login.errors).toBeUndefined();
    expect(codes(await api.gql(`mutation { logout }`, {}, { token: passer.token }))).toEqual([]);
    const refused = await api.gql(
      `mutation ($c: ID!) { withdrawCovenant(covenantId: $c, reason: "Not mine to withdraw.") { id } }`,
      { c: covenant.id },
      { token: world.people.resident.token },
    );
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(await read()).toEqual(before);
  });

  it('is refreshed by a new neighbourhood or organisation, which everyone can list', async () => {
    const LIST = `{ neighbourhoods { name } organisations { name } }`;
    const list = async () =>
      (await api.gql<{ neighbourhoods: { name: string }[]; organisations: { name: string }[] }>(LIST)).data!;
    expect((await list()).neighbourhoods.map((n) => n.name)).not.toContain('Langcliffe');
    const created = await api.gql(
      `mutation { createNeighbourhood(input: { name: "Langcliffe" }) { id } }`,
      {},
      { token: world.people.resident.token },
    );
    expect(created.errors).toBeUndefined();
    expect((await list()).neighbourhoods.map((n) => n.name)).toContain('Langcliffe');
    await createOrganisation(api, world.people.resident, { name: 'Langcliffe Village Hall' });
    expect((await list()).organisations.map((o) => o.name)).toContain('Langcliffe Village Hall');
  });

  it('serves a kept answer as JSON of its exact length, with the headers every answer carries', async () => {
    const ask = () =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `query KeptAnswer($slug: String!) { covenant(slug: $slug) { title } }`,
          variables: { slug: covenant.slug },
        }),
      });
    const fresh = (await (await ask()).json()) as { data: { covenant: { title: string } } };
    await sql(api, `UPDATE covenants SET title = 'Renamed behind the API' WHERE id = $1`, [covenant.id]);
    const kept = await ask();
    const body = await kept.text();
    expect(JSON.parse(body)).toEqual(fresh);
    expect(fresh.data.covenant.title).not.toBe('Renamed behind the API');
    expect(kept.status).toBe(200);
    expect(kept.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Number(kept.headers.get('content-length'))).toBe(Buffer.byteLength(body));
    expect(kept.headers.get('x-request-id')).toBeTruthy();
    expect(kept.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
