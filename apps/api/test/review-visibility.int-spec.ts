/**
 * While a revision is drafted (UNDER_REVIEW), people outside its parties see
 * the version in force: the comments, parties and audit trail as they stood
 * when the review began, never the working draft. Once the revision is open
 * for signature, everything is public again.
 */
import { createHash } from 'node:crypto';
import { buildWorld, type TestCovenant, type World } from './support/covenant-world';
import { inForceCovenant, openForSignature } from './support/signing';
import type { TestUser } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const READ = `query ($id: ID!, $housing: String!) {
  covenant(id: $id) {
    status
    viewerCan { readWorkingDraft }
    open: comments { body resolved }
    all: comments(includeResolved: true) { body resolved }
    parties { id status respondedAt organisation { name } }
    versions { signatures { party { id status } } }
  }
  organisation(slug: $housing) { parties { status covenant { id } } }
}`;

interface Read {
  covenant: {
    status: string;
    viewerCan: { readWorkingDraft: boolean };
    open: { body: string; resolved: boolean }[];
    all: { body: string; resolved: boolean }[];
    parties: { id: string; status: string; respondedAt: string | null; organisation: { name: string } }[];
    versions: { signatures: { party: { id: string; status: string } }[] }[];
  };
  organisation: { parties: { status: string; covenant: { id: string } }[] };
}

const AUDIT = `query ($c: ID!) { covenantAudit(covenantId: $c) { seq at action details hash prevHash actor { id } } }`;

interface AuditEvent {
  seq: number;
  at: string;
  action: string;
  details: string;
  hash: string;
  prevHash: string;
  actor: { id: string } | null;
}

const VERIFY = `query ($c: ID!) { verifyCovenant(covenantId: $c) { valid auditChainValid auditEventsChecked problems } }`;

/** The contract's AuditEvent hash, recomputed by an outsider from what they were served. */
function recomputed(event: AuditEvent): string {
  const input = [event.prevHash, event.seq, event.at, event.actor?.id ?? '', event.action, event.details].join('\n');
  return createHash('sha256').update(input, 'utf8').digest('hex');
}

