import { codes, startTestApp, type TestApp } from './support/test-app';
import { buildWorld, forceStatus, fullCovenant, type TestCovenant, type World } from './support/covenant-world';

/** Every way a covenant can be reached through the API, asked at once. */
const EVERYWHERE = `query ($id: ID!, $slug: String!, $n: String!, $org: String!) {
  byId: covenant(id: $id) { id }
  bySlug: covenant(slug: $slug) { id }
  list: covenants { id }
  filtered: covenants(status: [IN_FORCE, DRAFT]) { id }
  neighbourhood(slug: $n) { covenants { id } }
  organisation(slug: $org) { parties { id covenant { id } } }
}`;

interface Everywhere {
  byId: { id: string } | null;
  bySlug: { id: string } | null;
  list: { id: string }[];
  filtered: { id: string }[];
  neighbourhood: { covenants: { id: string }[] };
  organisation: { parties: { covenant: { id: string } }[] };
}

function mentions(data: Everywhere, id: string): string[] {
  const found: string[] = [];
  if (data.byId) found.push('covenant(id)');
  if (data.bySlug) found.push('covenant(slug)');
  if (data.list.some((c) => c.id === id)) found.push('covenants');
  if (data.filtered.some((c) => c.id === id)) found.push('covenants(status)');
  if (data.neighbourhood.covenants.some((c) => c.id === id)) found.push('Neighbourhood.covenants');
  if (data.organisation.parties.some((p) => p.covenant.id === id)) found.push('Organisation.parties');
  return found;
}

describe('Covenant visibility', () => {
  let api: TestApp;
  let world: World;
  let hidden: TestCovenant;
  let draft: TestCovenant;
  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
    hidden = await fullCovenant(api, world, 'PARTIES_ONLY');
    await forceStatus(api, hidden.id, 'IN_FORCE');
    draft = await fullCovenant(api, world, 'PUBLIC');
  }, 60_000);
  afterAll(() => api.close());

  const ask = (covenant: TestCovenant, token?: string) =>
    api.gql<Everywhere>(
      EVERYWHERE,
      { id: covenant.id, slug: covenant.slug, n: world.neighbourhood.slug, org: 'settle-community-hydro' },
      { token },
    );

  it.each([
    ['a PARTIES_ONLY covenant in force', () => hidden],
    ['a PUBLIC covenant still in draft', () => draft],
  ])('does not let %s leak to anyone outside it, anywhere', async (_label, covenant) => {
    for (const token of [undefined, world.people.resident.token]) {
      const response = await ask(covenant(), token);
      expect(response.errors).toBeUndefined();
      expect(mentions(response.data!, covenant().id)).toEqual([]);
      const audit = await api.gql(
        `query ($c: ID!) { covenantAudit(covenantId: $c) { seq } }`,
        { c: covenant().id },
        { token },
      );
      expect(codes(audit)).toEqual(['NOT_FOUND']);
      const verify = await api.gql(
        `query ($c: ID!) { verifyCovenant(covenantId: $c) { problems } }`,
        { c: covenant().id },
        { token },
      );
      expect(codes(verify)).toEqual(['NOT_FOUND']);
    }
    const comment = await api.gql(
      `mutation ($input: CommentInput!) { addComment(input: $input) { id } }`,
      { input: { covenantId: covenant().id, body: 'Hello' } },
      { token: world.people.resident.token },
    );
    expect(codes(comment)).toEqual(['NOT_FOUND']);
    const party = covenant().parties.find((p) => p.role === 'PARTNER')!;
    const remove = await api.gql(
      `mutation ($p: ID!) { removeParty(partyId: $p) { id } }`,
      { p: party.id },
      { token: world.people.resident.token },
    );
    expect(codes(remove)).toEqual(['NOT_FOUND']);
  });

  it('shows it everywhere to members of its parties, invited ones included', async () => {
    for (const person of [world.people.poolMember, world.people.councilSignatory, world.people.housingAdmin]) {
      const response = await ask(hidden, person.token);
      expect(mentions(response.data!, hidden.id)).toEqual([
        'covenant(id)',
        'covenant(slug)',
        'covenants',
        'covenants(status)',
        'Neighbourhood.covenants',
        'Organisation.parties',
      ]);
    }
  });

  it('lists a public covenant for everyone once it leaves draft', async () => {
    const covenant = await fullCovenant(api, world, 'PUBLIC');
    await api.gql(
      `mutation ($c: ID!) { openConsultation(covenantId: $c) { id } }`,
      { c: covenant.id },
      { token: world.people.hydroAdmin.token },
    );
    const response = await ask(covenant);
    expect(mentions(response.data!, covenant.id)).toContain('Neighbourhood.covenants');
    expect(mentions(response.data!, covenant.id)).toContain('covenant(slug)');
  });

  it('needs exactly one of id and slug', async () => {
    expect(codes(await api.gql(`{ covenant { id } }`))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.gql(`query ($id: ID!) { covenant(id: $id, slug: "x") { id } }`, { id: hidden.id }))).toEqual(
      ['BAD_USER_INPUT'],
    );
  });
});
