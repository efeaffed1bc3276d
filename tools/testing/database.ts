/**
 * Each test file gets its own PostgreSQL database, copied from a template that
 * the global setup migrated once, so files run in parallel without colliding.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** One template per test run (named by the global setup), so two runs on one server never collide. */
export function templateDatabase(): string {
  const name = process.env.COVENANT_TEST_TEMPLATE;
  if (!name) throw new Error('COVENANT_TEST_TEMPLATE is not set: the Jest global setup provides it.');
  return name;
}

export function databaseUrl(name: string, base = requiredBaseUrl()): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

function requiredBaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: the Jest global setup provides it.');
  return url;
}

export async function withAdminClient<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `covenant_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(async (client) => {
    // Copying a template fails while another copy of it is starting; a short retry covers parallel files.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabase()}"`);
        return;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });
  return {
    name,
    url: databaseUrl(name),
    drop: () =>
      withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
