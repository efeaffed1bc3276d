import { codes, startTestApp, type TestApp } from './support/test-app';
import { createOrganisation, registerUser, SQUARE_BOUNDARY } from './support/factories';

/** A query `levels` deep, counting `me` and the final `id`: me → memberships → organisation → members → user → … → id */
function deepQuery(levels: number): string {
  const chain = ['memberships', 'organisation', 'members', 'user'];
  let selection = 'id';
  for (let level = levels - 2; level >= 1; level--) selection = `${chain[(level - 1) % 4]} { ${selection} }`;
  return `{ me { ${selection} } }`;
}

describe('GraphQL limits and hygiene', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('runs a query 12 levels deep and refuses one 13 deep, running nothing of it', async () => {
    const ok = await api.gql(deepQuery(12));
    expect(ok.errors).toBeUndefined();
    const tooDeep = await api.gql(deepQuery(13));
    expect(codes(tooDeep)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(tooDeep.errors?.[0].message).toMatch(/13 levels deep; the limit is 12/);
    expect(tooDeep.data).toBeUndefined();
  });

  it('counts depth through fragments but not through introspection', async () => {
    const viaFragments = await api.gql(
      `fragment U on User { memberships { organisation { members { user { memberships { organisation { members { user { memberships { organisation { members { id } } } } } } } } } } } }
       query { me { ...U } }`,
    );
    expect(codes(viaFragments)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(viaFragments.errors?.[0].message).toMatch(/13 levels deep/);
    const introspection = await api.gql(
      `{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } } } }`,
    );
    expect(introspection.errors).toBeUndefined();
  });

  it('refuses too many aliases and too complex a query', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: me { id }`).join(' ');
    expect(codes(await api.gql(`{ ${aliases} }`))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const complex = await api.gql(
      `{ organisations(first: 100) { members { user { memberships { organisation { members { user { id displayName } } } } } } } }`,
    );
    expect(codes(complex)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(complex.errors?.[0].message).toMatch(/complexity/);
  });

  it('judges the same query text by the complexity of each set of variables it is sent with', async () => {
    const query = `query ($first: Int) { organisations(first: $first) { members { user { memberships { organisation { members { user { id } } } } } } } }`;
    const answers = [];
    for (const first of [1, 100, 1, 100]) answers.push(codes(await api.gql(query, { first })));
    expect(answers).toEqual([[], ['GRAPHQL_VALIDATION_FAILED'], [], ['GRAPHQL_VALIDATION_FAILED']]);
  });

  it('refuses batched requests and requests that could be cross-site', async () => {
    const batched = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(batched.status).toBe(400);
    const simpleRequest = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(simpleRequest.status).toBe(400);
    const getWithoutPreflight = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(getWithoutPreflight.status).toBe(400);
  });

  it('keeps introspection on and hides stack traces', async () => {
    const introspection = await api.gql<{ __schema: { queryType: { name: string } } }>(
      `{ __schema { queryType { name } } }`,
    );
    expect(introspection.data?.__schema.queryType.name).toBe('Query');
    const failing = await api.gql(`mutation { createOrganisation(input: { name: "x", kind: OTHER }) { id } }`);
    expect(JSON.stringify(failing.errors)).not.toMatch(/stacktrace|\.ts:\d+/);
    const unknownField = await api.gql(`{ nope }`);
    expect(codes(unknownField)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('loads relations in batches: listing 20 neighbourhoods with their councils takes a fixed number of queries', async () => {
    const user = await registerUser(api);
    for (let i = 0; i < 20; i++) {
      const council = await createOrganisation(api, user, { name: `Council ${i}`, kind: 'LOCAL_AUTHORITY' });
      await api.gql(
        `mutation ($input: CreateNeighbourhoodInput!) { createNeighbourhood(input: $input) { id } }`,
        { input: { name: `Ward ${i}`, localAuthorityId: council.id, boundary: SQUARE_BOUNDARY } },
        { token: user.token },
      );
    }
    const before = api.queriesRun();
    const response = await api.gql<{ neighbourhoods: { localAuthority: { name: string } }[] }>(
      `{ neighbourhoods { name localAuthority { name members { user { displayName } } } } }`,
    );
    const queries = api.queriesRun() - before;
    expect(response.data?.neighbourhoods).toHaveLength(20);
    expect(response.data?.neighbourhoods.every((n) => n.localAuthority.name.startsWith('Council'))).toBe(true);
    expect(queries).toBeLessThanOrEqual(2);
  });
});
