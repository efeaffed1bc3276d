import { codes, startTestApp, type TestApp } from './support/test-app';
import {
  createOrganisation,
  registerUser,
  SQUARE_BOUNDARY,
  type TestOrganisation,
  type TestUser,
} from './support/factories';

const CREATE = `mutation ($input: CreateNeighbourhoodInput!) {
  createNeighbourhood(input: $input) { id slug name description areaCodes boundary localAuthority { id name kind } }
}`;

interface Created {
  createNeighbourhood: {
    slug: string;
    areaCodes: string[];
    boundary: string | null;
    localAuthority: { id: string; name: string } | null;
  };
}

describe('Neighbourhoods', () => {
  let api: TestApp;
  let aled: TestUser;
  let council: TestOrganisation;
  let hydro: TestOrganisation;
  beforeAll(async () => {
    api = await startTestApp();
    aled = await registerUser(api, { displayName: 'Aled Pryce' });
    council = await createOrganisation(api, aled, { name: 'North Yorkshire Council', kind: 'LOCAL_AUTHORITY' });
    hydro = await createOrganisation(api, aled, { name: 'Settle Community Hydro', kind: 'COMMUNITY_BUSINESS' });
  });
  afterAll(() => api.close());

  const create = (input: Record<string, unknown>, token = aled.token) => api.gql<Created>(CREATE, { input }, { token });

  it('puts a neighbourhood on the platform with its council, upper-cased area codes and boundary', async () => {
    const response = await create({
      name: 'Settle',
      description: 'A market town on the Ribble.',
      localAuthorityId: council.id,
      areaCodes: ['e05012345', ' E01027823 ', 'W05000123', 'E05012345'],
      boundary: SQUARE_BOUNDARY,
    });
    expect(response.errors).toBeUndefined();
    const neighbourhood = response.data!.createNeighbourhood;
    expect(neighbourhood.slug).toBe('settle');
    expect(neighbourhood.areaCodes).toEqual(['E05012345', 'E01027823', 'W05000123']);
    expect(neighbourhood.localAuthority).toEqual({
      id: council.id,
      name: 'North Yorkshire Council',
      kind: 'LOCAL_AUTHORITY',
    });
    expect(JSON.parse(neighbourhood.boundary!)).toEqual(JSON.parse(SQUARE_BOUNDARY));

    const read = await api.gql<{ neighbourhood: { name: string; localAuthority: { name: string } } }>(
      `{ neighbourhood(slug: "settle") { name localAuthority { name } } }`,
    );
    expect(read.data?.neighbourhood).toEqual({ name: 'Settle', localAuthority: { name: 'North Yorkshire Council' } });
  });

  it('accepts a MultiPolygon and a Feature wrapping a Polygon, and gives repeated names their own slug', async () => {
    const polygon = JSON.parse(SQUARE_BOUNDARY).coordinates;
    const multi = await create({
      name: 'Giggleswick',
      boundary: JSON.stringify({ type: 'MultiPolygon', coordinates: [polygon, polygon] }),
    });
    expect(multi.errors).toBeUndefined();
    const feature = await create({
      name: 'Giggleswick',
      boundary: JSON.stringify({ type: 'Feature', properties: {}, geometry: JSON.parse(SQUARE_BOUNDARY) }),
    });
    expect(feature.data?.createNeighbourhood.slug).toBe('giggleswick-2');
    expect(JSON.parse(feature.data!.createNeighbourhood.boundary!).type).toBe('Polygon');
  });

  it('refuses area codes that are not ONS GSS codes, naming them', async () => {
    const response = await create({ name: 'Langcliffe', areaCodes: ['E05012345', 'X05012345', 'E0501234'] });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0].extensions?.fields?.areaCodes).toMatch(/X05012345, E0501234/);
  });

  it('refuses a local authority that is not of kind LOCAL_AUTHORITY, or does not exist', async () => {
    const notCouncil = await create({ name: 'Langcliffe', localAuthorityId: hydro.id });
    expect(codes(notCouncil)).toEqual(['BAD_USER_INPUT']);
    const missing = await create({ name: 'Langcliffe', localAuthorityId: '00000000-0000-4000-8000-000000000000' });
    expect(codes(missing)).toEqual(['BAD_USER_INPUT']);
  });

  it.each([
    ['not JSON', '{"type": "Polygon", '],
    ['a Point', JSON.stringify({ type: 'Point', coordinates: [-2.27, 54.07] })],
    [
      'an open ring',
      JSON.stringify({
        type: 'Polygon',
        coordinates: [
          [
            [-2.29, 54.06],
            [-2.26, 54.06],
            [-2.26, 54.08],
            [-2.29, 54.08],
          ],
        ],
      }),
    ],
    [
      'a latitude out of range',
      JSON.stringify({
        type: 'Polygon',
        coordinates: [
          [
            [-2.29, 54.06],
            [-2.26, 95],
            [-2.26, 54.08],
            [-2.29, 54.06],
          ],
        ],
      }),
    ],
    [
      'over 1 MB',
      JSON.stringify({
        type: 'Polygon',
        coordinates: [
          [
            [-2.29, 54.06],
            [-2.26, 54.06],
            [-2.26, 54.08],
            [-2.29, 54.06],
          ],
        ],
        padding: 'x'.repeat(1_000_001),
      }),
    ],
  ])('refuses a boundary that is %s', async (_label, boundary) => {
    const response = await create({ name: 'Stainforth', boundary });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0].extensions?.fields?.boundary).toBeTruthy();
  });

  it('needs a session to create, but anyone may list and search', async () => {
    const anonymous = await api.gql(CREATE, { input: { name: 'Austwick' } });
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const list = await api.gql<{ neighbourhoods: { name: string }[] }>(`{ neighbourhoods(search: "settle") { name } }`);
    expect(list.data?.neighbourhoods).toEqual([{ name: 'Settle' }]);
    const unknown = await api.gql<{ neighbourhood: null }>(`{ neighbourhood(slug: "atlantis") { id } }`);
    expect(unknown.data?.neighbourhood).toBeNull();
  });

  it('reads no boundary for a list that does not ask for one, and all of them in one statement when it does', async () => {
    const polygon = JSON.parse(SQUARE_BOUNDARY).coordinates;
    const multi = JSON.stringify({ type: 'MultiPolygon', coordinates: [polygon, polygon] });
    for (const input of [
      { name: 'Ribblehead', boundary: SQUARE_BOUNDARY },
      { name: 'Ribblesdale', boundary: multi },
    ]) {
      expect((await create(input)).errors).toBeUndefined();
    }
    expect((await create({ name: 'Ribble Way' })).errors).toBeUndefined();
    const mentionsBoundary = (statements: string[]) => statements.filter((sql) => /boundary/i.test(sql));

    const without = await api.sqlDuring(async () => {
      const list = await api.gql<{ neighbourhoods: { name: string }[] }>(
        `{ neighbourhoods(search: "ribble") { id name areaCodes } }`,
      );
      expect(list.data?.neighbourhoods.map((n) => n.name)).toEqual(['Ribble Way', 'Ribblehead', 'Ribblesdale']);
      const one = await api.gql(`{ neighbourhood(slug: "ribblehead") { name localAuthority { name } } }`);
      expect(one.errors).toBeUndefined();
    });
    expect(without.length).toBeGreaterThan(0);
    expect(mentionsBoundary(without)).toEqual([]);

    let boundaries: (string | null)[] = [];
    const withBoundary = await api.sqlDuring(async () => {
      const list = await api.gql<{ neighbourhoods: { boundary: string | null }[] }>(
        `{ neighbourhoods(search: "ribble") { name boundary } }`,
      );
      boundaries = list.data!.neighbourhoods.map((n) => n.boundary);
    });
    expect(mentionsBoundary(withBoundary)).toHaveLength(1);
    expect(boundaries[0]).toBeNull();
    expect(JSON.parse(boundaries[1]!)).toEqual(JSON.parse(SQUARE_BOUNDARY));
    expect(JSON.parse(boundaries[2]!)).toEqual(JSON.parse(multi));
  });
});

