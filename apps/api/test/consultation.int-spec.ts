/**
 * Residents' voice in consultation: amendments proposed on a passage,
 * supported, withdrawn and decided, an accepted one written into the live
 * text for everyone; responses per section, whose ids survive edits of the
 * heading's wording.
 */
import pdfParse from 'pdf-parse';
import * as Y from 'yjs';
import { startApiProcess } from './support/api-process';
import { CollabClient, eventually } from './support/collab-client';
import {
  anchorIn,
  anchorOf,
  plain,
  proposeAmendment,
  storedDoc,
  TEMPLATE_PHRASE,
  textsOf,
} from './support/consultation';
import { buildWorld, fullCovenant, sql, type TestCovenant, type World } from './support/covenant-world';
import { registerUser, type TestUser } from './support/factories';
import { openForSignature, readyToSign } from './support/signing';
import { codes, startTestApp, type TestApp } from './support/test-app';

const SECTIONS = `query ($id: ID!) {
  covenant(id: $id) { sections { id title agree disagree unsure viewerResponse } }
}`;

interface Section {
  id: string;
  title: string;
  agree: number;
  disagree: number;
  unsure: number;
  viewerResponse: string | null;
}

const RESPOND = `mutation ($c: ID!, $s: ID!, $p: ResponsePosition!, $comment: String) {
  respondToSection(covenantId: $c, sectionId: $s, position: $p, comment: $comment) {
    id title agree disagree unsure viewerResponse
  }
}`;

const AMENDMENTS = `query ($id: ID!, $status: [AmendmentStatus!]) {
  covenant(id: $id) {
    amendments(status: $status) {
      id number quote proposedText reason status decisionNote decidedAt supportCount viewerSupports
      author { id } decidedBy { id } viewerCan { support withdraw decide }
    }
  }
}`;

interface Amendment {
  id: string;
  number: number;
  quote: string;
  proposedText: string;
  reason: string | null;
  status: string;
  decisionNote: string | null;
  decidedAt: string | null;
  supportCount: number;
  viewerSupports: boolean;
  author: { id: string };
  decidedBy: { id: string } | null;
  viewerCan: { support: boolean; withdraw: boolean; decide: boolean };
}

const DECIDE = `mutation ($a: ID!, $accept: Boolean!, $note: String!) {
  decideAmendment(amendmentId: $a, accept: $accept, note: $note) { id status decisionNote decidedBy { id } }
}`;

/** The text of a document's body, without markup. */
const wordsOf = (doc: Y.Doc) =>
  textsOf(doc.getXmlFragment('body'))
    .map((text) => plain(text))
    .join('\n');

