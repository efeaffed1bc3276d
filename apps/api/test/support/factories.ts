/** Test data through the public API, with real-looking names. */
import { randomBytes } from 'node:crypto';
import { sql, type WithDatabase } from './sql';
import type { GraphQLClient } from './test-app';

/** A client whose database fixtures can reach: a test app, or a process's client given its database. */
export const withDatabase = (api: GraphQLClient): api is GraphQLClient & WithDatabase => 'db' in api;

export const PASSWORD = 'correct horse battery';

export interface TestUser {
  id: string;
  email: string;
  displayName: string;
  token: string;
}

let counter = 0;
const unique = () => `${++counter}${randomBytes(3).toString('hex')}`;

/**
 * Registers through the API. `verified` (the default) then marks the address
 * proved, as following the e-mailed link would, where the app's database is
 * at hand; tests of the link itself pass false.
 */
export async function registerUser(
  api: GraphQLClient,
  fields: Partial<{ email: string; displayName: string; verified: boolean }> = {},
) {
  const email = fields.email ?? `resident${unique()}@example.org`;
  const displayName = fields.displayName ?? 'Robin Calder';
  const response = await api.gql<{ register: { token: string; user: { id: string } } }>(
    `mutation ($input: RegisterInput!) { register(input: $input) { token user { id } } }`,
    { input: { email, password: PASSWORD, displayName } },
  );
  if (!response.data?.register) throw new Error(`register failed: ${JSON.stringify(response.errors)}`);
  if ((fields.verified ?? true) && withDatabase(api)) {
    await sql(api, 'UPDATE users SET email_verified_at = now() WHERE id = $1', [response.data.register.user.id]);
  }
  return { id: response.data.register.user.id, email, displayName, token: response.data.register.token } as TestUser;
}

export interface TestOrganisation {
  id: string;
  slug: string;
  name: string;
}

export async function createOrganisation(
  api: GraphQLClient,
  owner: TestUser,
  fields: Partial<{ name: string; kind: string; description: string; website: string }> = {},
): Promise<TestOrganisation> {
  const response = await api.gql<{ createOrganisation: TestOrganisation }>(
    `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id slug name } }`,
    {
      input: {
        name: fields.name ?? `Settle Pool Trust ${unique()}`,
        kind: fields.kind ?? 'VOLUNTARY_ORGANISATION',
        ...fields,
      },
    },
    { token: owner.token },
  );
  if (!response.data?.createOrganisation)
    throw new Error(`createOrganisation failed: ${JSON.stringify(response.errors)}`);
  return response.data.createOrganisation;
}

export async function addMember(
  api: GraphQLClient,
  admin: TestUser,
  organisation: TestOrganisation,
  member: TestUser,
  role: 'MEMBER' | 'SIGNATORY' | 'ADMIN',
): Promise<string> {
  const response = await api.gql<{ addMember: { id: string } }>(
    `mutation ($input: AddMemberInput!) { addMember(input: $input) { id } }`,
    { input: { organisationId: organisation.id, email: member.email, role } },
    { token: admin.token },
  );
  if (!response.data?.addMember) throw new Error(`addMember failed: ${JSON.stringify(response.errors)}`);
  return response.data.addMember.id;
}

export const SQUARE_BOUNDARY = JSON.stringify({
  type: 'Polygon',
  coordinates: [
    [
      [-2.29, 54.06],
      [-2.26, 54.06],
      [-2.26, 54.08],
      [-2.29, 54.08],
      [-2.29, 54.06],
    ],
  ],
});

/** A steward's approval by `domain`, as a fixture; needs the app's database. */
export async function verifyOrganisation(api: GraphQLClient, organisationId: string, domain: string): Promise<void> {
  if (!withDatabase(api)) throw new Error('verifyOrganisation needs a test app with its database');
  await sql(
    api,
    `UPDATE organisations SET verification_status = 'VERIFIED', verified_domains = ARRAY[$2], verified_at = now(),
            verification_requested_domain = $2, verification_note = 'Verified as a test fixture.' WHERE id = $1`,
    [organisationId, domain],
  );
}
