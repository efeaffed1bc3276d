/**
 * The real platform for a browser story: the built API (which also serves the
 * built web app) on a free port, against a database of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, freePort } from '@covenant/testing';
import { rememberDatabase } from './database';

const ROOT = join(__dirname, '../../../..');
const MAIN = join(ROOT, 'dist/api/apps/api/src/main.js');
const WEB_INDEX = join(ROOT, 'dist/web/index.html');
const READY_TIMEOUT_MS = 60_000;

export interface RunningServer {
  url: string;
  /** The server's own database, for a story that tampers with the record behind the platform's back. */
  databaseUrl: string;
  /** The latest of what the server printed (its log lines), e.g. the e-mails it would have sent. */
  output(): string;
  stop(): Promise<void>;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function waitUntilReady(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The API exited with code ${child.exitCode} before it was ready:\n${stderr()}`);
    }
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The API was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${stderr()}`);
}

/** `env` adds to or overrides the server's settings (e.g. LOG_LEVEL=info to read the e-mails it logs). */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  for (const [file, command] of [
    [MAIN, 'npx nx run api:build'],
    [WEB_INDEX, 'npx nx run web:build'],
  ]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`${command}\` first.`);
  }
  const db = await createTestDatabase();
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_REGISTRATIONS: '1000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(url, child, () => output);
  } catch (error) {
    await stopChild(child);
    await db.drop();
    throw error;
  }
  rememberDatabase(url, db.url);
  return {
    url,
    databaseUrl: db.url,
    output: () => output,
    stop: async () => {
      rememberDatabase(url, null);
      await stopChild(child);
      await db.drop();
    },
  };
}