describe('Neighbourhoods one account may create in a day', () => {
  const LIMIT = 3;
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ RATE_LIMIT_NEIGHBOURHOODS: String(LIMIT) });
  });
  afterAll(() => api.close());

  const create = (token: string, name: string, fields: Record<string, unknown> = {}) =>
    api.gql(CREATE, { input: { name, ...fields } }, { token });

  it('stops an account at the limit, however many it asks for at once, and counts only what was created', async () => {
    const [eager, other] = await Promise.all([registerUser(api), registerUser(api)]);
    const refused = await create(eager.token, 'Rathmell', { areaCodes: ['X05012345'] });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);

    const burst = await Promise.all(
      ['Austwick', 'Clapham', 'Feizor', 'Lawkland', 'Eldroth', 'Keasden'].map((name) => create(eager.token, name)),
    );
    const answers = burst.map((response) => codes(response)[0] ?? 'OK');
    expect(answers.filter((answer) => answer === 'OK')).toHaveLength(LIMIT);
    expect(answers.filter((answer) => answer !== 'OK')).toEqual(Array(3).fill('RATE_LIMITED'));
    const later = await create(eager.token, 'Wigglesworth');
    expect(codes(later)).toEqual(['RATE_LIMITED']);
    expect(later.errors?.[0].message).toMatch(/in the last 24 hours.*Try again in (an hour|\d+ hours)\./);

    expect(codes(await create(other.token, 'Wigglesworth'))).toEqual([]);
    const { neighbourhoods } = (await api.gql<{ neighbourhoods: unknown[] }>(`{ neighbourhoods { id } }`)).data!;
    expect(neighbourhoods).toHaveLength(LIMIT + 1);
  });
});
