/**
 * A PostgreSQL and a Redis of the test's own, on spare ports, that a test may
 * stop and start again to see what the platform does when they fail. The
 * machine's shared servers are never touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createClient } from 'redis';
import { freePort } from '@covenant/testing';

export interface OwnPostgres {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  remove(): Promise<void>;
}

export async function ownPostgres(): Promise<OwnPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'covenant-pg-'));
  // Run as root, the server runs as its own user, which must reach the folder.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const child = spawn(process.execPath, [join(__dirname, 'postgres-control.mjs'), join(dir, 'data'), String(port)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const answers = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const answer = async (expected: string) => {
    const { value, done } = await answers.next();
    if (done || value !== expected) throw new Error(`the test's PostgreSQL answered ${String(value)}, not ${expected}`);
  };
  const command = async (line: string) => {
    child.stdin!.write(`${line}\n`);
    await answer(line);
  };
  await answer('ready');
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/covenant`,
    stop: () => command('stop'),
    start: () => command('start'),
    async remove() {
      if (child.exitCode === null) await command('exit');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface OwnRedis {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function ownRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const start = async () => {
    if (child) return;
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    for (;;) {
      const probe = createClient({ url, socket: { reconnectStrategy: false } });
      probe.on('error', () => undefined);
      const ready = await probe.connect().then(
        () => true,
        () => false,
      );
      if (ready) {
        await probe.quit();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  await start();
  return {
    url,
    start,
    async stop() {
      const stopping = child;
      child = null;
      if (!stopping || stopping.exitCode !== null) return;
      await new Promise((resolve) => {
        stopping.once('exit', resolve);
        stopping.kill('SIGKILL');
      });
    },
  };
}
