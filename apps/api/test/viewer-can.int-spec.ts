/**
 * What the page offers is what the server accepts: for every person of the
 * authorisation matrix and every status, each transition, party action and
 * comment action is offered in `viewerCan` exactly when the mutation succeeds,
 * and a move held back is explained with the server's own reason.
 */
import { COVENANT_STATUSES as STATUSES, type CovenantStatus } from '@covenant/domain';
import { codes, startTestApp, type TestApp } from './support/test-app';
import {
  buildWorld,
  forceStatus,
  fullCovenant,
  PEOPLE,
  type Person,
  type TestCovenant,
  tokenOf,
  type World,
} from './support/covenant-world';

interface Offer {
  viewerCan: { transition: CovenantStatus[]; blocked: { target: CovenantStatus; reason: string }[] };
  parties: {
    id: string;
    organisation: { id: string };
    viewerCan: { remove: boolean; leave: boolean; respond: boolean };
  }[];
  comments: { id: string; viewerCan: { resolve: boolean } }[];
}

const OFFER = `viewerCan { transition blocked { target reason } }
  parties { id organisation { id } viewerCan { remove leave respond } }
  comments(includeResolved: true) { id viewerCan { resolve } }`;

/**
 * The status each move leads to, as the page reads `viewerCan.transition`:
 * in force, UNDER_REVIEW means starting a review; before, DRAFT means returning.
 */
function targetOf(move: string, status: CovenantStatus): CovenantStatus | null {
  const targets: Record<string, CovenantStatus | null> = {
    openConsultation: 'CONSULTATION',
    openForSignature: 'OPEN_FOR_SIGNATURE',
    returnToDraft: status === 'IN_FORCE' ? null : 'DRAFT',
    startReview: 'UNDER_REVIEW',
    endCovenant: 'ENDED',
    withdrawCovenant: 'WITHDRAWN',
  };
  return targets[move] ?? null;
}

const MOVES: Record<string, string> = {
  openConsultation: `mutation ($c: ID!) { openConsultation(covenantId: $c) { id } }`,
  openForSignature: `mutation ($c: ID!) { openForSignature(covenantId: $c) { id } }`,
  returnToDraft: `mutation ($c: ID!) { returnToDraft(covenantId: $c, reason: "Another look at the pool's hours.") { id } }`,
  startReview: `mutation ($c: ID!) { startReview(covenantId: $c) { id } }`,
  endCovenant: `mutation ($c: ID!) { endCovenant(covenantId: $c, reason: "Ended by agreement.") { id } }`,
  withdrawCovenant: `mutation ($c: ID!) { withdrawCovenant(covenantId: $c, reason: "Partners could not agree.") { id } }`,
};

interface Call {
  name: string;
  offered: boolean;
  query: string;
  variables: (covenant: TestCovenant, commentId: string) => Record<string, unknown>;
}

