import { ConfigError, loadConfig } from './config';

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

  it.each([
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
