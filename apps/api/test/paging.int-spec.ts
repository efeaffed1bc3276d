/**
 * Pages of long lists (contract: "v2: pages of long lists"): every list pages
 * by keyset in its documented order, so walking it page by page while others
 * add items never skips or repeats one; `first` is capped at 100; the counts
 * agree with the lists; covenant search is English full text with the last
 * word as a prefix; and each page costs a fixed, small number of statements.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createOrganisation } from './support/factories';
import { outboxSent } from './support/outbox';
import { webOperation } from './support/web-operations';
import { buildWorld, forceStatus, fullCovenant, sql, startCovenant, type World } from './support/covenant-world';
import { codes, startTestApp, type TestApp } from './support/test-app';

interface Item {
  id: string;
}

/**
 * Every page of a list, `size` at a time, calling `between` after each page
 * but the last, as if others were adding to it meanwhile.
 */
async function walk<T extends Item>(
  page: (after: string | null) => Promise<T[]>,
  size: number,
  between: (pageNumber: number) => Promise<void>,
  cursorOf: (item: T) => string = (item) => item.id,
): Promise<T[]> {
  const seen: T[] = [];
  let after: string | null = null;
  for (let pageNumber = 1; ; pageNumber++) {
    const items = await page(after);
    expect(items.length).toBeLessThanOrEqual(size);
    seen.push(...items);
    if (items.length < size) return seen;
    after = cursorOf(items[items.length - 1]);
    await between(pageNumber);
  }
}

/** `walked` holds each of `expected` exactly once, in that order, whatever else was added meanwhile. */
function expectEachOnceInOrder(walked: Item[], expected: Item[]) {
  const ids = walked.map((item) => item.id);
  expect(new Set(ids).size).toBe(ids.length);
  const wanted = new Set(expected.map((item) => item.id));
  expect(ids.filter((id) => wanted.has(id))).toEqual(expected.map((item) => item.id));
}

