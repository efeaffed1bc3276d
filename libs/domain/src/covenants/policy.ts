/**
 * Who may do what with a covenant, and when (DESIGN.md, "Lifecycle and who
 * may do what"). The API's GraphQL resolvers and Socket.IO gateway and the
 * web app all ask `decide`; `viewerCan` is computed from it.
 *
 * Checks run in a fixed order, so every refusal has one honest code:
 * NOT_FOUND (may not even read it), UNAUTHENTICATED (must sign in),
 * FORBIDDEN (not this person, whatever the status), CONFLICT (not now).
 */
import { PUBLIC_BODY_KINDS, roleAtLeast, type MemberRole, type OrganisationKind } from '../organisations';
import { inWords, notVisible } from '../words';
import {
  CONVENOR_KINDS,
  COVENANT_STATUSES,
  type AmendmentStatus,
  type BudgetPhase,
  type CovenantStatus,
  type PartyRole,
  type PartyStatus,
} from './enums';
import { transitionTarget, TRANSITIONS, type CovenantState, type Transition } from './lifecycle';

/** A party of this covenant whose organisation the viewer belongs to, with the viewer's role there. */
export interface ViewerParty {
  partyId: string;
  role: PartyRole;
  status: PartyStatus;
  organisationKind: OrganisationKind;
  memberRole: MemberRole;
}

export interface PolicyViewer {
  signedIn: boolean;
  /** The viewer has proved their e-mail address: needed to sign, countersign or answer for an organisation. */
  emailVerified: boolean;
  parties: ViewerParty[];
}

/** One of the covenant's parties, past ones included, with what the rules need of its organisation. */
export interface PolicyParty {
  partyId: string;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  /** A platform steward has verified the organisation. */
  verified: boolean;
  role: PartyRole;
  status: PartyStatus;
}

export interface PolicyCovenant extends CovenantState {
  parties: PolicyParty[];
}

export type CovenantAction =
  | 'read'
  | 'readWorkingDraft'
  | 'edit'
  | 'invite'
  | 'removeParty'
  | 'respondToInvitation'
  | 'comment'
  | 'resolveComment'
  | 'support'
  | 'sign'
  /** Adding, changing or removing a commitment of `targetParty`. */
  | 'changeCommitment'
  | 'reportProgress'
  /** Residents' voice: amendments to the text and responses to its sections. */
  | 'proposeAmendment'
  | 'supportAmendment'
  | 'withdrawAmendment'
  | 'decideAmendment'
  | 'respond'
  /** Right to Control Investment: participatory budgets of a covenant in force. */
  | 'createBudget'
  | 'proposeProject'
  | 'advanceBudget'
  | 'castBallot'
  /** Challenging a DELIVERED report, and the reporting party's answer. */
  | 'disputeDelivery'
  | 'answerDispute'
  | Transition;

/** An organisation being invited, and the neighbourhood whose council alone may countersign. */
export interface Invitation {
  organisation: { id: string; name: string; kind: OrganisationKind };
  role: PartyRole;
  neighbourhood: { name: string; localAuthorityId: string | null };
}

export interface ActionContext {
  /** The party acted on: removed, answering an invitation, committing, reporting, signing for. */
  targetParty?: { partyId: string; role: PartyRole; status: PartyStatus };
  commentAuthorIsViewer?: boolean;
  /** The amendment supported, withdrawn or decided. Without it only the viewer and the covenant are checked. */
  amendment?: { authorIsViewer: boolean; status: AmendmentStatus };
  /** For `invite`: who is invited, and as what. Without it only the viewer and the status are checked. */
  invitation?: Invitation;
  /** The participatory budget acted on. Without it only the viewer and the covenant are checked. */
  budget?: { phase: BudgetPhase; fundingPartyId: string };
  /** The commitment whose delivery is disputed. Without it only the viewer and the covenant are checked. */
  delivery?: { partyId: string; partyName: string; delivered: boolean; viewerHasOpenDispute: boolean };
  /** The dispute answered. */
  dispute?: { partyId: string; partyName: string; answered: boolean };
}

