import { createServer } from 'node:net';

/**
 * A TCP port nothing listens on, for a server the test starts itself. It is
 * drawn below Linux's ephemeral range (32768 and up), where the kernel puts
 * every `listen(0)` and every outgoing connection: between this check and the
 * server's own bind, no other test's server or client can take it.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (await isFree(port)) return port;
  }
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
