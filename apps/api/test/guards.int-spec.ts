/**
 * Every door is guarded. Each query and mutation the API serves is called
 * signed out: all but the public ones, listed here by name, answer
 * UNAUTHENTICATED. Each real-time event the gateway handles is sent by an
 * anonymous socket: it gets no further than the contract lets anyone. And a
 * signed-in outsider gets NOT_FOUND from every mutation aimed at a private
 * draft. A new operation or event fails this file until it is placed in it.
 */
import { randomUUID } from 'node:crypto';
import { CLIENT_EVENTS } from '@covenant/collab-protocol';
import { MESSAGE_MAPPING_METADATA, MESSAGE_METADATA } from '@nestjs/websockets/constants';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { CollabGateway } from '../src/collab/collab.gateway';
import { CollabClient, eventually } from './support/collab-client';
import { buildWorld, fullCovenant, sql, startCovenant, type World } from './support/covenant-world';
import { PASSWORD } from './support/factories';
import { codes, startTestApp, type TestApp } from './support/test-app';

/** Open to anyone: reading public records, and signing in (contract header: every other operation needs a session). */
const PUBLIC_QUERIES = [
  'asset',
  'commitmentSummary',
  'commitments',
  'covenant',
  'covenantAudit',
  'covenantCount',
  'covenants',
  'escalation',
  'escalations',
  'me',
  'neighbourhood',
  'neighbourhoodCount',
  'nationalPicture',
  'neighbourhoods',
  'organisation',
  'organisationCount',
  'organisations',
  'participatoryBudget',
  'serviceRequest',
  'verifyCovenant',
];
const SIGN_IN_MUTATIONS = ['login', 'register', 'verifyEmail'];

/** A value of the named scalar that passes validation, chosen by the argument's name where the name says what it is. */
function scalarValue(type: string, name: string): unknown {
  if (type === 'ID') return randomUUID();
  if (type === 'Int') return name === 'first' ? 5 : 50;
  if (type === 'Float') return 1;
  if (type === 'Boolean') return true;
  if (type === 'CalendarDate' || type === 'Date') return '2030-06-01';
  if (type === 'DateTime') return '2030-06-01T09:00:00.000Z';
  if (/url|website/i.test(name)) return 'https://example.org/evidence';
  if (/email/i.test(name)) return 'someone@example.org';
  if (/password/i.test(name)) return 'a long enough password';
  if (/hash/i.test(name)) return 'a'.repeat(64);
  return 'Sunday swims for families, all year round';
}

/** A value for every required field of `type`, recursively; optional fields are left out. */
function valueOf(type: GraphQLInputType, name: string, overrides: Record<string, unknown>): unknown {
  if (name in overrides) return overrides[name];
  if (isNonNullType(type)) return valueOf(type.ofType, name, overrides);
  if (isListType(type)) return [valueOf(type.ofType, name, overrides)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) || field.name in overrides)
        .map((field) => [field.name, valueOf(field.type, field.name, overrides)]),
    );
  }
  if (isScalarType(type)) return scalarValue(type.name, name);
  throw new Error(`no value for ${String(type)}`);
}

