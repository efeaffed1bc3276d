/**
 * Least privilege in PostgreSQL: the built API migrates as the tables' owner
 * (MIGRATION_DATABASE_URL) and runs as a role that owns nothing
 * (DATABASE_URL), made by the same script Docker Compose runs. That role
 * audits covenant changes, yet cannot update, delete or truncate audit rows,
 * nor disable or drop the trigger that guards them.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, withAdminClient, type TestDatabase } from '@covenant/testing';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { createOrganisation, registerUser } from './support/factories';
import { graphqlClient } from './support/test-app';

const INIT_SCRIPT = join(resolve(__dirname, '../../..'), 'docker/postgres-init/10-app-role.sh');

/** Roles are cluster-wide and test files run in parallel: each run makes its own. */
const ROLE = `covenant_app_${randomBytes(4).toString('hex')}`;
const PASSWORD = randomBytes(12).toString('hex');

function asRole(databaseUrl: string, role: string, password: string): string {
  const url = new URL(databaseUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}

/** The error PostgreSQL gives the app's role for a statement, or null when it is allowed. */
async function refusal(client: Client, statement: string): Promise<string | null> {
  await client.query('SAVEPOINT attempt');
  try {
    await client.query(statement);
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.query('ROLLBACK TO SAVEPOINT attempt');
  }
}

describe('Database roles', () => {
  let db: TestDatabase;
  let api: ApiProcess | undefined;
  let appRole: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    const owner = new URL(db.url);
    execFileSync('sh', [INIT_SCRIPT], {
      env: {
        ...process.env,
        PGHOST: owner.hostname,
        PGPORT: owner.port || '5432',
        PGPASSWORD: decodeURIComponent(owner.password),
        POSTGRES_USER: decodeURIComponent(owner.username) || 'postgres',
        POSTGRES_DB: db.name,
        APP_DB_USER: ROLE,
        APP_DB_PASSWORD: PASSWORD,
      },
      stdio: 'pipe',
    });
    api = await startApiProcess({ DATABASE_URL: asRole(db.url, ROLE, PASSWORD), MIGRATION_DATABASE_URL: db.url });
  });

  afterAll(async () => {
    await appRole?.end();
    await api?.stop();
    await db.drop();
    await withAdminClient((client) => client.query(`DROP ROLE IF EXISTS "${ROLE}"`));
  });

  it('runs the API as a role that owns nothing, and audits a covenant change through it', async () => {
    const client = graphqlClient(api!.url);
    const convenor = await registerUser(client, { displayName: 'Aled Pryce' });
    const hydro = await createOrganisation(client, convenor, {
      name: 'Settle Community Hydro',
      kind: 'COMMUNITY_BUSINESS',
    });
    const neighbourhood = await client.gql<{ createNeighbourhood: { id: string } }>(
      'mutation ($input: CreateNeighbourhoodInput!) { createNeighbourhood(input: $input) { id } }',
      { input: { name: 'Settle' } },
      { token: convenor.token },
    );
    const covenant = await client.gql<{ createCovenant: { id: string } }>(
      'mutation ($input: CreateCovenantInput!) { createCovenant(input: $input) { id } }',
      {
        input: {
          neighbourhoodId: neighbourhood.data!.createNeighbourhood.id,
          convenorOrganisationId: hydro.id,
          title: 'Settle covenant for the pool and the river',
          visibility: 'PUBLIC',
          fromTemplate: true,
        },
      },
      { token: convenor.token },
    );
    expect(covenant.errors).toBeUndefined();
    const audit = await client.gql<{ covenantAudit: { seq: number; action: string }[] }>(
      'query ($id: ID!) { covenantAudit(covenantId: $id) { seq action } }',
      { id: covenant.data!.createCovenant.id },
      { token: convenor.token },
    );
    expect(audit.data!.covenantAudit[0]).toEqual({ seq: 1, action: 'covenant.created' });

    const { rows } = await withAdminClient((admin) =>
      admin.query<{ usename: string }>(
        `SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = $1 AND application_name = 'covenant-api'`,
        [db.name],
      ),
    );
    expect(rows.map((row) => row.usename)).toEqual([ROLE]);
  });

  it('cannot change, remove or truncate audit rows, nor disable or drop their trigger', async () => {
    appRole = new Client({ connectionString: asRole(db.url, ROLE, PASSWORD) });
    await appRole.connect();
    await appRole.query('BEGIN');
    expect(await refusal(appRole, 'SELECT count(*) FROM audit_events')).toBeNull();

    const denied = /^permission denied for table audit_events$/;
    expect(await refusal(appRole, `UPDATE audit_events SET action = 'forged'`)).toMatch(denied);
    expect(await refusal(appRole, 'DELETE FROM audit_events')).toMatch(denied);
    expect(await refusal(appRole, 'TRUNCATE audit_events')).toMatch(denied);
    const notOwner = /^must be owner of (table|relation) audit_events$/;
    expect(await refusal(appRole, 'ALTER TABLE audit_events DISABLE TRIGGER audit_events_insert_only')).toMatch(
      notOwner,
    );
    expect(await refusal(appRole, 'ALTER TABLE audit_events DISABLE TRIGGER ALL')).toMatch(notOwner);
    expect(await refusal(appRole, 'DROP TRIGGER audit_events_insert_only ON audit_events')).toMatch(notOwner);
    expect(await refusal(appRole, 'DROP TABLE audit_events')).toMatch(notOwner);

    // The published seal keys are kept the same way; the record of migrations is the owner's alone.
    expect(await refusal(appRole, `UPDATE seal_keys SET public_key = 'forged'`)).toMatch(
      /^permission denied for table seal_keys$/,
    );
    expect(await refusal(appRole, 'DELETE FROM seal_keys')).toMatch(/^permission denied for table seal_keys$/);
    expect(await refusal(appRole, 'SELECT * FROM migrations')).toMatch(/^permission denied for table migrations$/);
    await appRole.query('ROLLBACK');
  });
});
