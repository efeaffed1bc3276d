/**
 * The served schema must be a superset of the public contract
 * (../shared/contract/schema.graphql). The parts of the contract built so far
 * are listed below, in one place; the list grows until it covers everything.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildASTSchema,
  buildClientSchema,
  findBreakingChanges,
  getIntrospectionQuery,
  Kind,
  lexicographicSortSchema,
  parse,
  printSchema,
  type DefinitionNode,
  type FieldDefinitionNode,
  type IntrospectionQuery,
  type TypeNode,
} from 'graphql';
import { startTestApp, type TestApp } from './support/test-app';

const CONTRACT_PATH = resolve(__dirname, '../../../../shared/contract/schema.graphql');
const SCHEMA_FILE = resolve(__dirname, '../schema.graphql');

const COVERED = {
  Query: [
    'me',
    'organisation',
    'organisations',
    'neighbourhood',
    'neighbourhoods',
    'covenant',
    'covenants',
    'covenantAudit',
    'verifyCovenant',
    'commitments',
    'commitmentSummary',
  ],
  Mutation: [
    'register',
    'login',
    'logout',
    'createOrganisation',
    'addMember',
    'removeMember',
    'createNeighbourhood',
    'createCovenant',
    'inviteParty',
    'respondToInvitation',
    'removeParty',
    'openConsultation',
    'returnToDraft',
    'startReview',
    'endCovenant',
    'withdrawCovenant',
    'supportCovenant',
    'addComment',
    'resolveComment',
    'addCommitment',
    'removeCommitment',
    'reportProgress',
  ],
  types: [
    'DateTime',
    'User',
    'AuthPayload',
    'RegisterInput',
    'OrganisationKind',
    'MemberRole',
    'Organisation',
    'Membership',
    'CreateOrganisationInput',
    'AddMemberInput',
    'Neighbourhood',
    'CreateNeighbourhoodInput',
    'Date',
    'CovenantStatus',
    'Visibility',
    'PartyRole',
    'PartyStatus',
    'Covenant',
    'CovenantPermissions',
    'CovenantParty',
    'CreateCovenantInput',
    'Comment',
    'CommentInput',
    'AuditEvent',
    'Verification',
    'CommunityRight',
    'CommitmentProgress',
    'Commitment',
    'CommitmentFilter',
    'CommitmentInput',
    'CommitmentUpdate',
    'CommitmentUpdateInput',
    'CommitmentSummary',
    'ProgressCount',
  ],
};

const BUILT_IN = ['String', 'Int', 'Float', 'Boolean', 'ID'];

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/** The contract cut down to what is covered: other types go, and so do fields that need them. */
function coveredContract(sdl: string) {
  const kept = new Set([...COVERED.types, ...BUILT_IN, 'Query', 'Mutation']);
  const keepField = (typeName: string, field: FieldDefinitionNode) => {
    if (typeName === 'Query' || typeName === 'Mutation') {
      if (!COVERED[typeName].includes(field.name.value)) return false;
    }
    return kept.has(namedType(field.type)) && (field.arguments ?? []).every((arg) => kept.has(namedType(arg.type)));
  };
  const definitions = parse(sdl).definitions.flatMap((definition): DefinitionNode[] => {
    if (!('name' in definition) || !definition.name || !kept.has(definition.name.value)) return [];
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION) {
      const name = definition.name.value;
      return [{ ...definition, fields: definition.fields?.filter((field) => keepField(name, field)) }];
    }
    return [definition];
  });
  return buildASTSchema({ kind: Kind.DOCUMENT, definitions });
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

  it('lists only types that the contract has', () => {
    const contract = parse(readFileSync(CONTRACT_PATH, 'utf8'));
    const names = new Set(contract.definitions.map((d) => ('name' in d && d.name ? d.name.value : '')));
    expect(COVERED.types.filter((type) => !names.has(type))).toEqual([]);
  });

  it('serves a superset of the covered contract (no breaking changes)', async () => {
    const contract = coveredContract(readFileSync(CONTRACT_PATH, 'utf8'));
    const served = await servedSchema();
    expect(findBreakingChanges(contract, served)).toEqual([]);
    expect(Object.keys(contract.getQueryType()!.getFields()).sort()).toEqual([...COVERED.Query].sort());
    expect(Object.keys(contract.getMutationType()!.getFields()).sort()).toEqual([...COVERED.Mutation].sort());
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