describe("Residents' voice in consultation", () => {
  let api: TestApp;
  let world: World;
  let covenant: TestCovenant;
  let resident: TestUser;
  let neighbour: TestUser;
  let unverified: TestUser;
  const clients: CollabClient[] = [];

  const sectionsOf = async (covenantId: string, token?: string) =>
    (await api.gql<{ covenant: { sections: Section[] } }>(SECTIONS, { id: covenantId }, { token })).data!.covenant
      .sections;
  const amendmentsOf = async (covenantId: string, token?: string, status?: string[]) =>
    (await api.gql<{ covenant: { amendments: Amendment[] } }>(AMENDMENTS, { id: covenantId, status }, { token })).data!
      .covenant.amendments;
  const consult = async (covenantId: string) => {
    const opened = await api.gql(
      `mutation ($c: ID!) { openConsultation(covenantId: $c) { status } }`,
      { c: covenantId },
      { token: world.people.hydroAdmin.token },
    );
    expect(opened.errors).toBeUndefined();
  };

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
    [resident, neighbour, unverified] = await Promise.all([
      registerUser(api, { displayName: 'Alys Thorne' }),
      registerUser(api, { displayName: 'Ben Ashworth' }),
      registerUser(api, { displayName: 'Cerys Wild', verified: false }),
    ]);
    covenant = await fullCovenant(api, world);
    await consult(covenant.id);
  }, 120_000);
  afterAll(async () => {
    clients.forEach((client) => client.close());
    await api.close();
  });

  describe('sections', () => {
    it('are the level-2 headings, whose ids survive a change of wording while a new heading is a new section', async () => {
      const draft = await fullCovenant(api, world);
      const before = await sectionsOf(draft.id, world.people.hydroAdmin.token);
      expect(before.map((section) => section.title)).toEqual([
        'Our shared ambition',
        'How we will work together',
        'Community rights here',
        'Commitments',
        'Governance, review and renewal',
      ]);
      expect(new Set(before.map((section) => section.id)).size).toBe(5);

      const editor = await CollabClient.connect(api.url, world.people.hydroMember.token);
      clients.push(editor);
      await editor.join(draft.id);
      const body = editor.doc.getXmlFragment('body');
      await eventually(() => body.length > 0, [editor]);
      const headings = body.toArray().filter((node): node is Y.XmlElement => node instanceof Y.XmlElement);
      const ambition = headings.find(
        (node) => node.nodeName === 'heading' && plain(node.get(0) as Y.XmlText) === 'Our shared ambition',
      )!;
      (ambition.get(0) as Y.XmlText).insert('Our shared ambition'.length, ' for Settle');
      // A heading a client adds without an id, as a client that knows nothing of sections would.
      const added = new Y.XmlElement('heading');
      added.setAttribute('level', 2 as unknown as string);
      const words = new Y.XmlText();
      words.insert(0, 'Money and budgets');
      added.insert(0, [words]);
      body.insert(body.length, [added]);
      expect((await editor.settled()).every((ack) => ack.ok)).toBe(true);

      const edited = await sectionsOf(draft.id, world.people.hydroAdmin.token);
      expect(edited[0]).toMatchObject({ id: before[0].id, title: 'Our shared ambition for Settle' });
      expect(edited.map((section) => section.id)).toEqual(before.map((section) => section.id));

      await consult(draft.id);
      const consulted = await sectionsOf(draft.id, world.people.hydroAdmin.token);
      expect(consulted.slice(0, 5).map((section) => section.id)).toEqual(before.map((section) => section.id));
      expect(consulted[5]).toMatchObject({ title: 'Money and budgets' });
      expect(before.map((section) => section.id)).not.toContain(consulted[5].id);
      // The editor sees the id the server gave the new heading.
      await eventually(() => typeof added.getAttribute('sectionId') === 'string', [editor]);
      expect(added.getAttribute('sectionId')).toBe(consulted[5].id);
    });
  });

  describe('responses per section', () => {
    it('are one per person per section, a second replacing the first, with figures and the viewer’s own', async () => {
      const [ambition, together] = await sectionsOf(covenant.id);
      const respond = (user: TestUser, sectionId: string, position: string, comment?: string) =>
        api.gql<{ respondToSection: Section }>(
          RESPOND,
          { c: covenant.id, s: sectionId, p: position, comment },
          { token: user.token },
        );

      const first = await respond(resident, ambition.id, 'AGREE', 'Yes: the river matters most.');
      expect(first.data!.respondToSection).toMatchObject({ id: ambition.id, agree: 1, viewerResponse: 'AGREE' });
      await respond(neighbour, ambition.id, 'UNSURE');
      const changed = await respond(resident, ambition.id, 'DISAGREE', 'On reflection, not the pool.');
      expect(changed.data!.respondToSection).toMatchObject({
        agree: 0,
        disagree: 1,
        unsure: 1,
        viewerResponse: 'DISAGREE',
      });
      await respond(neighbour, together.id, 'AGREE');

      const asResident = await sectionsOf(covenant.id, resident.token);
      expect(asResident[0]).toMatchObject({ agree: 0, disagree: 1, unsure: 1, viewerResponse: 'DISAGREE' });
      expect(asResident[1]).toMatchObject({ agree: 1, disagree: 0, unsure: 0, viewerResponse: null });
      expect((await sectionsOf(covenant.id))[0]).toMatchObject({ disagree: 1, viewerResponse: null });

      const RESPONSES = `query ($id: ID!, $s: ID, $first: Int, $after: ID) {
        covenant(id: $id) { sectionResponses(sectionId: $s, first: $first, after: $after) {
          id sectionId position comment author { id } } }
      }`;
      type Response = {
        id: string;
        sectionId: string;
        position: string;
        comment: string | null;
        author: { id: string };
      };
      const list = async (variables: Record<string, unknown>) =>
        (await api.gql<{ covenant: { sectionResponses: Response[] } }>(RESPONSES, { id: covenant.id, ...variables }))
          .data!.covenant.sectionResponses;
      const all = await list({});
      // Newest first: the resident's changed response moved to the top when it was given.
      expect(all.map((row) => [row.author.id, row.sectionId, row.position])).toEqual([
        [neighbour.id, together.id, 'AGREE'],
        [resident.id, ambition.id, 'DISAGREE'],
        [neighbour.id, ambition.id, 'UNSURE'],
      ]);
      expect(all[1].comment).toBe('On reflection, not the pool.');
      expect(await list({ s: ambition.id })).toEqual(all.slice(1));
      const page1 = await list({ first: 2 });
      const page2 = await list({ first: 2, after: page1[1].id });
      expect([...page1, ...page2]).toEqual(all);
    });

    it('are refused to those who may not respond, for sections that do not exist, and outside consultation', async () => {
      const [section] = await sectionsOf(covenant.id);
      const by = (token: string | undefined, covenantId = covenant.id, sectionId = section.id) =>
        api.gql(RESPOND, { c: covenantId, s: sectionId, p: 'AGREE' }, { token });
      expect(codes(await by(undefined))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await by(unverified.token))).toEqual(['FORBIDDEN']);
      expect(codes(await by(resident.token, covenant.id, 'no-such-section'))).toEqual(['BAD_USER_INPUT']);
      const draft = await fullCovenant(api, world);
      const [draftSection] = await sectionsOf(draft.id, world.people.hydroAdmin.token);
      expect(codes(await by(world.people.poolMember.token, draft.id, draftSection.id))).toEqual(['CONFLICT']);
      expect(codes(await by(resident.token, draft.id, draftSection.id))).toEqual(['NOT_FOUND']);
      const tooLong = await api.gql(
        RESPOND,
        { c: covenant.id, s: section.id, p: 'AGREE', comment: 'x'.repeat(2001) },
        { token: resident.token },
      );
      expect(codes(tooLong)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('amendments', () => {
    it('are proposed on a passage that reads as quoted, numbered per covenant, and supported once each by others', async () => {
      const proposed = await proposeAmendment(api, covenant.id, resident.token, {
        proposedText: 'where the parties meet',
      });
      expect(proposed.number).toBeGreaterThanOrEqual(1);

      const support = `mutation ($a: ID!) { supportAmendment(amendmentId: $a) { supportCount viewerSupports } }`;
      const once = await api.gql(support, { a: proposed.id }, { token: neighbour.token });
      expect(once.data).toEqual({ supportAmendment: { supportCount: 1, viewerSupports: true } });
      const twice = await api.gql(support, { a: proposed.id }, { token: neighbour.token });
      expect(twice.data).toEqual({ supportAmendment: { supportCount: 1, viewerSupports: true } });
      expect(codes(await api.gql(support, { a: proposed.id }, { token: resident.token }))).toEqual(['FORBIDDEN']);
      expect(codes(await api.gql(support, { a: proposed.id }, { token: unverified.token }))).toEqual(['FORBIDDEN']);

      const [mine] = (await amendmentsOf(covenant.id, resident.token)).filter((a) => a.id === proposed.id);
      expect(mine).toMatchObject({
        quote: TEMPLATE_PHRASE,
        proposedText: 'where the parties meet',
        reason: 'Residents should be able to attend.',
        status: 'PROPOSED',
        supportCount: 1,
        viewerSupports: false,
        author: { id: resident.id },
        viewerCan: { support: false, withdraw: true, decide: false },
      });
      const [asConvenor] = (await amendmentsOf(covenant.id, world.people.hydroAdmin.token)).filter(
        (a) => a.id === proposed.id,
      );
      expect(asConvenor.viewerCan).toEqual({ support: true, withdraw: false, decide: true });
    });

    it('refuses an anchor that does not decode or lies elsewhere, a quote that does not match, and bad wording', async () => {
      const propose = (input: Record<string, unknown>, token = resident.token) =>
        api.gql(`mutation ($input: AmendmentInput!) { proposeAmendment(input: $input) { id } }`, { input }, { token });
      const anchor = await anchorIn(api, covenant.id, TEMPLATE_PHRASE);
      const good = { covenantId: covenant.id, quote: TEMPLATE_PHRASE, anchor, proposedText: 'when the parties meet' };
      expect(codes(await propose({ ...good, anchor: 'not an anchor' }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await propose({ ...good, quote: 'how the council will pay' }))).toEqual(['BAD_USER_INPUT']);
      const elsewhere = await anchorIn(api, covenant.id, 'Our shared ambition');
      expect(codes(await propose({ ...good, anchor: elsewhere }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await propose({ ...good, proposedText: '   ' }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await propose({ ...good, proposedText: 'x'.repeat(5001) }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await propose(good, unverified.token))).toEqual(['FORBIDDEN']);
      expect(codes(await propose(good, ''))).toEqual(['UNAUTHENTICATED']);
    });

    it('may be withdrawn by its author alone, and only while proposed', async () => {
      const proposed = await proposeAmendment(api, covenant.id, neighbour.token);
      const withdraw = (token: string) =>
        api.gql<{ withdrawAmendment: { status: string } }>(
          `mutation ($a: ID!) { withdrawAmendment(amendmentId: $a) { status } }`,
          { a: proposed.id },
          { token },
        );
      expect(codes(await withdraw(resident.token))).toEqual(['FORBIDDEN']);
      expect((await withdraw(neighbour.token)).data!.withdrawAmendment.status).toBe('WITHDRAWN');
      expect(codes(await withdraw(neighbour.token))).toEqual(['CONFLICT']);
      const decided = await api.gql(
        DECIDE,
        { a: proposed.id, accept: true, note: 'Too late.' },
        { token: world.people.hydroAdmin.token },
      );
      expect(codes(decided)).toEqual(['CONFLICT']);
      const withdrawn = await amendmentsOf(covenant.id, undefined, ['WITHDRAWN']);
      expect(withdrawn.map((a) => a.id)).toContain(proposed.id);
      expect(withdrawn.every((a) => a.status === 'WITHDRAWN')).toBe(true);
    });

    it('accepted, replace the passage in the live text for everyone editing or reading, durably and on the record', async () => {
      const text = await fullCovenant(api, world);
      await consult(text.id);
      const amendment = await proposeAmendment(api, text.id, resident.token, {
        proposedText: 'where and how often the parties will meet, always in public',
      });
      const reader = await CollabClient.connect(api.url, world.people.poolMember.token);
      clients.push(reader);
      await reader.join(text.id);
      await eventually(() => wordsOf(reader.doc).includes(TEMPLATE_PHRASE), [reader]);
      const event = new Promise<Record<string, unknown>>((resolve) =>
        reader.socket.on('event', (body: Record<string, unknown>) => {
          if (body.type === 'amendment.changed' && body.status === 'ACCEPTED') resolve(body);
        }),
      );

      expect(
        codes(
          await api.gql(
            DECIDE,
            { a: amendment.id, accept: true, note: 'Agreed.' },
            { token: world.people.poolAdmin.token },
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      const decided = await api.gql(
        DECIDE,
        { a: amendment.id, accept: true, note: 'Agreed: meetings are open to all.' },
        { token: world.people.hydroAdmin.token },
      );
      expect(decided.data).toEqual({
        decideAmendment: {
          id: amendment.id,
          status: 'ACCEPTED',
          decisionNote: 'Agreed: meetings are open to all.',
          decidedBy: { id: world.people.hydroAdmin.id },
        },
      });
      expect(await event).toMatchObject({ amendmentId: amendment.id, covenantId: text.id });
      const told = await api.gql<{ notifications: { kind: string; body: string; link: string }[] }>(
        `{ notifications(first: 5) { kind body link } }`,
        {},
        { token: resident.token },
      );
      expect(told.data!.notifications[0]).toEqual({
        kind: 'amendment.accepted',
        body: `Your amendment ${amendment.number} to "Settle covenant for the pool and the river" is now part of the text. The convenor's note: Agreed: meetings are open to all.`,
        link: `/covenants/${text.slug}/consultation#amendment-${amendment.number}`,
      });

      const replaced = 'Explain where and how often the parties will meet, always in public, how decisions';
      await eventually(() => wordsOf(reader.doc).includes(replaced), [reader]);
      expect(wordsOf(reader.doc)).not.toContain(TEMPLATE_PHRASE);
      const stored = await storedDoc(api, text.id);
      expect(wordsOf(stored)).toContain(replaced);
      const marked = textsOf(stored.getXmlFragment('body'))
        .flatMap((run) => run.toDelta() as { insert: string; attributes?: Record<string, unknown> }[])
        .find((op) => op.insert === 'where and how often the parties will meet, always in public');
      // The new wording keeps the passage's formatting (the template's prompts are in italics) and is marked as amended.
      expect(marked?.attributes).toEqual({ italic: {}, amendment: { number: amendment.number } });
      stored.destroy();

      const late = await CollabClient.connect(api.url);
      clients.push(late);
      await late.join(text.id);
      await eventually(() => wordsOf(late.doc).includes(replaced), [late]);

      const html = await api.gql<{ covenant: { draftHtml: string } }>(
        `query ($id: ID!) { covenant(id: $id) { draftHtml } }`,
        { id: text.id },
      );
      expect(html.data!.covenant.draftHtml).toContain(
        `<ins class="amended" data-amendment="${amendment.number}" title="Amended by amendment ${amendment.number}">where and how often the parties will meet, always in public</ins>`,
      );

      const [audit] = await sql<{ details: string }>(
        api,
        `SELECT details FROM audit_events WHERE covenant_id = $1 AND action = 'amendment.accepted'`,
        [text.id],
      );
      expect(JSON.parse(audit.details)).toEqual({
        amendmentId: amendment.id,
        number: amendment.number,
        oldText: TEMPLATE_PHRASE,
        newText: 'where and how often the parties will meet, always in public',
      });
    });

    it('whose passage no longer reads as quoted cannot be accepted, and the refusal changes nothing', async () => {
      const text = await fullCovenant(api, world);
      await consult(text.id);
      const first = await proposeAmendment(api, text.id, resident.token, { proposedText: 'when the parties meet' });
      const rival = await proposeAmendment(api, text.id, neighbour.token, { proposedText: 'how the parties gather' });
      const accepted = await api.gql(
        DECIDE,
        { a: first.id, accept: true, note: 'Clearer.' },
        { token: world.people.hydroAdmin.token },
      );
      expect(accepted.errors).toBeUndefined();
      const count = async () =>
        (
          await sql<{ n: number }>(
            api,
            'SELECT count(*)::int AS n FROM covenant_document_updates WHERE covenant_id = $1',
            [text.id],
          )
        )[0].n;
      const before = await count();
      const stale = await api.gql(
        DECIDE,
        { a: rival.id, accept: true, note: 'Also good.' },
        { token: world.people.hydroAdmin.token },
      );
      expect(codes(stale)).toEqual(['CONFLICT']);
      expect(stale.errors![0].message).toContain(`amendment ${rival.number}`);
      expect(await count()).toBe(before);
      const [still] = await amendmentsOf(text.id, undefined, ['PROPOSED']);
      expect(still).toMatchObject({ id: rival.id, status: 'PROPOSED', decisionNote: null });

      const rejected = await api.gql(
        DECIDE,
        { a: rival.id, accept: false, note: 'Overtaken by amendment 1.' },
        { token: world.people.hydroAdmin.token },
      );
      expect(rejected.data).toMatchObject({
        decideAmendment: { status: 'REJECTED', decisionNote: 'Overtaken by amendment 1.' },
      });
      const note = await api.gql(
        DECIDE,
        { a: rival.id, accept: true, note: '' },
        { token: world.people.hydroAdmin.token },
      );
      expect(codes(note)).toEqual(['BAD_USER_INPUT']);
    });

    it('accepted since the last version are listed in the next version’s canonical content', async () => {
      const text = await readyToSign(api, world);
      await consult(text.id);
      const amendment = await proposeAmendment(api, text.id, resident.token, {
        proposedText: 'how the parties will meet',
      });
      const rejected = await proposeAmendment(api, text.id, neighbour.token, {
        quote: 'how decisions will be made',
        proposedText: 'who decides',
      });
      await api.gql(
        DECIDE,
        { a: amendment.id, accept: true, note: 'Shorter.' },
        { token: world.people.hydroAdmin.token },
      );
      await api.gql(
        DECIDE,
        { a: rejected.id, accept: false, note: 'Less clear.' },
        { token: world.people.hydroAdmin.token },
      );
      const version = await openForSignature(api, world, text.id);
      const content = JSON.parse(version.canonicalContent) as { amendments?: unknown };
      expect(content.amendments).toEqual([
        {
          id: amendment.id,
          number: amendment.number,
          quote: TEMPLATE_PHRASE,
          proposedText: 'how the parties will meet',
        },
      ]);
    });
  });

  describe('the report', () => {
    let text: TestCovenant;
    let accepted: { id: string; number: number };

    beforeAll(async () => {
      text = await fullCovenant(api, world);
      await consult(text.id);
      const [ambition] = await sectionsOf(text.id);
      await api.gql(
        RESPOND,
        { c: text.id, s: ambition.id, p: 'AGREE', comment: 'Yes, and say "river", not "stream", please' },
        { token: resident.token },
      );
      await api.gql(
        RESPOND,
        { c: text.id, s: ambition.id, p: 'DISAGREE', comment: '=SUM(A1:A9)' },
        { token: neighbour.token },
      );
      accepted = await proposeAmendment(api, text.id, resident.token, { proposedText: 'where the parties will meet' });
      await api.gql(
        DECIDE,
        { a: accepted.id, accept: true, note: 'Agreed.' },
        { token: world.people.hydroAdmin.token },
      );
      await api.gql(
        `mutation ($input: CommentInput!) { addComment(input: $input) { id } }`,
        { input: { covenantId: text.id, body: 'Could the pool open earlier on Saturdays?' } },
        { token: neighbour.token },
      );
    });

    it('as CSV has one row per response, amendment and comment, in the fixed columns', async () => {
      const response = await fetch(`${api.url}/covenants/${text.slug}/consultation.csv`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(response.headers.get('content-disposition')).toContain(`${text.slug}-consultation.csv`);
      const body = (await response.text()).replace(/^\uFEFF/, '');
      const [header, ...rows] = body.trimEnd().split('\r\n');
      expect(header).toBe('kind,id,sectionId,sectionTitle,position,amendmentStatus,supportCount,author,text,createdAt');
      const [ambition] = await sectionsOf(text.id);
      expect(rows).toHaveLength(4);
      expect(rows[0]).toMatch(
        new RegExp(
          `^response,[0-9a-f-]{36},${ambition.id},Our shared ambition,DISAGREE,,,Ben Ashworth,'=SUM\\(A1:A9\\),\\d{4}-`,
        ),
      );
      expect(rows[1]).toContain(`,AGREE,,,Alys Thorne,"Yes, and say ""river"", not ""stream"", please",`);
      const together = (await sectionsOf(text.id))[1];
      expect(rows[2]).toMatch(
        new RegExp(`^amendment,${accepted.id},${together.id},How we will work together,,ACCEPTED,0,Alys Thorne,`),
      );
      expect(rows[2]).toContain(`where the parties will meet`);
      expect(rows[3]).toMatch(/^comment,[0-9a-f-]{36},,,,,,Ben Ashworth,Could the pool open earlier on Saturdays\?,/);
    });

    it('as PDF gives the figures per section, each amendment with its outcome, and the comments', async () => {
      const response = await fetch(`${api.url}/covenants/${text.slug}/consultation.pdf`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const { text: words, info } = await pdfParse(Buffer.from(await response.arrayBuffer()));
      expect((info as { Title: string }).Title).toBe(
        `Consultation report: ${'Settle covenant for the pool and the river'}`,
      );
      const flat = words.replace(/\s+/g, ' ');
      expect(flat).toContain('2 responses from 2 people on 5 sections; 1 amendment (1 accepted); 1 comment.');
      expect(flat).toContain('Our shared ambition 1 agree · 0 unsure · 1 disagree (2 responses)');
      expect(flat).toContain('How we will work together No responses yet');
      expect(flat).toContain('Yes, and say "river", not "stream", please');
      expect(flat).toContain(`Amendment ${accepted.number} · Accepted`);
      expect(flat).toContain('Accepted into the text by Aled Pryce');
      expect(flat).toContain('Could the pool open earlier on Saturdays?');
    });

    it('is not found for a covenant the reader may not read', async () => {
      const hidden = await fullCovenant(api, world);
      expect((await fetch(`${api.url}/covenants/${hidden.slug}/consultation.csv`)).status).toBe(404);
      expect((await fetch(`${api.url}/covenants/${hidden.slug}/consultation.pdf`)).status).toBe(404);
      const asParty = await fetch(`${api.url}/covenants/${hidden.slug}/consultation.csv`, {
        headers: { authorization: `Bearer ${world.people.poolMember.token}` },
      });
      expect(asParty.status).toBe(200);
    });
  });

  it('accepted through one API process reach the editors on another at once', async () => {
    const bus = { REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' };
    const one = await startTestApp(bus);
    const two = await startApiProcess({ DATABASE_URL: one.db.url, ...bus });
    const reader = await CollabClient.connect(two.url, undefined);
    try {
      const here = await buildWorld(one);
      const text = await fullCovenant(one, here);
      await one.gql(
        `mutation ($c: ID!) { openConsultation(covenantId: $c) { status } }`,
        { c: text.id },
        { token: here.people.hydroAdmin.token },
      );
      const amendment = await proposeAmendment(one, text.id, here.people.resident.token, {
        proposedText: 'when and where the parties will meet',
      });
      await reader.join(text.id);
      await eventually(() => wordsOf(reader.doc).includes(TEMPLATE_PHRASE), [reader]);
      const decided = await one.gql(
        DECIDE,
        { a: amendment.id, accept: true, note: 'Agreed.' },
        { token: here.people.hydroAdmin.token },
      );
      expect(decided.errors).toBeUndefined();
      await eventually(
        () => wordsOf(reader.doc).includes('Explain when and where the parties will meet, how'),
        [reader],
      );
    } finally {
      reader.close();
      await two.stop();
      await one.close();
    }
  }, 90_000);

  it('limits how many amendments and responses one person sends in an hour', async () => {
    const limited = await startTestApp({ RATE_LIMIT_AMENDMENTS: '2', RATE_LIMIT_RESPONSES: '2' });
    try {
      const limitedWorld = await buildWorld(limited);
      const text = await fullCovenant(limited, limitedWorld);
      await limited.gql(
        `mutation ($c: ID!) { openConsultation(covenantId: $c) { status } }`,
        { c: text.id },
        { token: limitedWorld.people.hydroAdmin.token },
      );
      const someone = limitedWorld.people.resident;
      const doc = await storedDoc(limited, text.id);
      const anchor = anchorOf(doc, TEMPLATE_PHRASE);
      doc.destroy();
      const propose = (proposedText: string) =>
        limited.gql(
          `mutation ($input: AmendmentInput!) { proposeAmendment(input: $input) { id } }`,
          { input: { covenantId: text.id, quote: TEMPLATE_PHRASE, anchor, proposedText } },
          { token: someone.token },
        );
      // A refused attempt does not count towards the limit.
      expect(codes(await propose(''))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await propose('one'))).toEqual([]);
      expect(codes(await propose('two'))).toEqual([]);
      const third = await propose('three');
      expect(codes(third)).toEqual(['RATE_LIMITED']);
      expect(third.errors![0].message).toMatch(/2 amendments in the last hour/);

      const [section] = (await limited.gql<{ covenant: { sections: Section[] } }>(SECTIONS, { id: text.id })).data!
        .covenant.sections;
      const respond = () => limited.gql(RESPOND, { c: text.id, s: section.id, p: 'AGREE' }, { token: someone.token });
      expect(codes(await respond())).toEqual([]);
      expect(codes(await respond())).toEqual([]);
      expect(codes(await respond())).toEqual(['RATE_LIMITED']);
    } finally {
      await limited.close();
    }
  }, 60_000);
});
