/**
 * The start path a newcomer takes (`npm start`): the built server with no
 * DATABASE_URL and no NODE_ENV starts its own PostgreSQL, migrates as the
 * owner, runs as a role of its own, loads the demo and becomes ready.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { freePort } from '@covenant/testing';

const ROOT = resolve(__dirname, '../../..');
const MAIN = join(ROOT, 'dist/api/apps/api/src/main.js');
const CLI = join(ROOT, 'dist/api/apps/api/src/cli.js');

async function waitForReady(url: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output()}`);
    const status = await fetch(`${url}/readyz`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not ready after ${timeoutMs} ms:\n${output()}`);
}

describe('Starting with the embedded database', () => {
  let dataDir: string;
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves /readyz and the demo neighbourhood with DATABASE_URL unset, and stops cleanly', async () => {
    expect(existsSync(MAIN)).toBe(true);
    dataDir = mkdtempSync(join(tmpdir(), 'covenant-embedded-'));
    // As root, PostgreSQL runs as its own user, which must be able to enter the folder.
    chmodSync(dataDir, 0o755);
    const [port, pgPort] = [await freePort(), await freePort()];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      EMBEDDED_POSTGRES_PORT: String(pgPort),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    };
    delete env.DATABASE_URL;
    delete env.NODE_ENV;
    let output = '';
    child = spawn(process.execPath, [MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const url = `http://127.0.0.1:${port}`;
    await waitForReady(url, child, () => output, 90_000);

    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{
          neighbourhood(slug: "settle") { name localAuthority { name verification { status domains } } }
          covenant(slug: "settle-pool-and-river-covenant") { status supportCount parties { status } }
          inForce: covenant(slug: "settle-market-place-and-riverside-covenant") {
            status
            inForceVersion { seal }
            commitmentSummary: commitments { progress }
          }
        }`,
      }),
    });
    const body = (await response.json()) as {
      data: {
        neighbourhood: unknown;
        covenant: { status: string; supportCount: number; parties: unknown[] };
        inForce: { status: string; inForceVersion: { seal: string | null }; commitmentSummary: { progress: string }[] };
      };
    };
    expect(body.data.covenant).toMatchObject({ status: 'CONSULTATION', supportCount: 1 });
    expect(body.data.covenant.parties).toHaveLength(4);
    // The second demo covenant was signed through the platform's own services, sealed, and reported on since.
    expect(body.data.inForce.status).toBe('IN_FORCE');
    expect(body.data.inForce.inForceVersion.seal).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(body.data.inForce.commitmentSummary.map((c) => c.progress).sort()).toEqual([
      'AT_RISK',
      'NOT_STARTED',
      'ON_TRACK',
    ]);
    // The demo's organisations were verified by its steward, who is printed with the other accounts.
    expect(body.data.neighbourhood).toEqual({
      name: 'Settle',
      localAuthority: {
        name: 'North Yorkshire Council',
        verification: { status: 'VERIFIED', domains: ['northyorks-council.example'] },
      },
    });
    expect(output).toContain('Demo accounts');
    expect(output).toMatch(/steward@covenant-platform\.example +Rowan Ellery, platform steward/);

    // The command line works on the embedded database while the server runs on it.
    const granted = await promisify(execFile)(
      process.execPath,
      [CLI, 'role', 'grant', 'steward', 'sam.resident@example.org'],
      {
        cwd: ROOT,
        env,
      },
    );
    expect(granted.stdout.trim()).toBe('Sam Okafor <sam.resident@example.org> is now a steward.');
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    expect(output).toContain('Mode: development (NODE_ENV is unset; set NODE_ENV=production for a real deployment)');

    // The app's connections are its own role's, which owns no table; the owner only migrates.
    const owner = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/covenant` });
    await owner.connect();
    try {
      const sessions = await owner.query<{ usename: string }>(
        `SELECT DISTINCT usename FROM pg_stat_activity WHERE application_name = 'covenant-api'`,
      );
      expect(sessions.rows.map((row) => row.usename)).toEqual(['covenant_app']);
      const owned = await owner.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = 'covenant_app'`,
      );
      expect(owned.rows).toEqual([]);
    } finally {
      await owner.end();
    }

    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // The app closes before its database stops: no connection of its pool is cut under it.
    expect(output).not.toMatch(/terminating connection|Postgres pool raised an error/);
  }, 120_000);
});
