/**
 * The Docker files, read as text (there is no Docker engine to run them
 * here; the init script they mount is run for real by database-roles).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DOCKER = join(resolve(__dirname, '../../..'), 'docker');
const read = (file: string) => readFileSync(join(DOCKER, file), 'utf8');

/** The `environment:` entries of the API replicas' shared block (`x-api`), as written. */
function apiEnvironment(compose: string): Map<string, string> {
  const block = /^x-api: &api\n([\s\S]*?)^\S/m.exec(compose)?.[1] ?? '';
  const environment = /^ {2}environment:\n((?: {4}.*\n)+)/m.exec(block)?.[1] ?? '';
  return new Map(
    [...environment.matchAll(/^ {4}([A-Z_]+):(.*)$/gm)].map((match) => [match[1], match[2].trim()] as const),
  );
}

describe('Deployment files', () => {
  const compose = read('compose.yml');
  const environment = apiEnvironment(compose);

  it('compose loads no demo unless SEED_DEMO is set, in production', () => {
    expect(environment.get('NODE_ENV')).toBe('production');
    expect(environment.get('SEED_DEMO')).toBe('${SEED_DEMO:-false}');
  });

  it('compose runs the API as its own role and migrates as the owner, with the role made on first start', () => {
    const user = (url: string | undefined) => /^postgres:\/\/(\$\{[^}]+\}|[^:@]+):/.exec(url ?? '')?.[1];
    expect(user(environment.get('DATABASE_URL'))).toBe('${POSTGRES_APP_USER:-covenant_app}');
    expect(user(environment.get('MIGRATION_DATABASE_URL'))).toBe('${POSTGRES_USER:-covenant}');
    expect(compose).toContain('- ./postgres-init:/docker-entrypoint-initdb.d:ro');
    expect(compose).toContain('APP_DB_USER: ${POSTGRES_APP_USER:-covenant_app}');
    expect(read('postgres-init/10-app-role.sh')).toContain('CREATE ROLE :"app_user" LOGIN');
  });

  it('compose passes the seal key, PUBLIC_URL and the metrics token through', () => {
    for (const name of ['SEAL_PRIVATE_KEY', 'SEAL_KEY_FILE', 'METRICS_TOKEN']) expect(environment.get(name)).toBe('');
    expect(environment.get('PUBLIC_URL')).toBe('${PUBLIC_URL:-http://localhost:8080}');
  });

  it('the image runs on a supported Node line and ships no source maps', () => {
    const dockerfile = read('api.Dockerfile');
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:(22|24)-bookworm-slim$/m);
    expect(dockerfile).toContain("find dist/web -name '*.map' -delete");
  });
});
