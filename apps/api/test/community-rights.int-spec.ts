/**
 * Community rights through the real API: assets of community value and their
 * moratorium clocks (Right to Buy), service requests and their response
 * deadlines (Right to Shape Public Services), participatory budgets whose
 * winners by the Method of Equal Shares become commitments (Right to Control
 * Investment); who may do each, reminders sent once, and the assets' open data.
 */
import { monthsPeriodEnd, yearsPeriodEnd } from '@covenant/domain';
import { RightsRemindersService } from '../src/modules/rights/rights-reminders.service';
import { buildWorld, sql, type World } from './support/covenant-world';
import { createOrganisation, registerUser, verifyOrganisation, type TestUser } from './support/factories';
import { inForceCovenant } from './support/signing';
import { codes, startTestApp, type TestApp } from './support/test-app';

const ASSET_FIELDS = `id slug name status decisionDueOn decidedOn decisionReason listedUntil
  nominatedBy { id } neighbourhood { id }
  disposal { notifiedOn phase interimEndsOn fullMoratoriumEndsOn protectedPeriodEndsOn phaseEndsOn daysLeft
             bidder { id } timeline { phase from to } }
  viewerCan { decide recordDisposal requestToBid }
  covenants { id }`;

interface Asset {
  id: string;
  slug: string;
  name: string;
  status: string;
  decisionDueOn: string;
  decidedOn: string | null;
  decisionReason: string | null;
  listedUntil: string | null;
  nominatedBy: { id: string };
  disposal: {
    notifiedOn: string;
    phase: string;
    interimEndsOn: string;
    fullMoratoriumEndsOn: string | null;
    protectedPeriodEndsOn: string;
    phaseEndsOn: string | null;
    daysLeft: number | null;
    bidder: { id: string } | null;
    timeline: { phase: string; from: string; to: string | null }[];
  } | null;
  viewerCan: { decide: boolean; recordDisposal: boolean; requestToBid: boolean };
  covenants: { id: string }[];
}

const REQUEST_FIELDS = `id slug service status responseDueOn response overdue daysLeft
  requester { id } publicBody { id } viewerCan { respond withdraw }`;

interface ServiceRequest {
  id: string;
  slug: string;
  status: string;
  responseDueOn: string;
  response: string | null;
  overdue: boolean;
  daysLeft: number | null;
  viewerCan: { respond: boolean; withdraw: boolean };
}

