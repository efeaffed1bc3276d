/**
 * Co-drafting through the failures of what it stands on: a PostgreSQL that
 * stops for seconds while people type, and a Redis that goes away between
 * two API processes. No update acknowledged `ok` may be missing afterwards,
 * no process may die, and everyone must end with the same text without a
 * restart. Each test runs its own PostgreSQL or Redis on a spare port.
 */
import { CollabClient, eventually } from './support/collab-client';
import { buildWorld, fullCovenant, type TestCovenant, type World } from './support/covenant-world';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { ownPostgres, ownRedis, type OwnPostgres, type OwnRedis } from './support/own-services';
import { graphqlClient, startTestApp, type TestApp } from './support/test-app';
import { Typist } from './support/typist';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function healthy(server: ApiProcess): Promise<boolean> {
  if (server.child.exitCode !== null) return false;
  return fetch(`${server.url}/healthz`).then(
    (response) => response.ok,
    () => false,
  );
}

describe('Co-drafting when PostgreSQL stops', () => {
  let postgres: OwnPostgres;
  const servers: ApiProcess[] = [];
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    postgres = await ownPostgres();
  }, 120_000);
  afterAll(async () => {
    clients.forEach((client) => client.close());
    await Promise.all(servers.map((server) => server.stop('SIGKILL')));
    await postgres?.remove();
  });

  it('acknowledges only what it stored, loses nothing acknowledged, and recovers without a restart', async () => {
    const server = await startApiProcess({ DATABASE_URL: postgres.url });
    servers.push(server);
    const api = { ...graphqlClient(server.url), db: { url: postgres.url } };
    const world: World = await buildWorld(api);
    const covenant: TestCovenant = await fullCovenant(api, world);
    const { hydroAdmin, hydroSignatory, hydroMember, poolAdmin, poolMember } = world.people;
    const typists = await Promise.all(
      [hydroAdmin, hydroSignatory, hydroMember, poolAdmin, poolMember].map(async (person, index) => {
        const client = await CollabClient.connect(server.url, person.token);
        clients.push(client);
        expect(await client.join(covenant.id)).toMatchObject({ ok: true, role: 'editor' });
        await eventually(() => client.text().length > 0, [client]);
        return new Typist(client, `p${index}w`);
      }),
    );
    typists.forEach((typist) => typist.start());
    await pause(1000);
    await postgres.stop();
    await pause(5000);
    await postgres.start();
    await pause(2000);
    await Promise.all(typists.map((typist) => typist.stop()));
    await Promise.all(typists.map((typist) => typist.settle()));

    // The outage was felt (refusals), yet the process that lived through it is still serving.
    expect(typists.flatMap((typist) => typist.refusals)).toContain('INTERNAL_SERVER_ERROR');
    expect(await healthy(server)).toBe(true);
    const everyone = typists[0].client;
    await eventually(() => typists.every((typist) => typist.client.text() === everyone.text()), clients);

    // Everything acknowledged is in the stored document, read back by a freshly started process.
    const saved = typists.flatMap((typist) => [...typist.saved]);
    expect(saved.length).toBeGreaterThan(50);
    await server.stop('SIGKILL');
    const again = await startApiProcess({ DATABASE_URL: postgres.url });
    servers.push(again);
    const reader = await CollabClient.connect(again.url, world.people.councilAdmin.token);
    clients.push(reader);
    await reader.join(covenant.id);
    await eventually(() => reader.text().length > 0, [reader]);
    const text = reader.text();
    expect(saved.filter((word) => !text.includes(`${word} `))).toEqual([]);
    const html = await graphqlClient(again.url).gql<{ covenant: { draftHtml: string } }>(
      `query ($id: ID!) { covenant(id: $id) { draftHtml } }`,
      { id: covenant.id },
      { token: hydroAdmin.token },
    );
    expect(saved.filter((word) => !html.data!.covenant.draftHtml.includes(`${word} `))).toEqual([]);
  }, 180_000);
});

describe('Co-drafting on two processes when Redis goes away', () => {
  let api: TestApp;
  let redis: OwnRedis;
  let world: World;
  let covenant: TestCovenant;
  const servers: ApiProcess[] = [];
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    api = await startTestApp();
    redis = await ownRedis();
    world = await buildWorld(api);
    covenant = await fullCovenant(api, world);
  }, 60_000);
  afterAll(async () => {
    clients.forEach((client) => client.close());
    await Promise.all(servers.map((server) => server.stop('SIGKILL')));
    await redis.stop();
    await api.close();
  });

  it('keeps both processes serving, and converges once Redis is back', async () => {
    const env = { DATABASE_URL: api.db.url, REDIS_URL: redis.url };
    const [one, two] = await Promise.all([startApiProcess(env), startApiProcess(env)]);
    servers.push(one, two);
    const join = async (server: ApiProcess, token: string, tag: string) => {
      const client = await CollabClient.connect(server.url, token);
      clients.push(client);
      await client.join(covenant.id);
      await eventually(() => client.text().length > 0, [client]);
      return new Typist(client, tag);
    };
    const typists = [
      await join(one, world.people.hydroAdmin.token, 'one'),
      await join(two, world.people.poolAdmin.token, 'two'),
    ];
    typists.forEach((typist) => typist.start());
    await pause(500);
    await redis.stop();
    await pause(2000);
    expect([await healthy(one), await healthy(two)]).toEqual([true, true]);
    await redis.start();
    await pause(1500);
    await Promise.all(typists.map((typist) => typist.stop()));
    await Promise.all(typists.map((typist) => typist.settle()));

    expect([await healthy(one), await healthy(two)]).toEqual([true, true]);
    const [a, b] = typists.map((typist) => typist.client);
    await eventually(() => a.text() === b.text(), [a, b]);
    const saved = typists.flatMap((typist) => [...typist.saved]);
    expect(saved.filter((word) => !a.text().includes(`${word} `))).toEqual([]);
    // Each side saw the other's words typed while Redis was away.
    expect(typists[0].saved.size).toBeGreaterThan(20);
    expect(typists[1].saved.size).toBeGreaterThan(20);
  }, 120_000);
});
