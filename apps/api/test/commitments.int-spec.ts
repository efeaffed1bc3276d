import { DataSource } from 'typeorm';
import { CommitmentEntity } from '../src/modules/commitments/commitment.entity';
import { CommitmentsService } from '../src/modules/commitments/commitments.service';
import { CollabClient } from './support/collab-client';
import { buildWorld, forceStatus, fullCovenant, sql, type TestCovenant, type World } from './support/covenant-world';
import { startTestApp, type TestApp } from './support/test-app';
import { webOperation } from './support/web-operations';

const ADD = `mutation ($input: CommitmentInput!) {
  addCommitment(input: $input) {
    id title description measure right dueOn progress percentComplete overdue
    party { id role }
    covenant { id }
  }
}`;
const UPDATE = `mutation ($input: UpdateCommitmentInput!) {
  updateCommitment(input: $input) { id title description measure right dueOn }
}`;
const REMOVE = `mutation ($id: ID!) { removeCommitment(commitmentId: $id) }`;
const LIST = `query ($id: ID!, $filter: CommitmentFilter) {
  covenant(id: $id) {
    commitments(filter: $filter) { id title overdue party { id } }
    parties { id commitments { id } }
    viewerCan { commitmentParties }
  }
}`;

interface Listed {
  covenant: {
    commitments: { id: string; title: string; overdue: boolean; party: { id: string } }[];
    parties: { id: string; commitments: { id: string }[] }[];
    viewerCan: { commitmentParties: string[] };
  } | null;
}

