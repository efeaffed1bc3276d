import { withAdminClient } from '@covenant/testing';

export default async function globalTeardown(): Promise<void> {
  const template = process.env.COVENANT_TEST_TEMPLATE;
  if (template) {
    delete process.env.COVENANT_TEST_TEMPLATE;
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`));
  }
  const embedded = globalThis.__covenantEmbeddedPostgres;
  if (!embedded) return;
  globalThis.__covenantEmbeddedPostgres = undefined;
  await embedded.stop();
}
