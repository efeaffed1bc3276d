/**
 * Once per test run: a PostgreSQL to test against (DATABASE_URL, or an
 * embedded one when it is unset) and a migrated template database that each
 * test file copies.
 */
import { join } from 'node:path';
import pino from 'pino';
import { createDataSource, runMigrations } from '../../src/core/database/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/core/database/embedded-postgres';
import { databaseUrl, withAdminClient } from '@covenant/testing';

declare global {
  var __covenantEmbeddedPostgres: EmbeddedDatabase | undefined;
  var __covenantTemplateReady: boolean | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (globalThis.__covenantTemplateReady) return;
  if (!process.env.DATABASE_URL) {
    const port = Number(process.env.TEST_EMBEDDED_POSTGRES_PORT ?? 54339);
    const embedded = await startEmbeddedPostgres(
      join(__dirname, '../../../../.data/test'),
      port,
      pino({ level: 'warn' }),
    );
    globalThis.__covenantEmbeddedPostgres = embedded;
    process.env.DATABASE_URL = embedded.url;
  }
  const template = `covenant_test_template_${process.pid}`;
  process.env.COVENANT_TEST_TEMPLATE = template;
  await withAdminClient(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${template}"`);
  });
  const dataSource = createDataSource(databaseUrl(template));
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
  globalThis.__covenantTemplateReady = true;
}
