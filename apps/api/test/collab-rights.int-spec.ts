/**
 * Rights in real time are decided again the moment a change that can take
 * one away commits: a party removed or declining, a member removed, a
 * sign-out or an expired session, a status moved. An open socket is then
 * demoted, let go or disconnected, nothing it writes afterwards is kept, and
 * nothing of the draft reaches it any more.
 */
import { decide } from '@covenant/domain';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { DocumentStore } from '../src/collab/document-store';
import { CovenantAccessService } from '../src/modules/covenants/covenant-access.service';
import { CollabClient, eventually, type Ack } from './support/collab-client';
import { buildWorld, forceStatus, fullCovenant, sql, type TestCovenant, type World } from './support/covenant-world';
import { registerUser } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

interface AccessNotice {
  covenantId: string;
  role: 'editor' | 'viewer' | null;
  status: string | null;
  code?: string;
  message: string;
}

const accessNotice = (client: CollabClient) =>
  new Promise<AccessNotice>((resolve) => client.socket.once('access', resolve));

function stepOne(client: CollabClient): Uint8Array {
  const encoder = encoding.createEncoder();
  syncProtocol.writeSyncStep1(encoder, client.doc);
  return encoding.toUint8Array(encoder);
}

/** An update inserting `text` at the start of the first paragraph of a copy of the client's document. */
function typedUpdate(client: CollabClient, text: string): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(client.doc));
  const before = Y.encodeStateVector(copy);
  const body = copy.getXmlFragment('body');
  const paragraph = body.toArray().find((node) => node instanceof Y.XmlElement && node.nodeName === 'paragraph') as
    Y.XmlElement | undefined;
  (paragraph!.get(0) as Y.XmlText).insert(0, text);
  const encoder = encoding.createEncoder();
  syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(copy, before));
  return encoding.toUint8Array(encoder);
}