describe('viewerCan offers exactly what the server accepts', () => {
  let api: TestApp;
  let world: World;
  let token: (person: Person) => string | undefined;

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
    token = (person) => tokenOf(world, person);
  }, 120_000);
  afterAll(() => api.close());

  /**
   * The matrix's covenant (convenor, pool trust and council joined, the
   * housing provider invited) with a comment by a pool trust member; `ready`
   * withdraws the housing provider's invitation, so nothing holds signature back.
   */
  async function fixture(status: CovenantStatus, ready: boolean) {
    const covenant = await fullCovenant(api, world);
    const comment = await api.gql<{ addComment: { id: string } }>(
      `mutation ($input: CommentInput!) { addComment(input: $input) { id } }`,
      { input: { covenantId: covenant.id, body: 'Could the pool open earlier on Saturdays?' } },
      { token: world.people.poolMember.token },
    );
    if (ready) {
      const housing = covenant.parties.find((party) => party.organisation.id === world.housing.id)!;
      const removed = await api.gql(
        `mutation ($p: ID!) { removeParty(partyId: $p) { id } }`,
        { p: housing.id },
        {
          token: world.people.hydroAdmin.token,
        },
      );
      expect(removed.errors).toBeUndefined();
    }
    if (status !== 'DRAFT') await forceStatus(api, covenant.id, status);
    return { covenant, commentId: comment.data!.addComment.id };
  }

  async function offer(covenantId: string, person: Person): Promise<Offer | null> {
    const read = await api.gql<{ covenant: Offer | null }>(
      `query ($id: ID!) { covenant(id: $id) { ${OFFER} } }`,
      { id: covenantId },
      { token: token(person) },
    );
    return read.data?.covenant ?? null;
  }

  function callsFor(status: CovenantStatus, seen: Offer | null): Call[] {
    const moves = Object.entries(MOVES).map(([name, query]) => {
      const target = targetOf(name, status);
      return {
        name,
        offered: !!seen && !!target && seen.viewerCan.transition.includes(target),
        query,
        variables: (covenant: TestCovenant) => ({ c: covenant.id }),
      };
    });
    const organisations = {
      hydro: world.hydro.id,
      pool: world.pool.id,
      council: world.council.id,
      housing: world.housing.id,
    };
    const partyCalls = Object.entries(organisations).flatMap(([name, organisationId]) => {
      const party = seen?.parties.find((p) => p.organisation.id === organisationId);
      const partyOf = (covenant: TestCovenant) => ({
        p: covenant.parties.find((p) => p.organisation.id === organisationId)!.id,
      });
      return [
        {
          name: `removeParty(${name})`,
          offered: !!party?.viewerCan.remove,
          query: `mutation ($p: ID!) { removeParty(partyId: $p) { id } }`,
          variables: partyOf,
        },
        {
          name: `respondToInvitation(${name})`,
          offered: !!party?.viewerCan.respond,
          query: `mutation ($p: ID!) { respondToInvitation(partyId: $p, accept: true) { id } }`,
          variables: partyOf,
        },
      ];
    });
    const resolve = {
      name: 'resolveComment',
      offered: !!seen?.comments[0]?.viewerCan.resolve,
      query: `mutation ($id: ID!) { resolveComment(commentId: $id) { id } }`,
      variables: (_: TestCovenant, commentId: string) => ({ id: commentId }),
    };
    return [...moves, ...partyCalls, resolve];
  }

  describe.each([false, true])('with every invitation answered: %s', (ready) => {
    it.each(STATUSES)(
      'in %s',
      async (status) => {
        const shared = await fixture(status, ready);
        const mismatches: string[] = [];
        for (const person of PEOPLE) {
          const seen = await offer(shared.covenant.id, person);
          for (const call of callsFor(status, seen)) {
            // A refused call changes nothing (the matrix shows it), so refusals share one covenant.
            const target = call.offered ? await fixture(status, ready) : shared;
            const response = await api.gql(call.query, call.variables(target.covenant, target.commentId), {
              token: token(person),
            });
            const accepted = !response.errors;
            if (accepted !== call.offered) {
              mismatches.push(
                `${call.name} by ${person}: offered ${call.offered}, server ${accepted ? 'accepted' : `refused (${codes(response)[0]}: ${response.errors![0].message})`}`,
              );
            }
            const blocked = seen?.viewerCan.blocked.find((move) => move.target === targetOf(call.name, status));
            if (blocked && call.name in MOVES) {
              const refusal = { code: codes(response)[0], message: response.errors?.[0]?.message };
              if (refusal.code !== 'CONFLICT' || refusal.message !== blocked.reason) {
                mismatches.push(
                  `${call.name} by ${person}: blocked with "${blocked.reason}", server said ${JSON.stringify(refusal)}`,
                );
              }
            }
          }
        }
        expect(mismatches).toEqual([]);
      },
      300_000,
    );
  });

  it("tells the convenor's admin why signature must wait, and names who has not answered", async () => {
    const { covenant } = await fixture('DRAFT', false);
    const seen = await offer(covenant.id, 'hydroAdmin');
    expect(seen!.viewerCan.transition).not.toContain('OPEN_FOR_SIGNATURE');
    expect(seen!.viewerCan.blocked).toEqual([
      {
        target: 'OPEN_FOR_SIGNATURE',
        reason:
          'Dales River Homes has not answered the invitation yet; wait for an answer or remove the invitation first.',
      },
    ]);
    const ready = await fixture('DRAFT', true);
    expect((await offer(ready.covenant.id, 'hydroAdmin'))!.viewerCan).toMatchObject({
      transition: expect.arrayContaining(['OPEN_FOR_SIGNATURE']),
      blocked: [],
    });
  });
});
