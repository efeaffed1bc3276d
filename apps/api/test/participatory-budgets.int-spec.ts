/**
 * Right to Control Investment through the real API: a party of a covenant in
 * force puts money to the neighbourhood, residents propose and vote, and the
 * count picks the winners by the Method of Equal Shares and makes each a
 * commitment of the funding party, recorded in the audit trail.
 */
import { buildWorld, fullCovenant, sql, type World } from './support/covenant-world';
import { registerUser, type TestUser } from './support/factories';
import { inForceCovenant } from './support/signing';
import { codes, startTestApp, type TestApp } from './support/test-app';

const BUDGET_FIELDS = `id title amount phase share spent ballots viewerBallot
  fundedBy { id } covenant { id }
  viewerCan { propose advance vote }
  projects { id title cost votes selected chosenBy paidPerSupporter proposedBy { id }
             commitment { id title right party { id } budget { id } } }`;

interface Budget {
  id: string;
  amount: number;
  phase: string;
  share: number | null;
  spent: number | null;
  ballots: number;
  viewerBallot: string[];
  viewerCan: { propose: boolean; advance: boolean; vote: boolean };
  projects: {
    id: string;
    title: string;
    cost: number;
    votes: number | null;
    selected: boolean | null;
    chosenBy: string | null;
    paidPerSupporter: number | null;
    commitment: { id: string; title: string; right: string; party: { id: string }; budget: { id: string } } | null;
  }[];
}

