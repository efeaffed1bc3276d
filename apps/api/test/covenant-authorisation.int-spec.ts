/**
 * The authorisation matrix: every covenant mutation, for every kind of
 * person and every status, answers exactly what DESIGN.md's table says. The
 * expectations are written out here from that table, independently of the
 * policy module, and a refused call must leave the database as it was.
 */
import type { CovenantStatus } from '@covenant/domain';
import { codes, startTestApp, type TestApp } from './support/test-app';
import { buildWorld, forceStatus, fullCovenant, sql, type TestCovenant, type World } from './support/covenant-world';
import { anchorIn, proposeAmendment, TEMPLATE_PHRASE } from './support/consultation';
import { createOrganisation, registerUser, type TestUser } from './support/factories';

const STATUSES: CovenantStatus[] = [
  'DRAFT',
  'CONSULTATION',
  'OPEN_FOR_SIGNATURE',
  'IN_FORCE',
  'UNDER_REVIEW',
  'ENDED',
  'WITHDRAWN',
];

type Person =
  | 'anonymous'
  | 'outsider'
  | 'convenorMember'
  | 'convenorSignatory'
  | 'convenorAdmin'
  | 'partnerMember'
  | 'partnerSignatory'
  | 'partnerAdmin'
  | 'councilSignatory'
  | 'councilAdmin'
  | 'invitedAdmin';

const PEOPLE: Person[] = [
  'anonymous',
  'outsider',
  'convenorMember',
  'convenorSignatory',
  'convenorAdmin',
  'partnerMember',
  'partnerSignatory',
  'partnerAdmin',
  'councilSignatory',
  'councilAdmin',
  'invitedAdmin',
];

const INSIDERS: Person[] = PEOPLE.filter((p) => p !== 'anonymous' && p !== 'outsider');
const ACCEPTED_MEMBERS: Person[] = INSIDERS.filter((p) => p !== 'invitedAdmin');
const PUBLIC_READABLE: CovenantStatus[] = ['CONSULTATION', 'OPEN_FOR_SIGNATURE', 'IN_FORCE', 'UNDER_REVIEW', 'ENDED'];

type Expected = 'OK' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT';

interface Rule {
  who: Person[];
  when: CovenantStatus[];
  /** People allowed only in some statuses, e.g. residents commenting during consultation. */
  extra?: { who: Person[]; when: CovenantStatus[] };
}