export type RefusalCode = 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT' | 'BAD_USER_INPUT';

export type Decision = { allowed: true } | { allowed: false; code: RefusalCode; reason: string };

const ALLOWED: Decision = { allowed: true };
/** Statuses in which anyone may read a PUBLIC covenant. */
export const PUBLICLY_READABLE: readonly CovenantStatus[] = [
  'CONSULTATION',
  'OPEN_FOR_SIGNATURE',
  'IN_FORCE',
  'UNDER_REVIEW',
  'ENDED',
];
const PARTY_CHANGES: readonly CovenantStatus[] = ['DRAFT', 'CONSULTATION', 'UNDER_REVIEW'];
/** While the text and commitments are drafted: the only statuses in which the live document may change. */
export const EDITABLE_STATUSES: readonly CovenantStatus[] = ['DRAFT', 'UNDER_REVIEW'];

/**
 * Whether, in this status, a reader outside the parties is shown the record
 * as it stood before (during a revision) rather than the working draft. In
 * any other status whoever may read a covenant may read its working draft.
 */
export function draftHiddenFromOutsiders(status: CovenantStatus): boolean {
  return status === 'UNDER_REVIEW';
}
export const isEditableStatus = (status: string): boolean => (EDITABLE_STATUSES as readonly string[]).includes(status);
const CLOSED: readonly CovenantStatus[] = ['ENDED', 'WITHDRAWN'];
const SUPPORTABLE: readonly CovenantStatus[] = ['CONSULTATION', 'OPEN_FOR_SIGNATURE', 'IN_FORCE'];

type Openness = Pick<CovenantState, 'status' | 'visibility'>;
/** Residents may add their support now (signed in). */
export const collectsSupport = (covenant: Openness): boolean =>
  covenant.visibility === 'PUBLIC' && SUPPORTABLE.includes(covenant.status);
/** Residents outside the parties may comment now (signed in). */
export const openToResidentComments = (covenant: Openness): boolean =>
  covenant.visibility === 'PUBLIC' && covenant.status === 'CONSULTATION';

const forbidden = (reason: string): Decision => ({ allowed: false, code: 'FORBIDDEN', reason });
const VERIFY_EMAIL = forbidden(
  'Confirm your e-mail address first: open the link we e-mailed you when you registered, or send a new one from the notice at the top of the page. Until then you can draft and comment, but not sign, answer for an organisation, propose amendments or respond to a consultation.',
);
/** A refusal for a viewer who has not proved their e-mail address, once they are otherwise the right person. */
const verifiedOnly = (viewer: PolicyViewer): Decision => (viewer.emailVerified ? ALLOWED : VERIFY_EMAIL);
const conflict = (reason: string): Decision => ({ allowed: false, code: 'CONFLICT', reason });
const badInput = (reason: string): Decision => ({ allowed: false, code: 'BAD_USER_INPUT', reason });

/** Invited or joined: a party that is part of the covenant now. */
const active = (party: { status: PartyStatus }) => party.status === 'INVITED' || party.status === 'ACCEPTED';
const accepted = (viewer: PolicyViewer) => viewer.parties.filter((party) => party.status === 'ACCEPTED');
const acceptedWith = (viewer: PolicyViewer, role: PartyRole | null, memberRole: MemberRole) =>
  accepted(viewer).some((party) => (role === null || party.role === role) && roleAtLeast(party.memberRole, memberRole));
const convenorAdmin = (viewer: PolicyViewer) => acceptedWith(viewer, 'CONVENOR', 'ADMIN');
const countersignatoryAdmin = (viewer: PolicyViewer) => acceptedWith(viewer, 'COUNTERSIGNATORY', 'ADMIN');

/**
 * The accepted parties the viewer may sign for as SIGNATORY or ADMIN: every
 * party but the council for `sign`, only the council for `countersign`.
 */
