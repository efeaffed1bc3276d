/**
 * The served schema must be a superset of the public contract
 * (contract/schema.graphql): graphql-js finds no breaking change between
 * v1 plus every v2 section that has been built and what the API serves.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildClientSchema,
  buildSchema,
  findBreakingChanges,
  getIntrospectionQuery,
  lexicographicSortSchema,
  parse,
  print,
  printSchema,
  valueFromASTUntyped,
  type GraphQLObjectType,
  type IntrospectionQuery,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import { startTestApp, type TestApp } from './support/test-app';

const CONTRACT_PATH = resolve(__dirname, '../../../contract/schema.graphql');
const SCHEMA_FILE = resolve(__dirname, '../schema.graphql');

/** The v2 sections the API serves, named as in their headings' `(issue: …)`. */
const BUILT_SECTIONS: readonly string[] = [
  'verified identities',
  'reads at scale',
  "residents' voice",
  'community rights',
  'commissioner',
];

/** `#   Covenant.comments(includeResolved: Boolean = false, …): [Comment!]!`, a field's whole new signature. */
const ADDED_ARGUMENTS = /^#\s+(?:(\w+)\.)?(\w+)(\(.*\): .+)$/;

const SECTION_HEADING = /^# -+ v2: .*\(issue: (.+)\)\s*$/;

/** v1 (everything before the first v2 section) followed by the built v2 sections. */
function contractInForce(text: string, built: readonly string[]): string {
  const kept: string[] = [];
  let keep = true;
  for (const line of text.split('\n')) {
    const heading = SECTION_HEADING.exec(line);
    if (heading) keep = built.includes(heading[1]);
    if (keep) kept.push(line);
  }
  return kept.join('\n');
}

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

  it('serves a superset of v1 and of every built v2 section (no breaking changes)', async () => {
    const contract = buildSchema(contractInForce(readFileSync(CONTRACT_PATH, 'utf8'), BUILT_SECTIONS));
    const served = await servedSchema();
    expect(findBreakingChanges(contract, served)).toEqual([]);
  });

  it('serves the arguments the built sections add to existing fields, with their defaults', async () => {
    const served = await servedSchema();
    const signatures = contractInForce(readFileSync(CONTRACT_PATH, 'utf8'), BUILT_SECTIONS)
      .split('\n')
      .map((line) => ADDED_ARGUMENTS.exec(line))
      .filter((found) => found !== null)
      .map((found) => ({ type: found[1] ?? 'Query', field: found[2], signature: found[3] }));
    expect(signatures.length).toBeGreaterThan(0);
    for (const { type, field, signature } of signatures) {
      const [wanted] = (parse(`type T { ${field}${signature} }`).definitions[0] as ObjectTypeDefinitionNode).fields!;
      const servedField = (served.getType(type) as GraphQLObjectType).getFields()[field];
      const args = new Map(servedField.args.map((arg) => [arg.name, arg]));
      for (const arg of wanted.arguments ?? []) {
        const got = args.get(arg.name.value);
        expect({ field: `${type}.${field}`, arg: arg.name.value, type: String(got?.type) }).toEqual({
          field: `${type}.${field}`,
          arg: arg.name.value,
          type: print(arg.type),
        });
        if (arg.defaultValue) expect(got!.defaultValue).toEqual(valueFromASTUntyped(arg.defaultValue));
      }
    }
  });

  it('leaves out only the v2 sections not built yet', () => {
    const text = readFileSync(CONTRACT_PATH, 'utf8');
    const headings = text.split('\n').flatMap((line) => SECTION_HEADING.exec(line)?.[1] ?? []);
    expect(headings.length).toBeGreaterThan(0);
    expect(BUILT_SECTIONS.filter((section) => !headings.includes(section))).toEqual([]);
    const everything = contractInForce(text, headings);
    expect(everything).toBe(text);
    expect(() => buildSchema(everything)).not.toThrow();
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
