/** Pieces the benchmark scripts share. */
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:net';

/** A TCP port nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const BENCH_SEAL_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

/**
 * What a production start needs (the API refuses to start without them): the address to print and a seal
 * key. The bench's databases are thrown away, so a key made for this run is enough.
 */
export function productionEnv(url) {
  return {
    NODE_ENV: 'production',
    PUBLIC_URL: url,
    SEAL_PRIVATE_KEY: BENCH_SEAL_KEY,
  };
}
