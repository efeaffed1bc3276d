/**
 * The Settle covenant the browser stories start from, set up through the API:
 * the hydro group convenes, North Yorkshire Council (verified) countersigns, and the
 * partners given join as accepted parties.
 */
import { markOrganisationVerified } from './database';
import { createOrganisation, graphqlRequest } from './graphql';

const ACCEPT = 'mutation ($p: ID!) { respondToInvitation(partyId: $p, accept: true) { id } }';

export interface Partner {
  name: string;
  kind: string;
  /** Its admin, who creates it and accepts the invitation. */
  token: string;
}

export interface SettleCovenant {
  id: string;
  slug: string;
  /** Party ids of the partners, in the order given. */
  partnerParties: string[];
}

export async function settleCovenant(
  url: string,
  options: {
    title: string;
    convenorToken: string;
    councilToken: string;
    partners: Partner[];
    /** False for a story that has the council verified through the platform itself. */
    verifyCouncil?: boolean;
  },
): Promise<SettleCovenant> {
  const hydro = await createOrganisation(url, options.convenorToken, {
    name: 'Settle Community Hydro',
    kind: 'COMMUNITY_BUSINESS',
  });
  const council = await createOrganisation(url, options.councilToken, {
    name: 'North Yorkshire Council',
    kind: 'LOCAL_AUTHORITY',
  });
  // A council countersigns only once a steward has verified it.
  if (options.verifyCouncil !== false) await markOrganisationVerified(url, council.id, 'northyorks-council.example');
  const partners = [];
  for (const partner of options.partners) {
    partners.push(await createOrganisation(url, partner.token, { name: partner.name, kind: partner.kind }));
  }
  const { createNeighbourhood } = await graphqlRequest<{ createNeighbourhood: { id: string } }>(
    url,
    'mutation ($input: CreateNeighbourhoodInput!) { createNeighbourhood(input: $input) { id } }',
    { input: { name: 'Settle', localAuthorityId: council.id, areaCodes: ['E05012345'] } },
    options.convenorToken,
  );
  const { createCovenant } = await graphqlRequest<{
    createCovenant: { id: string; slug: string; parties: { id: string; role: string }[] };
  }>(
    url,
    'mutation ($input: CreateCovenantInput!) { createCovenant(input: $input) { id slug parties { id role } } }',
    {
      input: {
        convenorOrganisationId: hydro.id,
        neighbourhoodId: createNeighbourhood.id,
        title: options.title,
        summary: 'Reopen the swimming pool on Sundays and look after the riverside path.',
        visibility: 'PUBLIC',
      },
    },
    options.convenorToken,
  );
  const councilParty = createCovenant.parties.find((party) => party.role === 'COUNTERSIGNATORY')!;
  await graphqlRequest(url, ACCEPT, { p: councilParty.id }, options.councilToken);
  const partnerParties: string[] = [];
  for (const [index, organisation] of partners.entries()) {
    const { inviteParty } = await graphqlRequest<{ inviteParty: { id: string } }>(
      url,
      'mutation ($c: ID!, $o: ID!) { inviteParty(covenantId: $c, organisationId: $o, role: PARTNER) { id } }',
      { c: createCovenant.id, o: organisation.id },
      options.convenorToken,
    );
    await graphqlRequest(url, ACCEPT, { p: inviteParty.id }, options.partners[index].token);
    partnerParties.push(inviteParty.id);
  }
  return { id: createCovenant.id, slug: createCovenant.slug, partnerParties };
}

export interface Signer {
  token: string;
  displayName: string;
}

/**
 * Opens the covenant for signature, every party signs and the council
 * countersigns, all through the API: for stories about what happens once it
 * is in force. The first signer is the convenor, who opens it.
 */
export async function signIntoForce(url: string, covenantId: string, signers: Signer[], council: Signer) {
  const { openForSignature } = await graphqlRequest<{
    openForSignature: { currentVersion: { contentHash: string } };
  }>(
    url,
    'mutation ($c: ID!) { openForSignature(covenantId: $c) { currentVersion { contentHash } } }',
    { c: covenantId },
    signers[0]!.token,
  );
  const input = (signer: Signer) => ({
    covenantId,
    contentHash: openForSignature.currentVersion.contentHash,
    signerName: signer.displayName,
    signerPosition: 'Chair',
    confirmAuthority: true,
  });
  for (const signer of signers) {
    await graphqlRequest(
      url,
      'mutation ($i: SignInput!) { sign(input: $i) { id } }',
      { i: input(signer) },
      signer.token,
    );
  }
  await graphqlRequest(
    url,
    'mutation ($i: SignInput!) { countersign(input: $i) { id } }',
    { i: input(council) },
    council.token,
  );
}