export function signableParties(viewer: PolicyViewer, kind: 'sign' | 'countersign'): string[] {
  return accepted(viewer)
    .filter((party) => (party.role === 'COUNTERSIGNATORY') === (kind === 'countersign'))
    .filter((party) => roleAtLeast(party.memberRole, 'SIGNATORY'))
    .map((party) => party.partyId);
}

function statusIn(covenant: PolicyCovenant, statuses: readonly CovenantStatus[], reason: string): Decision {
  return statuses.includes(covenant.status) ? ALLOWED : conflict(reason);
}

export function canRead(covenant: PolicyCovenant, viewer: PolicyViewer): boolean {
  if (viewer.parties.some(active)) return true;
  return covenant.visibility === 'PUBLIC' && PUBLICLY_READABLE.includes(covenant.status);
}

function transition(action: Transition, covenant: PolicyCovenant, viewer: PolicyViewer): Decision {
  const who: Record<Transition, () => Decision> = {
    openConsultation: () =>
      convenorAdmin(viewer) ? ALLOWED : forbidden('Only an admin of the convenor can open public consultation.'),
    openForSignature: () =>
      convenorAdmin(viewer) ? ALLOWED : forbidden('Only an admin of the convenor can open the covenant for signature.'),
    returnToDraft: () =>
      convenorAdmin(viewer) || acceptedWith(viewer, null, 'SIGNATORY')
        ? ALLOWED
        : forbidden("Only the convenor's admin or a signatory of a party can send the covenant back for changes."),
    countersign: () =>
      acceptedWith(viewer, 'COUNTERSIGNATORY', 'SIGNATORY')
        ? verifiedOnly(viewer)
        : forbidden('Only a signatory of the council that countersigns can countersign.'),
    startReview: () =>
      convenorAdmin(viewer) || countersignatoryAdmin(viewer)
        ? ALLOWED
        : forbidden('Only an admin of the convenor or of the countersigning council can start a review.'),
    endCovenant: () =>
      convenorAdmin(viewer) || countersignatoryAdmin(viewer)
        ? ALLOWED
        : forbidden('Only an admin of the convenor or of the countersigning council can end the covenant.'),
    // The table names no one for withdrawing; the convenor who started it is the one to abandon it.
    withdrawCovenant: () =>
      convenorAdmin(viewer) ? ALLOWED : forbidden('Only an admin of the convenor can withdraw the covenant.'),
  };
  const allowedWho = who[action]();
  if (!allowedWho.allowed) return allowedWho;
  const target = transitionTarget(action, covenant);
  if (!target.ok) return conflict(target.reason);
  return action === 'openForSignature' ? readyToFreeze(covenant) : ALLOWED;
}

/** What must be true of the parties before their text is frozen for signature. */
function readyToFreeze(covenant: PolicyCovenant): Decision {
  const unverified = covenant.parties
    .filter((party) => active(party) && PUBLIC_BODY_KINDS.includes(party.organisationKind) && !party.verified)
    .map((party) => party.organisationName);
  if (unverified.length) {
    return conflict(
      `${inWords(unverified)} ${unverified.length === 1 ? 'is' : 'are'} not verified yet: a public body must be verified by a platform steward before a covenant it is party to opens for signature. An admin of ${unverified.length === 1 ? 'it' : 'each'} can ask for verification on the organisation's page.`,
    );
  }
  const council = covenant.parties.find((party) => party.role === 'COUNTERSIGNATORY' && active(party));
  if (!council) {
    return conflict('Invite the local authority as countersignatory first: the council countersigns every covenant.');
  }
  if (council.status !== 'ACCEPTED' || council.organisationKind !== 'LOCAL_AUTHORITY') {
    return conflict(`${council.organisationName} has not yet accepted its invitation to countersign.`);
  }
  const pending = covenant.parties.filter((party) => party.status === 'INVITED');
  if (pending.length) {
    return conflict(
      `${inWords(pending.map((party) => party.organisationName))} ${pending.length === 1 ? 'has' : 'have'} not answered the invitation yet; wait for an answer or remove the invitation first.`,
    );
  }
  return ALLOWED;
}

