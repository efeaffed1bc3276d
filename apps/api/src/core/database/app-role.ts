/**
 * Least privilege in PostgreSQL. The tables belong to the role that runs the
 * migrations; the app connects as a role that owns nothing, so it can never
 * alter a table or disable a trigger, and may only read and add to the audit
 * trail and the seal keys (no UPDATE, DELETE or TRUNCATE there).
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Rows here are evidence: the app may read them and add new ones, nothing else. */
const APPEND_ONLY_TABLES = ['audit_events', 'seal_keys', 'organisation_verification_events'];
/** TypeORM's record of applied migrations is the owner's business alone. */
const OWNER_ONLY_TABLES = ['migrations'];
/** Grants run under the migrations' lock: PostgreSQL refuses concurrent changes to one table's privileges. */
const MIGRATION_LOCK = 'covenant:migrations';

export interface AppRoleSetup {
  role: string;
  /** False when the app connects as the owner or a superuser: then only the audit trigger guards the trail. */
  restricted: boolean;
}

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'covenant-setup' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function whoIs(url: string): Promise<{ role: string; superuser: boolean }> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ role: string; superuser: boolean }>(
      'SELECT current_user AS role, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user',
    );
    return rows[0];
  });
}

/**
 * Gives the app's role exactly what it needs on every table, as the owner; run after each migration so
 * new tables are covered. A no-op when both URLs name the same role (simple setups).
 */
export async function grantAppRole(ownerUrl: string, appUrl: string): Promise<AppRoleSetup> {
  const owner = await whoIs(ownerUrl);
  const app = appUrl === ownerUrl ? owner : await whoIs(appUrl);
  if (app.role === owner.role || app.superuser) return { role: app.role, restricted: false };
  await withClient(ownerUrl, async (client) => {
    const role = client.escapeIdentifier(app.role);
    const tables = (names: string[]) => names.map((name) => client.escapeIdentifier(name)).join(', ');
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [MIGRATION_LOCK]);
      // Start from nothing, so a privilege granted by hand earlier does not linger.
      await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role}`);
      await client.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
      await client.query(`REVOKE UPDATE, DELETE ON ${tables(APPEND_ONLY_TABLES)} FROM ${role}`);
      await client.query(`REVOKE ALL ON ${tables(OWNER_ONLY_TABLES)} FROM ${role}`);
      await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  });
  return { role: app.role, restricted: true };
}

/**
 * For the embedded PostgreSQL: a login role for the app, with a fresh password on every start (nothing to
 * store; only this process connects). Returns the app's URL on the owner's database.
 */
export async function ensureLoginRole(ownerUrl: string, role: string): Promise<string> {
  const password = randomBytes(24).toString('hex');
  await withClient(ownerUrl, async (client) => {
    const name = client.escapeIdentifier(role);
    await client.query(`DO $$ BEGIN CREATE ROLE ${name} LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
    await client.query(
      `ALTER ROLE ${name} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD ${client.escapeLiteral(password)}`,
    );
  });
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}
