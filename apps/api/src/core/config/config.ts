/**
 * All configuration comes from environment variables, read and checked once
 * at start. A bad value stops the process with a message naming the variable.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  /** Stack traces in responses: only when NODE_ENV=development is set on purpose, never by default. */
  exposeStackTraces: boolean;
  port: number;
  host: string;
  /** The app's own connection, as a role that does not own the tables. */
  databaseUrl: string | null;
  /** The tables' owner, for migrations and grants; null means DATABASE_URL. */
  migrationDatabaseUrl: string | null;
  dataDir: string;
  embeddedPostgresPort: number;
  redisUrl: string | null;
  seedDemo: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  sessionTtlDays: number;
  /** How long anonymous GraphQL answers are kept; 0 turns the cache off. */
  publicCacheMs: number;
  /** How often the commitment reminders run; 0 turns them off. */
  remindersEveryMinutes: number;
  /** How often queued e-mails are looked for (besides right after each commit that queues one); 0 sends none. */
  outboxEverySeconds: number;
  /** Days a sent e-mail stays in the outbox before it is deleted. */
  outboxKeepDays: number;
  cookieSecure: boolean;
  rateLimitLoginFailures: number;
  rateLimitRegistrations: number;
  /** Neighbourhoods one account may create in any 24 hours. */
  rateLimitNeighbourhoods: number;
  /** Amendments one person may propose in any hour. */
  rateLimitAmendments: number;
  /** Section responses one person may give (or change) in any hour. */
  rateLimitResponses: number;
  webDist: string;
  publicUrl: string | null;
  smtpUrl: string | null;
  mailFrom: string;
  /** The platform's Ed25519 seal key (PEM), from SEAL_PRIVATE_KEY or SEAL_KEY_FILE; null means the key file in the data folder. */
  sealPrivateKey: string | null;
  /** /metrics needs this bearer token when set. */
  metricsToken: string | null;
  /** Serve /metrics on this port only, not on PORT. */
  metricsPort: number | null;
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function text(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}".`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}.`);
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name);
  if (raw === null) return fallback;
  if (/^(true|1|yes|on)$/i.test(raw)) return true;
  if (/^(false|0|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}".`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = text(env, name);
  if (raw === null) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}".`);
  }
  return raw as T;
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = text(env, name);
  if (raw === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL.`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}.`);
  }
  return raw;
}

const PEM_BLOCK = /^-----BEGIN [A-Z ]+-----\n[\s\S]+\n-----END [A-Z ]+-----$/;

/** A PEM block; an env file may hold it on one line with literal \n for its line breaks. */
function pem(env: Env, name: string): string | null {
  const raw = text(env, name)?.replace(/\\n/g, '\n') ?? null;
  if (raw !== null && !PEM_BLOCK.test(raw)) {
    throw new ConfigError(name, 'must be a PEM private key (-----BEGIN PRIVATE KEY----- …).');
  }
  return raw;
}

/** A PEM private key kept in a file (e.g. on a volume or a mounted secret), read once at start. */
function pemFile(env: Env, name: string): string | null {
  const path = text(env, name);
  if (path === null) return null;
  let content: string;
  try {
    content = readFileSync(resolve(path), 'utf8').trim();
  } catch (error) {
    throw new ConfigError(
      name,
      `names a file that cannot be read (${(error as NodeJS.ErrnoException).code ?? error}).`,
    );
  }
  if (!PEM_BLOCK.test(content)) {
    throw new ConfigError(name, 'must name a file holding a PEM private key (-----BEGIN PRIVATE KEY----- …).');
  }
  return content;
}

