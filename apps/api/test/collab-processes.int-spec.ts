/** Two API processes on one PostgreSQL and Redis serve the same covenant; clients on each converge. */
import { createClient } from 'redis';
import { CollabClient, eventually } from './support/collab-client';
import { buildWorld, fullCovenant, type TestCovenant, type World } from './support/covenant-world';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { graphqlClient, startTestApp, type TestApp } from './support/test-app';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Resolves once `condition` holds, asking again every 50 ms. */
async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`still not so after ${timeoutMs} ms: ${condition.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('Several API processes', () => {
  let api: TestApp;
  let world: World;
  let covenant: TestCovenant;
  const processes: ApiProcess[] = [];
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
    covenant = await fullCovenant(api, world);
    const env = { DATABASE_URL: api.db.url, REDIS_URL };
    processes.push(await startApiProcess(env), await startApiProcess(env));
  }, 90_000);
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await Promise.all(processes.map((p) => p.stop()));
    await api.close();
  });

  it('relays edits made on either process to the other, and both serve the same final document', async () => {
    const [one, two] = processes;
    const aled = await CollabClient.connect(one.url, world.people.hydroAdmin.token);
    const morag = await CollabClient.connect(two.url, world.people.poolAdmin.token);
    clients.push(aled, morag);
    await aled.join(covenant.id);
    await morag.join(covenant.id);
    await eventually(() => aled.text() === morag.text() && aled.text().length > 0, [aled, morag]);

    aled.paragraph().insert(0, 'From the first process. ');
    await eventually(() => morag.text().includes('From the first process.'), [morag]);
    morag.paragraph().insert(0, 'From the second process. ');
    await eventually(() => aled.text().includes('From the second process.'), [aled]);
    expect((await aled.settled()).every((a) => a.ok) && (await morag.settled()).every((a) => a.ok)).toBe(true);

    const lateOne = await CollabClient.connect(one.url, world.people.hydroMember.token);
    const lateTwo = await CollabClient.connect(two.url, world.people.poolMember.token);
    clients.push(lateOne, lateTwo);
    await lateOne.join(covenant.id);
    await lateTwo.join(covenant.id);
    const expected = aled.text();
    await eventually(() => lateOne.text() === expected, [lateOne]);
    await eventually(() => lateTwo.text() === expected, [lateTwo]);
    expect(morag.text()).toBe(expected);
  });

  it('keeps many covenants edited at once on both processes converged, with every acknowledged keystroke kept', async () => {
    const covenants: TestCovenant[] = [];
    for (let i = 0; i < 6; i++) covenants.push(await fullCovenant(api, world));
    const people = [world.people.hydroAdmin, world.people.poolAdmin, world.people.hydroMember, world.people.poolMember];
    const editors: { client: CollabClient; covenant: TestCovenant; mark: string }[] = [];
    for (const [c, shared] of covenants.entries()) {
      for (const [p, person] of people.entries()) {
        // Each covenant's editors are on both processes, and speak both wire encodings.
        const client = await CollabClient.connect(
          processes[(c + p) % 2].url,
          person.token,
          p < 2 ? 'binary' : 'base64',
        );
        clients.push(client);
        expect(await client.join(shared.id)).toMatchObject({ ok: true, role: 'editor' });
        editors.push({ client, covenant: shared, mark: `${c}.${p}` });
      }
    }
    const together = (shared: TestCovenant) => editors.filter((editor) => editor.covenant === shared);
    const converged = (shared: TestCovenant) => {
      const texts = together(shared).map((editor) => editor.client.text());
      return texts[0].length > 0 && texts.every((text) => text === texts[0]);
    };
    for (const shared of covenants) {
      await eventually(
        () => converged(shared),
        together(shared).map((editor) => editor.client),
      );
    }

    const KEYSTROKES = 25;
    for (let k = 0; k < KEYSTROKES; k++) {
      editors.forEach((editor) => editor.client.paragraph().insert(0, `<${editor.mark}:${k}>`));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const acks = (await Promise.all(editors.map((editor) => editor.client.settled()))).flat();
    expect(acks.filter((ack) => !ack.ok)).toEqual([]);
    for (const shared of covenants) {
      const group = together(shared);
      await eventually(
        () =>
          converged(shared) &&
          group.every((editor) => group[0].client.text().includes(`<${editor.mark}:${KEYSTROKES - 1}>`)),
        group.map((editor) => editor.client),
      );
      const stored = await fetch(`${processes[1].url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${world.people.hydroAdmin.token}` },
        body: JSON.stringify({
          query: 'query ($id: ID!) { covenant(id: $id) { draftHtml } }',
          variables: { id: shared.id },
        }),
      }).then((response) => response.json() as Promise<{ data: { covenant: { draftHtml: string } } }>);
      for (const editor of group) {
        for (let k = 0; k < KEYSTROKES; k++) {
          expect(stored.data.covenant.draftHtml).toContain(`&lt;${editor.mark}:${k}&gt;`);
        }
      }
    }
  }, 120_000);

  it('tells pages open on another process about a change made through GraphQL', async () => {
    const [one, two] = processes;
    const watcher = await CollabClient.connect(two.url, world.people.councilAdmin.token);
    clients.push(watcher);
    await watcher.join(covenant.id);
    const event = new Promise<Record<string, unknown>>((resolve) => watcher.socket.once('event', resolve));
    const response = await graphqlClient(one.url).gql(
      `mutation ($c: ID!) { openConsultation(covenantId: $c) { status } }`,
      { c: covenant.id },
      { token: world.people.hydroAdmin.token },
    );
    expect(response.data).toEqual({
      openConsultation: { status: 'CONSULTATION' },
    });
    expect(await event).toMatchObject({
      type: 'status.changed',
      covenantId: covenant.id,
      from: 'DRAFT',
      to: 'CONSULTATION',
    });
    expect((await event).at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('lets go of people on every process when a change takes their right away, first telling those where it was made', async () => {
    const [one, two] = processes;
    const own = await fullCovenant(api, world, 'PARTIES_ONLY');
    const join = async (url: string, token: string) => {
      const member = await CollabClient.connect(url, token);
      clients.push(member);
      expect(await member.join(own.id)).toMatchObject({ ok: true, role: 'editor' });
      const heard: string[] = [];
      member.socket.on('event', (event: { type: string }) => heard.push(event.type));
      member.socket.on('access', (access: { role: string | null; code?: string }) =>
        heard.push(`access ${access.role ?? access.code}`),
      );
      return heard;
    };
    const here = await join(one.url, world.people.poolMember.token);
    const there = await join(two.url, world.people.poolAdmin.token);
    const poolParty = own.parties.find((party) => party.organisation.id === world.pool.id)!;
    const response = await graphqlClient(one.url).gql(
      `mutation ($p: ID!) { removeParty(partyId: $p) { status } }`,
      { p: poolParty.id },
      { token: world.people.hydroAdmin.token },
    );
    expect(response.errors).toBeUndefined();
    await until(async () => here.includes('access NOT_FOUND') && there.includes('access NOT_FOUND'));
    // On the process that made the change, its event reaches the room before anyone is let go.
    expect(here).toEqual(['party.changed', 'access NOT_FOUND']);
    expect(there.filter((heard) => heard.startsWith('access'))).toEqual(['access NOT_FOUND']);
  });

  it("has each process follow a covenant's updates on Redis only while it holds its document", async () => {
    const [one, two] = processes;
    const own = await fullCovenant(api, world);
    const channel = `covenant:collab:updates:${own.id}`;
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    try {
      const followers = async () => (await redis.pubSubNumSub(channel))[channel];
      expect(await followers()).toBe(0);
      const aled = await CollabClient.connect(one.url, world.people.hydroAdmin.token);
      clients.push(aled);
      await aled.join(own.id);
      expect(await followers()).toBe(1);
      const morag = await CollabClient.connect(two.url, world.people.poolAdmin.token);
      clients.push(morag);
      await morag.join(own.id);
      expect(await followers()).toBe(2);

      aled.paragraph().insert(0, 'Followed across processes. ');
      await eventually(() => morag.text().includes('Followed across processes.'), [morag]);
      morag.close();
      await until(async () => (await followers()) === 1);
      aled.close();
      await until(async () => (await followers()) === 0);
    } finally {
      await redis.quit();
    }
  });
});