describe('Participatory budgets', () => {
  let api: TestApp;
  let world: World;
  let covenantId: string;
  let poolPartyId: string;
  let hydroPartyId: string;
  let voters: TestUser[];

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
    const { covenant } = await inForceCovenant(api, world);
    covenantId = covenant.id;
    poolPartyId = covenant.parties.find((p) => p.organisation.id === world.pool.id)!.id;
    hydroPartyId = covenant.parties.find((p) => p.organisation.id === world.hydro.id)!.id;
    voters = await Promise.all([1, 2, 3, 4, 5].map(() => registerUser(api)));
  }, 180_000);
  afterAll(() => api.close());

  const create = (
    user: TestUser,
    partyId = poolPartyId,
    fields: Partial<{ covenantId: string; amount: number }> = {},
  ) =>
    api.gql<{ createBudget: Budget }>(
      `mutation ($c: ID!, $p: ID!, $a: Int!) { createBudget(covenantId: $c, partyId: $p, title: "Pool and river fund", amount: $a) { ${BUDGET_FIELDS} } }`,
      { c: fields.covenantId ?? covenantId, p: partyId, a: fields.amount ?? 1000 },
      { token: user.token },
    );

  const propose = (user: TestUser, budgetId: string, title: string, cost: number) =>
    api.gql<{ proposeProject: { id: string } }>(
      `mutation ($b: ID!, $t: String!, $c: Int!) { proposeProject(budgetId: $b, title: $t, cost: $c) { id } }`,
      { b: budgetId, t: title, c: cost },
      { token: user.token },
    );

  const advance = (user: TestUser, budgetId: string) =>
    api.gql<{ advanceBudget: Budget }>(
      `mutation ($b: ID!) { advanceBudget(budgetId: $b) { ${BUDGET_FIELDS} } }`,
      { b: budgetId },
      { token: user.token },
    );

  const vote = (user: TestUser, budgetId: string, projectIds: string[]) =>
    api.gql<{ castBallot: Budget }>(
      `mutation ($b: ID!, $p: [ID!]!) { castBallot(budgetId: $b, projectIds: $p) { ${BUDGET_FIELDS} } }`,
      { b: budgetId, p: projectIds },
      { token: user.token },
    );

  const read = async (budgetId: string, user?: TestUser) =>
    (
      await api.gql<{ participatoryBudget: Budget | null }>(
        `query ($b: ID!) { participatoryBudget(id: $b) { ${BUDGET_FIELDS} } }`,
        { b: budgetId },
        { token: user?.token },
      )
    ).data!.participatoryBudget;

  it('only an admin of the funding party starts one, while the covenant is in force', async () => {
    const { poolMember, hydroAdmin, resident, poolAdmin } = world.people;
    expect(codes(await create(poolMember))).toEqual(['FORBIDDEN']);
    expect(codes(await create(hydroAdmin))).toEqual(['FORBIDDEN']);
    expect(codes(await create(resident))).toEqual(['FORBIDDEN']);
    expect(codes(await create(poolAdmin, poolPartyId, { amount: 0 }))).toEqual(['BAD_USER_INPUT']);
    const draft = await fullCovenant(api, world);
    const draftPool = draft.parties.find((p) => p.organisation.id === world.pool.id)!.id;
    expect(codes(await create(poolAdmin, draftPool, { covenantId: draft.id }))).toEqual(['CONFLICT']);
    const created = await create(hydroAdmin, hydroPartyId);
    expect(created.data!.createBudget).toMatchObject({
      phase: 'PROPOSALS',
      amount: 1000,
      fundedBy: { id: hydroPartyId },
      ballots: 0,
      viewerCan: { propose: true, advance: true, vote: false },
    });
  });

  it('counts by equal shares, not by the most votes, and makes each winner a commitment of the funding party', async () => {
    const budget = (await create(world.people.poolAdmin)).data!.createBudget;
    const [v1, v2, v3, v4, v5] = voters;
    expect(codes(await propose(v1, budget.id, 'Too dear', 1001))).toEqual(['BAD_USER_INPUT']);
    const unverified = await registerUser(api, { verified: false });
    expect(codes(await propose(unverified, budget.id, 'Benches', 100))).toEqual(['FORBIDDEN']);
    const a = (await propose(v1, budget.id, 'Heated changing rooms', 600)).data!.proposeProject.id;
    const c = (await propose(v2, budget.id, 'Swimming lessons for older people', 500)).data!.proposeProject.id;
    const b = (await propose(v4, budget.id, 'River clean-up kit', 400)).data!.proposeProject.id;

    expect(codes(await vote(v1, budget.id, [a]))).toEqual(['CONFLICT']);
    expect(codes(await advance(world.people.poolMember, budget.id))).toEqual(['FORBIDDEN']);
    expect((await advance(world.people.poolAdmin, budget.id)).data!.advanceBudget.phase).toBe('VOTING');
    expect(codes(await propose(v1, budget.id, 'Late idea', 100))).toEqual(['CONFLICT']);

    expect(codes(await vote(v1, budget.id, [a, '00000000-0000-4000-8000-000000000000']))).toEqual(['BAD_USER_INPUT']);
    await vote(v1, budget.id, [b]);
    const replaced = (await vote(v1, budget.id, [a, c])).data!.castBallot;
    expect(replaced.ballots).toBe(1);
    expect(new Set(replaced.viewerBallot)).toEqual(new Set([a, c]));
    await vote(v2, budget.id, [a, c]);
    await vote(v3, budget.id, [a, c]);
    await vote(v4, budget.id, [b]);
    await vote(v5, budget.id, [b]);
    expect((await read(budget.id))!.projects.map((p) => p.votes)).toEqual([null, null, null]);

    // Five voters hold £200 each. Changing rooms and lessons have three supporters, the kit two.
    // Lessons cost each supporter £166.67 (the lowest), then the kit £200; the changing rooms' three
    // supporters have £33.33 each left, short of £600, and £100 is left over for completion: too little.
    // The most votes alone would have bought the changing rooms and the kit.
    const counted = (await advance(world.people.poolAdmin, budget.id)).data!.advanceBudget;
    expect(counted).toMatchObject({ phase: 'RESULTS', share: 200, spent: 900, ballots: 5, viewerBallot: [] });
    const byTitle = Object.fromEntries(counted.projects.map((p) => [p.title, p]));
    expect(byTitle['Heated changing rooms']).toMatchObject({
      votes: 3,
      selected: false,
      chosenBy: null,
      commitment: null,
    });
    expect(byTitle['Swimming lessons for older people']).toMatchObject({
      votes: 3,
      selected: true,
      chosenBy: 'EQUAL_SHARES',
      commitment: { right: 'CONTROL_INVESTMENT', party: { id: poolPartyId }, budget: { id: budget.id } },
    });
    expect(byTitle['Swimming lessons for older people'].paidPerSupporter).toBeCloseTo(166.67, 2);
    expect(byTitle['River clean-up kit']).toMatchObject({ votes: 2, selected: true, paidPerSupporter: 200 });

    const commitments = await sql<{ title: string; party_id: string }>(
      api,
      `SELECT c.title, c.party_id FROM commitments c JOIN budget_projects p ON p.commitment_id = c.id
        WHERE p.budget_id = $1 ORDER BY c.title`,
      [budget.id],
    );
    expect(commitments).toEqual([
      { title: 'River clean-up kit', party_id: poolPartyId },
      { title: 'Swimming lessons for older people', party_id: poolPartyId },
    ]);
    const audit = await sql<{ action: string }>(
      api,
      `SELECT action FROM audit_events WHERE covenant_id = $1 AND action IN ('budget.counted', 'commitment.added')
        AND details LIKE '%' || $2::text || '%' OR (covenant_id = $1 AND action = 'commitment.added'
        AND details::jsonb->>'commitmentId' IN (SELECT commitment_id::text FROM budget_projects WHERE budget_id = $2::uuid))
        ORDER BY seq`,
      [covenantId, budget.id],
    );
    expect(audit.map((row) => row.action)).toEqual(['commitment.added', 'commitment.added', 'budget.counted']);

    expect(codes(await advance(world.people.poolAdmin, budget.id))).toEqual(['CONFLICT']);
    expect(codes(await vote(v1, budget.id, [a]))).toEqual(['CONFLICT']);
    const accountability = await api.gql<{
      covenant: { commitments: { title: string; budget: { id: string } | null }[] };
    }>(`query ($id: ID!) { covenant(id: $id) { commitments { title budget { id } } } }`, { id: covenantId });
    expect(
      accountability
        .data!.covenant.commitments.filter((c) => c.budget?.id === budget.id)
        .map((c) => c.title)
        .sort(),
    ).toEqual(['River clean-up kit', 'Swimming lessons for older people']);
  });

  it('needs a proposal before voting, and an empty ballot takes a ballot back', async () => {
    const budget = (await create(world.people.poolAdmin)).data!.createBudget;
    expect(codes(await advance(world.people.poolAdmin, budget.id))).toEqual(['CONFLICT']);
    const project = (await propose(voters[0], budget.id, 'Bike racks', 300)).data!.proposeProject.id;
    await advance(world.people.poolAdmin, budget.id);
    expect((await vote(voters[0], budget.id, [project])).data!.castBallot.ballots).toBe(1);
    expect((await vote(voters[0], budget.id, [])).data!.castBallot).toMatchObject({ ballots: 0, viewerBallot: [] });
  });

  it('is as readable as its covenant, and lists on the covenant', async () => {
    const budget = (await create(world.people.poolAdmin)).data!.createBudget;
    expect((await read(budget.id))?.id).toBe(budget.id);
    const listed = await api.gql<{ covenant: { budgets: { id: string }[] } }>(
      `query ($id: ID!) { covenant(id: $id) { budgets { id } } }`,
      { id: covenantId },
    );
    expect(listed.data!.covenant.budgets.map((b) => b.id)).toContain(budget.id);
    await sql(api, `UPDATE covenants SET visibility = 'PARTIES_ONLY' WHERE id = $1`, [covenantId]);
    try {
      expect(await read(budget.id)).toBeNull();
      expect(await read(budget.id, world.people.resident)).toBeNull();
      expect((await read(budget.id, world.people.poolMember))?.id).toBe(budget.id);
    } finally {
      await sql(api, `UPDATE covenants SET visibility = 'PUBLIC' WHERE id = $1`, [covenantId]);
    }
  });
});
