/**
 * Queries asked again and again run compiled (graphql-jit): the answer must
 * be the one the standard execution gives, errors included, however many
 * times a query is asked.
 */
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLObjectType } from 'graphql';
import { buildWorld, forceStatus, fullCovenant, type World } from './support/covenant-world';
import { codes, startTestApp, type TestApp } from './support/test-app';

/** How many answers compiled queries have given so far, from /metrics. */
async function compiledAnswers(api: TestApp): Promise<number> {
  const text = await (await fetch(`${api.url}/metrics`)).text();
  return Number(/^covenant_graphql_compiled_answers_total (\d+)/m.exec(text)![1]);
}

/** What a client reads of a response: its data and its errors. */
const answer = ({ data, errors }: { data?: unknown; errors?: unknown }) => ({ data, errors });

describe('queries asked again and again', () => {
  let api: TestApp;
  let world: World;
  let slug: string;

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
    const covenant = await fullCovenant(api, world);
    await forceStatus(api, covenant.id, 'IN_FORCE');
    slug = covenant.slug;
  }, 60_000);
  afterAll(() => api.close());

  const PAGE = `query Page($slug: String!) {
    covenant(slug: $slug) {
      id title status createdAt
      parties { id role status organisation { id name verification { status domains } } viewerCan { remove leave respond } }
      viewerCan { edit sign transition blocked { target reason } }
      commitments { id title overdue party { id } updates { id createdAt author { id displayName email } } }
    }
  }`;

  it('answers the same the tenth time as the first, for each viewer', async () => {
    const before = await compiledAnswers(api);
    for (const token of [undefined, world.people.hydroAdmin.token, world.people.resident.token]) {
      const first = answer(await api.gql(PAGE, { slug }, { token }));
      expect(first.errors).toBeUndefined();
      for (let i = 0; i < 9; i++) expect(answer(await api.gql(PAGE, { slug }, { token }))).toEqual(first);
    }
    // Compiled from the third time it was asked.
    expect((await compiledAnswers(api)) - before).toBe(28);
  });

  it('reports errors exactly as always, however often the query is asked', async () => {
    const before = await compiledAnswers(api);
    const query = `query TooMany { covenants(first: 101) { id } }`;
    const first = await api.gql(query);
    expect(codes(first)).toEqual(['BAD_USER_INPUT']);
    for (let i = 0; i < 5; i++) expect(answer(await api.gql(query))).toEqual(answer(first));
    const hidden = `query Hidden($slug: String!) { covenant(slug: $slug) { id } }`;
    for (let i = 0; i < 5; i++) {
      expect(answer(await api.gql(hidden, { slug: 'no-such-covenant' }))).toEqual({ data: { covenant: null } });
    }
    // The answers with errors came the standard way; the lookups without, compiled from the third.
    expect((await compiledAnswers(api)) - before).toBe(3);
  });

  it('reads plain fields as properties, so a compiled query writes them inline, and keeps every field resolver', () => {
    const { schema } = api.app.get(GraphQLSchemaHost);
    const fields = (name: string) => (schema.getType(name) as GraphQLObjectType).getFields();
    expect(fields('CommitmentUpdate').note.resolve).toBeUndefined();
    expect(fields('CommitmentUpdate').createdAt.resolve).toBeUndefined();
    expect(fields('Commitment').title.resolve).toBeUndefined();
    expect(fields('Commitment').updates.resolve).toBeInstanceOf(Function);
    expect(fields('User').email.resolve).toBeInstanceOf(Function);
    expect(fields('Query').covenant.resolve).toBeInstanceOf(Function);
  });

  it('gives each viewer their own answer once the query is compiled', async () => {
    const ME = `query Me { me { id email } }`;
    for (let i = 0; i < 4; i++) await api.gql(ME, {}, { token: world.people.resident.token });
    const mine = await api.gql<{ me: { id: string } }>(ME, {}, { token: world.people.hydroAdmin.token });
    expect(mine.data!.me.id).toBe(world.people.hydroAdmin.id);
    expect(answer(await api.gql(ME))).toEqual({ data: { me: null } });
  });
});
