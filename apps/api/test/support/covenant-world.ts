/**
 * A neighbourhood with the organisations and people a covenant brings
 * together, built through the public API, and covenants in any status.
 */
import type { CovenantStatus } from '@covenant/domain';
import {
  addMember,
  createOrganisation,
  registerUser,
  verifyOrganisation,
  withDatabase,
  type TestOrganisation,
  type TestUser,
} from './factories';
import { sql } from './sql';
import type { GraphQLClient, TestApp } from './test-app';

export { sql };

export interface World {
  neighbourhood: { id: string; slug: string };
  hydro: TestOrganisation;
  pool: TestOrganisation;
  council: TestOrganisation;
  housing: TestOrganisation;
  people: {
    hydroAdmin: TestUser;
    hydroSignatory: TestUser;
    hydroMember: TestUser;
    poolAdmin: TestUser;
    poolSignatory: TestUser;
    poolMember: TestUser;
    councilAdmin: TestUser;
    councilSignatory: TestUser;
    housingAdmin: TestUser;
    resident: TestUser;
  };
}

export async function buildWorld(api: GraphQLClient): Promise<World> {
  const [hydroAdmin, hydroSignatory, hydroMember, poolAdmin, poolSignatory, poolMember] = await Promise.all([
    registerUser(api, { displayName: 'Aled Pryce' }),
    registerUser(api, { displayName: 'Nia Holt' }),
    registerUser(api, { displayName: 'Owen Marsh' }),
    registerUser(api, { displayName: 'Morag Ellison' }),
    registerUser(api, { displayName: 'Isla Brennan' }),
    registerUser(api, { displayName: 'Kit Dawson' }),
  ]);
  const [councilAdmin, councilSignatory, housingAdmin, resident] = await Promise.all([
    registerUser(api, { displayName: 'Priya Raman' }),
    registerUser(api, { displayName: 'Tom Haworth' }),
    registerUser(api, { displayName: 'Jess Lund' }),
    registerUser(api, { displayName: 'Sam Okafor' }),
  ]);
  const hydro = await createOrganisation(api, hydroAdmin, {
    name: 'Settle Community Hydro',
    kind: 'COMMUNITY_BUSINESS',
  });
  const pool = await createOrganisation(api, poolAdmin, { name: 'Settle Pool Trust', kind: 'VOLUNTARY_ORGANISATION' });
  const council = await createOrganisation(api, councilAdmin, {
    name: 'North Yorkshire Council',
    kind: 'LOCAL_AUTHORITY',
  });
  const housing = await createOrganisation(api, housingAdmin, { name: 'Dales River Homes', kind: 'HOUSING_PROVIDER' });
  await addMember(api, hydroAdmin, hydro, hydroSignatory, 'SIGNATORY');
  await addMember(api, hydroAdmin, hydro, hydroMember, 'MEMBER');
  await addMember(api, poolAdmin, pool, poolSignatory, 'SIGNATORY');
  await addMember(api, poolAdmin, pool, poolMember, 'MEMBER');
  await addMember(api, councilAdmin, council, councilSignatory, 'SIGNATORY');
  // A council countersigns only once a steward has verified it; the world's council is, where the database is at hand.
  if (withDatabase(api)) await verifyOrganisation(api, council.id, 'example.org');
  const created = await api.gql<{ createNeighbourhood: { id: string; slug: string } }>(
    `mutation ($input: CreateNeighbourhoodInput!) { createNeighbourhood(input: $input) { id slug } }`,
    { input: { name: `Settle ${Math.random().toString(36).slice(2, 7)}`, localAuthorityId: council.id } },
    { token: hydroAdmin.token },
  );
  return {
    neighbourhood: created.data!.createNeighbourhood,
    hydro,
    pool,
    council,
    housing,
    people: {
      hydroAdmin,
      hydroSignatory,
      hydroMember,
      poolAdmin,
      poolSignatory,
      poolMember,
      councilAdmin,
      councilSignatory,
      housingAdmin,
      resident,
    },
  };
}

export interface TestCovenant {
  id: string;
  slug: string;
  parties: { id: string; role: string; status: string; organisation: { id: string } }[];
}

