/**
 * Lists decide what a viewer may read in the query (`mayReadSql` in
 * libs/domain), not by loading every candidate and filtering. For every
 * person of the authorisation matrix and every status and visibility, a list
 * holds exactly the covenants that reading one by id (the policy's
 * `decide('read')`) shows them.
 */
import { COVENANT_STATUSES, openToAllSql } from '@covenant/domain';
import { DataSource } from 'typeorm';
import {
  buildWorld,
  forceStatus,
  fullCovenant,
  PEOPLE,
  tokenOf,
  type Person,
  type World,
} from './support/covenant-world';
import { startTestApp, type TestApp } from './support/test-app';

describe('the read rule in SQL', () => {
  let api: TestApp;
  let world: World;
  let neighbourhoodSlug: string;
  const covenantIds: string[] = [];

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
    const found = await api.gql<{ neighbourhoods: { id: string; slug: string }[] }>(
      `{ neighbourhoods(first: 100) { id slug } }`,
    );
    neighbourhoodSlug = found.data!.neighbourhoods.find((n) => n.id === world.neighbourhood.id)!.slug;
    for (const visibility of ['PUBLIC', 'PARTIES_ONLY'] as const) {
      for (const status of COVENANT_STATUSES) {
        const covenant = await fullCovenant(api, world, visibility);
        const hydroParty = covenant.parties.find((party) => party.organisation.id === world.hydro.id)!;
        const added = await api.gql(
          `mutation ($input: CommitmentInput!) { addCommitment(input: $input) { id } }`,
          { input: { covenantId: covenant.id, partyId: hydroParty.id, title: `Commitment while ${status}` } },
          { token: world.people.hydroAdmin.token },
        );
        expect(added.errors).toBeUndefined();
        await forceStatus(api, covenant.id, status);
        covenantIds.push(covenant.id);
      }
    }
    // A party that left reads no more than an outsider: the housing provider's invitation, withdrawn.
    const left = await fullCovenant(api, world, 'PARTIES_ONLY');
    const housing = left.parties.find((party) => party.organisation.id === world.housing.id)!;
    const removed = await api.gql(
      `mutation ($p: ID!) { removeParty(partyId: $p) { id } }`,
      { p: housing.id },
      {
        token: world.people.hydroAdmin.token,
      },
    );
    expect(removed.errors).toBeUndefined();
    covenantIds.push(left.id);
  }, 120_000);
  afterAll(() => api.close());

  const token = (person: Person) => tokenOf(world, person);

  it.each(PEOPLE)('lists for %s exactly what reading one by one shows', async (person) => {
    const oneByOne: string[] = [];
    // Those whose parties, as this person is shown them, include the convenor (during a review, outsiders see the parties as they stood when it began).
    const withConvenor: string[] = [];
    for (const id of covenantIds) {
      const read = await api.gql<{ covenant: { id: string; parties: { organisation: { id: string } }[] } | null }>(
        `query ($id: ID!) { covenant(id: $id) { id parties { organisation { id } } } }`,
        { id },
        { token: token(person) },
      );
      if (read.data?.covenant) oneByOne.push(id);
      if (read.data?.covenant?.parties.some((party) => party.organisation.id === world.hydro.id)) withConvenor.push(id);
    }
    const listed = await api.gql<{ covenants: { id: string }[] }>(
      `query ($n: ID!) { covenants(neighbourhoodId: $n, first: 100) { id } }`,
      { n: world.neighbourhood.id },
      { token: token(person) },
    );
    const inNeighbourhood = await api.gql<{ neighbourhood: { covenants: { id: string }[] } }>(
      `query ($slug: String!) { neighbourhood(slug: $slug) { covenants { id } } }`,
      { slug: neighbourhoodSlug },
      { token: token(person) },
    );
    const ids = (list: { id: string }[]) => list.map((covenant) => covenant.id).sort();
    expect(ids(listed.data!.covenants)).toEqual([...oneByOne].sort());
    expect(ids(inNeighbourhood.data!.neighbourhood.covenants)).toEqual([...oneByOne].sort());
    const counted = await api.gql<{ covenantCount: number; neighbourhood: { covenantCount: number } }>(
      `query ($n: ID!, $slug: String!) { covenantCount(neighbourhoodId: $n) neighbourhood(slug: $slug) { covenantCount } }`,
      { n: world.neighbourhood.id, slug: neighbourhoodSlug },
      { token: token(person) },
    );
    expect(counted.data).toEqual({ covenantCount: oneByOne.length, neighbourhood: { covenantCount: oneByOne.length } });
    // Every covenant here is in that neighbourhood: unfiltered, and by status, the counts come from the tallies.
    const byStatus = await Promise.all(
      covenantIds.map(async (id) => {
        const read = await api.gql<{ covenant: { status: string } | null }>(
          `query ($id: ID!) { covenant(id: $id) { status } }`,
          { id },
          { token: token(person) },
        );
        return read.data?.covenant?.status ?? null;
      }),
    );
    const everywhere = await api.gql<{ all: number; inForce: number; drafts: number }>(
      `{ all: covenantCount inForce: covenantCount(status: [IN_FORCE, ENDED]) drafts: covenantCount(status: [DRAFT]) }`,
      {},
      { token: token(person) },
    );
    const shown = (statuses: string[]) => byStatus.filter((status) => status && statuses.includes(status)).length;
    expect(everywhere.data).toEqual({
      all: oneByOne.length,
      inForce: shown(['IN_FORCE', 'ENDED']),
      drafts: shown(['DRAFT']),
    });
    // The convenor's page lists its part in exactly those.
    const convenor = await api.gql<{ organisation: { parties: { covenant: { id: string } }[] } }>(
      `query ($slug: String!) { organisation(slug: $slug) { parties { covenant { id } } } }`,
      { slug: world.hydro.slug },
      { token: token(person) },
    );
    expect(convenor.data!.organisation.parties.map((party) => party.covenant.id).sort()).toEqual(withConvenor.sort());
    // Not vacuous: everyone sees the public ones, and only insiders more.
    expect(oneByOne.length).toBeGreaterThanOrEqual(5);
  });

  it.each(PEOPLE)(
    'lists for %s the commitments of exactly the drafts that reading one by one shows',
    async (person) => {
      const oneByOne: string[] = [];
      for (const id of covenantIds) {
        const read = await api.gql<{ covenant: { commitments: { id: string }[] } | null }>(
          `query ($id: ID!) { covenant(id: $id) { commitments { id } } }`,
          { id },
          { token: token(person) },
        );
        oneByOne.push(...(read.data?.covenant?.commitments ?? []).map((commitment) => commitment.id));
      }
      const listed = await api.gql<{ commitments: { id: string }[] }>(
        `query ($o: ID!) { commitments(organisationId: $o, first: 100) { id } }`,
        { o: world.hydro.id },
        { token: token(person) },
      );
      expect(listed.data!.commitments.map((commitment) => commitment.id).sort()).toEqual(oneByOne.sort());
      expect(oneByOne.length).toBeGreaterThanOrEqual(4);
    },
  );

  it('keeps an index of exactly what anyone may read, for signed-in counts', async () => {
    const plan = await api.app.get(DataSource).transaction(async (manager) => {
      // The tables here are tiny: without this, a scan would win and say nothing about the index.
      await manager.query('SET LOCAL enable_seqscan = off');
      return manager.query(`EXPLAIN SELECT count(*) FROM covenants c WHERE ${openToAllSql('c')}`);
    });
    expect(JSON.stringify(plan)).toContain('IDX_covenants_open_updated_at_id');
  });

  it('keeps tallies by status of exactly what anyone may read, as covenants are added, change and go', async () => {
    const dataSource = api.app.get(DataSource);
    const tallies = async () =>
      Object.fromEntries(
        (
          await dataSource.query(
            'SELECT status, covenants FROM open_covenant_tallies WHERE covenants > 0 ORDER BY status',
          )
        ).map((row: { status: string; covenants: number }) => [row.status, row.covenants]),
      );
    const byRule = async () =>
      Object.fromEntries(
        (
          await dataSource.query(
            `SELECT status, count(*)::int AS covenants FROM covenants c WHERE ${openToAllSql('c')} GROUP BY status ORDER BY status`,
          )
        ).map((row: { status: string; covenants: number }) => [row.status, row.covenants]),
      );
    expect(Object.keys(await tallies()).length).toBeGreaterThanOrEqual(4);
    expect(await tallies()).toEqual(await byRule());
    // A row of its own, with nothing attached, so that it can go again.
    const [added]: { id: string }[] = await dataSource.query(
      `INSERT INTO covenants (slug, title, neighbourhood_id, status, visibility)
       VALUES ('tallied', 'Tallied', $1, 'IN_FORCE', 'PUBLIC') RETURNING id`,
      [world.neighbourhood.id],
    );
    expect(await tallies()).toEqual(await byRule());
    for (const [status, visibility] of [
      ...COVENANT_STATUSES.map((status) => [status, 'PUBLIC']),
      ...COVENANT_STATUSES.map((status) => [status, 'PARTIES_ONLY']),
      ['IN_FORCE', 'PUBLIC'],
    ]) {
      await dataSource.query('UPDATE covenants SET status = $2, visibility = $3 WHERE id = $1', [
        added.id,
        status,
        visibility,
      ]);
      expect(await tallies()).toEqual(await byRule());
    }
    await dataSource.query('DELETE FROM covenants WHERE id = $1', [added.id]);
    expect(await tallies()).toEqual(await byRule());
    // Emptied as the demo's reset empties it, then rolled back.
    const runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    let emptied: unknown;
    try {
      await runner.query('TRUNCATE covenants CASCADE');
      emptied = await runner.query('SELECT status FROM open_covenant_tallies WHERE covenants > 0');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(emptied).toEqual([]);
  });

  it('reads the list in a few statements, however many covenants there are', async () => {
    const statements = await api.sqlDuring(() =>
      api.gql(
        `query ($n: ID!) { covenants(neighbourhoodId: $n, first: 100) { id title status } }`,
        {
          n: world.neighbourhood.id,
        },
        { token: world.people.poolMember.token },
      ),
    );
    expect(statements.length).toBeLessThanOrEqual(3);
  });
});