describe('Real-time rights re-decided when they change', () => {
  let api: TestApp;
  let world: World;
  const clients: CollabClient[] = [];
  const client = async (token?: string) => {
    const c = await CollabClient.connect(api.url, token);
    clients.push(c);
    return c;
  };
  const gql = (query: string, variables: Record<string, unknown>, token: string) =>
    api.gql(query, variables, { token });
  const draftHtml = async (covenantId: string) =>
    (
      await api.gql<{ covenant: { draftHtml: string } }>(
        `query ($id: ID!) { covenant(id: $id) { draftHtml } }`,
        { id: covenantId },
        { token: world.people.hydroAdmin.token },
      )
    ).data!.covenant.draftHtml;

  /** Someone new, made a member of the pool trust (an accepted party of every full covenant). */
  const newPoolMember = async (displayName: string) => {
    const person = await registerUser(api, { displayName });
    const added = await gql(
      `mutation ($input: AddMemberInput!) { addMember(input: $input) { id } }`,
      { input: { organisationId: world.pool.id, email: person.email, role: 'MEMBER' } },
      world.people.poolAdmin.token,
    );
    return { ...person, membershipId: (added.data as { addMember: { id: string } }).addMember.id };
  };

  /** Joins as an editor and waits for the document to arrive. */
  const editor = async (token: string, covenantId: string) => {
    const c = await client(token);
    expect(await c.join(covenantId)).toMatchObject({ ok: true, role: 'editor' });
    await eventually(() => c.text().length > 0, [c]);
    return c;
  };

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
  }, 60_000);
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await api.close();
  });

  it('lets go of a party’s members the moment the party is removed, keeping nothing they write after', async () => {
    const covenant = await fullCovenant(api, world, 'PARTIES_ONLY');
    const removed = await editor(world.people.poolMember.token, covenant.id);
    const staying = await editor(world.people.hydroMember.token, covenant.id);
    const notice = accessNotice(removed);
    const late = typedUpdate(removed, 'written after removal ');
    const poolParty = covenant.parties.find((party) => party.organisation.id === world.pool.id)!;
    const removal = await gql(
      `mutation ($p: ID!) { removeParty(partyId: $p) { status } }`,
      { p: poolParty.id },
      world.people.hydroAdmin.token,
    );
    expect(removal.errors).toBeUndefined();
    // Sent at once, before the socket can have been told: the store itself refuses it.
    const refused = await removed.request('sync', { covenantId: covenant.id, data: late });
    expect(refused.ok).toBe(false);
    expect(await notice).toMatchObject({ covenantId: covenant.id, role: null, code: 'NOT_FOUND' });

    const relayed: unknown[] = [];
    removed.socket.on('sync', (message) => relayed.push(message));
    staying.paragraph().insert(0, 'Kept among the parties ');
    const watcher = await editor(world.people.hydroAdmin.token, covenant.id);
    await eventually(() => watcher.text().includes('Kept among the parties'), [watcher]);
    expect(await removed.request('sync', { covenantId: covenant.id, data: stepOne(removed) })).toMatchObject({
      ok: false,
    });
    expect(relayed).toEqual([]);
    expect(await removed.request('join', { covenantId: covenant.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await draftHtml(covenant.id)).not.toContain('written after removal');
  });

  it('lets go of a member removed from their organisation', async () => {
    const covenant = await fullCovenant(api, world, 'PARTIES_ONLY');
    const member = await newPoolMember('Rhys Calder');
    const socket = await editor(member.token, covenant.id);
    const notice = accessNotice(socket);
    await gql(
      `mutation ($id: ID!) { removeMember(membershipId: $id) }`,
      { id: member.membershipId },
      world.people.poolAdmin.token,
    );
    expect(await notice).toMatchObject({ role: null, code: 'NOT_FOUND' });
    socket.paragraph().insert(0, 'no longer a member ');
    expect((await socket.settled()).at(-1)).toMatchObject({ ok: false });
    expect(await draftHtml(covenant.id)).not.toContain('no longer a member');
  });

  it('makes a person who joins a party an editor of a draft they were following', async () => {
    const covenant = await fullCovenant(api, world, 'PUBLIC');
    await gql(
      `mutation ($c: ID!) { openConsultation(covenantId: $c) { id } }`,
      { c: covenant.id },
      world.people.hydroAdmin.token,
    );
    const newcomer = await registerUser(api, { displayName: 'Ffion Teague' });
    const socket = await client(newcomer.token);
    expect(await socket.join(covenant.id)).toMatchObject({ ok: true, role: 'viewer' });
    await eventually(() => socket.text().length > 0, [socket]);
    await gql(
      `mutation ($input: AddMemberInput!) { addMember(input: $input) { id } }`,
      { input: { organisationId: world.hydro.id, email: newcomer.email, role: 'MEMBER' } },
      world.people.hydroAdmin.token,
    );
    const promoted = accessNotice(socket);
    await gql(
      `mutation ($c: ID!) { returnToDraft(covenantId: $c, reason: "More to write.") { id } }`,
      { c: covenant.id },
      world.people.hydroAdmin.token,
    );
    expect(await promoted).toMatchObject({ role: 'editor', status: 'DRAFT' });
    socket.paragraph().insert(0, 'From the newest member ');
    expect((await socket.settled()).at(-1)).toMatchObject({ ok: true });
    expect(await draftHtml(covenant.id)).toContain('From the newest member');
  });

  it('lets go of an invited organisation’s people when it declines', async () => {
    const covenant = await fullCovenant(api, world, 'PARTIES_ONLY');
    const housing = covenant.parties.find((party) => party.organisation.id === world.housing.id)!;
    const invited = await client(world.people.housingAdmin.token);
    expect(await invited.join(covenant.id)).toMatchObject({ ok: true, role: 'viewer' });
    const notice = accessNotice(invited);
    await gql(
      `mutation ($p: ID!) { respondToInvitation(partyId: $p, accept: false) { id } }`,
      { p: housing.id },
      world.people.housingAdmin.token,
    );
    expect(await notice).toMatchObject({ role: null, code: 'NOT_FOUND' });
  });

  it('disconnects a socket whose session is signed out, keeping nothing sent after', async () => {
    const covenant = await fullCovenant(api, world, 'PARTIES_ONLY');
    const person = await newPoolMember('Cerys Wynne');
    const socket = await editor(person.token, covenant.id);
    const late = typedUpdate(socket, 'after signing out ');
    const gone = new Promise((resolve) => socket.socket.once('disconnect', resolve));
    await gql(`mutation { logout }`, {}, person.token);
    // Refused, or never answered because the socket is let go first.
    const answer: Ack | null = await Promise.race([
      socket.request('sync', { covenantId: covenant.id, data: late }).catch(() => null),
      gone.then(() => null),
    ]);
    expect(answer?.ok ?? false).toBe(false);
    await gone;
    expect(await draftHtml(covenant.id)).not.toContain('after signing out');
  });

  it('disconnects a socket when its session expires', async () => {
    const covenant = await fullCovenant(api, world, 'PARTIES_ONLY');
    const person = await newPoolMember('Idris Pike');
    await sql(api, `UPDATE sessions SET expires_at = now() + interval '2 seconds' WHERE user_id = $1`, [person.id]);
    const socket = await editor(person.token, covenant.id);
    socket.paragraph().insert(0, 'before expiry ');
    expect((await socket.settled()).at(-1)).toMatchObject({ ok: true });
    await new Promise((resolve) => socket.socket.once('disconnect', resolve));
    expect(await draftHtml(covenant.id)).toContain('before expiry');
  });

  it('demotes editors when consultation opens, and lets outsiders go when the covenant returns to draft or is withdrawn', async () => {
    for (const move of ['returnToDraft', 'withdrawCovenant'] as const) {
      const covenant = await fullCovenant(api, world, 'PUBLIC');
      const party = await editor(world.people.poolMember.token, covenant.id);
      const demoted = accessNotice(party);
      await gql(
        `mutation ($c: ID!) { openConsultation(covenantId: $c) { id } }`,
        { c: covenant.id },
        world.people.hydroAdmin.token,
      );
      expect(await demoted).toMatchObject({ role: 'viewer', status: 'CONSULTATION' });
      const resident = await client(world.people.resident.token);
      const anonymous = await client();
      expect(await resident.join(covenant.id)).toMatchObject({ ok: true, role: 'viewer' });
      expect(await anonymous.join(covenant.id)).toMatchObject({ ok: true, role: 'viewer' });
      const letGo = [accessNotice(resident), accessNotice(anonymous)];
      const promoted = accessNotice(party);
      const moved = await gql(
        `mutation ($c: ID!) { ${move}(covenantId: $c, reason: "Not ready yet.") { status } }`,
        { c: covenant.id },
        world.people.hydroAdmin.token,
      );
      expect(moved.errors).toBeUndefined();
      for (const notice of await Promise.all(letGo)) expect(notice).toMatchObject({ role: null, code: 'NOT_FOUND' });
      if (move === 'returnToDraft') {
        expect(await promoted).toMatchObject({ role: 'editor', status: 'DRAFT' });
        const relayed: unknown[] = [];
        resident.socket.on('sync', (message) => relayed.push(message));
        anonymous.socket.on('sync', (message) => relayed.push(message));
        party.paragraph().insert(0, 'Private again ');
        expect((await party.settled()).at(-1)).toMatchObject({ ok: true });
        const watcher = await editor(world.people.hydroAdmin.token, covenant.id);
        await eventually(() => watcher.text().includes('Private again'), [watcher]);
        for (const outsider of [resident, anonymous]) {
          expect(await outsider.request('sync', { covenantId: covenant.id, data: stepOne(outsider) })).toMatchObject({
            ok: false,
          });
        }
        expect(relayed).toEqual([]);
      }
    }
  });

  it('checks the read rule at every sync step 1, whatever the socket was told', async () => {
    const covenant: TestCovenant = await fullCovenant(api, world, 'PUBLIC');
    await gql(
      `mutation ($c: ID!) { openConsultation(covenantId: $c) { id } }`,
      { c: covenant.id },
      world.people.hydroAdmin.token,
    );
    const resident = await client(world.people.resident.token);
    expect(await resident.join(covenant.id)).toMatchObject({ ok: true, role: 'viewer' });
    await eventually(() => resident.text().length > 0, [resident]);
    // A change made behind the platform's back announces nothing: only the check at step 1 can catch it.
    await forceStatus(api, covenant.id, 'DRAFT');
    const answers: unknown[] = [];
    resident.socket.on('sync', (message) => answers.push(message));
    expect(await resident.request('sync', { covenantId: covenant.id, data: stepOne(resident) })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(answers).toEqual([]);
  });

  it('stores an update only when its author may edit, exactly as the policy decides', async () => {
    const covenant = await fullCovenant(api, world, 'PUBLIC');
    const store = api.app.get(DocumentStore);
    const access = api.app.get(CovenantAccessService);
    const people = world.people;
    const sessions = await sql<{ id: string; user_id: string }>(
      api,
      'SELECT DISTINCT ON (user_id) id, user_id FROM sessions WHERE user_id = ANY($1) ORDER BY user_id, created_at DESC',
      [Object.values(people).map((person) => person.id)],
    );
    const nothing = Y.encodeStateAsUpdate(new Y.Doc());
    const statuses = ['DRAFT', 'CONSULTATION', 'OPEN_FOR_SIGNATURE', 'IN_FORCE', 'UNDER_REVIEW', 'ENDED', 'WITHDRAWN'];
    for (const status of statuses) {
      await forceStatus(api, covenant.id, status as 'DRAFT');
      for (const [name, person] of Object.entries(people)) {
        const sessionId = sessions.find((row) => row.user_id === person.id)!.id;
        const viewer = { userId: person.id, sessionId, emailVerified: true };
        const facts = (await access.factsFor(covenant.id, viewer))!;
        const [stored] = await store.append([
          { covenantId: covenant.id, update: nothing, userId: person.id, sessionId },
        ]);
        expect({ name, status, stored }).toEqual({
          name,
          status,
          stored: decide('edit', facts.covenant, facts.viewer).allowed,
        });
      }
    }
    // A member's signed-out or expired session writes nothing, whatever the policy says of the member.
    await forceStatus(api, covenant.id, 'DRAFT');
    const member = sessions.find((row) => row.user_id === people.poolMember.id)!;
    const author = { userId: member.user_id, sessionId: member.id };
    expect(await store.append([{ covenantId: covenant.id, update: nothing, ...author }])).toEqual([true]);
    await sql(api, `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [member.id]);
    expect(await store.append([{ covenantId: covenant.id, update: nothing, ...author }])).toEqual([false]);
    await sql(api, `UPDATE sessions SET expires_at = now() + interval '1 day', revoked_at = now() WHERE id = $1`, [
      member.id,
    ]);
    expect(await store.append([{ covenantId: covenant.id, update: nothing, ...author }])).toEqual([false]);
  });
});