const COVENANT_FIELDS = `id slug parties { id role status organisation { id } }`;

export async function startCovenant(
  api: GraphQLClient,
  world: World,
  fields: Partial<{ title: string; visibility: 'PUBLIC' | 'PARTIES_ONLY'; fromTemplate: boolean }> = {},
): Promise<TestCovenant> {
  const response = await api.gql<{ createCovenant: TestCovenant }>(
    `mutation ($input: CreateCovenantInput!) { createCovenant(input: $input) { ${COVENANT_FIELDS} } }`,
    {
      input: {
        neighbourhoodId: world.neighbourhood.id,
        convenorOrganisationId: world.hydro.id,
        title: fields.title ?? 'Settle covenant for the pool and the river',
        visibility: fields.visibility ?? 'PUBLIC',
        fromTemplate: fields.fromTemplate ?? true,
      },
    },
    { token: world.people.hydroAdmin.token },
  );
  if (!response.data?.createCovenant) throw new Error(`createCovenant failed: ${JSON.stringify(response.errors)}`);
  return response.data.createCovenant;
}

/**
 * A covenant with the council and the pool trust accepted and the housing
 * provider invited but not yet answering: every kind of party there is.
 */
export async function fullCovenant(
  api: GraphQLClient,
  world: World,
  visibility: 'PUBLIC' | 'PARTIES_ONLY' = 'PUBLIC',
): Promise<TestCovenant> {
  const covenant = await startCovenant(api, world, { visibility });
  const { hydroAdmin, poolAdmin, councilAdmin } = world.people;
  const invite = async (organisationId: string) => {
    const response = await api.gql<{ inviteParty: { id: string } }>(
      `mutation ($c: ID!, $o: ID!) { inviteParty(covenantId: $c, organisationId: $o) { id } }`,
      { c: covenant.id, o: organisationId },
      { token: hydroAdmin.token },
    );
    if (!response.data) throw new Error(`inviteParty failed: ${JSON.stringify(response.errors)}`);
    return response.data.inviteParty.id;
  };
  const respond = async (partyId: string, user: TestUser) => {
    const response = await api.gql(
      `mutation ($p: ID!) { respondToInvitation(partyId: $p, accept: true) { id } }`,
      { p: partyId },
      { token: user.token },
    );
    if (response.errors) throw new Error(`respondToInvitation failed: ${JSON.stringify(response.errors)}`);
  };
  const poolParty = await invite(world.pool.id);
  await respond(poolParty, poolAdmin);
  await respond(covenant.parties.find((p) => p.role === 'COUNTERSIGNATORY')!.id, councilAdmin);
  await invite(world.housing.id);
  const read = await api.gql<{ covenant: TestCovenant }>(
    `query ($id: ID!) { covenant(id: $id) { ${COVENANT_FIELDS} } }`,
    {
      id: covenant.id,
    },
    { token: hydroAdmin.token },
  );
  return read.data!.covenant;
}

/**
 * Statuses that signing reaches (open for signature, in force, under review,
 * ended) are set directly in the database, as a fixture.
 */
export async function forceStatus(api: TestApp, covenantId: string, status: CovenantStatus): Promise<void> {
  const everInForce = ['IN_FORCE', 'UNDER_REVIEW', 'ENDED'].includes(status);
  await sql(api, 'UPDATE covenants SET status = $2, ever_in_force = $3 WHERE id = $1', [
    covenantId,
    status,
    everInForce,
  ]);
}

/**
 * Everyone the authorisation matrix asks about: an anonymous reader, a
 * resident, each role in the convenor, a partner and the council, and the
 * admin of an organisation that is invited but has not answered.
 */
export type Person = keyof World['people'] | 'anonymous';
export const PEOPLE: Person[] = [
  'anonymous',
  'resident',
  'hydroMember',
  'hydroSignatory',
  'hydroAdmin',
  'poolMember',
  'poolSignatory',
  'poolAdmin',
  'councilSignatory',
  'councilAdmin',
  'housingAdmin',
];

/** The person's session token; none for the anonymous reader. */
export function tokenOf(world: World, person: Person): string | undefined {
  return person === 'anonymous' ? undefined : world.people[person].token;
}
