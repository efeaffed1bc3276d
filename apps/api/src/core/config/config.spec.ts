import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

const KEY = '-----BEGIN PRIVATE KEY-----\nMC4CAQAw\n-----END PRIVATE KEY-----';
const PRODUCTION = { NODE_ENV: 'production', PUBLIC_URL: 'https://covenants.example.org', SEAL_PRIVATE_KEY: KEY };

describe('loadConfig', () => {
  it('has working defaults: port 3000, embedded database, demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      seedDemo: true,
      rateLimitLoginFailures: 10,
      rateLimitRegistrations: 100,
      rateLimitNeighbourhoods: 20,
      rateLimitAmendments: 20,
      rateLimitResponses: 120,
    });
  });

  it('reads the variables it is given', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/covenant',
      REDIS_URL: 'redis://127.0.0.1:6379',
      SEED_DEMO: 'false',
      RATE_LIMIT_LOGIN_FAILURES: '3',
    });
    expect(config).toMatchObject({ port: 8080, seedDemo: false, rateLimitLoginFailures: 3 });
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
  });

  it('reads a seal key written on one line with \\n for its line breaks', () => {
    const config = loadConfig({
      SEAL_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\\nMC4CAQAw\\n-----END PRIVATE KEY-----',
    });
    expect(config.sealPrivateKey).toBe('-----BEGIN PRIVATE KEY-----\nMC4CAQAw\n-----END PRIVATE KEY-----');
  });

  it('in production, loads no demo and sends cookies over HTTPS only, unless told otherwise', () => {
    expect(loadConfig(PRODUCTION)).toMatchObject({ env: 'production', seedDemo: false, cookieSecure: true });
    expect(loadConfig({ ...PRODUCTION, SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('shows stack traces only when NODE_ENV=development is set on purpose', () => {
    expect(loadConfig({}).exposeStackTraces).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).exposeStackTraces).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).exposeStackTraces).toBe(false);
    expect(loadConfig(PRODUCTION).exposeStackTraces).toBe(false);
  });

  it('reads the seal key from SEAL_KEY_FILE', () => {
    const dir = mkdtempSync(join(tmpdir(), 'covenant-config-'));
    try {
      const file = join(dir, 'seal.pem');
      writeFileSync(file, `${KEY}\n`);
      expect(
        loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://x.example', SEAL_KEY_FILE: file }).sealPrivateKey,
      ).toBe(KEY);
      writeFileSync(file, 'not a key');
      expect(() => loadConfig({ SEAL_KEY_FILE: file })).toThrow(
        /SEAL_KEY_FILE must name a file holding a PEM private key/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps PUBLIC_URL without a trailing slash, and reads the migration role and the metrics settings', () => {
    const config = loadConfig({
      PUBLIC_URL: 'https://covenants.example.org/',
      DATABASE_URL: 'postgres://covenant_app@db/covenant',
      MIGRATION_DATABASE_URL: 'postgres://covenant@db/covenant',
      METRICS_TOKEN: 'sixteen-characters',
      METRICS_PORT: '9464',
    });
    expect(config).toMatchObject({
      publicUrl: 'https://covenants.example.org',
      migrationDatabaseUrl: 'postgres://covenant@db/covenant',
      metricsToken: 'sixteen-characters',
      metricsPort: 9464,
    });
  });

  it.each([
    [{ ...PRODUCTION, PUBLIC_URL: '' }, /PUBLIC_URL must be set in production/],
    [{ ...PRODUCTION, SEAL_PRIVATE_KEY: '' }, /SEAL_PRIVATE_KEY \(or SEAL_KEY_FILE\) must be set in production/],
    [
      { SEAL_PRIVATE_KEY: KEY, SEAL_KEY_FILE: '/run/secrets/seal.pem' },
      /SEAL_PRIVATE_KEY and SEAL_KEY_FILE are both set/,
    ],
    [{ SEAL_KEY_FILE: '/nowhere/seal.pem' }, /SEAL_KEY_FILE names a file that cannot be read \(ENOENT\)/],
    [{ MIGRATION_DATABASE_URL: 'postgres://covenant@db/covenant' }, /MIGRATION_DATABASE_URL needs DATABASE_URL/],
    [{ METRICS_TOKEN: 'short' }, /METRICS_TOKEN must be at least 16 characters/],
    [{ METRICS_PORT: '0' }, /METRICS_PORT must be between 1 and 65535/],
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be between 0 and 65535/],
    [{ DATABASE_URL: 'mysql://localhost/db' }, /DATABASE_URL must start with postgres:\/\//],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL is not a valid URL/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO must be true or false/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV must be one of/],
    [{ SEAL_PRIVATE_KEY: 'not a key' }, /SEAL_PRIVATE_KEY must be a PEM private key/],
  ])('names the variable that is wrong: %p', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
