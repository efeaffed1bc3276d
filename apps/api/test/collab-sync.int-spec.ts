import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CollabClient, eventually } from './support/collab-client';
import { buildWorld, forceStatus, fullCovenant, sql, type TestCovenant, type World } from './support/covenant-world';
import { startTestApp, type TestApp } from './support/test-app';

describe('Real-time co-drafting over /collab', () => {
  let api: TestApp;
  let world: World;
  let covenant: TestCovenant;
  const clients: CollabClient[] = [];
  const client = async (token?: string) => {
    const c = await CollabClient.connect(api.url, token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
    covenant = await fullCovenant(api, world);
  }, 60_000);
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await api.close();
  });

  it('lets two editors type into the same paragraph at once and converge, durably', async () => {
    const draftHtml = async () =>
      (
        await api.gql<{ covenant: { draftHtml: string } }>(
          `query ($id: ID!) { covenant(id: $id) { draftHtml } }`,
          { id: covenant.id },
          { token: world.people.hydroAdmin.token },
        )
      ).data!.covenant.draftHtml;
    const before = await draftHtml();
    expect(before).not.toContain('SWIMMING');
    const aled = await client(world.people.hydroAdmin.token);
    const morag = await client(world.people.poolAdmin.token);
    expect(await aled.join(covenant.id)).toMatchObject({ ok: true, role: 'editor', status: 'DRAFT' });
    expect(await morag.join(covenant.id)).toMatchObject({ ok: true, role: 'editor' });
    await eventually(() => aled.text() === morag.text() && aled.text().length > 0, [aled, morag]);

    const shared = aled.paragraph();
    await eventually(() => morag.paragraph().toString() === shared.toString(), [morag]);
    const words = ['Sunday ', 'swimming ', 'for ', 'families '];
    for (const word of words) {
      aled.paragraph().insert(0, word);
      morag.paragraph().insert(morag.paragraph().length, word.toUpperCase());
    }
    const acks = [...(await aled.settled()), ...(await morag.settled())];
    expect(acks.every((ack) => ack.ok)).toBe(true);
    await eventually(() => aled.text() === morag.text(), [aled, morag]);
    for (const word of words) {
      expect(aled.text()).toContain(word.trim());
      expect(aled.text()).toContain(word.trim().toUpperCase());
    }
    const stored = await draftHtml();
    for (const word of words) expect(stored).toContain(word.trim().toUpperCase());
    expect(stored).not.toBe(before);
  });

  it('sends base64 data to a client that asks for it, beside stock clients that get binary data', async () => {
    const textual = await CollabClient.connect(api.url, world.people.hydroAdmin.token, 'base64');
    clients.push(textual);
    const stock = await client(world.people.poolAdmin.token);
    expect(await textual.join(covenant.id)).toMatchObject({ ok: true, role: 'editor' });
    expect(await stock.join(covenant.id)).toMatchObject({ ok: true, role: 'editor' });
    await eventually(() => textual.text() === stock.text() && textual.text().length > 0, [textual, stock]);

    textual.paragraph().insert(0, 'Sent in base64. ');
    stock.paragraph().insert(0, 'Sent as bytes. ');
    expect([...(await textual.settled()), ...(await stock.settled())].every((ack) => ack.ok)).toBe(true);
    await eventually(
      () => textual.text() === stock.text() && stock.text().includes('Sent in base64.'),
      [textual, stock],
    );
    expect(textual.text()).toContain('Sent as bytes.');

    textual.announce({ user: { id: world.people.hydroAdmin.id, name: 'Aled', color: '#0b6e4f' }, cursor: null });
    await eventually(() => stock.awareness.getStates().has(textual.doc.clientID), [stock]);
    stock.announce({ user: { id: world.people.poolAdmin.id, name: 'Morag', color: '#0b6e4f' }, cursor: null });
    await eventually(() => textual.awareness.getStates().has(stock.doc.clientID), [textual]);

    const notSync = Buffer.from([9, 1, 0]).toString('base64');
    expect(await textual.request('sync', { covenantId: covenant.id, data: notSync })).toMatchObject({
      ok: false,
      code: 'BAD_USER_INPUT',
    });
    const stored = await api.gql<{ covenant: { draftHtml: string } }>(
      `query ($id: ID!) { covenant(id: $id) { draftHtml } }`,
      { id: covenant.id },
      { token: world.people.hydroAdmin.token },
    );
    expect(stored.data!.covenant.draftHtml).toContain('Sent in base64.');
  });

  it('lets a viewer receive changes but not write, and gives a late joiner the whole document', async () => {
    const editor = await client(world.people.hydroMember.token);
    const viewer = await client(world.people.housingAdmin.token);
    await editor.join(covenant.id);
    expect(await viewer.join(covenant.id)).toMatchObject({ ok: true, role: 'viewer' });
    await eventually(() => viewer.text() === editor.text() && viewer.text().length > 0, [viewer]);
    editor.paragraph().insert(0, 'Riverside path ');
    await eventually(() => viewer.text().includes('Riverside path'), [viewer]);

    viewer.paragraph().insert(0, 'not allowed ');
    const refused = (await viewer.settled()).at(-1)!;
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(editor.text()).not.toContain('not allowed');

    const late = await client();
    await api.gql(
      `mutation ($c: ID!) { openConsultation(covenantId: $c) { id } }`,
      { c: covenant.id },
      { token: world.people.hydroAdmin.token },
    );
    expect(await late.join(covenant.id)).toMatchObject({ ok: true, role: 'viewer', status: 'CONSULTATION' });
    await eventually(() => late.text().includes('Riverside path') && late.text().includes('SWIMMING'), [late]);

    editor.paragraph().insert(0, 'after consultation opened ');
    expect((await editor.settled()).at(-1)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: 'The text can be edited only while the covenant is a draft or under review.',
    });
    await api.gql(
      `mutation ($c: ID!) { returnToDraft(covenantId: $c, reason: "More to write.") { id } }`,
      { c: covenant.id },
      { token: world.people.hydroAdmin.token },
    );
  });

  it('shows presence, keeps only the socket’s own user, and removes it on disconnect', async () => {
    const aled = await client(world.people.hydroAdmin.token);
    const morag = await client(world.people.poolAdmin.token);
    await aled.join(covenant.id);
    await morag.join(covenant.id);
    morag.announce({ user: { id: world.people.poolAdmin.id, name: 'Morag Ellison', color: '#0b6e4f' }, cursor: null });
    await eventually(() => aled.awareness.getStates().has(morag.doc.clientID), [aled]);
    const impostor = await client(world.people.resident.token);
    await impostor.join(covenant.id);
    impostor.announce({ user: { id: world.people.hydroAdmin.id, name: 'Not Aled' }, cursor: null });
    morag.close();
    await eventually(() => !aled.awareness.getStates().has(morag.doc.clientID), [aled]);
    expect(aled.awareness.getStates().has(impostor.doc.clientID)).toBe(false);
  });

  it('sends the room an event for each change made through GraphQL', async () => {
    const fresh = await fullCovenant(api, world);
    const watcher = await client(world.people.poolMember.token);
    await watcher.join(fresh.id);
    const received: Record<string, unknown>[] = [];
    watcher.socket.on('event', (event: Record<string, unknown>) => received.push(event));
    const gql = (query: string, token: string) => api.gql(query, { c: fresh.id }, { token });
    await gql(`mutation ($c: ID!) { openConsultation(covenantId: $c) { id } }`, world.people.hydroAdmin.token);
    await gql(`mutation ($c: ID!) { supportCovenant(covenantId: $c) { id } }`, world.people.resident.token);
    await gql(
      `mutation ($c: ID!) { addComment(input: { covenantId: $c, body: "Yes please" }) { id } }`,
      world.people.resident.token,
    );
    while (received.length < 3) await new Promise((r) => watcher.socket.once('event', r));
    expect(received.map((e) => e.type)).toEqual(['status.changed', 'support.changed', 'comment.changed']);
    expect(received[1]).toMatchObject({ covenantId: fresh.id, supportCount: 1 });
  });

  it('keeps a revision’s working draft to its parties: outsiders are refused and those present are let go', async () => {
    const inForce = await fullCovenant(api, world);
    await forceStatus(api, inForce.id, 'IN_FORCE');
    const party = await client(world.people.poolMember.token);
    const resident = await client(world.people.resident.token);
    const anonymous = await client();
    expect(await party.join(inForce.id)).toMatchObject({ ok: true, role: 'viewer', status: 'IN_FORCE' });
    expect(await resident.join(inForce.id)).toMatchObject({ ok: true, role: 'viewer' });
    expect(await anonymous.join(inForce.id)).toMatchObject({ ok: true, role: 'viewer' });
    const residentEvent = new Promise((resolve) => resident.socket.once('event', resolve));
    // Being let go is its own message, which may come after the event: the resident's next move waits for it.
    const residentLetGo = new Promise((resolve) => resident.socket.once('access', resolve));

    await api.gql(
      `mutation ($c: ID!) { startReview(covenantId: $c) { id } }`,
      { c: inForce.id },
      { token: world.people.hydroAdmin.token },
    );
    expect(await residentEvent).toMatchObject({ type: 'status.changed', to: 'UNDER_REVIEW' });
    expect(await party.request('join', { covenantId: inForce.id })).toMatchObject({
      ok: true,
      role: 'editor',
      status: 'UNDER_REVIEW',
    });
    expect(await client().then((late) => late.request('join', { covenantId: inForce.id }))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await residentLetGo).toMatchObject({ covenantId: inForce.id, role: null });
    const stepOne = encoding.createEncoder();
    syncProtocol.writeSyncStep1(stepOne, resident.doc);
    expect(
      await resident.request('sync', { covenantId: inForce.id, data: encoding.toUint8Array(stepOne) }),
    ).toMatchObject({
      ok: false,
      code: 'BAD_USER_INPUT',
    });

    const relayed: unknown[] = [];
    resident.socket.on('sync', (message) => relayed.push(message));
    anonymous.socket.on('sync', (message) => relayed.push(message));
    party.paragraph().insert(0, 'Revised opening hours ');
    expect((await party.settled()).at(-1)).toMatchObject({ ok: true });
    const watcher = await client(world.people.hydroAdmin.token);
    await watcher.join(inForce.id);
    await eventually(() => watcher.text().includes('Revised opening hours'), [watcher]);
    expect(relayed).toEqual([]);
    expect(resident.text()).not.toContain('Revised opening hours');
  });

  it('refuses to let a document grow past 8 MiB, and the document and connection stay usable', async () => {
    const full = await fullCovenant(api, world);
    const [stored] = await sql<{ state: Buffer }>(api, 'SELECT state FROM covenant_documents WHERE covenant_id = $1', [
      full.id,
    ]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored.state);
    const appendix = new Y.XmlElement('paragraph');
    appendix.insert(0, [new Y.XmlText('Appendix. '.repeat((8 * 1024 * 1024 - 4096) / 10))]);
    doc.getXmlFragment('body').insert(doc.getXmlFragment('body').length, [appendix]);
    await sql(api, 'UPDATE covenant_documents SET state = $2 WHERE covenant_id = $1', [
      full.id,
      Buffer.from(Y.encodeStateAsUpdate(doc)),
    ]);

    const editor = await client(world.people.hydroAdmin.token);
    expect(await editor.join(full.id)).toMatchObject({ ok: true, role: 'editor' });
    await eventually(() => editor.text().includes('Appendix.'), [editor]);
    editor.paragraph().insert(0, 'x'.repeat(8 * 1024));
    expect((await editor.settled()).at(-1)).toMatchObject({ ok: false, code: 'PAYLOAD_TOO_LARGE' });
    const stepOne = encoding.createEncoder();
    syncProtocol.writeSyncStep1(stepOne, editor.doc);
    expect(await editor.request('sync', { covenantId: full.id, data: encoding.toUint8Array(stepOne) })).toEqual({
      ok: true,
    });
    const [{ count }] = await sql<{ count: string }>(
      api,
      'SELECT count(*) FROM covenant_document_updates WHERE covenant_id = $1',
      [full.id],
    );
    expect(Number(count)).toBe(0);
  });

  it('refuses bad input with the contract’s codes and stays usable', async () => {
    const editor = await client(world.people.hydroAdmin.token);
    expect(await editor.request('sync', { covenantId: covenant.id, data: new Uint8Array([0, 0]) })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await editor.request('join', {})).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await editor.request('join', { covenantId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      code: 'NOT_FOUND',
    });
    const hidden = await fullCovenant(api, world, 'PARTIES_ONLY');
    const outsider = await client(world.people.resident.token);
    expect(await outsider.request('join', { covenantId: hidden.id })).toMatchObject({ code: 'NOT_FOUND' });

    await editor.join(covenant.id);
    expect(await editor.request('sync', { covenantId: covenant.id, data: new Uint8Array([7, 1, 2]) })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const garbage = encoding.createEncoder();
    encoding.writeVarUint(garbage, syncProtocol.messageYjsUpdate);
    encoding.writeVarUint8Array(garbage, new Uint8Array([255, 255, 255, 1, 2, 3]));
    expect(
      await editor.request('sync', { covenantId: covenant.id, data: encoding.toUint8Array(garbage) }),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    const big = new Y.Doc();
    big.getXmlFragment('body').insert(0, [new Y.XmlText('x'.repeat(300 * 1024))]);
    const oversized = encoding.createEncoder();
    syncProtocol.writeUpdate(oversized, Y.encodeStateAsUpdate(big));
    expect(
      await editor.request('sync', { covenantId: covenant.id, data: encoding.toUint8Array(oversized) }),
    ).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });

    editor.paragraph().insert(0, 'still working ');
    expect((await editor.settled()).at(-1)).toMatchObject({ ok: true });
    const [row] = await sql<{ count: string }>(
      api,
      'SELECT count(*) FROM covenant_document_updates WHERE covenant_id = $1',
      [covenant.id],
    );
    expect(Number(row.count)).toBeGreaterThan(0);
  });
});
