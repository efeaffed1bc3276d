export default async function globalTeardown(): Promise<void> {
  const embedded = globalThis.__covenantEmbeddedPostgres;
  if (!embedded) return;
  globalThis.__covenantEmbeddedPostgres = undefined;
  await embedded.stop();
}
