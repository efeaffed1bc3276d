/**
 * The Community Power Commissioner through the real API: disputed delivery
 * (a resident or another party challenges a DELIVERED report, the party
 * answers), escalations of every kind of subject and their casework (the
 * commissioner asks an organisation to respond by a day, it responds, the
 * commissioner publishes findings or dismisses), who may do each, reminders
 * before the due day, and the covenant's audit trail.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EscalationRemindersService } from '../src/modules/escalations/escalation-reminders.service';
import { buildWorld, forceStatus, sql, startCovenant, type TestCovenant, type World } from './support/covenant-world';
import { registerUser, verifyOrganisation, type TestUser } from './support/factories';
import { readyToSign } from './support/signing';
import { codes, startTestApp, type TestApp } from './support/test-app';

const ESCALATION_FIELDS = `id number subjectType subjectId subjectTitle subjectPath reason status
  responseDueOn responseOverdue response findings createdAt
  neighbourhood { id } raisedBy { id displayName } respondent { id }
  viewerCan { requestResponse respond conclude }`;

interface Escalation {
  id: string;
  number: number;
  subjectType: string;
  subjectId: string;
  subjectTitle: string;
  subjectPath: string;
  reason: string;
  status: string;
  responseDueOn: string | null;
  responseOverdue: boolean;
  response: string | null;
  findings: string | null;
  neighbourhood: { id: string };
  raisedBy: { id: string; displayName: string };
  respondent: { id: string } | null;
  viewerCan: { requestResponse: boolean; respond: boolean; conclude: boolean };
}

const DISPUTE_FIELDS = 'id reportId reason evidenceUrl answer answeredAt escalatableOn raisedBy { id } viewerCanAnswer';

interface Dispute {
  id: string;
  reportId: string;
  reason: string;
  evidenceUrl: string | null;
  answer: string | null;
  escalatableOn: string;
  raisedBy: { id: string };
  viewerCanAnswer: boolean;
}

const CLI = join(__dirname, '../../../dist/api/apps/api/src/cli.js');

const REASON = 'The footbridge was promised for the spring and it is still closed to everyone.';

function day(offset: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

describe('The Community Power Commissioner', () => {
  let api: TestApp;
  let world: World;
  let commissioner: TestUser;
  let unverified: TestUser;
  let covenant: TestCovenant;
  /** The hydro's commitment, reported DELIVERED; the pool's, not started and overdue. */
  let delivered: string;
  let overdue: string;

  const gql = <T>(query: string, variables: Record<string, unknown>, user?: TestUser) =>
    api.gql<T>(query, variables, { token: user?.token });

  async function addCommitment(partyId: string, title: string, dueOn: string | null) {
    const added = await gql<{ addCommitment: { id: string } }>(
      `mutation ($input: CommitmentInput!) { addCommitment(input: $input) { id } }`,
      { input: { covenantId: covenant.id, partyId, title, dueOn } },
      world.people.hydroAdmin,
    );
    if (!added.data) throw new Error(JSON.stringify(added.errors));
    return added.data.addCommitment.id;
  }

  const dispute = (user: TestUser | undefined, commitmentId: string, reason = REASON, evidenceUrl?: string) =>
    gql<{ disputeDelivery: Dispute }>(
      `mutation ($c: ID!, $r: String!, $e: String) { disputeDelivery(commitmentId: $c, reason: $r, evidenceUrl: $e) { ${DISPUTE_FIELDS} } }`,
      { c: commitmentId, r: reason, e: evidenceUrl ?? null },
      user,
    );

  const answer = (user: TestUser | undefined, disputeId: string) =>
    gql<{ answerDispute: Dispute }>(
      `mutation ($d: ID!, $a: String!) { answerDispute(disputeId: $d, answer: $a) { ${DISPUTE_FIELDS} } }`,
      { d: disputeId, a: 'The bridge opened on 1 May; the photograph shows it in use that week.' },
      user,
    );

  const escalate = (user: TestUser | undefined, subjectType: string, subjectId: string, reason = REASON) =>
    gql<{ escalate: Escalation }>(
      `mutation ($t: EscalationSubject!, $s: ID!, $r: String!) { escalate(subjectType: $t, subjectId: $s, reason: $r) { ${ESCALATION_FIELDS} } }`,
      { t: subjectType, s: subjectId, r: reason },
      user,
    );

  const requestResponse = (user: TestUser | undefined, escalationId: string, organisationId: string, dueOn: string) =>
    gql<{ requestEscalationResponse: Escalation }>(
      `mutation ($e: ID!, $o: ID!, $d: Date!) { requestEscalationResponse(escalationId: $e, organisationId: $o, dueOn: $d) { ${ESCALATION_FIELDS} } }`,
      { e: escalationId, o: organisationId, d: dueOn },
      user,
    );

  const respond = (user: TestUser | undefined, escalationId: string) =>
    gql<{ respondToEscalation: Escalation }>(
      `mutation ($e: ID!, $r: String!) { respondToEscalation(escalationId: $e, response: $r) { ${ESCALATION_FIELDS} } }`,
      { e: escalationId, r: 'The contractor went bust; a new one starts on the bridge in March.' },
      user,
    );

  const conclude = (user: TestUser | undefined, escalationId: string, dismiss = false) =>
    gql<{ concludeEscalation: Escalation }>(
      `mutation ($e: ID!, $f: String!, $d: Boolean) { concludeEscalation(escalationId: $e, findings: $f, dismiss: $d) { ${ESCALATION_FIELDS} } }`,
      {
        e: escalationId,
        f: dismiss
          ? 'This is a matter for the courts, not this office.'
          : 'The promise was broken; the hydro is to report monthly until the bridge opens.',
        d: dismiss,
      },
      user,
    );

  const escalation = async (id: string, user?: TestUser) =>
    (
      await gql<{ escalation: Escalation | null }>(
        `query ($id: ID!) { escalation(id: $id) { ${ESCALATION_FIELDS} } }`,
        { id },
        user,
      )
    ).data!.escalation;

  const commitment = async (id: string, user?: TestUser) =>
    (
      await gql<{
        covenant: {
          commitments: { id: string; escalatable: boolean; viewerCanDispute: boolean; disputes: Dispute[] }[];
        };
      }>(
        `query ($c: ID!) { covenant(id: $c) { commitments { id escalatable viewerCanDispute disputes { ${DISPUTE_FIELDS} } } } }`,
        { c: covenant.id },
        user,
      )
    ).data!.covenant.commitments.find((c) => c.id === id)!;

  const notificationsOf = (user: TestUser, kind: string) =>
    sql<{ title: string }>(api, 'SELECT title FROM notifications WHERE user_id = $1 AND kind = $2', [user.id, kind]);

  const trail = async () =>
    (
      await sql<{ action: string }>(api, 'SELECT action FROM audit_events WHERE covenant_id = $1 ORDER BY seq', [
        covenant.id,
      ])
    ).map((row) => row.action);

  /** The rows a refused call must leave as they were. */
  const snapshot = () =>
    Promise.all([
      sql(api, 'SELECT * FROM escalations ORDER BY number'),
      sql(api, 'SELECT * FROM delivery_disputes ORDER BY created_at, id'),
      sql(api, 'SELECT count(*) FROM audit_events'),
    ]);

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
    commissioner = await registerUser(api, { displayName: 'Ruth Adeyemi' });
    unverified = await registerUser(api, { displayName: 'Lee Unproven', verified: false });
    // The office is given on the command line only, as the contract says.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [CLI, 'role', 'grant', 'commissioner', commissioner.email],
      {
        env: { ...process.env, DATABASE_URL: api.db.url, LOG_LEVEL: 'silent' },
      },
    );
    expect(stdout.trim()).toBe(`Ruth Adeyemi <${commissioner.email}> is now a commissioner.`);
    covenant = await readyToSign(api, world);
    const party = (organisationId: string) => covenant.parties.find((p) => p.organisation.id === organisationId)!.id;
    delivered = await addCommitment(party(world.hydro.id), 'Reopen the riverside footbridge', day(30));
    overdue = await addCommitment(party(world.pool.id), 'Open the pool two evenings a week', day(60));
    await forceStatus(api, covenant.id, 'IN_FORCE');
    await sql(api, 'UPDATE commitments SET due_on = $2 WHERE id = $1', [overdue, day(-3)]);
    const reported = await gql(
      `mutation ($input: CommitmentUpdateInput!) { reportProgress(input: $input) { id } }`,
      { input: { commitmentId: delivered, progress: 'DELIVERED', percentComplete: 100, note: 'The bridge is open.' } },
      world.people.hydroMember,
    );
    expect(reported.errors).toBeUndefined();
  }, 120_000);
  afterAll(() => api.close());

  describe('disputed delivery', () => {
    let disputeId: string;

    it('refuses the reporting party, the unverified, the signed-out and bad input, changing nothing', async () => {
      const before = await snapshot();
      expect(codes(await dispute(world.people.hydroMember, delivered))).toEqual(['FORBIDDEN']);
      expect(codes(await dispute(world.people.hydroAdmin, delivered))).toEqual(['FORBIDDEN']);
      expect(codes(await dispute(unverified, delivered))).toEqual(['FORBIDDEN']);
      expect(codes(await dispute(undefined, delivered))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await dispute(world.people.resident, overdue))).toEqual(['CONFLICT']);
      expect(codes(await dispute(world.people.resident, delivered, 'Too short.'))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await dispute(world.people.resident, delivered, REASON, 'javascript:alert(1)'))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(await snapshot()).toEqual(before);
    });

    it('a resident disputes with evidence; the party is told, the trail records it, the commitment shows it', async () => {
      const response = await dispute(world.people.resident, delivered, REASON, 'https://example.org/bridge.jpg');
      expect(response.errors).toBeUndefined();
      const raised = response.data!.disputeDelivery;
      disputeId = raised.id;
      expect(raised).toMatchObject({
        reason: REASON,
        evidenceUrl: 'https://example.org/bridge.jpg',
        answer: null,
        escalatableOn: day(28),
        raisedBy: { id: world.people.resident.id },
        viewerCanAnswer: false,
      });
      expect(await notificationsOf(world.people.hydroAdmin, 'delivery.disputed')).toHaveLength(1);
      expect(await trail()).toContain('delivery.disputed');
      const seen = await commitment(delivered);
      expect(seen.disputes.map((d) => d.id)).toEqual([disputeId]);
      expect(seen.escalatable).toBe(false);
      expect((await commitment(delivered, world.people.resident)).viewerCanDispute).toBe(false);
      expect((await commitment(delivered, world.people.poolAdmin)).viewerCanDispute).toBe(true);
      expect((await commitment(delivered, world.people.hydroAdmin)).disputes[0]!.viewerCanAnswer).toBe(true);
      expect(codes(await dispute(world.people.resident, delivered))).toEqual(['CONFLICT']);
    });

    it('cannot be escalated until the party answers or 28 days pass', async () => {
      const early = await escalate(world.people.resident, 'COMMITMENT', delivered);
      expect(codes(early)).toEqual(['CONFLICT']);
      expect(early.errors![0]!.message).toMatch(/has until .* to answer the dispute/);
    });

    it("only an admin of the commitment's party answers, once; the disputer is told", async () => {
      const before = await snapshot();
      expect(codes(await answer(world.people.poolAdmin, disputeId))).toEqual(['FORBIDDEN']);
      expect(codes(await answer(world.people.hydroMember, disputeId))).toEqual(['FORBIDDEN']);
      expect(codes(await answer(world.people.resident, disputeId))).toEqual(['FORBIDDEN']);
      expect(await snapshot()).toEqual(before);
      const answered = await answer(world.people.hydroAdmin, disputeId);
      expect(answered.errors).toBeUndefined();
      expect(answered.data!.answerDispute.answer).toMatch(/opened on 1 May/);
      expect(await notificationsOf(world.people.resident, 'dispute.answered')).toHaveLength(1);
      expect(await trail()).toContain('dispute.answered');
      expect(codes(await answer(world.people.hydroAdmin, disputeId))).toEqual(['CONFLICT']);
      expect((await commitment(delivered)).escalatable).toBe(true);
    });

    it('a dispute left unanswered for 28 days can be escalated', async () => {
      const again = await dispute(world.people.poolAdmin, delivered);
      expect(again.errors).toBeUndefined();
      await sql(api, 'DELETE FROM delivery_disputes WHERE id = $1', [disputeId]);
      expect((await commitment(delivered)).escalatable).toBe(false);
      await sql(api, `UPDATE delivery_disputes SET created_at = now() - interval '28 days' WHERE id = $1`, [
        again.data!.disputeDelivery.id,
      ]);
      expect((await commitment(delivered)).escalatable).toBe(true);
    });
  });

  describe('an escalation from start to findings', () => {
    let raised: Escalation;

    it('anyone verified escalates an overdue commitment; its party and the commissioner are told', async () => {
      const before = await snapshot();
      expect(codes(await escalate(unverified, 'COMMITMENT', overdue))).toEqual(['FORBIDDEN']);
      expect(codes(await escalate(undefined, 'COMMITMENT', overdue))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await escalate(world.people.resident, 'COMMITMENT', overdue, 'Too short.'))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(await snapshot()).toEqual(before);
      const response = await escalate(world.people.resident, 'COMMITMENT', overdue);
      expect(response.errors).toBeUndefined();
      raised = response.data!.escalate;
      expect(raised).toMatchObject({
        subjectType: 'COMMITMENT',
        subjectId: overdue,
        subjectPath: `/covenants/${covenant.slug}/accountability#commitment-${overdue}`,
        status: 'OPEN',
        reason: REASON,
        neighbourhood: { id: world.neighbourhood.id },
        raisedBy: { id: world.people.resident.id },
        respondent: null,
        viewerCan: { requestResponse: false, respond: false, conclude: false },
      });
      expect(raised.subjectTitle).toContain('Open the pool two evenings a week');
      expect(raised.number).toBeGreaterThan(0);
      expect(await notificationsOf(world.people.poolAdmin, 'escalation.raised')).toHaveLength(1);
      expect(await notificationsOf(commissioner, 'escalation.raised')).toHaveLength(1);
      expect(await trail()).toContain('escalation.raised');
      expect(codes(await escalate(world.people.resident, 'COMMITMENT', overdue))).toEqual(['CONFLICT']);
      expect(await escalation(raised.id)).toMatchObject({ id: raised.id, reason: REASON });
    });

    it('only the commissioner asks for a response, by a day after today', async () => {
      const before = await snapshot();
      for (const person of [world.people.resident, world.people.councilAdmin, world.people.poolAdmin]) {
        expect(codes(await requestResponse(person, raised.id, world.pool.id, day(14)))).toEqual(['FORBIDDEN']);
      }
      expect(codes(await requestResponse(commissioner, raised.id, world.pool.id, day(0)))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await requestResponse(commissioner, raised.id, world.pool.id, day(400)))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(await snapshot()).toEqual(before);
      expect((await escalation(raised.id, commissioner))!.viewerCan.requestResponse).toBe(true);
      const asked = await requestResponse(commissioner, raised.id, world.pool.id, day(14));
      expect(asked.errors).toBeUndefined();
      expect(asked.data!.requestEscalationResponse).toMatchObject({
        status: 'RESPONSE_REQUESTED',
        respondent: { id: world.pool.id },
        responseDueOn: day(14),
        responseOverdue: false,
      });
      expect(await notificationsOf(world.people.poolAdmin, 'escalation.response-requested')).toHaveLength(1);
      expect(await trail()).toContain('escalation.response-requested');
    });

    it('reminds the respondent a week before the due day, once', async () => {
      const reminders = api.app.get(EscalationRemindersService);
      expect(await reminders.run()).toBe(0);
      await sql(api, 'UPDATE escalations SET response_due_on = $2 WHERE id = $1', [raised.id, day(5)]);
      expect(await reminders.run()).toBe(1);
      expect(await reminders.run()).toBe(0);
      expect(await notificationsOf(world.people.poolAdmin, 'escalation.response-due')).toHaveLength(1);
      await sql(api, 'UPDATE escalations SET response_due_on = $2 WHERE id = $1', [raised.id, day(-1)]);
      expect((await escalation(raised.id))!.responseOverdue).toBe(true);
    });

    it("only the respondent's admin responds, once; the commissioner and the raiser are told", async () => {
      const before = await snapshot();
      expect(codes(await respond(world.people.poolMember, raised.id))).toEqual(['FORBIDDEN']);
      expect(codes(await respond(world.people.hydroAdmin, raised.id))).toEqual(['FORBIDDEN']);
      expect(codes(await respond(commissioner, raised.id))).toEqual(['FORBIDDEN']);
      expect(await snapshot()).toEqual(before);
      expect((await escalation(raised.id, world.people.poolAdmin))!.viewerCan.respond).toBe(true);
      const responded = await respond(world.people.poolAdmin, raised.id);
      expect(responded.errors).toBeUndefined();
      expect(responded.data!.respondToEscalation).toMatchObject({
        response: expect.stringMatching(/contractor/),
        responseOverdue: false,
      });
      expect(await notificationsOf(commissioner, 'escalation.responded')).toHaveLength(1);
      expect(await notificationsOf(world.people.resident, 'escalation.responded')).toHaveLength(1);
      expect(codes(await respond(world.people.poolAdmin, raised.id))).toEqual(['CONFLICT']);
      expect(codes(await requestResponse(commissioner, raised.id, world.hydro.id, day(14)))).toEqual(['CONFLICT']);
    });

    it('only the commissioner publishes findings; they show in the public list', async () => {
      const before = await snapshot();
      expect(codes(await conclude(world.people.resident, raised.id))).toEqual(['FORBIDDEN']);
      expect(codes(await conclude(world.people.poolAdmin, raised.id))).toEqual(['FORBIDDEN']);
      expect(codes(await conclude(undefined, raised.id))).toEqual(['UNAUTHENTICATED']);
      expect(await snapshot()).toEqual(before);
      const concluded = await conclude(commissioner, raised.id);
      expect(concluded.errors).toBeUndefined();
      expect(concluded.data!.concludeEscalation).toMatchObject({
        status: 'CONCLUDED',
        findings: expect.stringMatching(/report monthly/),
      });
      expect(await trail()).toContain('escalation.concluded');
      expect(await notificationsOf(world.people.resident, 'escalation.concluded')).toHaveLength(1);
      expect(codes(await conclude(commissioner, raised.id))).toEqual(['CONFLICT']);
      const list = await gql<{ escalations: Escalation[] }>(
        `query { escalations(status: [CONCLUDED]) { ${ESCALATION_FIELDS} } }`,
        {},
      );
      expect(list.data!.escalations.map((e) => e.id)).toContain(raised.id);
      const open = await gql<{ escalations: Escalation[] }>(`query { escalations(status: [OPEN]) { id } }`, {});
      expect(open.data!.escalations.map((e) => e.id)).not.toContain(raised.id);
    });
  });

  describe('every kind of subject', () => {
    it('a service request only once overdue; an asset and a covenant at any time', async () => {
      await verifyOrganisation(api, world.council.id, 'example.org');
      const submitted = await gql<{ submitServiceRequest: { id: string } }>(
        `mutation ($input: ServiceRequestInput!) { submitServiceRequest(input: $input) { id } }`,
        {
          input: {
            neighbourhoodId: world.neighbourhood.id,
            requesterOrganisationId: world.pool.id,
            publicBodyOrganisationId: world.council.id,
            service: 'School swimming lessons',
            proposal: 'Let the pool trust run lessons for the primary schools.',
          },
        },
        world.people.poolAdmin,
      );
      const requestId = submitted.data!.submitServiceRequest.id;
      expect(codes(await escalate(world.people.resident, 'SERVICE_REQUEST', requestId))).toEqual(['CONFLICT']);
      await sql(api, 'UPDATE service_requests SET response_due_on = $2 WHERE id = $1', [requestId, day(-1)]);
      const request = await escalate(world.people.resident, 'SERVICE_REQUEST', requestId);
      expect(request.errors).toBeUndefined();
      expect(request.data!.escalate.subjectPath).toMatch(/^\/requests\//);
      expect(await notificationsOf(world.people.councilAdmin, 'escalation.raised')).toHaveLength(1);

      const nominated = await gql<{ nominateAsset: { id: string } }>(
        `mutation ($input: NominateAssetInput!) { nominateAsset(input: $input) { id } }`,
        {
          input: {
            neighbourhoodId: world.neighbourhood.id,
            organisationId: world.hydro.id,
            name: 'The Folly',
            address: 'Chapel Street',
          },
        },
        world.people.hydroAdmin,
      );
      const asset = await escalate(world.people.resident, 'ASSET', nominated.data!.nominateAsset.id);
      expect(asset.errors).toBeUndefined();
      expect(asset.data!.escalate).toMatchObject({
        subjectTitle: 'The Folly',
        subjectPath: expect.stringMatching(/^\/assets\//),
      });

      const onCovenant = await escalate(world.people.housingAdmin, 'COVENANT', covenant.id);
      expect(onCovenant.errors).toBeUndefined();
      expect(onCovenant.data!.escalate.subjectPath).toBe(`/covenants/${covenant.slug}`);
      const mine = await gql<{ escalations: { id: string }[] }>(
        `query ($c: ID!) { escalations(covenantId: $c, first: 100) { id } }`,
        { c: covenant.id },
      );
      expect(mine.data!.escalations.map((e) => e.id)).toContain(onCovenant.data!.escalate.id);
      expect(codes(await escalate(world.people.resident, 'ASSET', '00000000-0000-4000-8000-000000000000'))).toEqual([
        'NOT_FOUND',
      ]);
    });

    it("a hidden covenant's escalations stay hidden from those who may not read it", async () => {
      const hidden = await startCovenant(api, world, { title: 'A private draft', visibility: 'PARTIES_ONLY' });
      expect(codes(await escalate(world.people.resident, 'COVENANT', hidden.id))).toEqual(['NOT_FOUND']);
      const raised = await escalate(world.people.hydroMember, 'COVENANT', hidden.id);
      expect(raised.errors).toBeUndefined();
      const id = raised.data!.escalate.id;
      expect(await escalation(id)).toBeNull();
      expect(await escalation(id, world.people.resident)).toBeNull();
      expect((await escalation(id, world.people.hydroAdmin))!.subjectTitle).toBe('A private draft');
      // The commissioner, to whom it was raised, reads every case.
      expect((await escalation(id, commissioner))!.viewerCan.conclude).toBe(true);
      const list = await gql<{ escalations: { id: string }[] }>(`query { escalations(first: 100) { id } }`, {});
      expect(list.data!.escalations.map((e) => e.id)).not.toContain(id);
    });

    it("a dismissed escalation's reason is read only by its author and the commissioner", async () => {
      const raised = await escalate(
        world.people.poolMember,
        'COVENANT',
        covenant.id,
        'The covenant is unfair to the anglers of the upper river.',
      );
      const id = raised.data!.escalate.id;
      expect((await conclude(commissioner, id, true)).data!.concludeEscalation.status).toBe('DISMISSED');
      expect((await escalation(id))!.reason).toBe('');
      expect((await escalation(id, world.people.resident))!.reason).toBe('');
      expect((await escalation(id, world.people.poolMember))!.reason).toMatch(/anglers/);
      expect((await escalation(id, commissioner))!.reason).toMatch(/anglers/);
      expect((await escalation(id))!.findings).toMatch(/courts/);
      expect(await trail()).toContain('escalation.dismissed');
    });
  });

  it('pages newest first without repeats, and refuses an unknown cursor', async () => {
    const all = await gql<{ escalations: { id: string }[] }>(
      `query { escalations(first: 100) { id } }`,
      {},
      commissioner,
    );
    const ids = all.data!.escalations.map((e) => e.id);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    const first = await gql<{ escalations: { id: string }[] }>(
      `query { escalations(first: 2) { id } }`,
      {},
      commissioner,
    );
    const next = await gql<{ escalations: { id: string }[] }>(
      `query ($a: ID!) { escalations(first: 100, after: $a) { id } }`,
      { a: first.data!.escalations[1]!.id },
      commissioner,
    );
    expect([...first.data!.escalations, ...next.data!.escalations].map((e) => e.id)).toEqual(ids);
    expect(codes(await gql(`query { escalations(first: 101) { id } }`, {}))).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await gql(`query ($a: ID!) { escalations(after: $a) { id } }`, { a: '00000000-0000-4000-8000-000000000000' }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('isCommissioner is true only for the commissioner, and only to themself', async () => {
    const me = async (user: TestUser) =>
      (await gql<{ me: { isCommissioner: boolean } }>(`query { me { isCommissioner } }`, {}, user)).data!.me;
    expect(await me(commissioner)).toEqual({ isCommissioner: true });
    expect(await me(world.people.resident)).toEqual({ isCommissioner: false });
  });
});
