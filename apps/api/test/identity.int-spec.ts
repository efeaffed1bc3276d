/**
 * Verified people and organisations: an e-mail proved by its link, an
 * organisation verified by a domain a steward confirms, what that gates, and
 * what a signature keeps of it.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { canonicalContent, parseCanonicalContent, sealMessage } from '@covenant/domain';
import { createHash } from 'node:crypto';
import { SealService } from '../src/modules/signing/seal.service';
import { buildWorld, sql, type World } from './support/covenant-world';
import { createOrganisation, PASSWORD, registerUser, type TestUser } from './support/factories';
import { outboxSent } from './support/outbox';
import { inForceCovenant, openForSignature, readyToSign, sign } from './support/signing';
import { startSmtp } from './support/smtp';
import { codes, startTestApp, type TestApp } from './support/test-app';

const run = promisify(execFile);
const CLI = join(__dirname, '../../../dist/api/apps/api/src/cli.js');
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const VERIFY = `query ($c: ID!) { verifyCovenant(covenantId: $c) { valid sealValid problems } }`;
const ORGANISATION = `query ($slug: String!) {
  organisation(slug: $slug) { id verification { status domains verifiedAt note requestedDomain evidence requestedAt } }
}`;

describe('Verified identities', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let api: TestApp;
  let world: World;
  let steward: TestUser;

  /** The command line, as an operator runs it, against the test app's database. */
  async function role(...args: string[]): Promise<string> {
    const { stdout } = await run(process.execPath, [CLI, 'role', ...args], {
      env: { ...process.env, DATABASE_URL: api.db.url, LOG_LEVEL: 'silent' },
    });
    return stdout.trim();
  }

  function linkIn(raw: string): string {
    // The mail is quoted-printable: its "=" arrives as "=3D".
    const token = /\/verify-email\?token=(?:3D)?([A-Za-z0-9_-]+)/.exec(raw)?.[1];
    if (!token) throw new Error(`no verification link in: ${raw}`);
    return token;
  }

  /** The latest e-mail to `email`, once everything queued so far has gone out. */
  async function mailTo(email: string): Promise<string> {
    await outboxSent(api);
    const mail = [...smtp.mails].reverse().find((m) => m.to.includes(email));
    if (!mail) throw new Error(`no e-mail to ${email}`);
    return mail.raw;
  }

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startTestApp({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      PUBLIC_URL: 'https://covenants.example.org',
    });
    world = await buildWorld(api);
    steward = await registerUser(api, { email: 'rowan@stewards.example', displayName: 'Rowan Ellery' });
    expect(await role('grant', 'steward', steward.email)).toBe(
      'Rowan Ellery <rowan@stewards.example> is now a steward.',
    );
  }, 60_000);
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  describe('e-mail proof', () => {
    const ME = `{ me { email emailVerified isSteward } }`;
    const VERIFY_EMAIL = `mutation ($t: String!) { verifyEmail(token: $t) { email emailVerified } }`;

    it('e-mails a link on registration that proves the address once', async () => {
      const person = await registerUser(api, { email: 'nadia@northyorks.example', verified: false });
      const raw = await mailTo(person.email);
      expect(raw).toMatch(/Subject: Confirm your e-mail address/);
      expect(raw).toContain('https://covenants.example.org/verify-email?token=');
      const token = linkIn(raw);
      expect(token).toHaveLength(43);
      const stored = await sql<{ token_hash: string }>(api, 'SELECT token_hash FROM email_tokens WHERE user_id = $1', [
        person.id,
      ]);
      expect(stored).toEqual([{ token_hash: sha256(token) }]);

      expect((await api.gql(ME, {}, { token: person.token })).data).toEqual({
        me: { email: person.email, emailVerified: false, isSteward: false },
      });
      const verified = await api.gql(VERIFY_EMAIL, { t: token });
      expect(verified.data).toEqual({ verifyEmail: { email: person.email, emailVerified: true } });
      expect((await api.gql(ME, {}, { token: person.token })).data).toEqual({
        me: { email: person.email, emailVerified: true, isSteward: false },
      });

      const again = await api.gql(VERIFY_EMAIL, { t: token });
      expect(codes(again)).toEqual(['BAD_USER_INPUT']);
      expect(again.errors![0].message).toMatch(/already used|more than 48 hours/);
      expect(codes(await api.gql(VERIFY_EMAIL, { t: 'not-a-token' }))).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses a link older than 48 hours', async () => {
      const person = await registerUser(api, { email: 'late@northyorks.example', verified: false });
      const token = linkIn(await mailTo(person.email));
      await sql(api, `UPDATE email_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
        person.id,
      ]);
      expect(codes(await api.gql(VERIFY_EMAIL, { t: token }))).toEqual(['BAD_USER_INPUT']);
      expect((await api.gql(ME, {}, { token: person.token })).data).toMatchObject({ me: { emailVerified: false } });
    });

    it('does not prove an address the account no longer has', async () => {
      const person = await registerUser(api, { email: 'moved@northyorks.example', verified: false });
      const token = linkIn(await mailTo(person.email));
      await sql(api, `UPDATE users SET email = 'moved-on@elsewhere.example' WHERE id = $1`, [person.id]);
      expect(codes(await api.gql(VERIFY_EMAIL, { t: token }))).toEqual(['BAD_USER_INPUT']);
    });

    it('needs the password and a new proof to change the address, and tells the old one', async () => {
      const person = await registerUser(api, { email: 'before@northyorks.example', displayName: 'Ffion Jones' });
      const CHANGE = `mutation ($input: ChangeEmailInput!) { changeEmail(input: $input) { email emailVerified } }`;
      const change = (email: string, password: string) =>
        api.gql(CHANGE, { input: { email, password } }, { token: person.token });
      expect(codes(await change('after@craven.example', 'not my password at all'))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await change(steward.email, PASSWORD))).toEqual(['CONFLICT']);
      expect(codes(await change('BEFORE@northyorks.example', PASSWORD))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await change('not an address', PASSWORD))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await api.gql(CHANGE, { input: { email: 'x@craven.example', password: PASSWORD } }))).toEqual([
        'UNAUTHENTICATED',
      ]);

      expect((await change(' After@Craven.example ', PASSWORD)).data).toEqual({
        changeEmail: { email: 'after@craven.example', emailVerified: false },
      });
      expect(await mailTo('before@northyorks.example')).toMatch(/Subject: Your e-mail address was changed/);
      const token = linkIn(await mailTo('after@craven.example'));
      expect((await api.gql(VERIFY_EMAIL, { t: token })).data).toEqual({
        verifyEmail: { email: 'after@craven.example', emailVerified: true },
      });
    });

    it('sends a new link at most five times an hour', async () => {
      const person = await registerUser(api, { email: 'resend@northyorks.example', verified: false });
      const resend = () => api.gql(`mutation { resendEmailVerification }`, {}, { token: person.token });
      for (let n = 0; n < 5; n++) expect((await resend()).data).toEqual({ resendEmailVerification: true });
      const refused = await resend();
      expect(codes(refused)).toEqual(['RATE_LIMITED']);
      expect(refused.errors![0].message).toMatch(/5 links in the last hour/);
      const [{ count }] = await sql<{ count: string }>(api, 'SELECT count(*) FROM email_tokens WHERE user_id = $1', [
        person.id,
      ]);
      expect(Number(count)).toBe(6);
      expect(codes(await api.gql(`mutation { resendEmailVerification }`))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('what an unproved e-mail may not do', () => {
    it('lets nobody sign before their e-mail is proved, saying how to prove it', async () => {
      const covenant = await readyToSign(api, world);
      const version = await openForSignature(api, world, covenant.id);
      const signer = world.people.poolSignatory;
      await sql(api, 'UPDATE users SET email_verified_at = NULL WHERE id = $1', [signer.id]);
      try {
        const can = await api.gql<{ covenant: { viewerCan: { sign: boolean } } }>(
          `query ($id: ID!) { covenant(id: $id) { viewerCan { sign } } }`,
          { id: covenant.id },
          { token: signer.token },
        );
        expect(can.data!.covenant.viewerCan.sign).toBe(false);
        const refused = await sign(api, signer, covenant.id, { contentHash: version.contentHash });
        expect(codes(refused)).toEqual(['FORBIDDEN']);
        expect(refused.errors![0].message).toMatch(/Confirm your e-mail address first/);
        const [{ count }] = await sql<{ count: string }>(
          api,
          'SELECT count(*) FROM signatures s JOIN covenant_versions v ON v.id = s.version_id WHERE v.covenant_id = $1',
          [covenant.id],
        );
        expect(Number(count)).toBe(0);
      } finally {
        await sql(api, 'UPDATE users SET email_verified_at = now() WHERE id = $1', [signer.id]);
      }
    });
  });

  describe('organisation verification', () => {
    it('refuses to open for signature while the council is not verified, naming it', async () => {
      // Anyone can call an organisation "North Yorkshire Council"; until a steward verifies it, it countersigns nothing.
      await sql(api, `UPDATE organisations SET verification_status = 'UNVERIFIED' WHERE id = $1`, [world.council.id]);
      try {
        const covenant = await readyToSign(api, world);
        const can = await api.gql<{ covenant: { viewerCan: { transition: string[] } } }>(
          `query ($id: ID!) { covenant(id: $id) { viewerCan { transition } } }`,
          { id: covenant.id },
          { token: world.people.hydroAdmin.token },
        );
        expect(can.data!.covenant.viewerCan.transition).not.toContain('OPEN_FOR_SIGNATURE');
        const refused = await api.gql(
          `mutation ($c: ID!) { openForSignature(covenantId: $c) { status } }`,
          { c: covenant.id },
          { token: world.people.hydroAdmin.token },
        );
        expect(codes(refused)).toEqual(['CONFLICT']);
        expect(refused.errors![0].message).toMatch(/^North Yorkshire Council is not verified yet/);
      } finally {
        await sql(api, `UPDATE organisations SET verification_status = 'VERIFIED' WHERE id = $1`, [world.council.id]);
      }
    });

    it('lets an admin ask only for the domain of their own proved address', async () => {
      const impostor = await registerUser(api, { email: 'priya@northyorks-gov.example' });
      const twin = await createOrganisation(api, impostor, {
        name: 'Craven District Council',
        kind: 'LOCAL_AUTHORITY',
      });
      const ask = (user: TestUser, domain: string) =>
        api.gql(
          `mutation ($o: ID!, $d: String!) { requestOrganisationVerification(organisationId: $o, domain: $d) { id } }`,
          { o: twin.id, d: domain },
          { token: user.token },
        );
      const refused = await ask(impostor, 'northyorks.gov.uk');
      expect(codes(refused)).toEqual(['FORBIDDEN']);
      expect(refused.errors![0].message).toMatch(/not on northyorks.gov.uk/);
      expect(codes(await ask(world.people.resident, 'example.org'))).toEqual(['FORBIDDEN']);
      expect(codes(await ask(impostor, 'not a domain'))).toEqual(['BAD_USER_INPUT']);
    });

    it('puts a request in the stewards’ queue, for stewards only, and keeps every review', async () => {
      const admin = await registerUser(api, { email: 'clerk@highways.craven.example', displayName: 'Tom Haworth' });
      const craven = await createOrganisation(api, admin, { name: 'Craven Highways Board', kind: 'PUBLIC_BODY' });
      const asked = await api.gql(
        `mutation ($o: ID!, $e: String) {
          requestOrganisationVerification(organisationId: $o, domain: " Craven.Example ", evidence: $e) { verification { status } }
        }`,
        { o: craven.id, e: 'https://www.gov.uk/find-local-council' },
        { token: admin.token },
      );
      expect(asked.data).toEqual({ requestOrganisationVerification: { verification: { status: 'PENDING' } } });

      // The stewards hear of it in the app and by e-mail.
      expect(await mailTo(steward.email)).toMatch(
        /Subject: To review: Craven Highways Board asks to be verified by\s+craven.example/,
      );
      const told = await api.gql<{ notifications: { kind: string; link: string }[] }>(
        `{ notifications { kind link } }`,
        {},
        { token: steward.token },
      );
      expect(told.data!.notifications).toContainEqual({ kind: 'verification.requested', link: '/stewards' });

      const QUEUE = `{ verificationRequests { name verification { status requestedDomain evidence } } }`;
      expect(codes(await api.gql(QUEUE, {}, { token: admin.token }))).toEqual(['FORBIDDEN']);
      expect(codes(await api.gql(QUEUE))).toEqual(['UNAUTHENTICATED']);
      const queue = await api.gql<{ verificationRequests: unknown[] }>(QUEUE, {}, { token: steward.token });
      expect(queue.data!.verificationRequests).toEqual([
        {
          name: 'Craven Highways Board',
          verification: {
            status: 'PENDING',
            requestedDomain: 'craven.example',
            evidence: 'https://www.gov.uk/find-local-council',
          },
        },
      ]);
      // The request's details are for stewards and the organisation's admins; its status is public.
      const anonymous = await api.gql(ORGANISATION, { slug: craven.slug });
      expect(anonymous.data).toMatchObject({
        organisation: { verification: { status: 'PENDING', domains: [], requestedDomain: null, evidence: null } },
      });

      const REVIEW = `mutation ($o: ID!, $a: Boolean!, $n: String!) {
        reviewOrganisationVerification(organisationId: $o, approve: $a, note: $n) { verification { status domains note } }
      }`;
      const review = { o: craven.id, a: true, n: 'Checked craven.example against the official register.' };
      expect(codes(await api.gql(REVIEW, review, { token: admin.token }))).toEqual(['FORBIDDEN']);
      expect(codes(await api.gql(REVIEW, { ...review, n: '  ' }, { token: steward.token }))).toEqual([
        'BAD_USER_INPUT',
      ]);
      const approved = await api.gql(REVIEW, review, { token: steward.token });
      expect(approved.data).toEqual({
        reviewOrganisationVerification: {
          verification: { status: 'VERIFIED', domains: ['craven.example'], note: review.n },
        },
      });
      expect((await api.gql<{ verificationRequests: unknown[] }>(QUEUE, {}, { token: steward.token })).data).toEqual({
        verificationRequests: [],
      });
      expect(codes(await api.gql(REVIEW, review, { token: steward.token }))).toEqual(['CONFLICT']);
      // The organisation's admins are told, with the steward's note.
      const verifiedMail = await mailTo(admin.email);
      expect(verifiedMail).toMatch(/Subject: Craven Highways Board is verified/);
      expect(verifiedMail).toContain('Checked craven.example against the official register.');

      const events = await sql<{ kind: string; actor_email: string; domain: string }>(
        api,
        'SELECT kind, actor_email, domain FROM organisation_verification_events WHERE organisation_id = $1 ORDER BY at',
        [craven.id],
      );
      expect(events).toEqual([
        { kind: 'REQUESTED', actor_email: admin.email, domain: 'craven.example' },
        { kind: 'APPROVED', actor_email: steward.email, domain: 'craven.example' },
      ]);
      await expect(
        sql(api, 'DELETE FROM organisation_verification_events WHERE organisation_id = $1', [craven.id]),
      ).rejects.toThrow(/cannot be changed or deleted/);

      // A verified organisation's name and kind are its own.
      const copycat = await registerUser(api);
      const twin = await api.gql(
        `mutation { createOrganisation(input: { name: "craven highways board", kind: PUBLIC_BODY }) { id } }`,
        {},
        { token: copycat.token },
      );
      expect(codes(twin)).toEqual(['CONFLICT']);
      expect(twin.errors![0].message).toMatch(
        /Craven Highways Board is already on the platform, verified by craven.example/,
      );
      const otherKind = await api.gql(
        `mutation { createOrganisation(input: { name: "Craven Highways Board", kind: COMMUNITY_GROUP }) { id } }`,
        {},
        { token: copycat.token },
      );
      expect(otherKind.errors).toBeUndefined();
    });

    it('makes and removes stewards on the command line only, saying what changed', async () => {
      const person = await registerUser(api, { email: 'ada@stewards.example', displayName: 'Ada Moss' });
      expect(await role('grant', 'steward', 'ADA@stewards.example')).toBe(
        'Ada Moss <ada@stewards.example> is now a steward.',
      );
      expect(await role('grant', 'steward', person.email)).toBe(
        'Ada Moss <ada@stewards.example> was already a steward.',
      );
      expect((await api.gql(`{ me { isSteward } }`, {}, { token: person.token })).data).toEqual({
        me: { isSteward: true },
      });
      expect(await role('revoke', 'steward', person.email)).toBe(
        'Ada Moss <ada@stewards.example> is no longer a steward.',
      );
      expect((await api.gql(`{ me { isSteward } }`, {}, { token: person.token })).data).toEqual({
        me: { isSteward: false },
      });
      await expect(role('grant', 'steward', 'nobody@nowhere.example')).rejects.toMatchObject({
        stderr: expect.stringMatching(/No account has the e-mail address nobody@nowhere.example/),
      });
      // Each command is a process of its own that opens the database: slower than a request on a busy machine.
    }, 120_000);
  });

  describe('what a signature attests', () => {
    const SIGNATURES = `query ($id: ID!) {
      covenant(id: $id) { inForceVersion { canonicalContent signatures { organisationVerified signerDomain party { organisation { id } } } } }
    }`;

    it('keeps each signature’s verification as it was, sealed, after the organisation is later rejected', async () => {
      const { covenant } = await inForceCovenant(api, world);
      const read = await api.gql<{
        covenant: {
          inForceVersion: {
            canonicalContent: string;
            signatures: {
              organisationVerified: boolean;
              signerDomain: string | null;
              party: { organisation: { id: string } };
            }[];
          };
        };
      }>(SIGNATURES, { id: covenant.id });
      const version = read.data!.covenant.inForceVersion;
      const council = version.signatures.find((s) => s.party.organisation.id === world.council.id)!;
      const hydro = version.signatures.find((s) => s.party.organisation.id === world.hydro.id)!;
      expect(council).toMatchObject({ organisationVerified: true, signerDomain: 'example.org' });
      expect(hydro).toMatchObject({ organisationVerified: false, signerDomain: 'example.org' });
      const content = parseCanonicalContent(version.canonicalContent);
      expect(content.format).toBe(2);
      expect(content.parties.find((p) => p.organisationId === world.council.id)!.verification).toEqual({
        domains: ['example.org'],
        status: 'VERIFIED',
      });

      const rejected = await api.gql(
        `mutation ($o: ID!) { reviewOrganisationVerification(organisationId: $o, approve: false, note: "Not the council's domain.") { verification { status } } }`,
        { o: world.council.id },
        { token: steward.token },
      );
      expect(rejected.data).toEqual({ reviewOrganisationVerification: { verification: { status: 'REJECTED' } } });
      try {
        const after = await api.gql<typeof read.data>(SIGNATURES, { id: covenant.id });
        expect(after.data!.covenant.inForceVersion.signatures).toEqual(version.signatures);
        expect((await api.gql(VERIFY, { c: covenant.id })).data).toEqual({
          verifyCovenant: { valid: true, sealValid: true, problems: [] },
        });

        // Both facts are under the seal: changing one afterwards is found.
        await sql(
          api,
          `UPDATE signatures SET signer_domain = 'northyorks.gov.uk' WHERE party_id IN (SELECT id FROM covenant_parties WHERE covenant_id = $1 AND role = 'COUNTERSIGNATORY')`,
          [covenant.id],
        );
        const tampered = await api.gql<{ verifyCovenant: { valid: boolean; sealValid: boolean } }>(VERIFY, {
          c: covenant.id,
        });
        expect(tampered.data!.verifyCovenant).toMatchObject({ valid: false, sealValid: false });
      } finally {
        await sql(
          api,
          `UPDATE organisations SET verification_status = 'VERIFIED', verified_domains = '{example.org}' WHERE id = $1`,
          [world.council.id],
        );
      }
    });

    it('still verifies a version frozen and sealed in the first layout', async () => {
      const { covenant, version } = await inForceCovenant(api, world);
      // The version as the platform froze and sealed it before verification existed.
      const content = parseCanonicalContent(version.canonicalContent);
      const first = canonicalContent({
        ...content,
        format: undefined,
        parties: content.parties.map(({ verification: _dropped, ...party }) => party),
      });
      expect(first).not.toContain('"format"');
      const hash = sha256(first);
      await sql(
        api,
        'UPDATE signatures SET content_hash = $2, organisation_verified = false, signer_domain = NULL WHERE version_id = $1',
        [version.id, hash],
      );
      const signatures = await sql<{ id: string; party_id: string; signed_at: Date }>(
        api,
        `SELECT id, party_id, signed_at FROM signatures WHERE version_id = $1 AND status = 'VALID'`,
        [version.id],
      );
      const message = sealMessage(
        hash,
        signatures.map((s) => ({
          id: s.id,
          partyId: s.party_id,
          signedAt: s.signed_at.toISOString(),
          contentHash: hash,
        })),
      );
      const seals = api.app.get(SealService);
      await sql(
        api,
        'UPDATE covenant_versions SET canonical_content = $2, content_hash = $3, seal = $4 WHERE id = $1',
        [version.id, first, hash, seals.seal(message)],
      );
      expect((await api.gql(VERIFY, { c: covenant.id })).data).toEqual({
        verifyCovenant: { valid: true, sealValid: true, problems: [] },
      });
    });
  });
});