describe('A revision under review, seen from outside its parties', () => {
  let api: TestApp;
  let world: World;
  let covenant: TestCovenant;
  let outsiders: (TestUser | undefined)[];

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
    ({ covenant } = await inForceCovenant(api, world));
    outsiders = [undefined, world.people.resident];
  }, 60_000);
  afterAll(() => api.close());

  const as = async <T>(query: string, variables: Record<string, unknown>, user?: TestUser) => {
    const response = await api.gql<T>(query, variables, user ? { token: user.token } : {});
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const read = (user?: TestUser) => as<Read>(READ, { id: covenant.id, housing: 'dales-river-homes' }, user);
  const audit = async (user?: TestUser) =>
    (await as<{ covenantAudit: AuditEvent[] }>(AUDIT, { c: covenant.id }, user)).covenantAudit;
  const verify = async (user?: TestUser) =>
    (
      await as<{ verifyCovenant: { valid: boolean; auditChainValid: boolean; auditEventsChecked: number } }>(
        VERIFY,
        { c: covenant.id },
        user,
      )
    ).verifyCovenant;
  const mutate = async (query: string, variables: Record<string, unknown>, user: TestUser) => {
    const response = await api.gql<Record<string, { id: string }>>(query, variables, { token: user.token });
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const comment = (body: string, user: TestUser, quote?: string) =>
    mutate(
      `mutation ($input: CommentInput!) { addComment(input: $input) { id } }`,
      {
        input: { covenantId: covenant.id, body, quote },
      },
      user,
    );

  it('shows outsiders the record as it stood when the review began, and the parties everything', async () => {
    const { hydroMember, hydroAdmin, poolAdmin, housingAdmin } = world.people;
    const inForceComment = (await comment('Could the pool open earlier in summer?', hydroMember)).addComment;
    const inForceParties = (await read()).covenant.parties;
    await mutate(`mutation ($c: ID!) { startReview(covenantId: $c) { id } }`, { c: covenant.id }, hydroAdmin);
    const atReview = await audit();

    // The working draft: a comment, a resolution, a commitment and an invitation made for the revision.
    await comment('Lower the fees for under-16s in the revision', hydroMember, 'swimming pool');
    await mutate(
      `mutation ($id: ID!) { resolveComment(commentId: $id) { id } }`,
      { id: inForceComment.id },
      hydroAdmin,
    );
    const pool = covenant.parties.find((party) => party.organisation.id === world.pool.id)!;
    await mutate(
      `mutation ($input: CommitmentInput!) { addCommitment(input: $input) { id } }`,
      { input: { covenantId: covenant.id, partyId: pool.id, title: 'Open at dawn on Saturdays' } },
      poolAdmin,
    );
    const invited = (
      await mutate(
        `mutation ($c: ID!, $o: ID!) { inviteParty(covenantId: $c, organisationId: $o) { id } }`,
        { c: covenant.id, o: world.housing.id },
        hydroAdmin,
      )
    ).inviteParty;

    for (const outsider of outsiders) {
      const { covenant: seen, organisation } = await read(outsider);
      expect(seen.status).toBe('UNDER_REVIEW');
      expect(seen.viewerCan.readWorkingDraft).toBe(false);
      expect(seen.open).toEqual([{ body: 'Could the pool open earlier in summer?', resolved: false }]);
      expect(seen.all).toEqual(seen.open);
      expect(seen.parties).toEqual(inForceParties);
      expect(seen.parties.map((party) => party.id)).not.toContain(invited.id);
      expect(organisation.parties.filter((party) => party.covenant.id === covenant.id)).toEqual([
        { status: 'REMOVED', covenant: { id: covenant.id } },
      ]);

      const served = await audit(outsider);
      expect(served).toEqual(atReview);
      expect(served.at(-1)).toMatchObject({ action: 'status.changed' });
      expect(JSON.parse(served.at(-1)!.details)).toMatchObject({ from: 'IN_FORCE', to: 'UNDER_REVIEW' });
      expect(JSON.stringify(served)).not.toContain('Open at dawn');
      expect(JSON.stringify(served)).not.toContain(invited.id);
      served.forEach((event, index) => {
        expect(event.seq).toBe(index + 1);
        expect(recomputed(event)).toBe(event.hash);
        expect(event.prevHash).toBe(index ? served[index - 1].hash : '0'.repeat(64));
      });
      expect(await verify(outsider)).toEqual({
        valid: true,
        auditChainValid: true,
        auditEventsChecked: served.length,
        problems: [],
      });
    }

    const member = await read(hydroMember);
    expect(member.covenant.viewerCan.readWorkingDraft).toBe(true);
    expect(member.covenant.open).toEqual([{ body: 'Lower the fees for under-16s in the revision', resolved: false }]);
    expect(member.covenant.parties.map((party) => party.id)).toContain(invited.id);
    const full = await audit(hydroMember);
    expect(full.map((event) => event.action).slice(atReview.length)).toEqual([
      'comment.added',
      'comment.resolved',
      'commitment.added',
      'party.invited',
    ]);
    expect((await verify(housingAdmin)).auditEventsChecked).toBe(full.length);
  });

  it('serves everything once the revision is open for signature, continuing the chain outsiders checked', async () => {
    const { housingAdmin } = world.people;
    const before = await audit();
    const invitation = (await read(housingAdmin)).covenant.parties.find((party) => party.status === 'INVITED')!;
    await mutate(
      `mutation ($p: ID!) { respondToInvitation(partyId: $p, accept: false) { id } }`,
      { p: invitation.id },
      housingAdmin,
    );
    await openForSignature(api, world, covenant.id);

    const seen = await read();
    expect(seen.covenant.viewerCan.readWorkingDraft).toBe(true);
    expect(seen.covenant.open.map((c) => c.body)).toEqual(['Lower the fees for under-16s in the revision']);
    expect(seen.covenant.parties.map((party) => party.id)).toContain(invitation.id);
    const full = await audit();
    expect(full.slice(0, before.length)).toEqual(before);
    expect(JSON.stringify(full)).toContain('Open at dawn on Saturdays');
    expect((await verify()).auditEventsChecked).toBe(full.length);
  });
});
