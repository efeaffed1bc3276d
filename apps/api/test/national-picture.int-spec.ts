/**
 * The national picture through the real API, against a small platform whose
 * figures are counted here by hand: neighbourhoods, covenants by status,
 * commitments of the covenants anyone may read that are in force, assets
 * listed and moratoria running, service requests overdue, escalations open,
 * each council's figures and each place on the map.
 */
import { buildWorld, forceStatus, sql, startCovenant, type World } from './support/covenant-world';
import { createOrganisation, SQUARE_BOUNDARY, verifyOrganisation } from './support/factories';
import { readyToSign } from './support/signing';
import { startTestApp, type TestApp } from './support/test-app';

const PICTURE = `{
  nationalPicture {
    neighbourhoods
    covenantsByStatus { status count }
    commitments { total byProgress { progress count } overdue }
    assetsListed moratoriaActive serviceRequestsOverdue escalationsOpen
    councils { council { id } covenantsInForce commitments delivered overdue }
    generatedAt
  }
}`;

interface Picture {
  neighbourhoods: number;
  covenantsByStatus: { status: string; count: number }[];
  commitments: { total: number; byProgress: { progress: string; count: number }[]; overdue: number };
  assetsListed: number;
  moratoriaActive: number;
  serviceRequestsOverdue: number;
  escalationsOpen: number;
  councils: {
    council: { id: string };
    covenantsInForce: number;
    commitments: number;
    delivered: number;
    overdue: number;
  }[];
  generatedAt: string;
}

interface PlaceRow {
  id: string;
  name: string;
  localAuthority: string | null;
  outline: { type: string } | null;
  covenantsInForce: number;
  commitments: number;
  delivered: number;
  overdue: number;
  standing: string;
}