/** Who may be invited, and as what: one convenor, and only the neighbourhood's own council countersigns. */
function invitable(covenant: PolicyCovenant, { organisation, role, neighbourhood }: Invitation): Decision {
  if (role === 'CONVENOR') {
    return badInput('A covenant has one convenor, the organisation that started it. Invite them as a partner.');
  }
  if (role === 'COUNTERSIGNATORY') {
    if (organisation.kind !== 'LOCAL_AUTHORITY') {
      return badInput(`Only a local authority can countersign; ${organisation.name} can be invited as a partner.`);
    }
    if (neighbourhood.localAuthorityId && neighbourhood.localAuthorityId !== organisation.id) {
      return badInput(
        `The countersignatory must be ${neighbourhood.name}'s own council, as the neighbourhood names it.`,
      );
    }
    if (covenant.parties.some((party) => party.role === 'COUNTERSIGNATORY' && active(party))) {
      return conflict('This covenant already has a countersignatory. Remove it first to invite another council.');
    }
  }
  if (covenant.parties.some((party) => party.organisationId === organisation.id && active(party))) {
    return conflict(`${organisation.name} is already invited to or part of this covenant.`);
  }
  return ALLOWED;
}

/** Statuses in which the text may still change, and so amendments may be proposed and decided. */
const AMENDABLE: readonly CovenantStatus[] = ['DRAFT', 'CONSULTATION', 'UNDER_REVIEW'];

/**
 * Who may put forward or back an amendment now: in consultation anyone signed
 * in with a proved e-mail; members of accepted parties also while drafting.
 */
function amendmentVoice(covenant: PolicyCovenant, viewer: PolicyViewer): Decision {
  if (covenant.status === 'CONSULTATION') return verifiedOnly(viewer);
  if (!accepted(viewer).length) {
    return covenant.visibility === 'PUBLIC'
      ? conflict('Residents can propose and support amendments while the covenant is in public consultation.')
      : forbidden('Only members of the parties can propose amendments to this covenant.');
  }
  return statusIn(
    covenant,
    AMENDABLE,
    'Amendments can be proposed while the covenant is drafted, in consultation or under review.',
  );
}

function decideAmendmentAction(
  action: 'proposeAmendment' | 'supportAmendment' | 'withdrawAmendment' | 'decideAmendment',
  covenant: PolicyCovenant,
  viewer: PolicyViewer,
  amendment: ActionContext['amendment'],
): Decision {
  const stillProposed = (): Decision =>
    !amendment || amendment.status === 'PROPOSED'
      ? ALLOWED
      : conflict(`This amendment has already been ${amendment.status.toLowerCase()}.`);
  switch (action) {
    case 'proposeAmendment':
      return amendmentVoice(covenant, viewer);
    case 'supportAmendment': {
      if (amendment?.authorIsViewer) return forbidden('You proposed this amendment; others can add their support.');
      const voice = amendmentVoice(covenant, viewer);
      return voice.allowed ? stillProposed() : voice;
    }
    case 'withdrawAmendment':
      if (amendment && !amendment.authorIsViewer) return forbidden('Only its author can withdraw an amendment.');
      if (CLOSED.includes(covenant.status)) return conflict('The covenant is closed: its amendments stay as they are.');
      return stillProposed();
    case 'decideAmendment': {
      if (!convenorAdmin(viewer)) return forbidden('Only an admin of the convenor can accept or reject amendments.');
      const now = statusIn(
        covenant,
        AMENDABLE,
        'Amendments can be decided only while the text can change: in draft, consultation or review.',
      );
      return now.allowed ? stillProposed() : now;
    }
  }
}

/** A covenant's budgets run while it is in force, and through a review of it. */
const BUDGETING: readonly CovenantStatus[] = ['IN_FORCE', 'UNDER_REVIEW'];
const BUDGET_PHASE_WORDS: Record<BudgetPhase, string> = {
  PROPOSALS: 'is collecting proposals',
  VOTING: 'is in its vote',
  RESULTS: 'has its results',
};

