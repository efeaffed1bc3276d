/**
 * A stopping server first stops taking connections and lets the requests it
 * has begun finish, then closes the app: a request sent just before a restart
 * is answered, while a load balancer's new connections go to another process.
 */
import type { Server } from 'node:http';

/** Socket.IO's long polls wait for news, not for work: the real-time gateway closes them itself. */
const REAL_TIME_PATH = '/socket.io/';

/** Counts `server`'s requests from now on; the returned function drains it, waiting at most `limitMs`. */
export function drainable(server: Server): (limitMs: number) => Promise<void> {
  let active = 0;
  let drained: (() => void) | null = null;
  server.on('request', (request, response) => {
    if (request.url?.startsWith(REAL_TIME_PATH)) return;
    active++;
    response.once('close', () => {
      active--;
      if (active === 0) drained?.();
    });
  });
  return async (limitMs) => {
    // Without a callback: waiting for every connection would wait for the real-time sockets too.
    server.close();
    server.closeIdleConnections();
    if (active === 0) return;
    await new Promise<void>((resolve) => {
      drained = resolve;
      setTimeout(resolve, limitMs).unref();
    });
  };
}
