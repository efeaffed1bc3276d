import type { MemberRole } from '../organisations';
import { COVENANT_STATUSES, type CovenantStatus, type PartyRole, type PartyStatus } from './enums';
import {
  commentPermissions,
  decide,
  decideConvening,
  partyPermissions,
  signableParties,
  viewerCan,
  type PolicyCovenant,
  type PolicyParty,
  type PolicyViewer,
} from './policy';

const party = (
  name: string,
  role: PartyRole,
  status: PartyStatus = 'ACCEPTED',
  kind: PolicyParty['organisationKind'] = role === 'COUNTERSIGNATORY' ? 'LOCAL_AUTHORITY' : 'COMMUNITY_GROUP',
  verified = true,
): PolicyParty => ({
  partyId: `${name}-party`,
  organisationId: `${name}-org`,
  organisationName: name,
  organisationKind: kind,
  verified,
  role,
  status,
});

/** A covenant whose convenor and council have both joined: ready to freeze once its status allows. */
const covenant = (
  status: CovenantStatus,
  visibility: 'PUBLIC' | 'PARTIES_ONLY' = 'PUBLIC',
  parties: PolicyParty[] = [party('CONVENOR', 'CONVENOR'), party('Council', 'COUNTERSIGNATORY')],
): PolicyCovenant => ({
  status,
  visibility,
  hasInForceVersion: ['IN_FORCE', 'UNDER_REVIEW'].includes(status),
  everInForce: ['IN_FORCE', 'UNDER_REVIEW', 'ENDED'].includes(status),
  parties,
});

const member = (role: PartyRole, memberRole: MemberRole, status: PartyStatus = 'ACCEPTED'): PolicyViewer => ({
  signedIn: true,
  emailVerified: true,
  parties: [{ partyId: `${role}-party`, role, status, organisationKind: 'COMMUNITY_GROUP', memberRole }],
});

const anonymous: PolicyViewer = { signedIn: false, emailVerified: false, parties: [] };
const resident: PolicyViewer = { signedIn: true, emailVerified: true, parties: [] };
const convenorAdmin = member('CONVENOR', 'ADMIN');