function decideBudgetAction(
  action: 'createBudget' | 'proposeProject' | 'advanceBudget' | 'castBallot',
  covenant: PolicyCovenant,
  viewer: PolicyViewer,
  context: ActionContext,
): Decision {
  const inPhase = (phase: BudgetPhase, reason: string): Decision =>
    !context.budget || context.budget.phase === phase
      ? ALLOWED
      : conflict(`${reason} This budget ${BUDGET_PHASE_WORDS[context.budget.phase]}.`);
  const fundingAdmin = (partyId: string | undefined) =>
    accepted(viewer).some((party) => (!partyId || party.partyId === partyId) && party.memberRole === 'ADMIN');
  const open = statusIn(
    covenant,
    BUDGETING,
    'Participatory budgets run while the covenant is in force or under review.',
  );
  switch (action) {
    case 'createBudget':
      if (!fundingAdmin(context.targetParty?.partyId)) {
        return forbidden('Only an admin of a party to the covenant can put its money to a participatory budget.');
      }
      if (!viewer.emailVerified) return VERIFY_EMAIL;
      return open;
    case 'advanceBudget': {
      if (!fundingAdmin(context.budget?.fundingPartyId)) {
        return forbidden('Only an admin of the party whose money it is can move the budget on.');
      }
      if (!viewer.emailVerified) return VERIFY_EMAIL;
      if (context.budget?.phase === 'RESULTS')
        return conflict('The budget has its results: there is nothing after them.');
      return open;
    }
    case 'proposeProject': {
      if (!viewer.emailVerified) return VERIFY_EMAIL;
      return open.allowed
        ? inPhase('PROPOSALS', 'Projects can be proposed while the budget collects proposals.')
        : open;
    }
    case 'castBallot': {
      if (!viewer.emailVerified) return VERIFY_EMAIL;
      return open.allowed ? inPhase('VOTING', 'Ballots can be cast while the budget is in its vote.') : open;
    }
  }
}

/** A promise kept or broken stays open to challenge while the covenant is, or was, in force. */
const DISPUTABLE: readonly CovenantStatus[] = ['IN_FORCE', 'UNDER_REVIEW', 'ENDED'];

function decideDisputeAction(
  action: 'disputeDelivery' | 'answerDispute',
  covenant: PolicyCovenant,
  viewer: PolicyViewer,
  context: ActionContext,
): Decision {
  const now = statusIn(covenant, DISPUTABLE, 'Deliveries can be disputed once the covenant is in force.');
  if (action === 'disputeDelivery') {
    const { delivery } = context;
    if (delivery && accepted(viewer).some((party) => party.partyId === delivery.partyId)) {
      return forbidden(
        `${delivery.partyName} reported this delivery, so its own members cannot dispute it: residents and the other parties can.`,
      );
    }
    if (!viewer.emailVerified) return VERIFY_EMAIL;
    if (!now.allowed) return now;
    if (delivery && !delivery.delivered) return conflict('Only a commitment reported as delivered can be disputed.');
    return delivery?.viewerHasOpenDispute
      ? conflict(`You have already disputed this delivery; ${delivery.partyName} has not answered yet.`)
      : ALLOWED;
  }
  const { dispute } = context;
  const admin = accepted(viewer).some(
    (party) => (!dispute || party.partyId === dispute.partyId) && party.memberRole === 'ADMIN',
  );
  if (!admin) {
    return forbidden(
      dispute
        ? `Only an admin of ${dispute.partyName} can answer a dispute of its report.`
        : 'Only an admin of the party that reported the delivery can answer a dispute of it.',
    );
  }
  if (!viewer.emailVerified) return VERIFY_EMAIL;
  if (!now.allowed) return now;
  return dispute?.answered ? conflict(`${dispute.partyName} has already answered this dispute.`) : ALLOWED;
}

