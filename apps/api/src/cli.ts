/**
 * Database chores, run with the built app: `node dist/api/apps/api/src/cli.js <command>`.
 *   migrate                   apply pending migrations
 *   migrate:revert            undo the last migration
 *   migration:generate Name   write migrations/<timestamp>-Name.ts from the entities' difference to the database
 *   seed                      empty the database and load the demo data again (refused in production)
 *   role grant|revoke <office> <email>   make someone a steward (or commissioner), or stop them being one
 * Works as the tables' owner (MIGRATION_DATABASE_URL, else DATABASE_URL), else on the embedded PostgreSQL
 * in DATA_DIR: the server of a running `npm start` when there is one, else its own.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from './core/config/config';
import { createDataSource, runMigrations } from './core/database/data-source';
import { migrate, openDatabase } from './core/database/database';
import { createLogger } from './core/logging/logger';
import { createApp } from './create-app';
import { ENTITIES } from './entities';
import { changePlatformRole } from './modules/identity/platform-roles.service';
import { DEMO_PASSWORD } from './modules/auth/demo-accounts';
import { resetDemoData } from './demo/demo-data';
import { loadDemoCovenantInForce } from './demo/demo-in-force';
import { loadDemoRights } from './demo/demo-rights';

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) =>
    queries.map((query) => `    await queryRunner.query(${JSON.stringify(query)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

async function main() {
  const [command, name, ...rest] = process.argv.slice(2);
  const config = loadConfig();
  if (command === 'seed' && config.env === 'production') {
    throw new Error('seed empties the database: it is refused with NODE_ENV=production.');
  }
  const logger = createLogger({ logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel });
  const database = await openDatabase(config, logger);
  const dataSource = createDataSource(database.ownerUrl, ENTITIES);
  await dataSource.initialize();
  try {
    switch (command) {
      case 'migrate': {
        const { applied, appRole } = await migrate(database, logger);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to migrate.');
        if (appRole.restricted) console.log(`Granted ${appRole.role} what the app may do.`);
        break;
      }
      case 'migrate:revert':
        await dataSource.undoLastMigration({ transaction: 'each' });
        console.log('Reverted the last migration.');
        break;
      case 'migration:generate': {
        if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name.');
        await runMigrations(dataSource);
        const sql = await dataSource.driver.createSchemaBuilder().log();
        if (!sql.upQueries.length) {
          console.log('The entities match the database: no migration needed.');
          break;
        }
        const timestamp = Date.now();
        const file = join(resolve('migrations'), `${timestamp}-${name}.ts`);
        const up = sql.upQueries.map((q) => q.query);
        const down = sql.downQueries.map((q) => q.query).reverse();
        writeFileSync(file, migrationSource(`${name}${timestamp}`, up, down));
        console.log(`Wrote ${file}: review it and add it to migrations/index.ts.`);
        break;
      }
      case 'seed': {
        await migrate(database, logger);
        await resetDemoData(dataSource);
        // The covenant in force is signed through the platform's services, so it needs the app (not serving).
        const app = await createApp({
          config: { ...config, remindersEveryMinutes: 0, redisUrl: null },
          databaseUrl: database.url,
          logger,
        });
        try {
          await loadDemoRights(app, await loadDemoCovenantInForce(app));
        } finally {
          await app.close();
        }
        console.log(`Demo data loaded. Every demo account's password is ${DEMO_PASSWORD}.`);
        break;
      }
      case 'role': {
        const [office, email] = rest;
        if ((name !== 'grant' && name !== 'revoke') || !office || !email) {
          throw new Error('Use: role grant|revoke steward|commissioner <email>');
        }
        await migrate(database, logger);
        console.log(await changePlatformRole(dataSource.manager, name, office, email));
        break;
      }
      default:
        throw new Error(
          `Unknown command "${command ?? ''}". Use migrate, migrate:revert, migration:generate, seed or role.`,
        );
    }
  } finally {
    await dataSource.destroy();
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
