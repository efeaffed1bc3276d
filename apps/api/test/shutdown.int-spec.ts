/**
 * Stopping the built API (SIGTERM, as a deployment restarts it): it stops
 * taking connections at once, answers the requests it has begun, then exits.
 */
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { createTestDatabase, type TestDatabase } from '@covenant/testing';
import { startApiProcess } from './support/api-process';

/** What a raw connection receives until the server closes it. */
const received = (socket: Socket) =>
  new Promise<string>((resolve, reject) => {
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.once('error', reject);
    socket.once('close', () => resolve(text));
  });

/** A GraphQL request on a connection of its own: its answer, or how the connection failed. */
const ask = (port: number) =>
  new Promise<string>((resolve) => {
    const outgoing = request(
      {
        port,
        host: '127.0.0.1',
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json' },
      },
      (incoming) => {
        let text = '';
        incoming.on('data', (chunk) => (text += chunk.toString()));
        incoming.on('end', () => resolve(`${incoming.statusCode} ${text}`));
        incoming.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      },
    );
    outgoing.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    outgoing.end(JSON.stringify({ query: '{ __typename }' }));
  });

describe('Stopping the API', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('answers a request it had begun, refuses new connections meanwhile, and exits cleanly', async () => {
    const api = await startApiProcess({ DATABASE_URL: db.url });
    const body = JSON.stringify({ query: '{ __typename }' });
    const socket = connect(api.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const answer = received(socket);
    // Half a request: the server has begun it, and waits for the rest of its body.
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, 5)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const exited = api.stop('SIGTERM');
    // Until it exits, a new request is answered (the signal not yet handled) or refused, never cut off.
    const outcomes = new Set<string>();
    while (api.child.exitCode === null && outcomes.size < 5) {
      const outcome = await ask(api.port);
      outcomes.add(outcome);
      if (outcome === 'ECONNREFUSED') break;
    }
    expect([...outcomes].filter((outcome) => outcome !== '200 {"data":{"__typename":"Query"}}\n')).toEqual([
      'ECONNREFUSED',
    ]);

    socket.end(body.slice(5));
    const response = await answer;
    expect(response).toMatch(/^HTTP\/1\.1 200 /);
    expect(response).toContain('{"data":{"__typename":"Query"}}');
    expect(await exited).toBe(0);
    expect(api.output()).not.toMatch(/error/i);
  }, 60_000);
});