/** The operation calling `field` with made-up arguments, and its variables. */
function operation(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  overrides: Record<string, unknown> = {},
): [string, Record<string, unknown>] {
  const args = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type) || arg.name in overrides);
  const declared = args.map((arg, index) => `$a${index}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg, index) => `${arg.name}: $a${index}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  const text = `${kind}${declared ? ` (${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
  return [text, Object.fromEntries(args.map((arg, index) => [`a${index}`, valueOf(arg.type, arg.name, overrides)]))];
}

describe('Every door is guarded', () => {
  let api: TestApp;
  let world: World;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
    const introspection = await api.gql<IntrospectionQuery>(getIntrospectionQuery());
    schema = buildClientSchema(introspection.data!);
  }, 60_000);
  afterAll(() => api.close());

  const fields = (kind: 'query' | 'mutation') =>
    Object.values((kind === 'query' ? schema.getQueryType() : schema.getMutationType())!.getFields());

  it('serves no subscriptions: real time is the Socket.IO namespace', () => {
    expect(schema.getSubscriptionType()).toBeFalsy();
  });

  it.each(['query', 'mutation'] as const)(
    'refuses every %s but the public ones to a signed-out caller',
    async (kind) => {
      const open = kind === 'query' ? PUBLIC_QUERIES : SIGN_IN_MUTATIONS;
      const answers: string[] = [];
      // Signing in to a real account shows the door is open; a wrong password is refused for its own reason.
      const account = { email: world.people.resident.email, password: PASSWORD };
      for (const field of fields(kind)) {
        const [text, variables] = operation(kind, field, field.name === 'login' ? account : {});
        const response = await api.gql(text, variables);
        const code = codes(response)[0] ?? 'OK';
        // An operation the generated call could not even run proves nothing either way.
        if (code === 'GRAPHQL_VALIDATION_FAILED')
          answers.push(`${field.name}: the call did not run (${response.errors![0].message})`);
        const refused = code === 'UNAUTHENTICATED';
        if (refused === open.includes(field.name))
          answers.push(`${field.name}: ${code} (${response.errors?.[0]?.message ?? ''})`);
      }
      // A public operation listed here must not be refused; any other must be.
      expect(answers).toEqual([]);
      expect(open.every((name) => fields(kind).some((field) => field.name === name))).toBe(true);
    },
    60_000,
  );

  it('answers NOT_FOUND to outsiders for every mutation aimed at a private draft or anything in it', async () => {
    const covenant = await startCovenant(api, world, { visibility: 'PARTIES_ONLY' });
    const convenor = { token: world.people.hydroAdmin.token };
    const comment = await api.gql<{ addComment: { id: string } }>(
      `mutation ($input: CommentInput!) { addComment(input: $input) { id } }`,
      { input: { covenantId: covenant.id, body: 'Only for the parties.' } },
      convenor,
    );
    const convenorParty = covenant.parties.find((party) => party.role === 'CONVENOR')!;
    const commitment = await api.gql<{ addCommitment: { id: string } }>(
      `mutation ($input: CommitmentInput!) { addCommitment(input: $input) { id } }`,
      { input: { covenantId: covenant.id, partyId: convenorParty.id, title: 'Open the hall on Sundays' } },
      convenor,
    );
    // Everything an outsider could aim at: the covenant, a party (the council, invited), a commitment and a comment.
    const targets: Record<string, string> = {
      covenantId: covenant.id,
      partyId: covenant.parties.find((party) => party.role === 'COUNTERSIGNATORY')!.id,
      commitmentId: commitment.data!.addCommitment.id,
      commentId: comment.data!.addComment.id,
    };
    const aimed = fields('mutation').filter((field) =>
      field.args.some((arg) => {
        const type = getNamedType(arg.type);
        const names = isInputObjectType(type) ? Object.keys(type.getFields()) : [arg.name];
        return names.some((name) => name in targets);
      }),
    );
    expect(aimed.map((field) => field.name)).toEqual(
      expect.arrayContaining(['removeParty', 'respondToInvitation', 'removeCommitment', 'resolveComment']),
    );
    // A resident, and the admin of an organisation with no part in it.
    const outsiders = [world.people.resident.token, world.people.housingAdmin.token];
    const before = await sql(api, 'SELECT count(*)::int AS n FROM audit_events WHERE covenant_id = $1', [covenant.id]);
    const answers: string[] = [];
    for (const token of outsiders) {
      for (const field of aimed) {
        const [text, variables] = operation('mutation', field, targets);
        const response = await api.gql(text, variables, { token });
        const code = codes(response)[0] ?? 'OK';
        if (code !== 'NOT_FOUND') answers.push(`${field.name}: ${code} (${response.errors?.[0]?.message ?? ''})`);
      }
    }
    expect(answers).toEqual([]);
    // Refused without a trace.
    expect(await sql(api, 'SELECT count(*)::int AS n FROM audit_events WHERE covenant_id = $1', [covenant.id])).toEqual(
      before,
    );
  }, 60_000);

  describe('the real-time namespace', () => {
    const clients: CollabClient[] = [];
    afterAll(() => clients.forEach((client) => client.close()));
    const connect = async (token?: string) => {
      const client = await CollabClient.connect(api.url, token);
      clients.push(client);
      return client;
    };

    it('handles exactly the events of the contract', () => {
      const gateway = CollabGateway.prototype as unknown as Record<string, unknown>;
      const handled = Object.getOwnPropertyNames(CollabGateway.prototype)
        .filter((name) => Reflect.getMetadata(MESSAGE_MAPPING_METADATA, gateway[name] as object))
        .map((name) => Reflect.getMetadata(MESSAGE_METADATA, gateway[name] as object) as string);
      expect(handled.sort()).toEqual([...CLIENT_EVENTS].sort());
    });

    it('lets an anonymous socket follow only what anyone may read, and change nothing', async () => {
      const draft = await startCovenant(api, world);
      const consulted = await fullCovenant(api, world);
      const opened = await api.gql(
        `mutation ($c: ID!) { openConsultation(covenantId: $c) { status } }`,
        { c: consulted.id },
        { token: world.people.hydroAdmin.token },
      );
      expect(opened.errors).toBeUndefined();
      const member = await connect(world.people.hydroAdmin.token);
      await member.join(consulted.id);
      const anonymous = await connect();

      // join: NOT_FOUND for what it may not read; a viewer of a public covenant in consultation.
      expect(await anonymous.join(draft.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
      expect(await anonymous.join(randomUUID())).toMatchObject({ ok: false, code: 'NOT_FOUND' });
      expect(await anonymous.join(consulted.id)).toMatchObject({ ok: true, role: 'viewer' });
      // sync: a change from it is refused and applied nowhere.
      await anonymous.settled();
      const before = member.text();
      anonymous.paragraph().insert(0, 'Anonymous words. ');
      expect(await anonymous.acks[anonymous.acks.length - 1]).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      // awareness: an anonymous socket announces no one; a signed-in one that speaks after it is heard.
      anonymous.announce({ user: { id: world.people.hydroAdmin.id, name: 'Not Aled' }, cursor: null });
      const morag = await connect(world.people.poolAdmin.token);
      await morag.join(consulted.id);
      morag.announce({ user: { id: world.people.poolAdmin.id, name: 'Morag Ellison' }, cursor: null });
      await eventually(() => member.awareness.getStates().has(morag.doc.clientID), [member]);
      expect(member.awareness.getStates().has(anonymous.doc.clientID)).toBe(false);
      // leave: always answered, and it then follows nothing.
      expect(await anonymous.socket.timeout(5000).emitWithAck('leave', { covenantId: consulted.id })).toEqual({
        ok: true,
      });
      const after = await anonymous.socket
        .timeout(5000)
        .emitWithAck('sync', { covenantId: consulted.id, data: new Uint8Array([0, 0]) });
      expect(after).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
      await member.settled();
      expect(member.text()).toBe(before);
    });
  });
});
