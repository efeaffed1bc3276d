/** Test data through the public API, with real-looking names. */
import { randomBytes } from 'node:crypto';
import type { GraphQLClient } from './test-app';

export const PASSWORD = 'correct horse battery';

export interface TestUser {
  id: string;
  email: string;
  displayName: string;
  token: string;
}

let counter = 0;
const unique = () => `${++counter}${randomBytes(3).toString('hex')}`;

export async function registerUser(api: GraphQLClient, fields: Partial<{ email: string; displayName: string }> = {}) {
  const email = fields.email ?? `resident${unique()}@example.org`;
  const displayName = fields.displayName ?? 'Robin Calder';
  const response = await api.gql<{ register: { token: string; user: { id: string } } }>(
    `mutation ($input: RegisterInput!) { register(input: $input) { token user { id } } }`,
    { input: { email, password: PASSWORD, displayName } },
  );
  if (!response.data?.register) throw new Error(`register failed: ${JSON.stringify(response.errors)}`);
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