function decideSignedIn(
  action: CovenantAction,
  covenant: PolicyCovenant,
  viewer: PolicyViewer,
  context: ActionContext,
): Decision {
  switch (action) {
    case 'invite': {
      if (!convenorAdmin(viewer)) return forbidden('Only an admin of the convenor can invite organisations.');
      const now = statusIn(
        covenant,
        PARTY_CHANGES,
        'Organisations can be invited while the covenant is drafted, in consultation or under review.',
      );
      return now.allowed && context.invitation ? invitable(covenant, context.invitation) : now;
    }
    case 'removeParty': {
      const target = context.targetParty;
      const ownAdmin = !!target && viewer.parties.some((p) => p.partyId === target.partyId && p.memberRole === 'ADMIN');
      if (!convenorAdmin(viewer) && !ownAdmin) {
        return forbidden('Only an admin of the convenor, or of the party itself, can remove a party.');
      }
      if (target?.role === 'CONVENOR')
        return conflict('The convenor cannot leave the covenant it leads; withdraw or end it instead.');
      const now = statusIn(
        covenant,
        PARTY_CHANGES,
        'Parties can change while the covenant is drafted, in consultation or under review.',
      );
      if (!now.allowed || !target || active(target)) return now;
      return conflict('That organisation is no longer part of this covenant.');
    }
    case 'respondToInvitation': {
      const target = context.targetParty;
      const ownAdmin = !!target && viewer.parties.some((p) => p.partyId === target.partyId && p.memberRole === 'ADMIN');
      if (!ownAdmin) return forbidden('Only an admin of the invited organisation can answer the invitation.');
      if (!viewer.emailVerified) return VERIFY_EMAIL;
      if (target.status !== 'INVITED') return conflict('This invitation has already been answered.');
      if (CLOSED.includes(covenant.status))
        return conflict('The covenant is closed: there is nothing to join any more.');
      return ALLOWED;
    }
    case 'edit':
      if (!acceptedWith(viewer, null, 'MEMBER')) return forbidden('Only members of the parties can edit the text.');
      return statusIn(
        covenant,
        EDITABLE_STATUSES,
        'The text can be edited only while the covenant is a draft or under review.',
      );
    case 'changeCommitment': {
      const target = context.targetParty;
      const own = !!target && accepted(viewer).some((p) => p.partyId === target.partyId);
      if (!own && !convenorAdmin(viewer)) {
        return forbidden("A party writes its own commitments; the convenor's admin can write them for any party.");
      }
      const changes = statusIn(
        covenant,
        EDITABLE_STATUSES,
        'Commitments can be changed only while the covenant is a draft or under review.',
      );
      if (!changes.allowed) return changes;
      // Only a party that has joined can promise anything: its commitments are frozen with the parties that signed.
      return target && target.status !== 'ACCEPTED'
        ? conflict('That organisation has not joined the covenant, so it cannot make commitments yet.')
        : ALLOWED;
    }
    case 'reportProgress': {
      const target = context.targetParty;
      if (!target || !accepted(viewer).some((p) => p.partyId === target.partyId)) {
        return forbidden('Only members of the party that made the commitment can report its progress.');
      }
      return statusIn(covenant, ['IN_FORCE', 'UNDER_REVIEW'], 'Progress is reported once the covenant is in force.');
    }
    case 'comment':
      if (accepted(viewer).length) {
        return CLOSED.includes(covenant.status) ? conflict('The covenant is closed to comments.') : ALLOWED;
      }
      if (covenant.visibility !== 'PUBLIC')
        return forbidden('Only members of the parties can comment on this covenant.');
      return openToResidentComments(covenant)
        ? ALLOWED
        : conflict('Residents can comment while the covenant is in public consultation.');
    case 'resolveComment':
      if (!context.commentAuthorIsViewer && !convenorAdmin(viewer)) {
        return forbidden("Only the comment's author or an admin of the convenor can resolve it.");
      }
      return CLOSED.includes(covenant.status)
        ? conflict('The covenant is closed: its comments stay as they are.')
        : ALLOWED;
    case 'support':
      if (covenant.visibility !== 'PUBLIC') return conflict('Only public covenants collect support.');
      return collectsSupport(covenant)
        ? ALLOWED
        : conflict('Support can be added during consultation, signature and while the covenant is in force.');
    case 'sign': {
      const parties = signableParties(viewer, 'sign');
      if (!parties.length) return forbidden('Only a signatory of a party can sign; the council countersigns.');
      if (context.targetParty && !parties.includes(context.targetParty.partyId)) {
        return forbidden('You are not a signatory of that party, so you cannot sign for it.');
      }
      if (!viewer.emailVerified) return VERIFY_EMAIL;
      return statusIn(covenant, ['OPEN_FOR_SIGNATURE'], 'The covenant is not open for signature.');
    }
    case 'proposeAmendment':
    case 'supportAmendment':
    case 'withdrawAmendment':
    case 'decideAmendment':
      return decideAmendmentAction(action, covenant, viewer, context.amendment);
    case 'createBudget':
    case 'proposeProject':
    case 'advanceBudget':
    case 'castBallot':
      return decideBudgetAction(action, covenant, viewer, context);
    case 'disputeDelivery':
    case 'answerDispute':
      return decideDisputeAction(action, covenant, viewer, context);
    case 'respond':
      if (covenant.status !== 'CONSULTATION')
        return conflict('Residents respond to the sections while the covenant is in public consultation.');
      return verifiedOnly(viewer);
    case 'read':
    case 'readWorkingDraft':
      return ALLOWED;
    default:
      return transition(action, covenant, viewer);
  }
}