/** Calendar arithmetic the tests check against, on UTC days. */
function day(offset: number, from = londonToday()): string {
  const date = new Date(`${from}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

function londonToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

describe('Community rights', () => {
  let api: TestApp;
  let world: World;

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
  }, 120_000);
  afterAll(() => api.close());

  async function nominate(user: TestUser, organisationId: string, fields: Record<string, unknown> = {}) {
    return api.gql<{ nominateAsset: Asset }>(
      `mutation ($input: NominateAssetInput!) { nominateAsset(input: $input) { ${ASSET_FIELDS} } }`,
      {
        input: {
          neighbourhoodId: world.neighbourhood.id,
          organisationId,
          name: 'The Folly',
          address: 'Chapel Street, Settle BD24 9HS',
          ownerName: 'Folly Estates Ltd',
          location: '{"type":"Point","coordinates":[-2.2779,54.0688]}',
          ...fields,
        },
      },
      { token: user.token },
    );
  }

  async function listedAsset(name: string): Promise<Asset> {
    const nominated = await nominate(world.people.hydroAdmin, world.hydro.id, { name });
    const decided = await api.gql<{ decideNomination: Asset }>(
      `mutation ($a: ID!) { decideNomination(assetId: $a, listed: true, reason: "Used by the whole town.") { ${ASSET_FIELDS} } }`,
      { a: nominated.data!.nominateAsset.id },
      { token: world.people.councilAdmin.token },
    );
    return decided.data!.decideNomination;
  }

  const asset = async (slug: string, token?: string) =>
    (
      await api.gql<{ asset: Asset }>(
        `query ($s: String!) { asset(slug: $s) { ${ASSET_FIELDS} } }`,
        { s: slug },
        { token },
      )
    ).data!.asset;

  const notificationsOf = (user: TestUser, kind: string) =>
    sql<{ title: string }>(api, 'SELECT title FROM notifications WHERE user_id = $1 AND kind = $2', [user.id, kind]);

  describe('assets of community value', () => {
    it('a community organisation nominates, and the council has until the decision day (8 weeks)', async () => {
      const response = await nominate(world.people.hydroAdmin, world.hydro.id);
      expect(response.errors).toBeUndefined();
      const nominated = response.data!.nominateAsset;
      expect(nominated).toMatchObject({
        status: 'NOMINATED',
        decisionDueOn: day(55),
        nominatedBy: { id: world.hydro.id },
        disposal: null,
        viewerCan: { decide: false, recordDisposal: false, requestToBid: false },
      });
      expect(await notificationsOf(world.people.councilAdmin, 'asset.nominated')).toHaveLength(1);
      expect((await asset(nominated.slug, world.people.councilAdmin.token)).viewerCan.decide).toBe(true);
      expect((await asset(nominated.slug)).name).toBe('The Folly');
    });

    it('refuses nominations from anyone but a community organisation’s admin, and bad input', async () => {
      const { resident, hydroMember, councilAdmin, hydroAdmin } = world.people;
      const unverified = await registerUser(api, { verified: false });
      const group = await createOrganisation(api, unverified, { name: 'Unconfirmed Friends', kind: 'COMMUNITY_GROUP' });
      const attempts = [
        await nominate(resident, world.hydro.id),
        await nominate(hydroMember, world.hydro.id),
        await nominate(councilAdmin, world.council.id),
        await nominate(unverified, group.id),
        await nominate(hydroAdmin, world.hydro.id, { location: '{"type":"Point","coordinates":[500,1]}' }),
        await nominate(hydroAdmin, world.hydro.id, { name: '' }),
      ];
      expect(attempts.map((a) => codes(a)[0])).toEqual([
        'FORBIDDEN',
        'FORBIDDEN',
        'FORBIDDEN',
        'FORBIDDEN',
        'BAD_USER_INPUT',
        'BAD_USER_INPUT',
      ]);
      const anonymous = await api.gql(
        `mutation ($input: NominateAssetInput!) { nominateAsset(input: $input) { id } }`,
        { input: { neighbourhoodId: world.neighbourhood.id, organisationId: world.hydro.id, name: 'X', address: 'Y' } },
      );
      expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    });

    it('the council decides once, with reasons, on a day up to today; a listing lasts five years', async () => {
      const { id } = (await nominate(world.people.hydroAdmin, world.hydro.id, { name: 'Victoria Hall' })).data!
        .nominateAsset;
      const decide = (token: string, decidedOn?: string) =>
        api.gql<{ decideNomination: Asset }>(
          `mutation ($a: ID!, $d: Date) { decideNomination(assetId: $a, listed: true, reason: "A hall for everyone.", decidedOn: $d) { ${ASSET_FIELDS} } }`,
          { a: id, d: decidedOn },
          { token },
        );
      expect(codes(await decide(world.people.hydroAdmin.token))).toEqual(['FORBIDDEN']);
      expect(codes(await decide(world.people.councilSignatory.token))).toEqual(['FORBIDDEN']);
      expect(codes(await decide(world.people.councilAdmin.token, day(1)))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await decide(world.people.councilAdmin.token, day(-1)))).toEqual(['BAD_USER_INPUT']);
      const listed = await decide(world.people.councilAdmin.token);
      expect(listed.data!.decideNomination).toMatchObject({
        status: 'LISTED',
        decidedOn: londonToday(),
        decisionReason: 'A hall for everyone.',
        listedUntil: yearsPeriodEnd(londonToday(), 5),
      });
      expect(codes(await decide(world.people.councilAdmin.token))).toEqual(['CONFLICT']);
      expect(await notificationsOf(world.people.hydroAdmin, 'asset.listed')).toHaveLength(1);
    });

    it('an owner’s notice starts the interim moratorium; a group asks to bid within it; the full moratorium follows', async () => {
      const listed = await listedAsset('Settle Station Water Tower');
      // Listed a while ago: a notice is given after the listing.
      await sql(api, 'UPDATE community_assets SET decided_on = $2 WHERE id = $1', [listed.id, day(-30)]);
      const record = (notifiedOn: string, token = world.people.councilAdmin.token) =>
        api.gql<{ recordDisposalNotice: Asset }>(
          `mutation ($a: ID!, $d: Date!) { recordDisposalNotice(assetId: $a, notifiedOn: $d) { ${ASSET_FIELDS} } }`,
          { a: listed.id, d: notifiedOn },
          { token },
        );
      expect(codes(await record(day(-10), world.people.hydroAdmin.token))).toEqual(['FORBIDDEN']);
      expect(codes(await record(day(2)))).toEqual(['BAD_USER_INPUT']);
      const notice = day(-10);
      const recorded = (await record(notice)).data!.recordDisposalNotice;
      expect(recorded.disposal).toMatchObject({
        notifiedOn: notice,
        phase: 'INTERIM_MORATORIUM',
        interimEndsOn: day(41, notice),
        fullMoratoriumEndsOn: null,
        phaseEndsOn: day(41, notice),
        daysLeft: 31,
        bidder: null,
      });
      expect(recorded.disposal!.timeline.map((segment) => segment.phase)).toEqual([
        'INTERIM_MORATORIUM',
        'OPEN_FOR_SALE',
        'PROTECTED_PERIOD_ENDED',
      ]);
      expect(codes(await record(day(-5)))).toEqual(['CONFLICT']);
      expect(await notificationsOf(world.people.hydroAdmin, 'asset.disposal')).toHaveLength(1);

      const bid = (token: string, organisationId: string) =>
        api.gql<{ requestToBid: Asset }>(
          `mutation ($a: ID!, $o: ID!) { requestToBid(assetId: $a, organisationId: $o) { ${ASSET_FIELDS} } }`,
          { a: listed.id, o: organisationId },
          { token },
        );
      expect(codes(await bid(world.people.poolMember.token, world.pool.id))).toEqual(['FORBIDDEN']);
      expect(codes(await bid(world.people.housingAdmin.token, world.housing.id))).toEqual(['FORBIDDEN']);
      expect((await asset(listed.slug, world.people.poolAdmin.token)).viewerCan.requestToBid).toBe(true);
      const bidding = (await bid(world.people.poolAdmin.token, world.pool.id)).data!.requestToBid;
      expect(bidding.disposal).toMatchObject({
        phase: 'INTERIM_MORATORIUM',
        bidder: { id: world.pool.id },
        fullMoratoriumEndsOn: monthsPeriodEnd(notice, 6),
      });
      expect(bidding.disposal!.timeline.map((segment) => segment.phase)).toEqual([
        'INTERIM_MORATORIUM',
        'FULL_MORATORIUM',
        'OPEN_FOR_SALE',
        'PROTECTED_PERIOD_ENDED',
      ]);
      expect(codes(await bid(world.people.hydroAdmin.token, world.hydro.id))).toEqual(['CONFLICT']);
      expect(await notificationsOf(world.people.hydroAdmin, 'asset.bid')).toHaveLength(1);
    });

    it('refuses a request to bid once the interim moratorium is over', async () => {
      const listed = await listedAsset('Kirkgate Allotments');
      await sql(api, `UPDATE community_assets SET decided_on = $2 WHERE id = $1`, [listed.id, day(-100)]);
      await api.gql(
        `mutation ($a: ID!, $d: Date!) { recordDisposalNotice(assetId: $a, notifiedOn: $d) { id } }`,
        { a: listed.id, d: day(-50) },
        { token: world.people.councilAdmin.token },
      );
      const shown = await asset(listed.slug, world.people.poolAdmin.token);
      expect(shown.disposal).toMatchObject({ phase: 'OPEN_FOR_SALE', bidder: null });
      expect(shown.viewerCan.requestToBid).toBe(false);
      const late = await api.gql(
        `mutation ($a: ID!, $o: ID!) { requestToBid(assetId: $a, organisationId: $o) { id } }`,
        { a: listed.id, o: world.pool.id },
        { token: world.people.poolAdmin.token },
      );
      expect(codes(late)).toEqual(['CONFLICT']);
    });

    it('lists a neighbourhood’s assets by status, and commitments that name one link their covenants', async () => {
      const listed = await listedAsset('Settle Pool');
      const byStatus = await api.gql<{ neighbourhood: { assets: { id: string; status: string }[] } }>(
        `query ($s: String!) { neighbourhood(slug: $s) { assets(status: [LISTED]) { id status } } }`,
        { s: world.neighbourhood.slug },
      );
      const statuses = byStatus.data!.neighbourhood.assets.map((a) => a.status);
      expect(new Set(statuses)).toEqual(new Set(['LISTED']));
      expect(byStatus.data!.neighbourhood.assets.map((a) => a.id)).toContain(listed.id);

      const { covenant } = await inForceCovenant(api, world);
      await sql(api, `UPDATE covenants SET status = 'DRAFT' WHERE id = $1`, [covenant.id]);
      const poolParty = covenant.parties.find((p) => p.organisation.id === world.pool.id)!;
      const add = (assetId: string) =>
        api.gql<{ addCommitment: { id: string; asset: { id: string } | null } }>(
          `mutation ($input: CommitmentInput!) { addCommitment(input: $input) { id asset { id } } }`,
          { input: { covenantId: covenant.id, partyId: poolParty.id, title: 'Keep the pool open', assetId } },
          { token: world.people.poolAdmin.token },
        );
      expect((await add(listed.id)).data!.addCommitment.asset).toEqual({ id: listed.id });
      expect((await asset(listed.slug, world.people.poolAdmin.token)).covenants).toEqual([{ id: covenant.id }]);
      // A draft is its parties' own: nobody else sees it named.
      expect((await asset(listed.slug)).covenants).toEqual([]);

      const elsewhere = await api.gql<{ createNeighbourhood: { id: string } }>(
        `mutation { createNeighbourhood(input: { name: "Giggleswick" }) { id } }`,
        {},
        { token: world.people.hydroAdmin.token },
      );
      const away = await nominate(world.people.hydroAdmin, world.hydro.id, {
        neighbourhoodId: elsewhere.data!.createNeighbourhood.id,
        name: 'Giggleswick Tarn',
      });
      expect(codes(await add(away.data!.nominateAsset.id))).toEqual(['BAD_USER_INPUT']);
    });

    it('publishes every asset as open data under the Open Government Licence', async () => {
      await listedAsset('Castleberg Crag path');
      const csv = await fetch(`${api.url}/open-data/assets.csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const [licence, header, ...rows] = (await csv.text()).trimEnd().split('\r\n');
      expect(licence).toMatch(/^# Open Government Licence v3\.0/);
      expect(header).toBe(
        'id,slug,neighbourhood,name,address,status,decisionDueOn,listedUntil,disposalPhase,interimEndsOn,fullMoratoriumEndsOn,protectedPeriodEndsOn',
      );
      expect(rows.some((row) => row.includes('Castleberg Crag path') && row.includes(',LISTED,'))).toBe(true);
      const json = (await (await fetch(`${api.url}/open-data/assets.json`)).json()) as {
        licence: string;
        generatedAt: string;
        rows: Record<string, string | null>[];
      };
      expect(json.licence).toContain('Open Government Licence v3.0');
      expect(Date.parse(json.generatedAt)).not.toBeNaN();
      expect(json.rows.length).toBe(rows.length);
      expect(Object.keys(json.rows[0])).toEqual(header.split(','));
    });
  });

  describe('service requests', () => {
    let unverifiedBody: string;

    beforeAll(async () => {
      unverifiedBody = (
        await createOrganisation(api, world.people.resident, { name: 'Craven Health Trust', kind: 'PUBLIC_BODY' })
      ).id;
    });

    const submit = (user: TestUser, fields: Record<string, unknown> = {}) =>
      api.gql<{ submitServiceRequest: ServiceRequest }>(
        `mutation ($input: ServiceRequestInput!) { submitServiceRequest(input: $input) { ${REQUEST_FIELDS} } }`,
        {
          input: {
            neighbourhoodId: world.neighbourhood.id,
            requesterOrganisationId: world.hydro.id,
            publicBodyOrganisationId: world.council.id,
            service: 'Library opening hours',
            proposal: 'Let volunteers open the library on Saturday afternoons.',
            ...fields,
          },
        },
        { token: user.token },
      );

    const respond = (user: TestUser, requestId: string, status = 'ACCEPTED_WITH_CHANGES') =>
      api.gql<{ respondToServiceRequest: ServiceRequest }>(
        `mutation ($r: ID!, $s: ServiceRequestStatus!) {
          respondToServiceRequest(requestId: $r, status: $s, response: "Yes, with a trained keyholder.") { ${REQUEST_FIELDS} }
        }`,
        { r: requestId, s: status },
        { token: user.token },
      );

    it('asks a verified public body, which answers once within the response period', async () => {
      const submitted = await submit(world.people.hydroAdmin);
      expect(submitted.errors).toBeUndefined();
      const request = submitted.data!.submitServiceRequest;
      expect(request).toMatchObject({
        status: 'SUBMITTED',
        responseDueOn: day(55),
        overdue: false,
        daysLeft: 55,
        viewerCan: { respond: false, withdraw: true },
      });
      expect(await notificationsOf(world.people.councilAdmin, 'service-request.submitted')).toHaveLength(1);
      expect(codes(await respond(world.people.hydroAdmin, request.id))).toEqual(['FORBIDDEN']);
      expect(codes(await respond(world.people.councilAdmin, request.id, 'SUBMITTED'))).toEqual(['BAD_USER_INPUT']);
      const answered = (await respond(world.people.councilAdmin, request.id)).data!.respondToServiceRequest;
      expect(answered).toMatchObject({
        status: 'ACCEPTED_WITH_CHANGES',
        response: 'Yes, with a trained keyholder.',
        daysLeft: null,
        viewerCan: { respond: false, withdraw: false },
      });
      expect(codes(await respond(world.people.councilAdmin, request.id))).toEqual(['CONFLICT']);
      const withdraw = await api.gql(
        `mutation ($r: ID!) { withdrawServiceRequest(requestId: $r) { id } }`,
        { r: request.id },
        { token: world.people.hydroAdmin.token },
      );
      expect(codes(withdraw)).toEqual(['CONFLICT']);
      expect(await notificationsOf(world.people.hydroAdmin, 'service-request.answered')).toHaveLength(1);
    });

    it('refuses a requester that is not a community organisation, and a body that is not a verified public body', async () => {
      expect(codes(await submit(world.people.resident))).toEqual(['FORBIDDEN']);
      expect(codes(await submit(world.people.housingAdmin, { requesterOrganisationId: world.housing.id }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(codes(await submit(world.people.hydroAdmin, { publicBodyOrganisationId: world.housing.id }))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(codes(await submit(world.people.hydroAdmin, { publicBodyOrganisationId: unverifiedBody }))).toEqual([
        'CONFLICT',
      ]);
      await verifyOrganisation(api, unverifiedBody, 'craven-health.example');
      expect(codes(await submit(world.people.hydroAdmin, { publicBodyOrganisationId: unverifiedBody }))).toEqual([]);
    });

    it('shows an unanswered request past its due day as overdue, and lets the requester withdraw it', async () => {
      const { id, slug } = (await submit(world.people.hydroAdmin, { service: 'Bus shelter repairs' })).data!
        .submitServiceRequest;
      await sql(api, 'UPDATE service_requests SET response_due_on = $2 WHERE id = $1', [id, day(-1)]);
      const listed = await api.gql<{ neighbourhood: { serviceRequests: ServiceRequest[] } }>(
        `query ($s: String!) { neighbourhood(slug: $s) { serviceRequests(status: [SUBMITTED]) { ${REQUEST_FIELDS} } } }`,
        { s: world.neighbourhood.slug },
      );
      expect(listed.data!.neighbourhood.serviceRequests.find((r) => r.id === id)).toMatchObject({
        overdue: true,
        daysLeft: -1,
      });
      const withdraw = (user: TestUser) =>
        api.gql<{ withdrawServiceRequest: ServiceRequest }>(
          `mutation ($r: ID!) { withdrawServiceRequest(requestId: $r) { ${REQUEST_FIELDS} } }`,
          { r: id },
          { token: user.token },
        );
      expect(codes(await withdraw(world.people.poolAdmin))).toEqual(['FORBIDDEN']);
      expect((await withdraw(world.people.hydroAdmin)).data!.withdrawServiceRequest).toMatchObject({
        status: 'WITHDRAWN',
        overdue: false,
      });
      const shown = await api.gql<{ serviceRequest: ServiceRequest }>(
        `query ($s: String!) { serviceRequest(slug: $s) { ${REQUEST_FIELDS} } }`,
        { s: slug },
      );
      expect(shown.data!.serviceRequest.status).toBe('WITHDRAWN');
    });
  });

  describe('who may', () => {
    type Person = keyof World['people'] | 'anonymous';
    const PEOPLE: Person[] = [
      'anonymous',
      'resident',
      'hydroMember',
      'hydroAdmin',
      'poolAdmin',
      'councilSignatory',
      'councilAdmin',
      'housingAdmin',
    ];
    /** The one person each mutation is for, on the fixture below; everyone else is refused. */
    const ALLOWED: Record<string, Person> = {
      nominateAsset: 'hydroAdmin',
      decideNomination: 'councilAdmin',
      recordDisposalNotice: 'councilAdmin',
      requestToBid: 'poolAdmin',
      submitServiceRequest: 'hydroAdmin',
      respondToServiceRequest: 'councilAdmin',
      withdrawServiceRequest: 'hydroAdmin',
    };

    interface Fixture {
      nominated: string;
      listed: string;
      noticed: string;
      request: string;
    }

    async function fixture(): Promise<Fixture> {
      const nominated = (await nominate(world.people.hydroAdmin, world.hydro.id, { name: 'Zion Chapel' })).data!
        .nominateAsset.id;
      const listed = (await listedAsset('Langcliffe Quarry')).id;
      const noticed = (await listedAsset('The Shambles')).id;
      await sql(api, 'UPDATE community_assets SET decided_on = $2 WHERE id = $1', [noticed, day(-30)]);
      await api.gql(
        `mutation ($a: ID!, $d: Date!) { recordDisposalNotice(assetId: $a, notifiedOn: $d) { id } }`,
        { a: noticed, d: day(-3) },
        { token: world.people.councilAdmin.token },
      );
      const request = await api.gql<{ submitServiceRequest: { id: string } }>(
        `mutation ($input: ServiceRequestInput!) { submitServiceRequest(input: $input) { id } }`,
        {
          input: {
            neighbourhoodId: world.neighbourhood.id,
            requesterOrganisationId: world.hydro.id,
            publicBodyOrganisationId: world.council.id,
            service: 'Public toilets on the market place',
            proposal: 'Let the Hydro keep the toilets open on market days.',
          },
        },
        { token: world.people.hydroAdmin.token },
      );
      return { nominated, listed, noticed, request: request.data!.submitServiceRequest.id };
    }

    const CALLS: Record<string, (f: Fixture) => [string, Record<string, unknown>]> = {
      nominateAsset: () => [
        `mutation ($input: NominateAssetInput!) { nominateAsset(input: $input) { id } }`,
        {
          input: {
            neighbourhoodId: world.neighbourhood.id,
            organisationId: world.hydro.id,
            name: 'Folly garden',
            address: 'Victoria Street, Settle',
          },
        },
      ],
      decideNomination: (f) => [
        `mutation ($a: ID!) { decideNomination(assetId: $a, listed: false, reason: "Not of community value.") { id } }`,
        { a: f.nominated },
      ],
      recordDisposalNotice: (f) => [
        `mutation ($a: ID!, $d: Date!) { recordDisposalNotice(assetId: $a, notifiedOn: $d) { id } }`,
        { a: f.listed, d: londonToday() },
      ],
      requestToBid: (f) => [
        `mutation ($a: ID!, $o: ID!) { requestToBid(assetId: $a, organisationId: $o) { id } }`,
        { a: f.noticed, o: world.pool.id },
      ],
      submitServiceRequest: () => [
        `mutation ($input: ServiceRequestInput!) { submitServiceRequest(input: $input) { id } }`,
        {
          input: {
            neighbourhoodId: world.neighbourhood.id,
            requesterOrganisationId: world.hydro.id,
            publicBodyOrganisationId: world.council.id,
            service: 'Street lighting',
            proposal: 'Brighter lamps on Kirkgate.',
          },
        },
      ],
      respondToServiceRequest: (f) => [
        `mutation ($r: ID!) { respondToServiceRequest(requestId: $r, status: REFUSED, response: "Not this year.") { id } }`,
        { r: f.request },
      ],
      withdrawServiceRequest: (f) => [
        `mutation ($r: ID!) { withdrawServiceRequest(requestId: $r) { id } }`,
        { r: f.request },
      ],
    };

    /** Everything a refused call might have touched. */
    const snapshot = () =>
      sql(
        api,
        `SELECT (SELECT count(*) FROM community_assets) AS assets,
                (SELECT string_agg(status::text || coalesce(decided_on::text, ''), ',' ORDER BY id) FROM community_assets)
                  AS "assetStates",
                (SELECT string_agg(coalesce(bidder_id::text, '-'), ',' ORDER BY id) FROM asset_disposals) AS disposals,
                (SELECT string_agg(status::text, ',' ORDER BY id) FROM service_requests) AS requests`,
      );

    it('answers each right’s mutations for every kind of person as the rules say, and a refusal changes nothing', async () => {
      const shared = await fixture();
      const mismatches: string[] = [];
      for (const action of Object.keys(CALLS)) {
        for (const person of PEOPLE) {
          if (person === ALLOWED[action]) continue;
          const before = await snapshot();
          const [query, variables] = CALLS[action](shared);
          const token = person === 'anonymous' ? undefined : world.people[person].token;
          const got = codes(await api.gql(query, variables, { token }))[0] ?? 'OK';
          const want = person === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
          if (got !== want) mismatches.push(`${action} by ${person}: expected ${want}, got ${got}`);
          expect(await snapshot()).toEqual(before);
        }
        const [query, variables] = CALLS[action](await fixture());
        const response = await api.gql(query, variables, {
          token: world.people[ALLOWED[action] as keyof World['people']].token,
        });
        if (response.errors) mismatches.push(`${action} by ${ALLOWED[action]}: ${response.errors[0].message}`);
      }
      expect(mismatches).toEqual([]);
    }, 120_000);
  });

  describe('reminders', () => {
    it('reminds the council, the nominator, the bidder and the public body before each deadline, once', async () => {
      const reminders = api.app.get(RightsRemindersService);
      await reminders.run();
      const nominated = (await nominate(world.people.hydroAdmin, world.hydro.id, { name: 'Market Hall' })).data!
        .nominateAsset;
      await sql(api, 'UPDATE community_assets SET decision_due_on = $2 WHERE id = $1', [nominated.id, day(3)]);
      const interim = await listedAsset('Ashfield car park');
      await sql(api, 'UPDATE community_assets SET decided_on = $2 WHERE id = $1', [interim.id, day(-60)]);
      await api.gql(
        `mutation ($a: ID!, $d: Date!) { recordDisposalNotice(assetId: $a, notifiedOn: $d) { id } }`,
        { a: interim.id, d: day(-38) },
        { token: world.people.councilAdmin.token },
      );
      const request = await api.gql<{ submitServiceRequest: { id: string } }>(
        `mutation ($input: ServiceRequestInput!) { submitServiceRequest(input: $input) { id } }`,
        {
          input: {
            neighbourhoodId: world.neighbourhood.id,
            requesterOrganisationId: world.pool.id,
            publicBodyOrganisationId: world.council.id,
            service: 'Swimming lessons for schools',
            proposal: 'Let the trust run school swimming lessons.',
          },
        },
        { token: world.people.poolAdmin.token },
      );
      await sql(api, 'UPDATE service_requests SET response_due_on = $2 WHERE id = $1', [
        request.data!.submitServiceRequest.id,
        day(2),
      ]);

      expect(await reminders.run()).toBe(3);
      expect(await reminders.run()).toBe(0);
      expect(await notificationsOf(world.people.councilAdmin, 'asset.decision-due')).toEqual([
        { title: expect.stringContaining('Market Hall') },
      ]);
      expect(await notificationsOf(world.people.hydroAdmin, 'asset.interim-ends')).toEqual([
        { title: expect.stringContaining('Ashfield car park') },
      ]);
      expect(await notificationsOf(world.people.councilAdmin, 'service-request.response-due')).toEqual([
        { title: expect.stringContaining('Swimming lessons for schools') },
      ]);
    });
  });
});