describe('Commitments while drafting', () => {
  let api: TestApp;
  let world: World;
  let covenant: TestCovenant;
  let partyOf: (role: string, organisationId?: string) => string;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
    covenant = await fullCovenant(api, world);
    partyOf = (role, organisationId) =>
      covenant.parties.find((p) => p.role === role && (!organisationId || p.organisation.id === organisationId))!.id;
  }, 60_000);
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await api.close();
  });

  const add = (token: string, input: Record<string, unknown>, on: TestCovenant = covenant) =>
    api.gql<{ addCommitment: Record<string, unknown> & { id: string } }>(
      ADD,
      { input: { covenantId: on.id, ...input } },
      { token },
    );
  const list = (token: string | undefined, filter?: Record<string, unknown>, on: TestCovenant = covenant) =>
    api.gql<Listed>(LIST, { id: on.id, filter }, token ? { token } : {});

  it('lets a member of a party add its own commitment, which every reader then sees with its party', async () => {
    const pool = partyOf('PARTNER', world.pool.id);
    const added = await add(world.people.poolMember.token, {
      partyId: pool,
      title: '  Reopen the swimming pool on Sundays by June  ',
      description: 'Sunday mornings 8 to 12 for families, and a lane for clubs.',
      measure: 'Opening hours on the pool’s website; Sunday swims counted each month.',
      right: 'SHAPE_PUBLIC_SERVICES',
      dueOn: '2027-06-30',
    });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addCommitment).toMatchObject({
      title: 'Reopen the swimming pool on Sundays by June',
      right: 'SHAPE_PUBLIC_SERVICES',
      dueOn: '2027-06-30',
      progress: 'NOT_STARTED',
      percentComplete: 0,
      overdue: false,
      party: { id: pool, role: 'PARTNER' },
      covenant: { id: covenant.id },
    });

    const seen = await list(world.people.hydroMember.token);
    expect(seen.data!.covenant!.commitments.map((c) => c.title)).toContain(
      'Reopen the swimming pool on Sundays by June',
    );
    expect(seen.data!.covenant!.parties.find((p) => p.id === pool)!.commitments).toHaveLength(1);

    const [audit] = await sql<{ action: string; details: string }>(
      api,
      "SELECT action, details FROM audit_events WHERE covenant_id = $1 AND action = 'commitment.added'",
      [covenant.id],
    );
    expect(JSON.parse(audit.details)).toMatchObject({
      partyId: pool,
      title: 'Reopen the swimming pool on Sundays by June',
    });
  });

  it('lets the convenor’s admin write for any party, and nobody else write for another party', async () => {
    const council = partyOf('COUNTERSIGNATORY');
    const byConvenor = await add(world.people.hydroAdmin.token, {
      partyId: council,
      title: 'Fund a lifeguard for Sunday sessions',
    });
    expect(byConvenor.errors).toBeUndefined();

    const byPartner = await add(world.people.poolAdmin.token, { partyId: council, title: 'Not ours to promise' });
    expect(byPartner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bySignatory = await add(world.people.hydroSignatory.token, { partyId: council, title: 'Not ours either' });
    expect(bySignatory.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const invited = await add(world.people.hydroAdmin.token, {
      partyId: partyOf('PARTNER', world.housing.id),
      title: 'Housing repairs',
    });
    expect(invited.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringContaining('has not joined'),
    });

    const permissions = async (token: string) => (await list(token)).data!.covenant!.viewerCan.commitmentParties;
    expect(await permissions(world.people.poolMember.token)).toEqual([partyOf('PARTNER', world.pool.id)]);
    expect((await permissions(world.people.hydroAdmin.token)).sort()).toEqual(
      [partyOf('CONVENOR'), partyOf('PARTNER', world.pool.id), council].sort(),
    );
    expect(await permissions(world.people.housingAdmin.token)).toEqual([]);
  });

  it('reveals nothing to outsiders and refuses bad input with a message for the field, changing nothing', async () => {
    const hidden = await fullCovenant(api, world, 'PARTIES_ONLY');
    const outsider = await add(
      world.people.resident.token,
      { partyId: hidden.parties.find((p) => p.role === 'CONVENOR')!.id, title: 'Sneaky' },
      hidden,
    );
    expect(outsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const anonymous = await api.gql(ADD, {
      input: { covenantId: covenant.id, partyId: partyOf('CONVENOR'), title: 'x' },
    });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const token = world.people.hydroAdmin.token;
    const convenor = partyOf('CONVENOR');
    const refusals: [Record<string, unknown>, string][] = [
      [{ partyId: convenor, title: '   ' }, 'title'],
      [{ partyId: convenor, title: 'x'.repeat(201) }, 'title'],
      [{ partyId: convenor, title: 'Path', description: 'x'.repeat(5001) }, 'description'],
      [{ partyId: convenor, title: 'Path', measure: 'x'.repeat(1001) }, 'measure'],
      [{ partyId: 'not-a-uuid', title: 'Path' }, 'partyId'],
      [{ partyId: hidden.parties[0].id, title: 'Path' }, 'partyId'],
    ];
    const before = await sql(api, 'SELECT id FROM commitments');
    for (const [input, field] of refusals) {
      const response = await add(token, input);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys((response.errors?.[0].extensions?.fields as Record<string, string>) ?? {})).toContainEqual(
        expect.stringContaining(field),
      );
    }
    const badDate = await add(token, { partyId: convenor, title: 'Path', dueOn: '2027-02-30x' });
    expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badRight = await add(token, { partyId: convenor, title: 'Path', right: 'BUY_THE_MOON' });
    expect(badRight.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await sql(api, 'SELECT id FROM commitments')).toHaveLength(before.length);
  });

  it('changes and removes a commitment, refused once the covenant has left drafting', async () => {
    const fresh = await fullCovenant(api, world);
    const pool = fresh.parties.find((p) => p.organisation.id === world.pool.id)!.id;
    const token = world.people.poolSignatory.token;
    const added = await add(token, { partyId: pool, title: 'Sunday swims', right: 'SHAPE_PUBLIC_SERVICES' }, fresh);
    const id = added.data!.addCommitment.id;

    const updated = await api.gql<{ updateCommitment: Record<string, unknown> }>(
      UPDATE,
      { input: { commitmentId: id, title: 'Sunday family swims', right: null, dueOn: '2027-06-01' } },
      { token },
    );
    expect(updated.data!.updateCommitment).toMatchObject({
      title: 'Sunday family swims',
      right: null,
      dueOn: '2027-06-01',
    });
    const cleared = await api.gql(UPDATE, { input: { commitmentId: id, title: null } }, { token });
    expect(cleared.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const other = await api.gql(
      UPDATE,
      { input: { commitmentId: id, title: 'Ours now' } },
      {
        token: world.people.councilAdmin.token,
      },
    );
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    await api.gql(
      `mutation ($c: ID!) { openConsultation(covenantId: $c) { id } }`,
      { c: fresh.id },
      {
        token: world.people.hydroAdmin.token,
      },
    );
    const late = await api.gql(UPDATE, { input: { commitmentId: id, title: 'Too late' } }, { token });
    expect(late.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await api.gql(REMOVE, { id }, { token })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const anonymousRead = await list(undefined, undefined, fresh);
    expect(anonymousRead.data!.covenant!.commitments.map((c) => c.title)).toEqual(['Sunday family swims']);

    await api.gql(
      `mutation ($c: ID!) { returnToDraft(covenantId: $c, reason: "More to add.") { id } }`,
      { c: fresh.id },
      {
        token: world.people.hydroAdmin.token,
      },
    );
    expect((await api.gql<{ removeCommitment: boolean }>(REMOVE, { id }, { token })).data).toEqual({
      removeCommitment: true,
    });
    expect((await list(token, undefined, fresh)).data!.covenant!.commitments).toEqual([]);
    const again = await api.gql(REMOVE, { id }, { token });
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const actions = await sql<{ action: string }>(
      api,
      "SELECT action FROM audit_events WHERE covenant_id = $1 AND action LIKE 'commitment.%' ORDER BY seq",
      [fresh.id],
    );
    expect(actions.map((a) => a.action)).toEqual(['commitment.added', 'commitment.updated', 'commitment.removed']);
  });

  it('tells open pages about each change, and filters by party and by overdue', async () => {
    const fresh = await fullCovenant(api, world);
    const pool = fresh.parties.find((p) => p.organisation.id === world.pool.id)!.id;
    const convenor = fresh.parties.find((p) => p.role === 'CONVENOR')!.id;
    const watcher = await CollabClient.connect(api.url, world.people.councilSignatory.token);
    clients.push(watcher);
    await watcher.join(fresh.id);
    const events: Record<string, unknown>[] = [];
    watcher.socket.on('event', (event: Record<string, unknown>) => events.push(event));

    const late = await add(
      world.people.poolAdmin.token,
      { partyId: pool, title: 'Repaint the changing rooms', dueOn: '2020-01-31' },
      fresh,
    );
    await add(
      world.people.hydroAdmin.token,
      { partyId: convenor, title: 'Survey the riverside path', dueOn: '2999-01-01' },
      fresh,
    );
    while (events.length < 2) await new Promise((r) => watcher.socket.once('event', r));
    expect(events.map((e) => e.type)).toEqual(['commitment.changed', 'commitment.changed']);
    expect(events[0]).toMatchObject({ covenantId: fresh.id, commitmentId: late.data!.addCommitment.id });

    const token = world.people.hydroMember.token;
    const overdue = await list(token, { overdue: true }, fresh);
    expect(overdue.data!.covenant!.commitments.map((c) => c.title)).toEqual(['Repaint the changing rooms']);
    const ofPool = await list(token, { partyId: pool }, fresh);
    expect(ofPool.data!.covenant!.commitments.map((c) => c.party.id)).toEqual([pool]);
  });

  it('keeps a revision’s commitments to its parties, and drops those of a party that left', async () => {
    const fresh = await fullCovenant(api, world);
    const pool = fresh.parties.find((p) => p.organisation.id === world.pool.id)!.id;
    await add(world.people.poolAdmin.token, { partyId: pool, title: 'Open the pool on bank holidays' }, fresh);
    await forceStatus(api, fresh.id, 'UNDER_REVIEW');
    expect((await list(world.people.resident.token, undefined, fresh)).data!.covenant!.commitments).toEqual([]);
    expect((await list(world.people.hydroMember.token, undefined, fresh)).data!.covenant!.commitments).toHaveLength(1);

    await forceStatus(api, fresh.id, 'DRAFT');
    await api.gql(
      `mutation ($p: ID!) { removeParty(partyId: $p) { id } }`,
      { p: pool },
      {
        token: world.people.poolAdmin.token,
      },
    );
    expect((await list(world.people.hydroMember.token, undefined, fresh)).data!.covenant!.commitments).toEqual([]);
  });

  it('serves the commitments as open data, CSV and JSON, to whoever may read the covenant', async () => {
    const fresh = await fullCovenant(api, world);
    const pool = fresh.parties.find((p) => p.organisation.id === world.pool.id)!.id;
    const added = await add(
      world.people.poolAdmin.token,
      { partyId: pool, title: 'Sunday swims, for families', measure: '=counted monthly', dueOn: '2027-06-30' },
      fresh,
    );
    const id = added.data!.addCommitment.id;
    const download = (extension: string, headers: Record<string, string> = {}) =>
      fetch(`${api.url}/covenants/${fresh.slug}/commitments.${extension}`, { headers });

    expect((await download('csv')).status).toBe(404);
    expect((await download('json', { accept: 'text/html' })).status).toBe(404);
    const asMember = await download('csv', { authorization: `Bearer ${world.people.hydroMember.token}` });
    expect(asMember.status).toBe(200);
    expect(asMember.headers.get('content-type')).toContain('text/csv');

    await api.gql(
      `mutation ($c: ID!) { openConsultation(covenantId: $c) { id } }`,
      { c: fresh.id },
      {
        token: world.people.hydroAdmin.token,
      },
    );
    const csv = await download('csv', { accept: 'text/html,application/xhtml+xml' });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toContain(`${fresh.slug}-commitments.csv`);
    const [header, first, last] = (await csv.text()).split('\r\n');
    expect(header).toBe(
      'id,partyId,organisation,title,description,measure,right,dueOn,progress,percentComplete,overdue,lastUpdatedAt',
    );
    expect(first).toMatch(
      new RegExp(
        `^${id},${pool},Settle Pool Trust,"Sunday swims, for families",,'=counted monthly,,2027-06-30,NOT_STARTED,0,false,\\d{4}-`,
      ),
    );
    expect(last).toBe('');

    const json = await download('json');
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual([
      {
        id,
        partyId: pool,
        organisation: 'Settle Pool Trust',
        title: 'Sunday swims, for families',
        description: null,
        measure: '=counted monthly',
        right: null,
        dueOn: '2027-06-30',
        progress: 'NOT_STARTED',
        percentComplete: 0,
        overdue: false,
        lastUpdatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      },
    ]);
    expect((await download('json', { authorization: 'Bearer forged' })).status).toBe(401);
    expect((await fetch(`${api.url}/covenants/no-such-covenant/commitments.json`)).status).toBe(404);
  });

  describe('once the covenant is in force', () => {
    const REPORT = `mutation ($input: CommitmentUpdateInput!) {
      reportProgress(input: $input) {
        id progress percentComplete
        updates { progress percentComplete note evidenceUrl author { displayName } }
      }
    }`;
    let inForce: TestCovenant;
    let poolCommitment: string;

    beforeAll(async () => {
      inForce = await fullCovenant(api, world);
      const pool = inForce.parties.find((p) => p.organisation.id === world.pool.id)!.id;
      const convenor = inForce.parties.find((p) => p.role === 'CONVENOR')!.id;
      poolCommitment = (
        await add(world.people.poolAdmin.token, { partyId: pool, title: 'Sunday swims', dueOn: '2020-06-30' }, inForce)
      ).data!.addCommitment.id;
      await add(world.people.hydroAdmin.token, { partyId: convenor, title: 'Residents’ fund' }, inForce);
      await forceStatus(api, inForce.id, 'IN_FORCE');
    });

    const report = (token: string, input: Record<string, unknown>) =>
      api.gql<{ reportProgress: { progress: string; percentComplete: number; updates: Record<string, unknown>[] } }>(
        REPORT,
        {
          input: {
            commitmentId: poolCommitment,
            progress: 'ON_TRACK',
            percentComplete: 40,
            note: 'Lifeguards hired.',
            ...input,
          },
        },
        { token },
      );

    it('tells each viewer which parties’ commitments they may report on', async () => {
      const reportParties = async (token?: string) => {
        const response = await api.gql<{ covenant: { viewerCan: { reportParties: string[] } } }>(
          `query ($id: ID!) { covenant(id: $id) { viewerCan { reportParties } } }`,
          { id: inForce.id },
          token ? { token } : {},
        );
        return response.data!.covenant.viewerCan.reportParties;
      };
      const pool = inForce.parties.find((p) => p.organisation.id === world.pool.id)!.id;
      const convenor = inForce.parties.find((p) => p.role === 'CONVENOR')!.id;
      expect(await reportParties(world.people.poolMember.token)).toEqual([pool]);
      expect(await reportParties(world.people.hydroMember.token)).toEqual([convenor]);
      expect(await reportParties(world.people.resident.token)).toEqual([]);
      expect(await reportParties()).toEqual([]);
    });

    it('lets a member of the party report progress with evidence, kept as history', async () => {
      const first = await report(world.people.poolMember.token, {
        evidenceUrl: 'https://settlepool.example/news/sunday-swims',
      });
      expect(first.errors).toBeUndefined();
      const second = await report(world.people.poolSignatory.token, {
        progress: 'DELIVERED',
        percentComplete: 100,
        note: '  Open every Sunday from 9.  ',
      });
      expect(second.data!.reportProgress).toMatchObject({ progress: 'DELIVERED', percentComplete: 100 });
      expect(second.data!.reportProgress.updates).toEqual([
        {
          progress: 'ON_TRACK',
          percentComplete: 40,
          note: 'Lifeguards hired.',
          evidenceUrl: 'https://settlepool.example/news/sunday-swims',
          author: { displayName: 'Kit Dawson' },
        },
        {
          progress: 'DELIVERED',
          percentComplete: 100,
          note: 'Open every Sunday from 9.',
          evidenceUrl: null,
          author: { displayName: 'Isla Brennan' },
        },
      ]);
    });

    it('gives each report’s time as stored, in UTC with milliseconds, like every other time', async () => {
      const answer = await api.gql<{
        covenant: { createdAt: string; commitments: { updates: { createdAt: string }[] }[] };
      }>(
        `query ($slug: String!) { covenant(slug: $slug) { createdAt commitments { updates { createdAt } } } }`,
        { slug: inForce.slug },
        { token: world.people.poolMember.token },
      );
      const given = answer.data!.covenant.commitments.flatMap((c) => c.updates.map((u) => u.createdAt));
      const stored = await sql<{ created_at: Date }>(
        api,
        `SELECT u.created_at FROM commitment_updates u JOIN commitments c ON c.id = u.commitment_id
          WHERE c.covenant_id = $1 ORDER BY u.created_at, u.id`,
        [inForce.id],
      );
      expect(given.length).toBeGreaterThan(0);
      expect(given).toEqual(stored.map((row) => row.created_at.toISOString()));
      for (const time of [...given, answer.data!.covenant.createdAt]) {
        expect(time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      }
    });

    it('refuses other parties, bad figures, notes and links, and covenants not in force', async () => {
      expect((await report(world.people.hydroAdmin.token, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const bad: [Record<string, unknown>, string][] = [
        [{ percentComplete: 101 }, 'percentComplete'],
        [{ percentComplete: -1 }, 'percentComplete'],
        [{ progress: 'DELIVERED', percentComplete: 90 }, 'percentComplete'],
        [{ note: '   ' }, 'note'],
        [{ note: 'x'.repeat(2001) }, 'note'],
        [{ evidenceUrl: 'javascript:alert(1)' }, 'evidenceUrl'],
        [{ evidenceUrl: 'ftp://settlepool.example/report.pdf' }, 'evidenceUrl'],
      ];
      for (const [input, field] of bad) {
        const response = await report(world.people.poolMember.token, input);
        expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(Object.keys((response.errors?.[0].extensions?.fields as Record<string, string>) ?? {})).toContainEqual(
          expect.stringContaining(field),
        );
      }
      const drafting = await fullCovenant(api, world);
      const pool = drafting.parties.find((p) => p.organisation.id === world.pool.id)!.id;
      const draft = await add(world.people.poolAdmin.token, { partyId: pool, title: 'Not yet' }, drafting);
      const early = await api.gql(
        REPORT,
        {
          input: {
            commitmentId: draft.data!.addCommitment.id,
            progress: 'ON_TRACK',
            percentComplete: 10,
            note: 'Early',
          },
        },
        { token: world.people.poolAdmin.token },
      );
      expect(early.errors?.[0]).toMatchObject({
        extensions: { code: 'CONFLICT' },
        message: 'Progress is reported once the covenant is in force.',
      });
      const [{ count }] = await sql<{ count: string }>(
        api,
        'SELECT count(*) FROM commitment_updates WHERE commitment_id = $1',
        [draft.data!.addCommitment.id],
      );
      expect(Number(count)).toBe(0);
    });

    it('sums the covenant up and lists an organisation’s commitments across the covenants it can see', async () => {
      const summary = await api.gql<{
        commitmentSummary: { total: number; overdue: number; byProgress: { progress: string; count: number }[] };
      }>(`query ($c: ID!) { commitmentSummary(covenantId: $c) { total overdue byProgress { progress count } } }`, {
        c: inForce.id,
      });
      expect(summary.data!.commitmentSummary.total).toBe(2);
      expect(summary.data!.commitmentSummary.byProgress.map((p) => p.progress)).toEqual([
        'NOT_STARTED',
        'ON_TRACK',
        'AT_RISK',
        'OFF_TRACK',
        'DELIVERED',
        'DROPPED',
      ]);
      expect(summary.data!.commitmentSummary.byProgress.find((p) => p.progress === 'DELIVERED')!.count).toBe(1);
      // The pool's commitment was due in 2020 but is delivered: not overdue.
      expect(summary.data!.commitmentSummary.overdue).toBe(0);

      const hidden = await fullCovenant(api, world, 'PARTIES_ONLY');
      await add(
        world.people.poolAdmin.token,
        { partyId: hidden.parties.find((p) => p.organisation.id === world.pool.id)!.id, title: 'Private promise' },
        hidden,
      );
      const across = (token?: string) =>
        api.gql<{ commitments: { title: string; covenant: { id: string } }[] }>(
          `query ($o: ID) { commitments(organisationId: $o) { title covenant { id } } }`,
          { o: world.pool.id },
          token ? { token } : {},
        );
      const forPool = (await across(world.people.poolMember.token)).data!.commitments.map((c) => c.title);
      expect(forPool).toEqual(expect.arrayContaining(['Sunday swims', 'Private promise']));
      expect(forPool).not.toContain('Residents’ fund');
      const forAnyone = (await across()).data!.commitments;
      expect(forAnyone.map((c) => c.title)).toContain('Sunday swims');
      expect(forAnyone.map((c) => c.title)).not.toContain('Private promise');
      const notFound = await api.gql(`query ($c: ID!) { commitmentSummary(covenantId: $c) { total } }`, {
        c: hidden.id,
      });
      expect(notFound.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });

  it('reads a covenant’s commitments in bulk with every field of the entity, as TypeORM reads one', async () => {
    const fresh = await fullCovenant(api, world);
    const pool = fresh.parties.find((p) => p.organisation.id === world.pool.id)!.id;
    for (const title of ['Open the pool on Sundays', 'Teach every child to swim']) {
      const added = await add(
        world.people.poolMember.token,
        { partyId: pool, title, measure: 'Swims counted', right: 'SHAPE_PUBLIC_SERVICES', dueOn: '2027-06-30' },
        fresh,
      );
      expect(added.errors).toBeUndefined();
    }
    const [listed] = await api.app.get(CommitmentsService).ofCovenants([fresh.id]);
    expect(listed.map((c) => c.title)).toEqual(['Open the pool on Sundays', 'Teach every child to swim']);
    expect(listed.length).toBeGreaterThan(0);
    const repository = api.app.get(DataSource).getRepository(CommitmentEntity);
    const columns = repository.metadata.columns.map((column) => column.propertyName).sort();
    for (const commitment of listed) {
      expect(Object.keys(commitment).sort()).toEqual(columns);
      expect({ ...commitment }).toEqual({ ...(await repository.findOneByOrFail({ id: commitment.id })) });
    }
  });

  it('serves the accountability page of 10 parties, 200 commitments and 1,000 reports in at most 8 SQL statements', async () => {
    const big = await fullCovenant(api, world);
    await sql(
      api,
      `WITH orgs AS (
         INSERT INTO organisations (slug, name, kind)
         SELECT 'partner-' || $2 || '-' || n, 'Partner ' || n, 'BUSINESS' FROM generate_series(1, 7) n RETURNING id
       )
       INSERT INTO covenant_parties (covenant_id, organisation_id, role, status, responded_at)
       SELECT $1, id, 'PARTNER', 'ACCEPTED', now() FROM orgs`,
      [big.id, big.id.slice(0, 8)],
    );
    await sql(
      api,
      `INSERT INTO commitments (covenant_id, party_id, title, due_on, progress, percent_complete, created_by_id)
       SELECT $1, p.id, 'Commitment ' || n, DATE '2027-01-01' + n, 'ON_TRACK', 50, $2
       FROM generate_series(1, 200) n
       JOIN LATERAL (
         SELECT id FROM covenant_parties WHERE covenant_id = $1 AND status = 'ACCEPTED' ORDER BY id OFFSET n % 10 LIMIT 1
       ) p ON true`,
      [big.id, world.people.poolAdmin.id],
    );
    await sql(
      api,
      `INSERT INTO commitment_updates (commitment_id, author_id, progress, percent_complete, note)
       SELECT c.id, $2, 'ON_TRACK', 10 * k, 'Report ' || k
       FROM commitments c CROSS JOIN generate_series(1, 5) k WHERE c.covenant_id = $1`,
      [big.id, world.people.poolAdmin.id],
    );
    const before = api.queriesRun();
    const response = await api.gql<{
      covenant: { parties: { id: string }[]; commitments: { updates: { author: { displayName: string } }[] }[] };
    }>(webOperation('Accountability'), { slug: big.slug }, { token: world.people.hydroMember.token });
    const queries = api.queriesRun() - before;
    expect(response.errors).toBeUndefined();
    expect(response.data!.covenant.parties.filter(Boolean)).toHaveLength(11);
    expect(response.data!.covenant.commitments).toHaveLength(200);
    expect(response.data!.covenant.commitments.flatMap((c) => c.updates)).toHaveLength(1000);
    expect(queries).toBeLessThanOrEqual(8);
  });
});