describe('decide: reading', () => {
  it.each(COVENANT_STATUSES)('lets parties read a covenant in %s, invited ones included', (status) => {
    for (const visibility of ['PUBLIC', 'PARTIES_ONLY'] as const) {
      expect(decide('read', covenant(status, visibility), member('PARTNER', 'MEMBER', 'INVITED')).allowed).toBe(true);
    }
  });

  it('lets anyone read a public covenant only once it leaves draft, and never one that was withdrawn', () => {
    const readable = COVENANT_STATUSES.filter((status) => decide('read', covenant(status), anonymous).allowed);
    expect(readable).toEqual(['CONSULTATION', 'OPEN_FOR_SIGNATURE', 'IN_FORCE', 'UNDER_REVIEW', 'ENDED']);
    expect(
      COVENANT_STATUSES.filter((status) => decide('read', covenant(status, 'PARTIES_ONLY'), resident).allowed),
    ).toEqual([]);
  });

  it('does not reveal a hidden covenant: NOT_FOUND before anything else', () => {
    expect(decide('openConsultation', covenant('DRAFT'), resident)).toMatchObject({
      allowed: false,
      code: 'NOT_FOUND',
    });
    expect(
      decide('support', covenant('IN_FORCE', 'PARTIES_ONLY'), member('PARTNER', 'ADMIN', 'DECLINED')),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('shows outsiders the version in force, not the working draft, during a review', () => {
    expect(decide('readWorkingDraft', covenant('UNDER_REVIEW'), resident).allowed).toBe(false);
    expect(decide('readWorkingDraft', covenant('UNDER_REVIEW'), member('PARTNER', 'MEMBER')).allowed).toBe(true);
    expect(decide('readWorkingDraft', covenant('CONSULTATION'), anonymous).allowed).toBe(true);
  });
});

describe('decide: acting', () => {
  it('asks anonymous people to sign in', () => {
    expect(decide('support', covenant('CONSULTATION'), anonymous)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('tells FORBIDDEN (never this person) from CONFLICT (not now)', () => {
    expect(decide('openConsultation', covenant('DRAFT'), member('PARTNER', 'ADMIN'))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(decide('openConsultation', covenant('CONSULTATION'), convenorAdmin)).toMatchObject({ code: 'CONFLICT' });
    expect(decide('openConsultation', covenant('DRAFT', 'PARTIES_ONLY'), convenorAdmin)).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('lets members of accepted parties edit drafts, and only drafts', () => {
    expect(decide('edit', covenant('DRAFT'), member('PARTNER', 'MEMBER')).allowed).toBe(true);
    expect(decide('edit', covenant('DRAFT'), member('PARTNER', 'ADMIN', 'INVITED'))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(decide('edit', covenant('CONSULTATION'), member('PARTNER', 'MEMBER'))).toMatchObject({ code: 'CONFLICT' });
  });

  it('lets a signatory of any accepted party ask for changes, and a signatory of a non-council party sign', () => {
    expect(
      decide('returnToDraft', covenant('OPEN_FOR_SIGNATURE'), member('COUNTERSIGNATORY', 'SIGNATORY')).allowed,
    ).toBe(true);
    expect(decide('returnToDraft', covenant('OPEN_FOR_SIGNATURE'), member('PARTNER', 'MEMBER'))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(decide('sign', covenant('OPEN_FOR_SIGNATURE'), member('PARTNER', 'SIGNATORY')).allowed).toBe(true);
    expect(decide('sign', covenant('OPEN_FOR_SIGNATURE'), member('COUNTERSIGNATORY', 'ADMIN'))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(decide('countersign', covenant('OPEN_FOR_SIGNATURE'), member('COUNTERSIGNATORY', 'SIGNATORY')).allowed).toBe(
      true,
    );
  });

  it('lets a signatory sign only for a party they are a signatory of', () => {
    const viewer: PolicyViewer = {
      signedIn: true,
      emailVerified: true,
      parties: [
        {
          partyId: 'pool',
          role: 'PARTNER',
          status: 'ACCEPTED',
          organisationKind: 'VOLUNTARY_ORGANISATION',
          memberRole: 'SIGNATORY',
        },
        {
          partyId: 'hydro',
          role: 'CONVENOR',
          status: 'ACCEPTED',
          organisationKind: 'COMMUNITY_BUSINESS',
          memberRole: 'MEMBER',
        },
        {
          partyId: 'council',
          role: 'COUNTERSIGNATORY',
          status: 'ACCEPTED',
          organisationKind: 'LOCAL_AUTHORITY',
          memberRole: 'ADMIN',
        },
      ],
    };
    expect(signableParties(viewer, 'sign')).toEqual(['pool']);
    expect(signableParties(viewer, 'countersign')).toEqual(['council']);
    const target = (partyId: string) => ({
      targetParty: { partyId, role: 'PARTNER' as const, status: 'ACCEPTED' as const },
    });
    expect(decide('sign', covenant('OPEN_FOR_SIGNATURE'), viewer, target('pool')).allowed).toBe(true);
    expect(decide('sign', covenant('OPEN_FOR_SIGNATURE'), viewer, target('hydro'))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(decide('sign', covenant('IN_FORCE'), viewer, target('pool'))).toMatchObject({ code: 'CONFLICT' });
  });

  it('lets a party leave, but never the convenor', () => {
    const target = { partyId: 'PARTNER-party', role: 'PARTNER' as const, status: 'ACCEPTED' as const };
    expect(decide('removeParty', covenant('DRAFT'), member('PARTNER', 'ADMIN'), { targetParty: target }).allowed).toBe(
      true,
    );
    expect(
      decide('removeParty', covenant('DRAFT'), member('PARTNER', 'SIGNATORY'), { targetParty: target }),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    const convenorParty = { partyId: 'CONVENOR-party', role: 'CONVENOR' as const, status: 'ACCEPTED' as const };
    expect(decide('removeParty', covenant('DRAFT'), convenorAdmin, { targetParty: convenorParty })).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('lets residents comment only during consultation, and parties until the covenant closes', () => {
    expect(decide('comment', covenant('CONSULTATION'), resident).allowed).toBe(true);
    expect(decide('comment', covenant('IN_FORCE'), resident)).toMatchObject({ code: 'CONFLICT' });
    expect(decide('comment', covenant('IN_FORCE'), member('PARTNER', 'MEMBER')).allowed).toBe(true);
    expect(decide('comment', covenant('ENDED'), member('PARTNER', 'MEMBER'))).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('viewerCan', () => {
  it("offers the convenor's admin consultation and withdrawal from a public draft", () => {
    expect(viewerCan(covenant('DRAFT'), convenorAdmin)).toEqual({
      edit: true,
      comment: true,
      invite: true,
      sign: false,
      countersign: false,
      support: false,
      proposeAmendment: true,
      decideAmendments: true,
      respond: false,
      createBudget: false,
      transition: ['CONSULTATION', 'OPEN_FOR_SIGNATURE', 'WITHDRAWN'],
      blocked: [],
    });
  });

  it('offers only the moves a client can request, when asked to', () => {
    expect(viewerCan(covenant('DRAFT'), convenorAdmin, ['openConsultation']).transition).toEqual(['CONSULTATION']);
  });

  it('offers nothing to an anonymous reader but reading', () => {
    expect(viewerCan(covenant('IN_FORCE'), anonymous)).toEqual({
      edit: false,
      comment: false,
      invite: false,
      sign: false,
      countersign: false,
      support: false,
      proposeAmendment: false,
      decideAmendments: false,
      respond: false,
      createBudget: false,
      transition: [],
      blocked: [],
    });
  });
});

describe('decide: disputed delivery', () => {
  const partnerAdmin = member('PARTNER', 'ADMIN');
  const partnerMember = member('PARTNER', 'MEMBER');
  const delivery = (fields: Partial<{ delivered: boolean; viewerHasOpenDispute: boolean }> = {}) => ({
    delivery: {
      partyId: 'PARTNER-party',
      partyName: 'Partner',
      delivered: true,
      viewerHasOpenDispute: false,
      ...fields,
    },
  });
  const dispute = (answered = false) => ({ dispute: { partyId: 'PARTNER-party', partyName: 'Partner', answered } });

  it('lets residents and other parties dispute a DELIVERED report, never the reporting party', () => {
    expect(decide('disputeDelivery', covenant('IN_FORCE'), resident, delivery())).toEqual({ allowed: true });
    expect(decide('disputeDelivery', covenant('ENDED'), convenorAdmin, delivery())).toEqual({ allowed: true });
    expect(decide('disputeDelivery', covenant('IN_FORCE'), partnerMember, delivery())).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(decide('disputeDelivery', covenant('IN_FORCE'), anonymous, delivery())).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(
      decide('disputeDelivery', covenant('IN_FORCE'), { ...resident, emailVerified: false }, delivery()),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses what is not delivered, a second open dispute, and a covenant never in force', () => {
    expect(decide('disputeDelivery', covenant('IN_FORCE'), resident, delivery({ delivered: false }))).toMatchObject({
      code: 'CONFLICT',
    });
    expect(
      decide('disputeDelivery', covenant('IN_FORCE'), resident, delivery({ viewerHasOpenDispute: true })),
    ).toMatchObject({ code: 'CONFLICT' });
    expect(decide('disputeDelivery', covenant('CONSULTATION'), resident, delivery())).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it("lets only the reporting party's admin answer, once", () => {
    expect(decide('answerDispute', covenant('IN_FORCE'), partnerAdmin, dispute())).toEqual({ allowed: true });
    expect(decide('answerDispute', covenant('IN_FORCE'), partnerMember, dispute())).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(decide('answerDispute', covenant('IN_FORCE'), convenorAdmin, dispute())).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(decide('answerDispute', covenant('IN_FORCE'), partnerAdmin, dispute(true))).toMatchObject({
      code: 'CONFLICT',
    });
  });
});

describe('decide: participatory budgets', () => {
  const partnerAdmin = member('PARTNER', 'ADMIN');
  const partnerParty = partnerAdmin.parties[0];
  const budget = (phase: 'PROPOSALS' | 'VOTING' | 'RESULTS') => ({ phase, fundingPartyId: partnerParty.partyId });

  it("lets the funding party's admin start and move a budget on while the covenant is in force or under review", () => {
    const targetParty = { partyId: partnerParty.partyId, role: partnerParty.role, status: partnerParty.status };
    expect(decide('createBudget', covenant('IN_FORCE'), partnerAdmin, { targetParty })).toEqual({ allowed: true });
    expect(decide('createBudget', covenant('DRAFT'), partnerAdmin, { targetParty })).toMatchObject({
      code: 'CONFLICT',
    });
    expect(decide('createBudget', covenant('IN_FORCE'), convenorAdmin, { targetParty })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(decide('advanceBudget', covenant('UNDER_REVIEW'), partnerAdmin, { budget: budget('VOTING') })).toEqual({
      allowed: true,
    });
    expect(decide('advanceBudget', covenant('IN_FORCE'), partnerAdmin, { budget: budget('RESULTS') })).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('lets anyone verified propose while proposals are open and vote while the vote is', () => {
    expect(decide('proposeProject', covenant('IN_FORCE'), resident, { budget: budget('PROPOSALS') })).toEqual({
      allowed: true,
    });
    expect(decide('proposeProject', covenant('IN_FORCE'), resident, { budget: budget('VOTING') })).toMatchObject({
      code: 'CONFLICT',
    });
    expect(decide('castBallot', covenant('IN_FORCE'), resident, { budget: budget('VOTING') })).toEqual({
      allowed: true,
    });
    expect(
      decide('castBallot', covenant('IN_FORCE'), { ...resident, emailVerified: false }, { budget: budget('VOTING') }),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(decide('castBallot', covenant('ENDED'), resident, { budget: budget('VOTING') })).toMatchObject({
      code: 'CONFLICT',
    });
  });
});

describe("decide: residents' voice", () => {
  const unverified: PolicyViewer = { ...resident, emailVerified: false };
  const partner = member('PARTNER', 'MEMBER');
  const proposed = { authorIsViewer: false, status: 'PROPOSED' as const };

  it('lets anyone verified propose, support and respond during consultation, and no one unverified', () => {
    for (const action of ['proposeAmendment', 'supportAmendment', 'respond'] as const) {
      expect(decide(action, covenant('CONSULTATION'), resident, { amendment: proposed })).toEqual({ allowed: true });
      expect(decide(action, covenant('CONSULTATION'), unverified, { amendment: proposed })).toMatchObject({
        code: 'FORBIDDEN',
        reason: expect.stringMatching(/^Confirm your e-mail address first/),
      });
    }
  });

  it('lets members of the parties propose while drafting and under review, residents only during consultation', () => {
    for (const status of ['DRAFT', 'UNDER_REVIEW'] as const) {
      expect(decide('proposeAmendment', covenant(status), partner).allowed).toBe(true);
    }
    expect(decide('proposeAmendment', covenant('IN_FORCE'), partner)).toMatchObject({ code: 'CONFLICT' });
    expect(decide('proposeAmendment', covenant('IN_FORCE'), resident)).toMatchObject({
      code: 'CONFLICT',
      reason: expect.stringMatching(/while the covenant is in public consultation/),
    });
    expect(decide('proposeAmendment', covenant('DRAFT', 'PARTIES_ONLY'), { ...partner, parties: [] })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('keeps an amendment to others to support, to its author to withdraw, and to the convenor to decide', () => {
    const mine = { authorIsViewer: true, status: 'PROPOSED' as const };
    expect(decide('supportAmendment', covenant('CONSULTATION'), resident, { amendment: mine })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(decide('withdrawAmendment', covenant('CONSULTATION'), resident, { amendment: mine }).allowed).toBe(true);
    expect(decide('withdrawAmendment', covenant('CONSULTATION'), resident, { amendment: proposed })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(decide('decideAmendment', covenant('CONSULTATION'), partner, { amendment: proposed })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(decide('decideAmendment', covenant('CONSULTATION'), convenorAdmin, { amendment: proposed }).allowed).toBe(
      true,
    );
    expect(decide('decideAmendment', covenant('OPEN_FOR_SIGNATURE'), convenorAdmin)).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('refuses to act again on an amendment already decided or withdrawn', () => {
    const accepted = { authorIsViewer: true, status: 'ACCEPTED' as const };
    for (const action of ['withdrawAmendment', 'decideAmendment'] as const) {
      expect(decide(action, covenant('CONSULTATION'), convenorAdmin, { amendment: accepted })).toEqual({
        allowed: false,
        code: 'CONFLICT',
        reason: 'This amendment has already been accepted.',
      });
    }
  });

  it('takes responses during consultation only', () => {
    expect(decide('respond', covenant('DRAFT'), convenorAdmin)).toMatchObject({ code: 'CONFLICT' });
    expect(decide('respond', covenant('IN_FORCE'), resident)).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('decide: opening for signature', () => {
  const convenor = party('CONVENOR', 'CONVENOR');

  it('waits for the council to be invited and to accept, and says so instead of offering the move', () => {
    const noCouncil = covenant('DRAFT', 'PUBLIC', [convenor]);
    expect(decide('openForSignature', noCouncil, convenorAdmin)).toMatchObject({
      code: 'CONFLICT',
      reason: expect.stringMatching(/^Invite the local authority as countersignatory first/),
    });
    const invited = covenant('DRAFT', 'PUBLIC', [convenor, party('Craven Council', 'COUNTERSIGNATORY', 'INVITED')]);
    const can = viewerCan(invited, convenorAdmin);
    expect(can.transition).toEqual(['CONSULTATION', 'WITHDRAWN']);
    expect(can.blocked).toEqual([
      { target: 'OPEN_FOR_SIGNATURE', reason: 'Craven Council has not yet accepted its invitation to countersign.' },
    ]);
  });

  it('waits for every invitation to be answered, naming who has not', () => {
    const pending = covenant('CONSULTATION', 'PUBLIC', [
      convenor,
      party('Council', 'COUNTERSIGNATORY'),
      party('Pool Trust', 'PARTNER', 'INVITED'),
      party('Library', 'PARTNER', 'INVITED'),
    ]);
    expect(decide('openForSignature', pending, convenorAdmin)).toMatchObject({
      code: 'CONFLICT',
      reason:
        'Pool Trust and Library have not answered the invitation yet; wait for an answer or remove the invitation first.',
    });
  });

  it('blocks nothing for people who may not make the move anyway', () => {
    const invited = covenant('DRAFT', 'PUBLIC', [convenor, party('Council', 'COUNTERSIGNATORY', 'INVITED')]);
    expect(viewerCan(invited, member('PARTNER', 'ADMIN')).blocked).toEqual([]);
  });
});

describe('decide: inviting', () => {
  const neighbourhood = { name: 'Settle', localAuthorityId: 'Council-org' };
  const invite = (
    parties: PolicyParty[],
    organisation: { id: string; name: string; kind: PolicyParty['organisationKind'] },
    role: PartyRole,
  ) =>
    decide('invite', covenant('DRAFT', 'PUBLIC', parties), convenorAdmin, {
      invitation: { organisation, role, neighbourhood },
    });
  const convenor = party('CONVENOR', 'CONVENOR');
  const pool = { id: 'Pool-org', name: 'Pool Trust', kind: 'COMMUNITY_BUSINESS' as const };
  const council = { id: 'Council-org', name: 'Council', kind: 'LOCAL_AUTHORITY' as const };

  it('invites a partner once, and a council of the neighbourhood as its countersignatory', () => {
    expect(invite([convenor], pool, 'PARTNER').allowed).toBe(true);
    expect(invite([convenor], council, 'COUNTERSIGNATORY').allowed).toBe(true);
    expect(invite([convenor, party('Pool', 'PARTNER', 'INVITED')], pool, 'PARTNER')).toMatchObject({
      code: 'CONFLICT',
      reason: 'Pool Trust is already invited to or part of this covenant.',
    });
    expect(invite([convenor, party('Pool', 'PARTNER', 'DECLINED')], pool, 'PARTNER').allowed).toBe(true);
  });

  it('refuses a second convenor, a countersignatory that is not the neighbourhood’s council, and a second council', () => {
    expect(invite([convenor], pool, 'CONVENOR')).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(invite([convenor], pool, 'COUNTERSIGNATORY')).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'Only a local authority can countersign; Pool Trust can be invited as a partner.',
    });
    const other = { id: 'Leeds-org', name: 'Leeds', kind: 'LOCAL_AUTHORITY' as const };
    expect(invite([convenor], other, 'COUNTERSIGNATORY')).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: "The countersignatory must be Settle's own council, as the neighbourhood names it.",
    });
    expect(
      invite([convenor, party('Council', 'COUNTERSIGNATORY', 'INVITED')], council, 'COUNTERSIGNATORY'),
    ).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('checks who and when before what is invited', () => {
    expect(
      decide('invite', covenant('OPEN_FOR_SIGNATURE'), convenorAdmin, {
        invitation: { organisation: pool, role: 'CONVENOR', neighbourhood },
      }),
    ).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('partyPermissions and commentPermissions', () => {
  const partner = { partyId: 'PARTNER-party', role: 'PARTNER' as const, status: 'ACCEPTED' as const };
  const convenorParty = { partyId: 'CONVENOR-party', role: 'CONVENOR' as const, status: 'ACCEPTED' as const };

  it("offers a partner's admin to leave, and the convenor's admin to remove, only while parties may change", () => {
    expect(partyPermissions(covenant('DRAFT'), member('PARTNER', 'ADMIN'), partner)).toEqual({
      remove: true,
      leave: true,
      respond: false,
    });
    expect(partyPermissions(covenant('DRAFT'), convenorAdmin, partner)).toMatchObject({ remove: true, leave: false });
    expect(partyPermissions(covenant('DRAFT'), convenorAdmin, convenorParty).remove).toBe(false);
    expect(partyPermissions(covenant('IN_FORCE'), member('PARTNER', 'ADMIN'), partner).remove).toBe(false);
    expect(partyPermissions(covenant('DRAFT'), member('PARTNER', 'MEMBER'), partner).remove).toBe(false);
    const gone = { ...partner, status: 'REMOVED' as const };
    expect(partyPermissions(covenant('DRAFT'), convenorAdmin, gone).remove).toBe(false);
    expect(decide('removeParty', covenant('DRAFT'), convenorAdmin, { targetParty: gone })).toMatchObject({
      code: 'CONFLICT',
      reason: 'That organisation is no longer part of this covenant.',
    });
  });

  it("offers an invitation's answer to the invited organisation's admin", () => {
    const invited = { ...partner, status: 'INVITED' as const };
    expect(partyPermissions(covenant('DRAFT'), member('PARTNER', 'ADMIN', 'INVITED'), invited).respond).toBe(true);
    expect(partyPermissions(covenant('DRAFT'), member('PARTNER', 'MEMBER', 'INVITED'), invited).respond).toBe(false);
  });

  it('offers resolving a comment to its author and the convenor’s admin while the covenant is open', () => {
    expect(commentPermissions(covenant('DRAFT'), member('PARTNER', 'MEMBER'), { authorIsViewer: true }).resolve).toBe(
      true,
    );
    expect(commentPermissions(covenant('DRAFT'), member('PARTNER', 'MEMBER'), { authorIsViewer: false }).resolve).toBe(
      false,
    );
    expect(commentPermissions(covenant('DRAFT'), convenorAdmin, { authorIsViewer: false }).resolve).toBe(true);
    expect(commentPermissions(covenant('ENDED'), convenorAdmin, { authorIsViewer: true }).resolve).toBe(false);
  });
});

describe('decideConvening', () => {
  it('lets an admin of a community organisation start a covenant on its behalf, and no one else', () => {
    const group = { name: 'Settle Hydro', kind: 'COMMUNITY_GROUP' as const };
    expect(decideConvening(group, { role: 'ADMIN' }).allowed).toBe(true);
    expect(decideConvening(group, { role: 'SIGNATORY' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(decideConvening(group, null)).toMatchObject({ code: 'FORBIDDEN' });
    expect(decideConvening({ name: 'Craven Council', kind: 'LOCAL_AUTHORITY' }, { role: 'ADMIN' })).toMatchObject({
      code: 'FORBIDDEN',
      reason: expect.stringMatching(/Craven Council can join one as a partner instead/),
    });
  });
});

describe('decide: commitments', () => {
  const poolParty = { partyId: 'PARTNER-party', role: 'PARTNER' as const, status: 'ACCEPTED' as const };

  it('lets any member of a party write its own commitments while drafting or revising', () => {
    for (const status of ['DRAFT', 'UNDER_REVIEW'] as const) {
      expect(
        decide('changeCommitment', covenant(status), member('PARTNER', 'MEMBER'), { targetParty: poolParty }).allowed,
      ).toBe(true);
    }
  });

  it('lets only the convenor’s admin write them for another party', () => {
    const other = { targetParty: { ...poolParty, partyId: 'someone-else' } };
    expect(decide('changeCommitment', covenant('DRAFT'), convenorAdmin, other).allowed).toBe(true);
    expect(decide('changeCommitment', covenant('DRAFT'), member('CONVENOR', 'SIGNATORY'), other)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(decide('changeCommitment', covenant('DRAFT'), member('PARTNER', 'ADMIN'), other)).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses outside drafting, and for an organisation that has not joined', () => {
    const own = { targetParty: poolParty };
    expect(
      COVENANT_STATUSES.filter(
        (status) => decide('changeCommitment', covenant(status), member('PARTNER', 'MEMBER'), own).allowed,
      ),
    ).toEqual(['DRAFT', 'UNDER_REVIEW']);
    expect(decide('changeCommitment', covenant('CONSULTATION'), member('PARTNER', 'MEMBER'), own)).toMatchObject({
      code: 'CONFLICT',
    });
    expect(
      decide('changeCommitment', covenant('DRAFT'), convenorAdmin, {
        targetParty: { ...poolParty, status: 'INVITED' },
      }),
    ).toMatchObject({ code: 'CONFLICT', reason: expect.stringContaining('has not joined') });
  });
});

describe('decide: verified identities', () => {
  const unverified = (viewer: PolicyViewer): PolicyViewer => ({ ...viewer, emailVerified: false });

  it('lets nobody sign, countersign or answer an invitation before proving their e-mail', () => {
    const open = covenant('OPEN_FOR_SIGNATURE');
    for (const [action, viewer] of [
      ['sign', member('PARTNER', 'SIGNATORY')],
      ['countersign', member('COUNTERSIGNATORY', 'SIGNATORY')],
    ] as const) {
      expect(decide(action, open, viewer).allowed).toBe(true);
      const refusal = decide(action, open, unverified(viewer));
      expect(refusal).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
      expect(refusal.allowed || refusal.reason).toMatch(/Confirm your e-mail address/);
    }
    const invited = member('PARTNER', 'ADMIN', 'INVITED');
    const targetParty = { partyId: 'PARTNER-party', role: 'PARTNER' as const, status: 'INVITED' as const };
    expect(decide('respondToInvitation', covenant('DRAFT'), invited, { targetParty }).allowed).toBe(true);
    expect(decide('respondToInvitation', covenant('DRAFT'), unverified(invited), { targetParty })).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('still lets an unverified member draft and comment', () => {
    const viewer = unverified(member('PARTNER', 'MEMBER'));
    expect(decide('edit', covenant('DRAFT'), viewer).allowed).toBe(true);
    expect(decide('comment', covenant('DRAFT'), viewer).allowed).toBe(true);
  });

  it('refuses to open for signature while a public body is unverified, naming each, and does not offer it', () => {
    const waiting = covenant('DRAFT', 'PUBLIC', [
      party('CONVENOR', 'CONVENOR'),
      party('North Yorkshire Council', 'COUNTERSIGNATORY', 'ACCEPTED', 'LOCAL_AUTHORITY', false),
      party('NHS Leeds', 'PARTNER', 'ACCEPTED', 'PUBLIC_BODY', false),
      party('Old Council', 'PARTNER', 'REMOVED', 'LOCAL_AUTHORITY', false),
    ]);
    const refusal = decide('openForSignature', waiting, convenorAdmin);
    expect(refusal).toMatchObject({ allowed: false, code: 'CONFLICT' });
    expect(refusal.allowed || refusal.reason).toMatch(/^North Yorkshire Council and NHS Leeds are not verified yet/);
    expect(viewerCan(waiting, convenorAdmin).transition).not.toContain('OPEN_FOR_SIGNATURE');
    expect(viewerCan(covenant('DRAFT'), convenorAdmin).transition).toContain('OPEN_FOR_SIGNATURE');
  });
});
