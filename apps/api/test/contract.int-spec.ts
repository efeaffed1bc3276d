/**
 * The served schema must be a superset of the public contract
 * (../shared/contract/schema.graphql): graphql-js finds no breaking change
 * between the whole contract, unfiltered, and what the API serves.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildClientSchema,
  buildSchema,
  findBreakingChanges,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  type IntrospectionQuery,
} from 'graphql';
import { startTestApp, type TestApp } from './support/test-app';

const CONTRACT_PATH = resolve(__dirname, '../../../../shared/contract/schema.graphql');
const SCHEMA_FILE = resolve(__dirname, '../schema.graphql');

describe('The public GraphQL contract', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  async function servedSchema() {
    const response = await api.gql<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true }));
    expect(response.errors).toBeUndefined();
    return buildClientSchema(response.data!);
  }

  it('serves a superset of the whole contract (no breaking changes)', async () => {
    const contract = buildSchema(readFileSync(CONTRACT_PATH, 'utf8'));
    const served = await servedSchema();
    expect(findBreakingChanges(contract, served)).toEqual([]);
  });

  it('keeps apps/api/schema.graphql, which the web app is typed from, equal to the served schema', async () => {
    const printed = printSchema(lexicographicSortSchema(await servedSchema())) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    const committed = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed !== printed) {
      throw new Error('apps/api/schema.graphql is out of date: run `npm run schema` and `npm run codegen`.');
    }
  });
});