export function decide(
  action: CovenantAction,
  covenant: PolicyCovenant,
  viewer: PolicyViewer,
  context: ActionContext = {},
): Decision {
  if (!canRead(covenant, viewer)) {
    return { allowed: false, code: 'NOT_FOUND', reason: notVisible('covenant') };
  }
  if (action === 'read') return ALLOWED;
  if (action === 'readWorkingDraft') {
    // During a revision, people outside the parties see the version in force, not the draft.
    return viewer.parties.some(active) || !draftHiddenFromOutsiders(covenant.status)
      ? ALLOWED
      : forbidden('The revision is visible to its parties only.');
  }
  if (!viewer.signedIn) return { allowed: false, code: 'UNAUTHENTICATED', reason: 'Sign in to do this.' };
  return decideSignedIn(action, covenant, viewer, context);
}

/** A move the viewer may make in this status, but not yet, and why. */
export interface BlockedMove {
  target: CovenantStatus;
  reason: string;
}

export interface CovenantPermissions {
  edit: boolean;
  comment: boolean;
  invite: boolean;
  sign: boolean;
  countersign: boolean;
  support: boolean;
  proposeAmendment: boolean;
  /** Accepting or rejecting the amendments still proposed. */
  decideAmendments: boolean;
  /** Responding to the text's sections. */
  respond: boolean;
  /** Putting a party's money to a participatory budget. */
  createBudget: boolean;
  /** The statuses the viewer can move the covenant to now. */
  transition: CovenantStatus[];
  /** Moves the viewer is the right person to make in this status, held back until something else happens. */
  blocked: BlockedMove[];
}

/** `moves` limits the transitions offered to those a client can actually request. */
export function viewerCan(
  covenant: PolicyCovenant,
  viewer: PolicyViewer,
  moves: readonly Transition[] = TRANSITIONS,
): CovenantPermissions {
  const can = (action: CovenantAction) => decide(action, covenant, viewer).allowed;
  const targets = new Set<CovenantStatus>();
  const blocked: BlockedMove[] = [];
  for (const move of moves) {
    const target = transitionTarget(move, covenant);
    if (!target.ok) continue;
    const decision = decide(move, covenant, viewer);
    if (decision.allowed) targets.add(target.to);
    else if (decision.code === 'CONFLICT') blocked.push({ target: target.to, reason: decision.reason });
  }
  return {
    edit: can('edit'),
    comment: can('comment'),
    invite: can('invite'),
    sign: can('sign'),
    countersign: can('countersign'),
    support: can('support'),
    proposeAmendment: can('proposeAmendment'),
    decideAmendments: can('decideAmendment'),
    respond: can('respond'),
    createBudget: can('createBudget'),
    transition: COVENANT_STATUSES.filter((status) => targets.has(status)),
    blocked,
  };
}

