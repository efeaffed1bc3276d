import { createHash, createPublicKey, verify } from 'node:crypto';
import { londonDay, oneYearAfter, sealMessage } from '@covenant/domain';
import { CollabClient, type Ack } from './support/collab-client';
import { buildWorld, fullCovenant, sql, startCovenant, type TestCovenant, type World } from './support/covenant-world';
import { openForSignature, readyToSign, sign, signAll, VERSION_FIELDS, type TestVersion } from './support/signing';
import { COVENANT_CHANGE, DOCUMENT_APPEND, holdCovenantRow, type HeldRowLock } from './support/row-lock';
import { codes, startTestApp, type TestApp } from './support/test-app';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const STATE = `query ($id: ID!) {
  covenant(id: $id) {
    status startsOn reviewDueOn draftHtml
    viewerCan { sign countersign signParties transition }
    currentVersion { ${VERSION_FIELDS} }
    inForceVersion { ${VERSION_FIELDS} }
    versions {
      number status
      signatures { id status signerName signedAt contentHash countersignature organisationVerified signerDomain party { id } }
    }
    parties { id role signature { id signerName } }
  }
}`;

interface State {
  status: string;
  startsOn: string | null;
  reviewDueOn: string | null;
  draftHtml: string;
  viewerCan: { sign: boolean; countersign: boolean; signParties: string[]; transition: string[] };
  currentVersion: TestVersion | null;
  inForceVersion: TestVersion | null;
  versions: {
    number: number;
    status: string;
    signatures: {
      id: string;
      status: string;
      signerName: string;
      signedAt: string;
      contentHash: string;
      countersignature: boolean;
      organisationVerified: boolean;
      signerDomain: string | null;
      party: { id: string };
    }[];
  }[];
  parties: { id: string; role: string; signature: { id: string; signerName: string } | null }[];
}

