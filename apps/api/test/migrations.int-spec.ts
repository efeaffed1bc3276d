import { createDataSource, runMigrations } from '../src/core/database/data-source';
import { MIGRATIONS } from '@covenant/migrations';
import { databaseUrl, withAdminClient } from '@covenant/testing';

describe('Migrations', () => {
  const name = `covenant_migrations_${process.pid}`;
  beforeAll(() => withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`)));
  afterAll(() => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));

  it('run up, all the way down, and up again, leaving the schema exactly as the entities describe it', async () => {
    const dataSource = createDataSource(databaseUrl(name));
    await dataSource.initialize();
    try {
      const tables = async () =>
        (
          await dataSource.query(
            `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
          )
        ).map((row: { table_name: string }) => row.table_name);

      expect(await runMigrations(dataSource)).toHaveLength(MIGRATIONS.length);
      expect(await tables()).toEqual(
        expect.arrayContaining(['users', 'sessions', 'organisations', 'memberships', 'neighbourhoods']),
      );

      for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await tables()).toEqual([]);
      const types = await dataSource.query(
        `SELECT typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype = 'e'`,
      );
      expect(types).toEqual([]);

      expect(await runMigrations(dataSource)).toHaveLength(MIGRATIONS.length);
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
