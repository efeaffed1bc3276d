import { io, type Socket } from 'socket.io-client';
import { startTestApp, type TestApp } from './support/test-app';
import { registerUser } from './support/factories';

function connect(
  url: string,
  options: { token?: string; cookie?: string } = {},
): Promise<{ socket: Socket; error?: Error }> {
  const socket = io(`${url}/collab`, {
    transports: ['websocket'],
    reconnection: false,
    auth: options.token ? { token: options.token } : {},
    extraHeaders: options.cookie ? { cookie: options.cookie } : {},
  });
  return new Promise((resolve) => {
    socket.once('connect', () => resolve({ socket }));
    socket.once('connect_error', (error) => resolve({ socket, error }));
  });
}

describe('Real-time namespace /collab', () => {
  let api: TestApp;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    await api.close();
  });

  it('accepts a signed-in client by bearer token or session cookie, and an anonymous viewer', async () => {
    const user = await registerUser(api);
    const byToken = await connect(api.url, { token: user.token });
    const byCookie = await connect(api.url, { cookie: `covenant_session=${user.token}` });
    const anonymous = await connect(api.url);
    sockets.push(byToken.socket, byCookie.socket, anonymous.socket);
    expect([byToken.error, byCookie.error, anonymous.error]).toEqual([undefined, undefined, undefined]);
    expect(byToken.socket.connected && byCookie.socket.connected && anonymous.socket.connected).toBe(true);
  });

  it('refuses a bad or revoked token at connect with UNAUTHENTICATED', async () => {
    const bad = await connect(api.url, { token: 'forged' });
    sockets.push(bad.socket);
    expect(bad.error?.message).toBe('UNAUTHENTICATED');

    const user = await registerUser(api);
    await api.gql(`mutation { logout }`, {}, { token: user.token });
    const revoked = await connect(api.url, { token: user.token });
    sockets.push(revoked.socket);
    expect(revoked.error?.message).toBe('UNAUTHENTICATED');
  });
});
