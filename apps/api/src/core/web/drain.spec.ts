import { createServer, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { drainable } from './drain';

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.close();
  }
});

/** A server that answers a request only when told to, and the requests it holds. */
async function holdingServer() {
  const held: ServerResponse[] = [];
  const server = createServer((_request, response) => void held.push(response));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const drain = drainable(server);
  const port = (server.address() as AddressInfo).port;
  const get = (path: string) =>
    new Promise<string>((resolve) => {
      const outgoing = request({ port, host: '127.0.0.1', path, agent: false }, (incoming) => {
        let text = '';
        incoming.on('data', (chunk) => (text += chunk.toString()));
        incoming.on('end', () => resolve(`${incoming.statusCode} ${text}`));
      });
      outgoing.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      outgoing.end();
    });
  const heldOne = async () => {
    while (!held.length) await new Promise((resolve) => setTimeout(resolve, 5));
    return held.shift()!;
  };
  return { drain, get, heldOne };
}

describe('draining a stopping server', () => {
  it('waits for a request it has begun, refusing new connections meanwhile', async () => {
    const { drain, get, heldOne } = await holdingServer();
    const answer = get('/graphql');
    const response = await heldOne();
    let drained = false;
    const draining = drain(5_000).then(() => (drained = true));
    expect(await get('/graphql')).toBe('ECONNREFUSED');
    expect(drained).toBe(false);
    response.end('done');
    await draining;
    expect(await answer).toBe('200 done');
  });

  it('does not wait for a real-time long poll, which the gateway closes itself', async () => {
    const { drain, get, heldOne } = await holdingServer();
    const poll = get('/socket.io/?EIO=4&transport=polling');
    const response = await heldOne();
    const started = Date.now();
    await drain(5_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    response.end('ok');
    expect(await poll).toBe('200 ok');
  });

  it('gives up waiting after its limit', async () => {
    const { drain, get, heldOne } = await holdingServer();
    void get('/graphql');
    await heldOne();
    const started = Date.now();
    await drain(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });
});