export interface PartyPermissions {
  /** The viewer may take the party out of the covenant now. */
  remove: boolean;
  /** Removing it is the viewer's own organisation leaving (they are its admin, not the convenor's). */
  leave: boolean;
  /** The viewer may accept or decline the party's invitation now. */
  respond: boolean;
}

export function partyPermissions(
  covenant: PolicyCovenant,
  viewer: PolicyViewer,
  targetParty: { partyId: string; role: PartyRole; status: PartyStatus },
): PartyPermissions {
  const remove = decide('removeParty', covenant, viewer, { targetParty }).allowed;
  const ownAdmin = viewer.parties.some((p) => p.partyId === targetParty.partyId && p.memberRole === 'ADMIN');
  return {
    remove,
    leave: remove && ownAdmin && !convenorAdmin(viewer),
    respond: decide('respondToInvitation', covenant, viewer, { targetParty }).allowed,
  };
}

export interface AmendmentPermissions {
  support: boolean;
  withdraw: boolean;
  decide: boolean;
}

export function amendmentPermissions(
  covenant: PolicyCovenant,
  viewer: PolicyViewer,
  amendment: { authorIsViewer: boolean; status: AmendmentStatus },
): AmendmentPermissions {
  const can = (action: CovenantAction) => decide(action, covenant, viewer, { amendment }).allowed;
  return { support: can('supportAmendment'), withdraw: can('withdrawAmendment'), decide: can('decideAmendment') };
}

export interface BudgetPermissions {
  propose: boolean;
  advance: boolean;
  vote: boolean;
}

export function budgetPermissions(
  covenant: PolicyCovenant,
  viewer: PolicyViewer,
  budget: { phase: BudgetPhase; fundingPartyId: string },
): BudgetPermissions {
  const can = (action: CovenantAction) => decide(action, covenant, viewer, { budget }).allowed;
  return { propose: can('proposeProject'), advance: can('advanceBudget'), vote: can('castBallot') };
}

export function mayDisputeDelivery(
  covenant: PolicyCovenant,
  viewer: PolicyViewer,
  delivery: NonNullable<ActionContext['delivery']>,
): boolean {
  return decide('disputeDelivery', covenant, viewer, { delivery }).allowed;
}

export function mayAnswerDispute(
  covenant: PolicyCovenant,
  viewer: PolicyViewer,
  dispute: NonNullable<ActionContext['dispute']>,
): boolean {
  return decide('answerDispute', covenant, viewer, { dispute }).allowed;
}

export interface CommentPermissions {
  /** Resolving one already resolved is accepted and changes nothing. */
  resolve: boolean;
}

export function commentPermissions(
  covenant: PolicyCovenant,
  viewer: PolicyViewer,
  comment: { authorIsViewer: boolean },
): CommentPermissions {
  return {
    resolve: decide('resolveComment', covenant, viewer, { commentAuthorIsViewer: comment.authorIsViewer }).allowed,
  };
}

/**
 * Starting a covenant on an organisation's behalf: its admin, for an
 * organisation of a kind that convenes. `membership` is the viewer's there, if any.
 */
export function decideConvening(
  organisation: { name: string; kind: OrganisationKind },
  membership: { role: MemberRole } | null,
): Decision {
  if (membership?.role !== 'ADMIN') {
    return forbidden(`Only an admin of ${organisation.name} can start a covenant on its behalf.`);
  }
  if (!CONVENOR_KINDS.includes(organisation.kind)) {
    return forbidden(
      'A covenant is convened by a community group, community business or voluntary organisation; ' +
        `${organisation.name} can join one as a partner instead.`,
    );
  }
  return ALLOWED;
}