/** DESIGN.md's table, for a PUBLIC covenant. */
const RULES: Record<string, Rule> = {
  inviteParty: { who: ['convenorAdmin'], when: ['DRAFT', 'CONSULTATION', 'UNDER_REVIEW'] },
  removeParty: { who: ['convenorAdmin', 'partnerAdmin'], when: ['DRAFT', 'CONSULTATION', 'UNDER_REVIEW'] },
  respondToInvitation: {
    who: ['invitedAdmin'],
    when: ['DRAFT', 'CONSULTATION', 'OPEN_FOR_SIGNATURE', 'IN_FORCE', 'UNDER_REVIEW'],
  },
  openConsultation: { who: ['convenorAdmin'], when: ['DRAFT'] },
  returnToDraft: {
    who: ['convenorAdmin', 'convenorSignatory', 'partnerSignatory', 'partnerAdmin', 'councilSignatory', 'councilAdmin'],
    when: ['CONSULTATION', 'OPEN_FOR_SIGNATURE'],
  },
  startReview: { who: ['convenorAdmin', 'councilAdmin'], when: ['IN_FORCE'] },
  endCovenant: { who: ['convenorAdmin', 'councilAdmin'], when: ['IN_FORCE', 'UNDER_REVIEW'] },
  withdrawCovenant: { who: ['convenorAdmin'], when: ['DRAFT', 'CONSULTATION', 'OPEN_FOR_SIGNATURE'] },
  supportCovenant: {
    who: PEOPLE.filter((p) => p !== 'anonymous'),
    when: ['CONSULTATION', 'OPEN_FOR_SIGNATURE', 'IN_FORCE'],
  },
  addComment: {
    who: ACCEPTED_MEMBERS,
    when: ['DRAFT', 'CONSULTATION', 'OPEN_FOR_SIGNATURE', 'IN_FORCE', 'UNDER_REVIEW'],
    extra: { who: ['outsider', 'invitedAdmin'], when: ['CONSULTATION'] },
  },
  resolveComment: {
    who: ['partnerMember', 'convenorAdmin'],
    when: ['DRAFT', 'CONSULTATION', 'OPEN_FOR_SIGNATURE', 'IN_FORCE', 'UNDER_REVIEW'],
  },
  // The contract's section "v2: residents' voice in consultation"; the fixture's amendment is the partner member's.
  proposeAmendment: {
    who: ACCEPTED_MEMBERS,
    when: ['DRAFT', 'CONSULTATION', 'UNDER_REVIEW'],
    extra: { who: ['outsider', 'invitedAdmin'], when: ['CONSULTATION'] },
  },
  supportAmendment: {
    who: ACCEPTED_MEMBERS.filter((p) => p !== 'partnerMember'),
    when: ['DRAFT', 'CONSULTATION', 'UNDER_REVIEW'],
    extra: { who: ['outsider', 'invitedAdmin'], when: ['CONSULTATION'] },
  },
  withdrawAmendment: {
    who: ['partnerMember'],
    when: ['DRAFT', 'CONSULTATION', 'OPEN_FOR_SIGNATURE', 'IN_FORCE', 'UNDER_REVIEW'],
  },
  decideAmendment: { who: ['convenorAdmin'], when: ['DRAFT', 'CONSULTATION', 'UNDER_REVIEW'] },
  respondToSection: { who: PEOPLE.filter((p) => p !== 'anonymous'), when: ['CONSULTATION'] },
  // The contract's section "v2: community rights"; the fixture's budgets are the partner's money.
  createBudget: { who: ['partnerAdmin'], when: ['IN_FORCE', 'UNDER_REVIEW'] },
  proposeProject: { who: PEOPLE.filter((p) => p !== 'anonymous'), when: ['IN_FORCE', 'UNDER_REVIEW'] },
  castBallot: { who: PEOPLE.filter((p) => p !== 'anonymous'), when: ['IN_FORCE', 'UNDER_REVIEW'] },
  advanceBudget: { who: ['partnerAdmin'], when: ['IN_FORCE', 'UNDER_REVIEW'] },
  // The contract's section "v2: the commissioner"; the fixture's DELIVERED commitment is the partner's.
  disputeDelivery: {
    who: PEOPLE.filter((p) => !['anonymous', 'partnerMember', 'partnerSignatory', 'partnerAdmin'].includes(p)),
    when: ['IN_FORCE', 'UNDER_REVIEW', 'ENDED'],
  },
  answerDispute: { who: ['partnerAdmin'], when: ['IN_FORCE', 'UNDER_REVIEW', 'ENDED'] },
};

/** FORBIDDEN when the person could never do it, CONFLICT when they could in another status. */
function expected(action: string, person: Person, status: CovenantStatus): Expected {
  // Every mutation needs a session (contract header), before anything about the covenant is looked at.
  if (person === 'anonymous') return 'UNAUTHENTICATED';
  const readable = INSIDERS.includes(person) || PUBLIC_READABLE.includes(status);
  if (!readable) return 'NOT_FOUND';
  const rule = RULES[action];
  const allowedIn = [
    ...(rule.who.includes(person) ? rule.when : []),
    ...(rule.extra?.who.includes(person) ? rule.extra.when : []),
  ];
  if (!allowedIn.length) return 'FORBIDDEN';
  return allowedIn.includes(status) ? 'OK' : 'CONFLICT';
}

interface Fixture {
  covenant: TestCovenant;
  poolPartyId: string;
  housingPartyId: string;
  commentId: string;
  amendmentId: string;
  anchor: string;
  sectionId: string;
  /** The partner's commitment reported DELIVERED, and another resident's dispute of it. */
  deliveredId: string;
  disputeId: string;
  /** A budget collecting proposals, and one in its vote with a project. */
  proposalsBudgetId: string;
  votingBudgetId: string;
  projectId: string;
}