function sealKey(env: Env, production: boolean): string | null {
  if (text(env, 'SEAL_PRIVATE_KEY') && text(env, 'SEAL_KEY_FILE')) {
    throw new ConfigError('SEAL_PRIVATE_KEY', 'and SEAL_KEY_FILE are both set: keep one.');
  }
  const inline = pem(env, 'SEAL_PRIVATE_KEY');
  const fromFile = pemFile(env, 'SEAL_KEY_FILE');
  // A key generated into a container's data folder dies with the container, and every seal made with it.
  if (production && !inline && !fromFile) {
    throw new ConfigError(
      'SEAL_PRIVATE_KEY',
      '(or SEAL_KEY_FILE) must be set in production: seals made with a key that is not kept no longer verify.',
    );
  }
  return inline ?? fromFile;
}

function optionalPort(env: Env, name: string): number | null {
  return text(env, name) === null ? null : integer(env, name, 0, 1, 65535);
}

export function loadConfig(env: Env = process.env): AppConfig {
  const appEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const production = appEnv === 'production';
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:'])?.replace(/\/+$/, '') ?? null;
  // Links that leave the platform (the PDF's verification address, its QR code) must not depend on a request.
  if (production && !publicUrl) {
    throw new ConfigError(
      'PUBLIC_URL',
      'must be set in production: the address people use, e.g. https://covenants.example.org.',
    );
  }
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const migrationDatabaseUrl = url(env, 'MIGRATION_DATABASE_URL', ['postgres:', 'postgresql:']);
  if (migrationDatabaseUrl && !databaseUrl) {
    throw new ConfigError(
      'MIGRATION_DATABASE_URL',
      'needs DATABASE_URL too (the embedded database sets up both roles itself).',
    );
  }
  const metricsToken = text(env, 'METRICS_TOKEN');
  if (metricsToken !== null && metricsToken.length < 16) {
    throw new ConfigError('METRICS_TOKEN', 'must be at least 16 characters long.');
  }
  return {
    env: appEnv,
    exposeStackTraces: text(env, 'NODE_ENV') === 'development',
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: text(env, 'HOST') ?? '0.0.0.0',
    databaseUrl,
    migrationDatabaseUrl,
    dataDir: resolve(text(env, 'DATA_DIR') ?? '.data'),
    embeddedPostgresPort: integer(env, 'EMBEDDED_POSTGRES_PORT', 54329, 1024, 65535),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    seedDemo: boolean(env, 'SEED_DEMO', !production),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    sessionTtlDays: integer(env, 'SESSION_TTL_DAYS', 30, 1, 365),
    remindersEveryMinutes: integer(env, 'REMINDERS_EVERY_MINUTES', 60, 0, 7 * 24 * 60),
    outboxEverySeconds: integer(env, 'OUTBOX_EVERY_SECONDS', 30, 0, 24 * 60 * 60),
    outboxKeepDays: integer(env, 'OUTBOX_KEEP_DAYS', 7, 0, 3650),
    publicCacheMs: integer(env, 'PUBLIC_CACHE_MS', 1000, 0, 60_000),
    cookieSecure: boolean(env, 'COOKIE_SECURE', production),
    rateLimitLoginFailures: integer(env, 'RATE_LIMIT_LOGIN_FAILURES', 10, 1, 1_000_000),
    rateLimitRegistrations: integer(env, 'RATE_LIMIT_REGISTRATIONS', 100, 1, 1_000_000),
    rateLimitNeighbourhoods: integer(env, 'RATE_LIMIT_NEIGHBOURHOODS', 20, 1, 1_000_000),
    rateLimitAmendments: integer(env, 'RATE_LIMIT_AMENDMENTS', 20, 1, 1_000_000),
    rateLimitResponses: integer(env, 'RATE_LIMIT_RESPONSES', 120, 1, 1_000_000),
    webDist: resolve(text(env, 'WEB_DIST') ?? 'dist/web'),
    publicUrl,
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: text(env, 'MAIL_FROM') ?? 'Covenant platform <no-reply@covenant.invalid>',
    sealPrivateKey: sealKey(env, production),
    metricsToken,
    metricsPort: optionalPort(env, 'METRICS_PORT'),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