describe('Signing: frozen versions, signatures bound to a hash, countersigning', () => {
  let api: TestApp;
  let world: World;

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
  });
  afterAll(() => api.close());

  async function state(covenantId: string, token = world.people.hydroAdmin.token): Promise<State> {
    const response = await api.gql<{ covenant: State }>(STATE, { id: covenantId }, token ? { token } : {});
    expect(response.errors).toBeUndefined();
    return response.data!.covenant;
  }

  const partyOf = (covenant: TestCovenant, organisationId: string) =>
    covenant.parties.find((party) => party.organisation.id === organisationId)!.id;

  describe('openForSignature', () => {
    it('is refused while an invitation is pending, naming it', async () => {
      const covenant = await fullCovenant(api, world);
      const response = await api.gql(
        `mutation ($c: ID!) { openForSignature(covenantId: $c) { id } }`,
        { c: covenant.id },
        { token: world.people.hydroAdmin.token },
      );
      expect(codes(response)).toEqual(['CONFLICT']);
      expect(response.errors![0].message).toContain('Dales River Homes has not answered the invitation');
      expect((await state(covenant.id)).status).toBe('DRAFT');
    });

    it('is refused until the council has accepted to countersign', async () => {
      const covenant = await startCovenant(api, world);
      const response = await api.gql(
        `mutation ($c: ID!) { openForSignature(covenantId: $c) { id } }`,
        { c: covenant.id },
        { token: world.people.hydroAdmin.token },
      );
      expect(codes(response)).toEqual(['CONFLICT']);
      expect(response.errors![0].message).toContain('North Yorkshire Council has not yet accepted its invitation');
    });

    it('is for the convenor’s admin only', async () => {
      const covenant = await readyToSign(api, world);
      const response = await api.gql(
        `mutation ($c: ID!) { openForSignature(covenantId: $c) { id } }`,
        { c: covenant.id },
        { token: world.people.poolAdmin.token },
      );
      expect(codes(response)).toEqual(['FORBIDDEN']);
    });

    it('freezes the text, the accepted parties and their commitments as version 1, hashed as the design lays out', async () => {
      const covenant = await readyToSign(api, world);
      const pool = partyOf(covenant, world.pool.id);
      const added = await api.gql<{ addCommitment: { id: string } }>(
        `mutation ($input: CommitmentInput!) { addCommitment(input: $input) { id } }`,
        {
          input: {
            covenantId: covenant.id,
            partyId: pool,
            title: 'Reopen the swimming pool on Sundays by June',
            right: 'SHAPE_PUBLIC_SERVICES',
            dueOn: '2027-06-30',
          },
        },
        { token: world.people.poolMember.token },
      );
      expect(added.errors).toBeUndefined();
      const before = await state(covenant.id);
      const version = await openForSignature(api, world, covenant.id);

      expect(version).toMatchObject({ number: 1, status: 'OPEN', complete: false, inForceFrom: null, seal: null });
      expect(sha256(version.canonicalContent)).toBe(version.contentHash);
      expect(version.html).toBe(before.draftHtml);
      const content = JSON.parse(version.canonicalContent);
      expect(Object.keys(content)).toEqual(['commitments', 'covenant', 'format', 'parties', 'text', 'version']);
      expect(content.format).toBe(2);
      expect(content.version).toBe(1);
      expect(content.covenant).toEqual({
        id: covenant.id,
        neighbourhoodId: world.neighbourhood.id,
        title: 'Settle covenant for the pool and the river',
      });
      const partyIds = covenant.parties.map((party) => party.id).sort();
      expect(content.parties.map((party: { partyId: string }) => party.partyId)).toEqual(partyIds);
      expect(content.parties.find((party: { partyId: string }) => party.partyId === pool)).toEqual({
        organisationId: world.pool.id,
        organisationName: 'Settle Pool Trust',
        partyId: pool,
        role: 'PARTNER',
        verification: { domains: [], status: 'UNVERIFIED' },
      });
      expect(content.commitments).toEqual([
        {
          description: null,
          dueOn: '2027-06-30',
          id: added.data!.addCommitment.id,
          measure: null,
          partyId: pool,
          right: 'SHAPE_PUBLIC_SERVICES',
          title: 'Reopen the swimming pool on Sundays by June',
        },
      ]);
      expect(content.text.type).toBe('doc');
      // No whitespace and keys sorted at every depth: re-serialising sorted gives the same string.
      expect(version.canonicalContent).not.toMatch(/":\s|,\s"/);

      const after = await state(covenant.id);
      expect(after.status).toBe('OPEN_FOR_SIGNATURE');
      expect(after.currentVersion!.contentHash).toBe(version.contentHash);
      expect(after.inForceVersion).toBeNull();
      const audit = await api.gql<{ covenantAudit: { action: string; details: string }[] }>(
        `query ($c: ID!) { covenantAudit(covenantId: $c) { action details } }`,
        { c: covenant.id },
      );
      const frozen = audit.data!.covenantAudit.find((event) => event.action === 'version.frozen')!;
      expect(JSON.parse(frozen.details)).toMatchObject({ number: 1, contentHash: version.contentHash });
    });

    it('refuses edits over Socket.IO once the text is frozen', async () => {
      const covenant = await readyToSign(api, world);
      await openForSignature(api, world, covenant.id);
      const client = await CollabClient.connect(api.url, world.people.hydroAdmin.token);
      try {
        const joined = await client.join(covenant.id);
        expect(joined).toMatchObject({ ok: true, role: 'viewer', status: 'OPEN_FOR_SIGNATURE' });
        await client.settled();
        client.paragraph().insert(0, 'A late change. ');
        const refused = await client.acks[client.acks.length - 1];
        expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      } finally {
        client.close();
      }
    });

    /**
     * The covenant's row is held from the test's own connection, so the edit
     * and the freeze both queue for it, in the order each case chooses: the
     * edit's write share-locks the row as it checks the right to edit, the
     * freeze locks it to change the status.
     */
    it.each(['before', 'after'] as const)(
      'lets no edit slip in between the freeze and the stored text: an edit queued %s the freeze',
      async (order) => {
        const covenant = await readyToSign(api, world);
        const client = await CollabClient.connect(api.url, world.people.poolMember.token);
        let lock: HeldRowLock | undefined;
        try {
          expect(await client.join(covenant.id)).toMatchObject({ ok: true, role: 'editor' });
          await client.settled();
          lock = await holdCovenantRow(api, covenant.id);
          const edit = () => {
            client.paragraph().insert(0, 'Typed as the text froze. ');
            return client.acks[client.acks.length - 1];
          };
          const freeze = () => openForSignature(api, world, covenant.id);
          let edited: Promise<Ack>;
          let frozen: Promise<TestVersion>;
          if (order === 'before') {
            edited = edit();
            await lock.waitForWaiting(1, DOCUMENT_APPEND);
            frozen = freeze();
            await lock.waitForWaiting(1, COVENANT_CHANGE);
          } else {
            frozen = freeze();
            await lock.waitForWaiting(1, COVENANT_CHANGE);
            edited = edit();
            await lock.waitForWaiting(1, DOCUMENT_APPEND);
          }
          await lock.release();
          const version = await frozen;
          expect(await edited).toMatchObject(order === 'before' ? { ok: true } : { ok: false, code: 'FORBIDDEN' });
          await Promise.allSettled(client.acks);
          const stored = await sql<{ html: string }>(api, 'SELECT html FROM covenant_versions WHERE id = $1', [
            version.id,
          ]);
          expect(stored[0].html.includes('Typed as the text froze.')).toBe(order === 'before');
          expect((await state(covenant.id)).draftHtml).toBe(stored[0].html);
        } finally {
          await lock?.release();
          client.close();
        }
      },
    );
  });

  describe('sign and countersign', () => {
    let covenant: TestCovenant;
    let version: TestVersion;

    beforeAll(async () => {
      covenant = await readyToSign(api, world);
      version = await openForSignature(api, world, covenant.id);
    });

    it('refuses a member who is not a signatory', async () => {
      const response = await sign(api, world.people.hydroMember, covenant.id, { contentHash: version.contentHash });
      expect(codes(response)).toEqual(['FORBIDDEN']);
    });

    it('refuses a stale hash: the text changed since the signer read it', async () => {
      const response = await sign(api, world.people.hydroSignatory, covenant.id, { contentHash: sha256('older') });
      expect(codes(response)).toEqual(['CONFLICT']);
      expect(response.errors![0].message).toContain('The text changed since you read it');
    });

    it('needs the signer to confirm their authority, a name and a position', async () => {
      const unconfirmed = await sign(api, world.people.hydroSignatory, covenant.id, {
        contentHash: version.contentHash,
        confirmAuthority: false,
      });
      expect(codes(unconfirmed)).toEqual(['BAD_USER_INPUT']);
      const unnamed = await sign(api, world.people.hydroSignatory, covenant.id, {
        contentHash: version.contentHash,
        signerName: '   ',
      });
      expect(codes(unnamed)).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses the countersignature before every other party has signed, naming who is awaited', async () => {
      const response = await sign(
        api,
        world.people.councilSignatory,
        covenant.id,
        { contentHash: version.contentHash },
        'countersign',
      );
      expect(codes(response)).toEqual(['CONFLICT']);
      expect(response.errors![0].message).toContain('Settle Community Hydro and Settle Pool Trust');
    });

    it('keeps the council from signing as a party', async () => {
      const response = await sign(api, world.people.councilSignatory, covenant.id, {
        contentHash: version.contentHash,
      });
      expect(codes(response)).toEqual(['FORBIDDEN']);
    });

    it('takes exactly one of two signatures pressed at the same moment for one party', async () => {
      const { hydroAdmin, hydroSignatory } = world.people;
      // Both signatures are seen waiting for the covenant's row before either may take it: they truly meet there.
      const lock = await holdCovenantRow(api, covenant.id);
      let results: Awaited<ReturnType<typeof sign>>[];
      try {
        const pressed = [hydroAdmin, hydroSignatory].map((user) =>
          sign(api, user, covenant.id, { contentHash: version.contentHash }),
        );
        await lock.waitForWaiting(2, COVENANT_CHANGE);
        await lock.release();
        results = await Promise.all(pressed);
      } finally {
        await lock.release();
      }
      expect(results.map((r) => codes(r)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
      // The second, let through after the first committed, saw its signature (not only the unique index).
      const refused = results.find((r) => r.errors)!;
      expect(refused.errors![0].message).toContain('Settle Community Hydro has already signed version 1');
      const rows = await sql(api, "SELECT id FROM signatures WHERE party_id = $1 AND status = 'VALID'", [
        partyOf(covenant, world.hydro.id),
      ]);
      expect(rows).toHaveLength(1);
    });

    it('refuses a second signature for a party that has signed', async () => {
      const response = await sign(api, world.people.hydroSignatory, covenant.id, { contentHash: version.contentHash });
      expect(codes(response)).toEqual(['CONFLICT']);
      expect(response.errors![0].message).toContain('Settle Community Hydro has already signed version 1');
    });

    it('records exactly who signed, as what, when, on which hash', async () => {
      const signed = await sign(api, world.people.poolSignatory, covenant.id, {
        contentHash: version.contentHash,
        signerName: 'Isla Brennan',
        signerPosition: 'Chair of trustees',
        mandate: 'Board resolution 2026/14',
      });
      expect(signed.errors).toBeUndefined();
      const now = await state(covenant.id, world.people.poolSignatory.token);
      const signature = now.versions[0].signatures.find((s) => s.party.id === partyOf(covenant, world.pool.id))!;
      expect(signature).toMatchObject({
        status: 'VALID',
        signerName: 'Isla Brennan',
        contentHash: version.contentHash,
        countersignature: false,
      });
      expect(Math.abs(Date.parse(signature.signedAt) - Date.now())).toBeLessThan(60_000);
      expect(now.parties.find((p) => p.id === partyOf(covenant, world.pool.id))!.signature).toMatchObject({
        signerName: 'Isla Brennan',
      });
      expect(now.viewerCan.sign).toBe(false);
      const council = await state(covenant.id, world.people.councilSignatory.token);
      expect(council.viewerCan.countersign).toBe(true);
    });

    it('brings the covenant into force with the countersignature: dates, version in force, and a seal that verifies', async () => {
      const countersigned = await sign(
        api,
        world.people.councilSignatory,
        covenant.id,
        { contentHash: version.contentHash, mandate: 'Executive decision ED/2026/31' },
        'countersign',
      );
      expect(countersigned.errors).toBeUndefined();
      const now = await state(covenant.id);
      const today = londonDay(new Date());
      expect(now).toMatchObject({ status: 'IN_FORCE', startsOn: today, reviewDueOn: oneYearAfter(today) });
      expect(now.inForceVersion).toMatchObject({ number: 1, status: 'IN_FORCE', complete: true, inForceFrom: today });
      expect(now.currentVersion!.number).toBe(1);

      const pem = await (await fetch(`${api.url}/.well-known/covenant-seal.pub`)).text();
      expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
      const valid = now.versions[0].signatures.filter((s) => s.status === 'VALID');
      expect(valid).toHaveLength(3);
      const message = sealMessage(
        version.contentHash,
        valid.map((s) => ({
          id: s.id,
          partyId: s.party.id,
          signedAt: s.signedAt,
          contentHash: s.contentHash,
          organisationVerified: s.organisationVerified,
          signerDomain: s.signerDomain,
        })),
        2,
      );
      // The council was verified and its signer's address proved when it countersigned; both are sealed.
      expect(valid.find((s) => s.countersignature)).toMatchObject({
        organisationVerified: true,
        signerDomain: 'example.org',
      });
      const seal = Buffer.from(now.inForceVersion!.seal!, 'base64');
      expect(verify(null, Buffer.from(message, 'utf8'), createPublicKey(pem), seal)).toBe(true);
    });
  });

  describe('returnToDraft', () => {
    it('supersedes the open version and its signatures, keeps them, and editing resumes from the frozen text', async () => {
      const covenant = await readyToSign(api, world);
      const first = await openForSignature(api, world, covenant.id);
      expect(
        (await sign(api, world.people.hydroSignatory, covenant.id, { contentHash: first.contentHash })).errors,
      ).toBeUndefined();
      const back = await api.gql(
        `mutation ($c: ID!) { returnToDraft(covenantId: $c, reason: "The pool trust wants to change its date.") { status } }`,
        { c: covenant.id },
        { token: world.people.poolSignatory.token },
      );
      expect(back.errors).toBeUndefined();
      const now = await state(covenant.id);
      expect(now.status).toBe('DRAFT');
      expect(now.currentVersion).toBeNull();
      expect(now.versions).toEqual([
        expect.objectContaining({
          number: 1,
          status: 'SUPERSEDED',
          signatures: [expect.objectContaining({ status: 'SUPERSEDED' })],
        }),
      ]);
      expect(now.draftHtml).toBe(first.html);
      const client = await CollabClient.connect(api.url, world.people.poolMember.token);
      try {
        expect(await client.join(covenant.id)).toMatchObject({ ok: true, role: 'editor' });
      } finally {
        client.close();
      }
      // A stale signature on the superseded hash cannot be carried over to the next version.
      const second = await openForSignature(api, world, covenant.id);
      expect(second.number).toBe(2);
      const stale = await sign(api, world.people.hydroSignatory, covenant.id, { contentHash: first.contentHash });
      expect(codes(stale)).toEqual(['CONFLICT']);
    });
  });

  describe('a revision', () => {
    it('leaves the old version in force until the revision is countersigned, then replaces it', async () => {
      const covenant = await readyToSign(api, world);
      const first = await openForSignature(api, world, covenant.id);
      await signAll(api, world, covenant.id, first.contentHash);
      const started = await api.gql(
        `mutation ($c: ID!) { startReview(covenantId: $c) { status } }`,
        { c: covenant.id },
        { token: world.people.councilAdmin.token },
      );
      expect(started.errors).toBeUndefined();

      const client = await CollabClient.connect(api.url, world.people.hydroMember.token);
      try {
        expect(await client.join(covenant.id)).toMatchObject({ ok: true, role: 'editor' });
        await client.settled();
        client.paragraph().insert(0, 'Revised in the first review. ');
        expect((await client.settled()).every((ack) => ack.ok)).toBe(true);
      } finally {
        client.close();
      }
      const reviewing = await state(covenant.id);
      expect(reviewing.status).toBe('UNDER_REVIEW');
      expect(reviewing.inForceVersion!.number).toBe(1);
      expect(reviewing.draftHtml).toContain('Revised in the first review.');
      const outsider = await state(covenant.id, world.people.resident.token);
      expect(outsider.draftHtml).toBe(first.html);

      const second = await openForSignature(api, world, covenant.id);
      expect(second.number).toBe(2);
      const open = await state(covenant.id);
      expect(open.currentVersion!.number).toBe(2);
      expect(open.inForceVersion!.number).toBe(1);
      expect(open.startsOn).toBe(reviewing.startsOn);

      await signAll(api, world, covenant.id, second.contentHash);
      const done = await state(covenant.id);
      expect(done.status).toBe('IN_FORCE');
      expect(done.inForceVersion!.number).toBe(2);
      expect(done.versions.map((v) => [v.number, v.status])).toEqual([
        [1, 'REPLACED'],
        [2, 'IN_FORCE'],
      ]);
      expect(done.startsOn).toBe(reviewing.startsOn);
    });

    it('goes back to UNDER_REVIEW, not DRAFT, when a revision is sent back, with the old version still in force', async () => {
      const covenant = await readyToSign(api, world);
      const first = await openForSignature(api, world, covenant.id);
      await signAll(api, world, covenant.id, first.contentHash);
      await api.gql(
        `mutation ($c: ID!) { startReview(covenantId: $c) { status } }`,
        { c: covenant.id },
        {
          token: world.people.hydroAdmin.token,
        },
      );
      await openForSignature(api, world, covenant.id);
      const back = await api.gql<{ returnToDraft: { status: string } }>(
        `mutation ($c: ID!) { returnToDraft(covenantId: $c, reason: "Not ready yet.") { status } }`,
        { c: covenant.id },
        { token: world.people.hydroAdmin.token },
      );
      expect(back.data!.returnToDraft.status).toBe('UNDER_REVIEW');
      const now = await state(covenant.id);
      expect(now.inForceVersion!.number).toBe(1);
      expect(now.versions.map((v) => v.status)).toEqual(['IN_FORCE', 'SUPERSEDED']);
    });
  });
});
