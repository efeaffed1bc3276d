/**
 * Boots the real application on its own database and a free port, and talks
 * to it over HTTP like any client would.
 */
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/core/config/config';
import type { QueryLogger } from '../../src/core/database/query-logger';
import { createLogger } from '../../src/core/logging/logger';
import { createApp } from '../../src/create-app';
import { createTestDatabase, type TestDatabase } from '@covenant/testing';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: Record<string, string> }; path?: string[] }[];
}

export interface RequestOptions {
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

/** What talks to a running API over POST /graphql: the in-process test app, or a spawned process. */
export interface GraphQLClient {
  url: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<T>>;
}

export function graphqlClient(url: string): GraphQLClient {
  return {
    url,
    async gql(query, variables, options = {}) {
      // No keep-alive: a finished test file should leave no sockets behind.
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        connection: 'close',
        ...options.headers,
      };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      if (options.cookie) headers.cookie = options.cookie;
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status' | 'headers'>;
      return { status: response.status, headers: response.headers, ...body } as GraphQLResponse<never>;
    },
  };
}

export interface TestApp extends GraphQLClient {
  app: NestExpressApplication;
  db: TestDatabase;
  /** SQL statements run so far, to bound what one operation costs. */
  queriesRun(): number;
  /** The SQL statements the app ran while `work` did. */
  sqlDuring(work: () => Promise<unknown>): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * `database`: boot on a database that outlives this app (e.g. a restart with other settings); the caller drops
 * it. By default each app gets a fresh database, dropped by close().
 */
export async function startTestApp(
  env: Record<string, string> = {},
  { database }: { database?: TestDatabase } = {},
): Promise<TestApp> {
  const db = database ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    RATE_LIMIT_REGISTRATIONS: '100000',
    RATE_LIMIT_LOGIN_FAILURES: '100000',
    RATE_LIMIT_NEIGHBOURHOODS: '100000',
    RATE_LIMIT_AMENDMENTS: '100000',
    RATE_LIMIT_RESPONSES: '100000',
    // Tests run the reminders themselves, at the moment they choose.
    REMINDERS_EVERY_MINUTES: '0',
    // Mail goes out right after the commit that queues it; a retry waits for the tests that run the outbox themselves.
    OUTBOX_EVERY_SECONDS: '3600',
    // Fixtures change the database behind the API's back; anonymous reads must see that at once.
    PUBLIC_CACHE_MS: '0',
    ...env,
  });
  const logger = createLogger(config);
  const app = await createApp({ config, databaseUrl: db.url, logger });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const queryLogger = app.get(DataSource).logger as QueryLogger;

  return {
    ...graphqlClient(url),
    app,
    db,
    queriesRun: () => queryLogger.queriesRun,
    async sqlDuring(work) {
      const statements: string[] = [];
      const stop = queryLogger.watch((query) => statements.push(query));
      try {
        await work();
      } finally {
        stop();
      }
      return statements;
    },
    async close() {
      await app.close();
      if (!database) await db.drop();
    },
  };
}

/** The error codes of a response, for compact assertions. */
export function codes(response: GraphQLResponse<unknown>): (string | undefined)[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