describe('Covenant authorisation matrix', () => {
  let api: TestApp;
  let world: World;
  let tokens: Record<Person, string | undefined>;
  let newcomer: string;
  let disputer: TestUser;

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
    const p = world.people;
    const by: Record<Person, TestUser | undefined> = {
      anonymous: undefined,
      outsider: p.resident,
      convenorMember: p.hydroMember,
      convenorSignatory: p.hydroSignatory,
      convenorAdmin: p.hydroAdmin,
      partnerMember: p.poolMember,
      partnerSignatory: p.poolSignatory,
      partnerAdmin: p.poolAdmin,
      councilSignatory: p.councilSignatory,
      councilAdmin: p.councilAdmin,
      invitedAdmin: p.housingAdmin,
    };
    tokens = Object.fromEntries(PEOPLE.map((person) => [person, by[person]?.token])) as Record<
      Person,
      string | undefined
    >;
    newcomer = (await createOrganisation(api, p.resident, { name: 'Settle Rugby Club', kind: 'COMMUNITY_GROUP' })).id;
    disputer = await registerUser(api, { displayName: 'Dee Walker' });
  }, 120_000);
  afterAll(() => api.close());

  async function fixture(status: CovenantStatus): Promise<Fixture> {
    const covenant = await fullCovenant(api, world);
    const comment = await api.gql<{ addComment: { id: string } }>(
      `mutation ($input: CommentInput!) { addComment(input: $input) { id } }`,
      { input: { covenantId: covenant.id, body: 'Could the pool open earlier on Saturdays?' } },
      { token: world.people.poolMember.token },
    );
    const amendment = await proposeAmendment(api, covenant.id, world.people.poolMember.token);
    const sections = await api.gql<{ covenant: { sections: { id: string }[] } }>(
      `query ($id: ID!) { covenant(id: $id) { sections { id } } }`,
      { id: covenant.id },
      { token: world.people.hydroAdmin.token },
    );
    const party = (organisationId: string) => covenant.parties.find((p) => p.organisation.id === organisationId)!.id;
    const promised = await api.gql<{ addCommitment: { id: string } }>(
      `mutation ($input: CommitmentInput!) { addCommitment(input: $input) { id } }`,
      { input: { covenantId: covenant.id, partyId: party(world.pool.id), title: 'Open the pool on Sunday mornings' } },
      { token: world.people.hydroAdmin.token },
    );
    const deliveredId = promised.data!.addCommitment.id;
    if (status !== 'DRAFT') await forceStatus(api, covenant.id, status);
    // Reported and disputed as a fixture: reports need a covenant in force, which signing reaches.
    const [report] = await sql<{ id: string }>(
      api,
      `INSERT INTO commitment_updates (commitment_id, author_id, progress, percent_complete, note)
       VALUES ($1, $2, 'DELIVERED', 100, 'Open since May.') RETURNING id`,
      [deliveredId, world.people.poolAdmin.id],
    );
    await sql(api, `UPDATE commitments SET progress = 'DELIVERED', percent_complete = 100 WHERE id = $1`, [
      deliveredId,
    ]);
    const [dispute] = await sql<{ id: string }>(
      api,
      `INSERT INTO delivery_disputes (commitment_id, report_id, raised_by_id, reason)
       VALUES ($1, $2, $3, 'The pool was shut every Sunday in June.') RETURNING id`,
      [deliveredId, report.id, disputer.id],
    );
    // Budgets start only while a covenant is in force; in the other statuses they are a fixture.
    const budget = async (phase: string) =>
      (
        await sql<{ id: string }>(
          api,
          `INSERT INTO participatory_budgets (covenant_id, party_id, title, amount, phase, created_by_id)
           VALUES ($1, $2, 'Pool improvements', 10000, $3, $4) RETURNING id`,
          [covenant.id, party(world.pool.id), phase, world.people.poolAdmin.id],
        )
      )[0].id;
    const proposalsBudgetId = await budget('PROPOSALS');
    const votingBudgetId = await budget('VOTING');
    const [project] = await sql<{ id: string }>(
      api,
      `INSERT INTO budget_projects (budget_id, title, cost, proposed_by_id) VALUES ($1, 'Poolside benches', 2500, $2)
       RETURNING id`,
      [votingBudgetId, world.people.resident.id],
    );
    return {
      deliveredId,
      disputeId: dispute.id,
      proposalsBudgetId,
      votingBudgetId,
      projectId: project.id,
      covenant,
      poolPartyId: party(world.pool.id),
      housingPartyId: party(world.housing.id),
      commentId: comment.data!.addComment.id,
      amendmentId: amendment.id,
      anchor: await anchorIn(api, covenant.id, TEMPLATE_PHRASE),
      sectionId: sections.data!.covenant.sections[0].id,
    };
  }

  const CALLS: Record<string, (f: Fixture) => [string, Record<string, unknown>]> = {
    inviteParty: (f) => [
      `mutation ($c: ID!, $o: ID!) { inviteParty(covenantId: $c, organisationId: $o) { id } }`,
      { c: f.covenant.id, o: newcomer },
    ],
    removeParty: (f) => [`mutation ($p: ID!) { removeParty(partyId: $p) { id } }`, { p: f.poolPartyId }],
    respondToInvitation: (f) => [
      `mutation ($p: ID!) { respondToInvitation(partyId: $p, accept: true) { id } }`,
      { p: f.housingPartyId },
    ],
    openConsultation: (f) => [`mutation ($c: ID!) { openConsultation(covenantId: $c) { id } }`, { c: f.covenant.id }],
    returnToDraft: (f) => [
      `mutation ($c: ID!) { returnToDraft(covenantId: $c, reason: "The pool's hours need another look.") { id } }`,
      { c: f.covenant.id },
    ],
    startReview: (f) => [`mutation ($c: ID!) { startReview(covenantId: $c) { id } }`, { c: f.covenant.id }],
    endCovenant: (f) => [
      `mutation ($c: ID!) { endCovenant(covenantId: $c, reason: "Ended by agreement.") { id } }`,
      { c: f.covenant.id },
    ],
    withdrawCovenant: (f) => [
      `mutation ($c: ID!) { withdrawCovenant(covenantId: $c, reason: "Partners could not agree.") { id } }`,
      { c: f.covenant.id },
    ],
    supportCovenant: (f) => [`mutation ($c: ID!) { supportCovenant(covenantId: $c) { id } }`, { c: f.covenant.id }],
    addComment: (f) => [
      `mutation ($input: CommentInput!) { addComment(input: $input) { id } }`,
      { input: { covenantId: f.covenant.id, body: 'Sunday opening matters to families here.' } },
    ],
    resolveComment: (f) => [`mutation ($id: ID!) { resolveComment(commentId: $id) { id } }`, { id: f.commentId }],
    proposeAmendment: (f) => [
      `mutation ($input: AmendmentInput!) { proposeAmendment(input: $input) { id } }`,
      {
        input: {
          covenantId: f.covenant.id,
          quote: TEMPLATE_PHRASE,
          anchor: f.anchor,
          proposedText: 'when and where the parties will meet',
        },
      },
    ],
    supportAmendment: (f) => [`mutation ($a: ID!) { supportAmendment(amendmentId: $a) { id } }`, { a: f.amendmentId }],
    withdrawAmendment: (f) => [
      `mutation ($a: ID!) { withdrawAmendment(amendmentId: $a) { id } }`,
      { a: f.amendmentId },
    ],
    decideAmendment: (f) => [
      `mutation ($a: ID!) { decideAmendment(amendmentId: $a, accept: true, note: "Clearer for residents.") { id } }`,
      { a: f.amendmentId },
    ],
    respondToSection: (f) => [
      `mutation ($c: ID!, $s: ID!) { respondToSection(covenantId: $c, sectionId: $s, position: AGREE) { id } }`,
      { c: f.covenant.id, s: f.sectionId },
    ],
    createBudget: (f) => [
      `mutation ($c: ID!, $p: ID!) { createBudget(covenantId: $c, partyId: $p, title: "Pool fund", amount: 5000) { id } }`,
      { c: f.covenant.id, p: f.poolPartyId },
    ],
    proposeProject: (f) => [
      `mutation ($b: ID!) { proposeProject(budgetId: $b, title: "Learn-to-swim sessions", cost: 3000) { id } }`,
      { b: f.proposalsBudgetId },
    ],
    castBallot: (f) => [
      `mutation ($b: ID!, $p: [ID!]!) { castBallot(budgetId: $b, projectIds: $p) { id } }`,
      { b: f.votingBudgetId, p: [f.projectId] },
    ],
    advanceBudget: (f) => [`mutation ($b: ID!) { advanceBudget(budgetId: $b) { id } }`, { b: f.votingBudgetId }],
    disputeDelivery: (f) => [
      `mutation ($c: ID!) { disputeDelivery(commitmentId: $c, reason: "The pool was closed on most Sundays this summer.") { id } }`,
      { c: f.deliveredId },
    ],
    answerDispute: (f) => [
      `mutation ($d: ID!) { answerDispute(disputeId: $d, answer: "It closed twice, for repairs; every other Sunday it opened.") { id } }`,
      { d: f.disputeId },
    ],
  };

  /** Everything a refused call might have touched. */
  async function snapshot(covenantId: string) {
    const [covenant] = await sql(api, 'SELECT status, ends_on FROM covenants WHERE id = $1', [covenantId]);
    const parties = await sql(api, 'SELECT id, status FROM covenant_parties WHERE covenant_id = $1 ORDER BY id', [
      covenantId,
    ]);
    const [counts] = await sql(
      api,
      `SELECT (SELECT count(*) FROM audit_events WHERE covenant_id = $1) AS audit,
              (SELECT count(*) FROM comments WHERE covenant_id = $1) AS comments,
              (SELECT count(*) FROM comments WHERE covenant_id = $1 AND resolved_at IS NOT NULL) AS resolved,
              (SELECT count(*) FROM supports WHERE covenant_id = $1) AS supports,
              (SELECT count(*) FROM amendments WHERE covenant_id = $1) AS amendments,
              (SELECT count(*) FROM amendment_supports s JOIN amendments a ON a.id = s.amendment_id
                WHERE a.covenant_id = $1) AS "amendmentSupports",
              (SELECT count(*) FROM section_responses WHERE covenant_id = $1) AS responses,
              (SELECT count(*) FROM covenant_document_updates WHERE covenant_id = $1) AS "documentUpdates",
              (SELECT count(*) FROM commitments WHERE covenant_id = $1) AS commitments,
              (SELECT string_agg(phase::text, ',' ORDER BY id) FROM participatory_budgets WHERE covenant_id = $1)
                AS "budgetPhases",
              (SELECT count(*) FROM budget_projects p JOIN participatory_budgets b ON b.id = p.budget_id
                WHERE b.covenant_id = $1) AS projects,
              (SELECT count(*) FROM budget_ballots v JOIN participatory_budgets b ON b.id = v.budget_id
                WHERE b.covenant_id = $1) AS ballots,
              (SELECT count(*) FROM delivery_disputes d JOIN commitments m ON m.id = d.commitment_id
                WHERE m.covenant_id = $1) AS disputes,
              (SELECT count(*) FROM delivery_disputes d JOIN commitments m ON m.id = d.commitment_id
                WHERE m.covenant_id = $1 AND d.answer IS NOT NULL) AS answered`,
      [covenantId],
    );
    const amendments = await sql(api, 'SELECT id, status FROM amendments WHERE covenant_id = $1 ORDER BY id', [
      covenantId,
    ]);
    return { covenant, parties, counts, amendments };
  }

  const STATE_CHANGING = [
    'inviteParty',
    'removeParty',
    'respondToInvitation',
    'openConsultation',
    'returnToDraft',
    'startReview',
    'endCovenant',
    'withdrawCovenant',
    'withdrawAmendment',
    'decideAmendment',
    'advanceBudget',
    'answerDispute',
  ];

  describe.each(STATUSES)('in %s', (status) => {
    it('answers every action for every person as the table says, and a refusal changes nothing', async () => {
      const shared = await fixture(status);
      const mismatches: string[] = [];
      const successes: [string, Person][] = [];
      for (const action of Object.keys(CALLS)) {
        for (const person of PEOPLE) {
          const want = expected(action, person, status);
          if (want === 'OK') {
            successes.push([action, person]);
            continue;
          }
          const before = await snapshot(shared.covenant.id);
          const [query, variables] = CALLS[action](shared);
          const response = await api.gql(query, variables, { token: tokens[person] });
          const got = codes(response)[0] ?? 'OK';
          if (got !== want)
            mismatches.push(
              `${action} by ${person}: expected ${want}, got ${got} (${response.errors?.[0]?.message ?? ''})`,
            );
          expect(await snapshot(shared.covenant.id)).toEqual(before);
        }
      }
      for (const [action, person] of successes) {
        const target = STATE_CHANGING.includes(action) ? await fixture(status) : shared;
        const [query, variables] = CALLS[action](target);
        const response = await api.gql(query, variables, { token: tokens[person] });
        if (response.errors)
          mismatches.push(
            `${action} by ${person}: expected OK, got ${codes(response)[0]} (${response.errors[0].message})`,
          );
      }
      expect(mismatches).toEqual([]);
    }, 120_000);
  });

  it('keeps PARTIES_ONLY covenants out of consultation and support', async () => {
    const covenant = await fullCovenant(api, world, 'PARTIES_ONLY');
    const consult = await api.gql(
      `mutation ($c: ID!) { openConsultation(covenantId: $c) { id } }`,
      { c: covenant.id },
      { token: tokens.convenorAdmin },
    );
    expect(codes(consult)).toEqual(['CONFLICT']);
    await forceStatus(api, covenant.id, 'IN_FORCE');
    const support = await api.gql(
      `mutation ($c: ID!) { supportCovenant(covenantId: $c) { id } }`,
      { c: covenant.id },
      { token: tokens.partnerMember },
    );
    expect(codes(support)).toEqual(['CONFLICT']);
    const outsider = await api.gql(
      `mutation ($c: ID!) { supportCovenant(covenantId: $c) { id } }`,
      { c: covenant.id },
      { token: tokens.outsider },
    );
    expect(codes(outsider)).toEqual(['NOT_FOUND']);
  });
});