function day(offset: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

describe('The national picture', () => {
  let api: TestApp;
  let world: World;
  let otherCouncil: { id: string };
  let upland: { id: string };
  let picture: Picture;
  let statements: string[];

  async function data<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const response = await api.gql<T>(query, variables, { token });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!;
  }

  async function commitments(covenantId: string, partyId: string, dues: (string | null)[]) {
    const ids: string[] = [];
    for (const [i, dueOn] of dues.entries()) {
      const added = await data<{ addCommitment: { id: string } }>(
        `mutation ($input: CommitmentInput!) { addCommitment(input: $input) { id } }`,
        { input: { covenantId, partyId, title: `Promise ${i + 1}`, dueOn } },
        world.people.hydroAdmin.token,
      );
      ids.push(added.addCommitment.id);
    }
    return ids;
  }

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
    const { hydroAdmin, councilAdmin, poolAdmin, resident } = world.people;
    await sql(api, 'UPDATE neighbourhoods SET boundary = $2::jsonb WHERE id = $1', [
      world.neighbourhood.id,
      SQUARE_BOUNDARY,
    ]);
    otherCouncil = await createOrganisation(api, councilAdmin, {
      name: 'Westmorland Council',
      kind: 'LOCAL_AUTHORITY',
    });
    upland = (
      await data<{ createNeighbourhood: { id: string } }>(
        `mutation ($input: CreateNeighbourhoodInput!) { createNeighbourhood(input: $input) { id } }`,
        { input: { name: 'Upland Fells', localAuthorityId: otherCouncil.id } },
        hydroAdmin.token,
      )
    ).createNeighbourhood;

    // In force and public: three promises, one delivered, one overdue, one not yet due.
    const open = await readyToSign(api, world);
    const hydroParty = open.parties.find((p) => p.organisation.id === world.hydro.id)!.id;
    const [delivered, late] = await commitments(open.id, hydroParty, [day(20), day(30), day(40)]);
    await forceStatus(api, open.id, 'IN_FORCE');
    await sql(api, 'UPDATE commitments SET due_on = $2 WHERE id = $1', [late, day(-2)]);
    await data(
      `mutation ($input: CommitmentUpdateInput!) { reportProgress(input: $input) { id } }`,
      { input: { commitmentId: delivered, progress: 'DELIVERED', percentComplete: 100, note: 'Done.' } },
      hydroAdmin.token,
    );
    // In force but for its parties only: counted by status, not in the public figures.
    const hidden = await readyToSign(api, world, 'PARTIES_ONLY');
    const hiddenParty = hidden.parties.find((p) => p.organisation.id === world.hydro.id)!.id;
    const [hiddenLate] = await commitments(hidden.id, hiddenParty, [day(10), null]);
    await forceStatus(api, hidden.id, 'IN_FORCE');
    await sql(api, 'UPDATE commitments SET due_on = $2 WHERE id = $1', [hiddenLate, day(-2)]);
    // A draft in the other council's neighbourhood: not yet a promise.
    const draft = await startCovenant(api, world, { title: 'Upland draft' });
    await commitments(draft.id, draft.parties[0]!.id, [day(-5)]);
    await sql(api, 'UPDATE covenants SET neighbourhood_id = $2 WHERE id = $1', [draft.id, upland.id]);

    // One asset listed with its owner's notice 10 days ago (the interim moratorium runs), one only nominated.
    const nominate = async (name: string) =>
      (
        await data<{ nominateAsset: { id: string } }>(
          `mutation ($input: NominateAssetInput!) { nominateAsset(input: $input) { id } }`,
          {
            input: { neighbourhoodId: world.neighbourhood.id, organisationId: world.hydro.id, name, address: 'Settle' },
          },
          hydroAdmin.token,
        )
      ).nominateAsset.id;
    const hall = await nominate('Victoria Hall');
    await nominate('The open-air pool');
    await sql(api, `UPDATE community_assets SET nominated_at = now() - interval '30 days' WHERE id = $1`, [hall]);
    await data(
      `mutation ($a: ID!, $d: Date!) { decideNomination(assetId: $a, decidedOn: $d, listed: true, reason: "Used by the whole town.") { id } }`,
      { a: hall, d: day(-20) },
      councilAdmin.token,
    );
    await data(
      `mutation ($a: ID!, $d: Date!) { recordDisposalNotice(assetId: $a, notifiedOn: $d) { id } }`,
      { a: hall, d: day(-10) },
      councilAdmin.token,
    );

    // Two service requests, one past its due day.
    await verifyOrganisation(api, world.council.id, 'example.org');
    const ask = async (service: string) =>
      (
        await data<{ submitServiceRequest: { id: string } }>(
          `mutation ($input: ServiceRequestInput!) { submitServiceRequest(input: $input) { id } }`,
          {
            input: {
              neighbourhoodId: world.neighbourhood.id,
              requesterOrganisationId: world.pool.id,
              publicBodyOrganisationId: world.council.id,
              service,
              proposal: 'Let the community run it.',
            },
          },
          poolAdmin.token,
        )
      ).submitServiceRequest.id;
    const lessons = await ask('School swimming lessons');
    await ask('Library opening hours');
    await sql(api, 'UPDATE service_requests SET response_due_on = $2 WHERE id = $1', [lessons, day(-1)]);

    // Two escalations, one of them dismissed.
    const escalate = async (reason: string, token: string) =>
      (
        await data<{ escalate: { id: string } }>(
          `mutation ($s: ID!, $r: String!) { escalate(subjectType: COVENANT, subjectId: $s, reason: $r) { id } }`,
          { s: open.id, r: reason },
          token,
        )
      ).escalate.id;
    await escalate('The covenant has stalled: nothing has happened on the river since spring.', resident.token);
    const dismissed = await escalate(
      'A second look at the same covenant, which the commissioner will dismiss.',
      world.people.housingAdmin.token,
    );
    await sql(api, `UPDATE escalations SET status = 'DISMISSED', findings = 'Already under way.' WHERE id = $1`, [
      dismissed,
    ]);

    statements = await api.sqlDuring(async () => {
      picture = (await data<{ nationalPicture: Picture }>(PICTURE, {})).nationalPicture;
    });
  }, 120_000);
  afterAll(() => api.close());

  it('counts neighbourhoods and every covenant by status, zeros included', () => {
    expect(picture.neighbourhoods).toBe(2);
    expect(picture.covenantsByStatus).toEqual([
      { status: 'DRAFT', count: 1 },
      { status: 'CONSULTATION', count: 0 },
      { status: 'OPEN_FOR_SIGNATURE', count: 0 },
      { status: 'IN_FORCE', count: 2 },
      { status: 'UNDER_REVIEW', count: 0 },
      { status: 'ENDED', count: 0 },
      { status: 'WITHDRAWN', count: 0 },
    ]);
  });

  it('counts only the promises anyone may read of covenants in force', () => {
    expect(picture.commitments.total).toBe(3);
    expect(picture.commitments.overdue).toBe(1);
    expect(Object.fromEntries(picture.commitments.byProgress.map((p) => [p.progress, p.count]))).toMatchObject({
      NOT_STARTED: 2,
      DELIVERED: 1,
    });
  });

  it('counts assets listed, moratoria running, requests overdue and escalations open', () => {
    expect(picture).toMatchObject({
      assetsListed: 1,
      moratoriaActive: 1,
      serviceRequestsOverdue: 1,
      escalationsOpen: 1,
    });
  });

  it('gives every council its figures, by name', () => {
    expect(picture.councils).toEqual([
      { council: { id: world.council.id }, covenantsInForce: 1, commitments: 3, delivered: 1, overdue: 1 },
      { council: { id: otherCouncil.id }, covenantsInForce: 0, commitments: 0, delivered: 0, overdue: 0 },
    ]);
  });

  it('puts every neighbourhood in the map’s open data with its outline and standing', async () => {
    const response = await fetch(`${api.url}/open-data/neighbourhoods.json`);
    const { licence, rows } = (await response.json()) as { licence: string; rows: PlaceRow[] };
    expect(licence).toMatch(/^Open Government Licence v3.0/);
    const place = (id: string) => rows.find((row) => row.id === id)!;
    expect(rows).toHaveLength(2);
    expect(place(world.neighbourhood.id)).toMatchObject({
      localAuthority: 'North Yorkshire Council',
      covenantsInForce: 1,
      commitments: 3,
      delivered: 1,
      overdue: 1,
      standing: 'MANY_OVERDUE',
      outline: { type: 'MultiPolygon' },
    });
    expect(place(upland.id)).toMatchObject({ outline: null, commitments: 0, standing: 'NO_COMMITMENTS' });
    const csv = await (await fetch(`${api.url}/open-data/neighbourhoods.csv`)).text();
    expect(csv.split('\r\n')[1]).toBe(
      'id,slug,name,localAuthority,covenantsInForce,commitments,delivered,overdue,standing,outline',
    );
    expect(csv).toContain('"{""type"":""MultiPolygon""');
  });

  it('answers from a few aggregate statements, the same for a signed-in reader', async () => {
    // Mail the app sends in the background after the fixture's changes (the outbox, under its advisory lock) can land
    // in the same moment.
    const own = statements.filter(
      (text) => !/outbox_emails|"notifications"|pg_(try_)?advisory_(un)?lock|^START TRANSACTION|^COMMIT/.test(text),
    );
    expect(own.length).toBeLessThanOrEqual(8);
    const signedIn = await data<{ nationalPicture: Picture }>(PICTURE, {}, world.people.hydroAdmin.token);
    expect(signedIn.nationalPicture).toEqual(picture);
  });
});
