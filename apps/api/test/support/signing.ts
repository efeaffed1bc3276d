/** Covenants taken through freezing and signing by the public API, as the parties would. */
import { fullCovenant, type TestCovenant, type World } from './covenant-world';
import type { TestUser } from './factories';
import type { GraphQLResponse, TestApp } from './test-app';

export const VERSION_FIELDS = 'id number status contentHash canonicalContent html complete inForceFrom seal';

export interface TestVersion {
  id: string;
  number: number;
  status: string;
  contentHash: string;
  canonicalContent: string;
  html: string;
  complete: boolean;
  inForceFrom: string | null;
  seal: string | null;
}

/** The convenor, the pool trust and the council, all accepted, no invitation pending. */
export async function readyToSign(
  api: TestApp,
  world: World,
  visibility: 'PUBLIC' | 'PARTIES_ONLY' = 'PUBLIC',
): Promise<TestCovenant> {
  const covenant = await fullCovenant(api, world, visibility);
  const housing = covenant.parties.find((party) => party.organisation.id === world.housing.id)!;
  const removed = await api.gql(
    `mutation ($p: ID!) { removeParty(partyId: $p) { id } }`,
    { p: housing.id },
    { token: world.people.hydroAdmin.token },
  );
  if (removed.errors) throw new Error(`removeParty failed: ${JSON.stringify(removed.errors)}`);
  return { ...covenant, parties: covenant.parties.filter((party) => party.id !== housing.id) };
}

export async function openForSignature(api: TestApp, world: World, covenantId: string): Promise<TestVersion> {
  const response = await api.gql<{ openForSignature: { currentVersion: TestVersion } }>(
    `mutation ($c: ID!) { openForSignature(covenantId: $c) { currentVersion { ${VERSION_FIELDS} } } }`,
    { c: covenantId },
    { token: world.people.hydroAdmin.token },
  );
  if (!response.data) throw new Error(`openForSignature failed: ${JSON.stringify(response.errors)}`);
  return response.data.openForSignature.currentVersion;
}

export interface SignFields {
  contentHash: string;
  signerName?: string;
  signerPosition?: string;
  mandate?: string | null;
  confirmAuthority?: boolean;
  partyId?: string;
}

export function sign(
  api: TestApp,
  user: TestUser,
  covenantId: string,
  fields: SignFields,
  kind: 'sign' | 'countersign' = 'sign',
): Promise<GraphQLResponse<Record<string, { id: string; status: string; signedAt: string; party: { id: string } }>>> {
  return api.gql(
    `mutation ($input: SignInput!) { ${kind}(input: $input) { id status signedAt party { id } } }`,
    {
      input: {
        covenantId,
        signerName: user.displayName,
        signerPosition: 'Chair',
        confirmAuthority: true,
        ...fields,
      },
    },
    { token: user.token },
  );
}

/** Every party signs version `hash`, then the council countersigns: the covenant comes into force. */
export async function signAll(api: TestApp, world: World, covenantId: string, contentHash: string): Promise<void> {
  const { hydroSignatory, poolSignatory, councilSignatory } = world.people;
  for (const user of [hydroSignatory, poolSignatory]) {
    const signed = await sign(api, user, covenantId, { contentHash });
    if (signed.errors) throw new Error(`sign failed: ${JSON.stringify(signed.errors)}`);
  }
  const countersigned = await sign(api, councilSignatory, covenantId, { contentHash }, 'countersign');
  if (countersigned.errors) throw new Error(`countersign failed: ${JSON.stringify(countersigned.errors)}`);
}

/** A covenant in force on its first version. */
export async function inForceCovenant(
  api: TestApp,
  world: World,
): Promise<{ covenant: TestCovenant; version: TestVersion }> {
  const covenant = await readyToSign(api, world);
  const version = await openForSignature(api, world, covenant.id);
  await signAll(api, world, covenant.id, version.contentHash);
  return { covenant, version };
}
