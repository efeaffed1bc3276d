/**
 * Acknowledged means durable: stream edits, kill -9 the server at a random
 * moment, start it again, and every edit that was acknowledged is there.
 */
import { CollabClient, eventually } from './support/collab-client';
import { buildWorld, fullCovenant, type TestCovenant, type World } from './support/covenant-world';
import { startApiProcess } from './support/api-process';
import { sql } from './support/sql';
import { startTestApp, type TestApp } from './support/test-app';

const ROUNDS = 20;

describe('Durability of acknowledged updates', () => {
  let api: TestApp;
  let world: World;
  let covenant: TestCovenant;
  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
    covenant = await fullCovenant(api, world, 'PUBLIC');
  }, 60_000);
  afterAll(() => api.close());

  it(`keeps every acknowledged update through ${ROUNDS} kill -9s`, async () => {
    const acknowledged: string[] = [];
    let port: number | undefined;
    for (let round = 0; round < ROUNDS; round++) {
      const server = await startApiProcess({ DATABASE_URL: api.db.url }, port);
      port = server.port;
      const writer = await CollabClient.connect(server.url, world.people.hydroAdmin.token);
      await writer.join(covenant.id);
      await eventually(() => writer.text().length > 0, [writer]);
      let stop = false;
      const streaming = (async () => {
        for (let n = 0; !stop; n++) {
          const word = `r${round}w${n}`;
          writer.paragraph().insert(0, `${word} `);
          const ack = await writer.acks.at(-1)!.catch(() => ({ ok: false }));
          if (ack.ok) acknowledged.push(word);
          else break;
        }
      })();
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 250));
      stop = true;
      await server.stop('SIGKILL');
      await streaming;
      writer.close();
    }
    const server = await startApiProcess({ DATABASE_URL: api.db.url }, port);
    try {
      const reader = await CollabClient.connect(server.url, world.people.hydroMember.token);
      await reader.join(covenant.id);
      await eventually(() => reader.text().length > 0, [reader]);
      const text = reader.text();
      const missing = acknowledged.filter((word) => !text.includes(`${word} `));
      expect(acknowledged.length).toBeGreaterThan(ROUNDS);
      expect(missing).toEqual([]);
      reader.close();
    } finally {
      await server.stop();
    }
  }, 240_000);

  it('folds the edits of editors still connected into the snapshot when the server stops, before it lets go of the database', async () => {
    const server = await startApiProcess({ DATABASE_URL: api.db.url });
    const writer = await CollabClient.connect(server.url, world.people.hydroAdmin.token);
    await writer.join(covenant.id);
    await eventually(() => writer.text().length > 0, [writer]);
    for (let n = 0; n < 20; n++) writer.paragraph().insert(0, `shutdown${n} `);
    expect((await writer.settled()).every((ack) => ack.ok)).toBe(true);
    const [logged] = await sql<{ count: number }>(
      api,
      'SELECT count(*)::int AS count FROM covenant_document_updates WHERE covenant_id = $1',
      [covenant.id],
    );
    expect(logged.count).toBeGreaterThan(0);

    expect(await server.stop('SIGTERM')).toBe(0);
    writer.close();
    expect(server.output()).not.toMatch(/compaction failed|already executing a query/);
    const [left] = await sql<{ count: number }>(
      api,
      'SELECT count(*)::int AS count FROM covenant_document_updates WHERE covenant_id = $1',
      [covenant.id],
    );
    expect(left.count).toBe(0);

    const again = await startApiProcess({ DATABASE_URL: api.db.url });
    try {
      const reader = await CollabClient.connect(again.url, world.people.hydroMember.token);
      await reader.join(covenant.id);
      await eventually(() => reader.text().includes('shutdown19 '), [reader]);
      expect(reader.text()).toContain('shutdown0 ');
      reader.close();
    } finally {
      await again.stop();
    }
  }, 120_000);
});