describe('pages of long lists', () => {
  let api: TestApp;
  let world: World;
  let token: string;

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
    token = world.people.hydroAdmin.token;
  }, 60_000);
  afterAll(() => api.close());

  const data = async <T>(query: string, variables: Record<string, unknown> = {}, as: string | null = token) => {
    const response = await api.gql<T>(query, variables, as ? { token: as } : {});
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  /** A public covenant in consultation, newest change of all. */
  async function publicCovenant(title: string): Promise<string> {
    const started = await startCovenant(api, world, { title });
    await forceStatus(api, started.id, 'CONSULTATION');
    return started.id;
  }

  describe('covenants', () => {
    const LIST = `query ($n: ID, $first: Int, $after: ID) { covenants(neighbourhoodId: $n, first: $first, after: $after) { id updatedAt } }`;

    it('walks newest change first without skipping or repeating while covenants are added, and counts them', async () => {
      for (let i = 0; i < 7; i++) await publicCovenant(`Paged covenant ${i}`);
      const everything = async () =>
        (
          await data<{ covenants: (Item & { updatedAt: string })[] }>(
            LIST,
            { n: world.neighbourhood.id, first: 100 },
            null,
          )
        ).covenants;
      const before = await everything();
      expect(before.length).toBe(7);

      const walked = await walk(
        async (after) =>
          (await data<{ covenants: Item[] }>(LIST, { n: world.neighbourhood.id, first: 3, after }, null)).covenants,
        3,
        async () => {
          await publicCovenant('Added while paging');
        },
      );
      expectEachOnceInOrder(walked, before);
      const times = before.map((covenant) => covenant.updatedAt);
      expect([...times].sort().reverse()).toEqual(times);

      const { covenantCount } = await data<{ covenantCount: number }>(
        `query ($n: ID) { covenantCount(neighbourhoodId: $n) }`,
        { n: world.neighbourhood.id },
        null,
      );
      expect(covenantCount).toBe((await everything()).length);
      expect(covenantCount).toBeGreaterThan(7);
    });

    it('pages a neighbourhood’s covenants the same way, with their count', async () => {
      const NEIGHBOURHOOD = `query ($slug: String!, $first: Int, $after: ID) {
        neighbourhood(slug: $slug) { covenantCount covenants(first: $first, after: $after) { id } } }`;
      const all = await data<{ neighbourhood: { covenantCount: number; covenants: Item[] } }>(
        NEIGHBOURHOOD,
        { slug: world.neighbourhood.slug, first: 100 },
        null,
      );
      const walked = await walk(
        async (after) =>
          (
            await data<{ neighbourhood: { covenants: Item[] } }>(
              NEIGHBOURHOOD,
              { slug: world.neighbourhood.slug, first: 4, after },
              null,
            )
          ).neighbourhood.covenants,
        4,
        async () => {
          await publicCovenant('Added to the neighbourhood while paging');
        },
      );
      expectEachOnceInOrder(walked, all.neighbourhood.covenants);
      expect(all.neighbourhood.covenantCount).toBe(all.neighbourhood.covenants.length);
    });

    it('finds covenants by the words of their title and summary, the last word as a prefix', async () => {
      const id = await publicCovenant('Riverside gardens for the whole street');
      await sql(api, `UPDATE covenants SET summary = 'Allotments and an orchard by the weir.' WHERE id = $1`, [id]);
      const search = async (words: string) =>
        (
          await data<{ covenants: Item[] }>(`query ($s: String) { covenants(search: $s) { id } }`, { s: words }, null)
        ).covenants.map((covenant) => covenant.id);
      expect(await search('garden')).toEqual([id]);
      expect(await search('Riverside gard')).toEqual([id]);
      expect(await search('orchards, weir')).toEqual([id]);
      expect(await search('river')).toEqual([id]);
      expect(await search('gardens pylon')).toEqual([]);
      expect(await search('%_*&|!')).toEqual([]);
      const counted = await data<{ covenantCount: number }>(
        `query ($s: String) { covenantCount(search: $s) }`,
        { s: 'allotment' },
        null,
      );
      expect(counted.covenantCount).toBe(1);
    });

    it('shows a hidden covenant to nobody through the search, nor lets it be a cursor', async () => {
      const hidden = await startCovenant(api, world, { title: 'Secret quarry plans', visibility: 'PARTIES_ONLY' });
      const anonymous = await api.gql<{ covenants: Item[] }>(`{ covenants(search: "quarry") { id } }`);
      expect(anonymous.data!.covenants).toEqual([]);
      const member = await data<{ covenants: Item[] }>(`{ covenants(search: "quarry") { id } }`);
      expect(member.covenants.map((covenant) => covenant.id)).toEqual([hidden.id]);
      const asCursor = await api.gql(LIST, { first: 5, after: hidden.id });
      expect(codes(asCursor)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('organisations and neighbourhoods', () => {
    it('walks organisations by name, then id, while others are added, and counts them', async () => {
      const names = [
        'Paged Allotment Society',
        'Paged Bowls Club',
        'Paged Choir',
        'Paged Dales Trust',
        'Paged Eco Hub',
      ];
      for (const name of names) await createOrganisation(api, world.people.resident, { name });
      const ORGANISATIONS = `query ($first: Int, $after: ID) { organisations(search: "paged", first: $first, after: $after) { id name } }`;
      const before = (await data<{ organisations: (Item & { name: string })[] }>(ORGANISATIONS, { first: 100 }))
        .organisations;
      expect(before.map((organisation) => organisation.name)).toEqual(names);
      let added = 0;
      const walked = await walk(
        async (after) =>
          (await data<{ organisations: Item[] }>(ORGANISATIONS, { first: 2, after }, null)).organisations,
        2,
        async () => {
          // One sorts before every page seen so far, one after them all.
          await createOrganisation(api, world.people.resident, { name: `Paged Aardvark Club ${added}` });
          await createOrganisation(api, world.people.resident, { name: `Paged Zither Band ${added++}` });
        },
      );
      expectEachOnceInOrder(walked, before);
      expect(walked.length).toBe(names.length + added);
      const { organisationCount } = await data<{ organisationCount: number }>(`{ organisationCount(search: "paged") }`);
      expect(organisationCount).toBe(names.length + 2 * added);
      const councils = await data<{ organisationCount: number }>(`{ organisationCount(kind: LOCAL_AUTHORITY) }`);
      expect(councils.organisationCount).toBe(1);
    });

    it('walks neighbourhoods by name, then id, and counts them', async () => {
      const create = (name: string) =>
        data(`mutation ($input: CreateNeighbourhoodInput!) { createNeighbourhood(input: $input) { id } }`, {
          input: { name },
        });
      for (const name of ['Paged Ashby', 'Paged Bolton Abbey', 'Paged Clapham', 'Paged Dent']) await create(name);
      const NEIGHBOURHOODS = `query ($first: Int, $after: ID) { neighbourhoods(search: "paged", first: $first, after: $after) { id } }`;
      const before = (await data<{ neighbourhoods: Item[] }>(NEIGHBOURHOODS, { first: 100 })).neighbourhoods;
      const walked = await walk(
        async (after) =>
          (await data<{ neighbourhoods: Item[] }>(NEIGHBOURHOODS, { first: 3, after }, null)).neighbourhoods,
        3,
        async () => {
          await create('Paged Aysgarth');
        },
      );
      expectEachOnceInOrder(walked, before);
      const { neighbourhoodCount } = await data<{ neighbourhoodCount: number }>(
        `{ neighbourhoodCount(search: "paged") }`,
      );
      expect(neighbourhoodCount).toBe(before.length + 1);
    });
  });

  describe('a covenant’s commitments, comments and audit trail', () => {
    let covenantId: string;
    let hydroParty: string;

    beforeAll(async () => {
      const covenant = await fullCovenant(api, world);
      covenantId = covenant.id;
      hydroParty = covenant.parties.find((party) => party.organisation.id === world.hydro.id)!.id;
    });

    const addCommitment = (title: string, dueOn: string | null) =>
      data(`mutation ($input: CommitmentInput!) { addCommitment(input: $input) { id } }`, {
        input: { covenantId, partyId: hydroParty, title, dueOn },
      });

    it('walks an organisation’s commitments soonest due first, undated last, then by id', async () => {
      for (const [title, dueOn] of [
        ['Survey the weir', '2027-03-01'],
        ['Open the orchard', null],
        ['Plant the hedge', '2027-01-15'],
        ['Fix the footbridge', '2027-01-15'],
        ['Hold a fun day', null],
        ['Publish the accounts', '2027-06-30'],
      ] as const) {
        await addCommitment(title, dueOn);
      }
      const COMMITMENTS = `query ($o: ID, $first: Int, $after: ID) { commitments(organisationId: $o, first: $first, after: $after) { id dueOn } }`;
      const before = (
        await data<{ commitments: (Item & { dueOn: string | null })[] }>(COMMITMENTS, { o: world.hydro.id })
      ).commitments;
      expect(before.map((commitment) => commitment.dueOn)).toEqual([
        '2027-01-15',
        '2027-01-15',
        '2027-03-01',
        '2027-06-30',
        null,
        null,
      ]);
      const walked = await walk(
        async (after) =>
          (await data<{ commitments: Item[] }>(COMMITMENTS, { o: world.hydro.id, first: 2, after })).commitments,
        2,
        async (pageNumber) => {
          await addCommitment(`Added while paging ${pageNumber}`, pageNumber === 1 ? '2026-01-01' : null);
        },
      );
      expectEachOnceInOrder(walked, before);
      // Outsiders see no commitment of a covenant still in draft.
      const outside = await data<{ commitments: Item[] }>(COMMITMENTS, { o: world.hydro.id }, null);
      expect(outside.commitments).toEqual([]);
    });

    it('walks comments oldest first while more are added, and counts open ones and all', async () => {
      const comment = async (body: string) =>
        (
          await data<{ addComment: Item }>(
            `mutation ($c: ID!, $b: String!) { addComment(input: { covenantId: $c, body: $b }) { id } }`,
            { c: covenantId, b: body },
          )
        ).addComment.id;
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push(await comment(`Comment ${i}`));
      await data(`mutation ($id: ID!) { resolveComment(commentId: $id) { id } }`, { id: ids[1] });
      const COMMENTS = `query ($id: ID!, $first: Int, $after: ID, $all: Boolean) { covenant(id: $id) {
        commentCount(includeResolved: $all) comments(includeResolved: $all, first: $first, after: $after) { id } } }`;
      const before = (
        await data<{ covenant: { commentCount: number; comments: Item[] } }>(COMMENTS, { id: covenantId, all: true })
      ).covenant;
      expect(before.comments.map((c) => c.id)).toEqual(ids);
      expect(before.commentCount).toBe(5);
      const walked = await walk(
        async (after) =>
          (await data<{ covenant: { comments: Item[] } }>(COMMENTS, { id: covenantId, first: 2, after, all: true }))
            .covenant.comments,
        2,
        async () => {
          await comment('Added while paging');
        },
      );
      expectEachOnceInOrder(walked, before.comments);
      const open = (await data<{ covenant: { commentCount: number; comments: Item[] } }>(COMMENTS, { id: covenantId }))
        .covenant;
      expect(open.comments.map((c) => c.id)).not.toContain(ids[1]);
      expect(open.commentCount).toBe(open.comments.length);
      // A resolved comment still marks a place to continue from.
      const afterResolved = await data<{ covenant: { comments: Item[] } }>(COMMENTS, {
        id: covenantId,
        first: 1,
        after: ids[1],
      });
      expect(afterResolved.covenant.comments.map((c) => c.id)).toEqual([ids[2]]);
    });

    it('walks the audit trail by seq while events are added', async () => {
      const AUDIT = `query ($c: ID!, $first: Int, $after: Int) { covenantAudit(covenantId: $c, first: $first, after: $after) { seq } }`;
      const before = (await data<{ covenantAudit: { seq: number }[] }>(AUDIT, { c: covenantId })).covenantAudit;
      expect(before.map((event) => event.seq)).toEqual(before.map((_, i) => i + 1));
      const walked = await walk(
        async (after) =>
          (
            await data<{ covenantAudit: { seq: number }[] }>(AUDIT, {
              c: covenantId,
              first: 4,
              after: after === null ? null : Number(after),
            })
          ).covenantAudit.map((event) => ({ id: String(event.seq) })),
        4,
        async () => {
          await addCommitment('Audited while paging', null);
        },
      );
      expectEachOnceInOrder(
        walked,
        before.map((event) => ({ id: String(event.seq) })),
      );
    });
  });

  describe('limits', () => {
    const LISTS = [
      `covenants(first: $first) { id }`,
      `organisations(first: $first) { id }`,
      `neighbourhoods(first: $first) { id }`,
      `commitments(first: $first) { id }`,
      `neighbourhood(slug: $slug) { covenants(first: $first) { id } }`,
    ];

    it.each(LISTS)('refuses more than 100 at once: %s', async (list) => {
      const query = `query ($first: Int${list.includes('$slug') ? ', $slug: String!' : ''}) { ${list} }`;
      const slug = world.neighbourhood.slug;
      expect(codes(await api.gql(query, { first: 101, slug }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await api.gql(query, { first: 0, slug }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await api.gql(query, { first: 100, slug }))).toEqual([]);
    });

    it('refuses more than 100 comments or events at once', async () => {
      const covenant = await publicCovenant('Limits');
      const comments = await api.gql(`query ($id: ID!) { covenant(id: $id) { comments(first: 101) { id } } }`, {
        id: covenant,
      });
      expect(codes(comments)).toEqual(['BAD_USER_INPUT']);
      const audit = await api.gql(`query ($id: ID!) { covenantAudit(covenantId: $id, first: 101) { seq } }`, {
        id: covenant,
      });
      expect(codes(audit)).toEqual(['BAD_USER_INPUT']);
    });

    it('says so when `after` is not an item of the list, and changes nothing', async () => {
      const unknown = randomUUID();
      for (const query of [
        `query ($a: ID) { covenants(after: $a) { id } }`,
        `query ($a: ID) { organisations(after: $a) { id } }`,
        `query ($a: ID) { neighbourhoods(after: $a) { id } }`,
        `query ($a: ID) { commitments(after: $a) { id } }`,
      ]) {
        const response = await api.gql(query, { a: unknown });
        expect(codes(response)).toEqual(['BAD_USER_INPUT']);
        expect(response.errors![0].message).toMatch(/after/);
      }
      expect(codes(await api.gql(`{ covenants(after: "not-an-id") { id } }`))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await api.gql(`{ covenants(search: "${'long '.repeat(41)}") { id } }`))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('cost', () => {
    /**
     * The statements `work` runs: the fewest of three runs, since work the app does in the background after
     * earlier changes (mail, documents) may land in any one of them; a cost that grows shows in all three.
     */
    async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
      await outboxSent(api);
      const runs: string[][] = [];
      for (let i = 0; i < 3; i++) runs.push(await api.sqlDuring(work));
      return runs.reduce((fewest, run) => (run.length < fewest.length ? run : fewest));
    }

    it.each([
      ['covenants, a later page', `query ($after: ID) { covenants(first: 20, after: $after) { id title status } }`],
      [
        'a covenant search',
        `{ covenants(search: "paged cov", first: 20) { id title } covenantCount(search: "paged cov") }`,
      ],
      [
        'neighbourhoods with their covenants and counts',
        `{ neighbourhoods(first: 20) { id covenantCount covenants(first: 5) { id title } } neighbourhoodCount }`,
      ],
      [
        'organisations, a later page',
        `query ($org: ID) { organisations(first: 20, after: $org) { id name } organisationCount }`,
      ],
      [
        'an organisation’s commitments',
        `query ($org: ID) { commitments(organisationId: $org, first: 20) { id title dueOn } }`,
      ],
    ])('reads %s in a fixed, small number of statements', async (_, query) => {
      const { covenants } = await data<{ covenants: Item[] }>(`{ covenants(first: 2) { id } }`, {}, null);
      const variables = { after: covenants[1].id, org: world.hydro.id };
      const statements = await statementsOf(() => data(query, variables, null));
      expect(statements.length).toBeGreaterThan(0);
      expect(statements.length).toBeLessThanOrEqual(4);
    });

    it.each([
      ['Covenant', 13],
      ['Accountability', 6],
      ['CovenantComments', 7],
      ['CovenantCommitments', 7],
    ])('answers the web app’s %s query for a signed-in member in at most %i statements', async (name, most) => {
      const covenant = await fullCovenant(api, world);
      const hydroParty = covenant.parties.find((party) => party.organisation.id === world.hydro.id)!.id;
      const added: string[] = [];
      for (let i = 0; i < 3; i++) {
        const { addCommitment } = await data<{ addCommitment: Item }>(
          `mutation ($input: CommitmentInput!) { addCommitment(input: $input) { id } }`,
          { input: { covenantId: covenant.id, partyId: hydroParty, title: `Costed ${i}` } },
        );
        added.push(addCommitment.id);
      }
      await forceStatus(api, covenant.id, 'IN_FORCE');
      for (const commitmentId of added) {
        await data(`mutation ($input: CommitmentUpdateInput!) { reportProgress(input: $input) { id } }`, {
          input: { commitmentId, progress: 'ON_TRACK', percentComplete: 10, note: 'Begun' },
        });
      }
      const variables = { slug: covenant.slug, includeResolved: false, first: 20 };
      const statements = await statementsOf(() => data(webOperation(name), variables));
      expect(statements.length).toBeGreaterThan(0);
      expect(statements.length).toBeLessThanOrEqual(most);
    });

    it('never has PostgreSQL compile a query, which would cost more than running it', async () => {
      const [setting] = await api.app.get(DataSource).query('SHOW jit');
      expect(setting).toEqual({ jit: 'off' });
    });

    it('answers the web app’s Organisation query in the same few statements however many covenants it is party to, under review or not', async () => {
      const partyTo = async (status: 'IN_FORCE' | 'UNDER_REVIEW') => {
        const covenant = await fullCovenant(api, world, 'PUBLIC');
        await forceStatus(api, covenant.id, status);
      };
      const page = (as: string) => () => data(webOperation('Organisation'), { slug: world.council.slug }, as);
      await partyTo('IN_FORCE');
      await partyTo('UNDER_REVIEW');
      for (const viewer of [world.people.resident.token, world.people.councilAdmin.token]) {
        const few = await statementsOf(page(viewer));
        for (const status of ['IN_FORCE', 'UNDER_REVIEW', 'UNDER_REVIEW'] as const) await partyTo(status);
        const many = await statementsOf(page(viewer));
        expect(many.length).toBe(few.length);
        expect(many.length).toBeLessThanOrEqual(7);
      }
    });

    it('reads a page of comments and of the trail in a fixed, small number of statements', async () => {
      const covenant = await publicCovenant('Costed');
      const statements = await statementsOf(() =>
        data(
          `query ($id: ID!) { covenant(id: $id) { commentCount comments(first: 20) { id body } } covenantAudit(covenantId: $id, first: 20) { seq } }`,
          { id: covenant },
          null,
        ),
      );
      expect(statements.length).toBeLessThanOrEqual(7);
    });
  });
});
