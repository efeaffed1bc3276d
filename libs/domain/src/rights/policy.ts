/**
 * Who may use the community rights, and when: nominating and listing assets
 * of community value, recording a disposal and asking to bid (Right to Buy),
 * and asking a public body to change a service (Right to Shape Public
 * Services). Checks run in the covenants policy's order: UNAUTHENTICATED,
 * FORBIDDEN (not this person), CONFLICT (not now).
 */
import { CONVENOR_KINDS } from '../covenants/enums';
import type { Decision } from '../covenants/policy';
import { PUBLIC_BODY_KINDS, type MemberRole, type OrganisationKind } from '../organisations';
import { canRequestToBid, disposalPhase, type AssetStatus, type DisposalClock } from './asset-clock';
import type { ServiceRequestStatus } from './service-requests';

export interface RightsViewer {
  signedIn: boolean;
  emailVerified: boolean;
  memberships: { organisationId: string; role: MemberRole; organisationKind: OrganisationKind }[];
}

export interface RightsOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  verified: boolean;
}

/** The council that decides on a neighbourhood's assets: the local authority the neighbourhood names. */
export type DecidingCouncil = { id: string; name: string } | null;

export interface AssetFacts {
  /** The status as it reads today (a listing past its term reads REMOVED). */
  status: AssetStatus;
  council: DecidingCouncil;
  /** The disposal in progress, if any, and whether a group has already asked to bid. */
  disposal: { clock: DisposalClock; hasBidder: boolean } | null;
}

const ALLOWED: Decision = { allowed: true };
const forbidden = (reason: string): Decision => ({ allowed: false, code: 'FORBIDDEN', reason });
const conflict = (reason: string): Decision => ({ allowed: false, code: 'CONFLICT', reason });
const badInput = (reason: string): Decision => ({ allowed: false, code: 'BAD_USER_INPUT', reason });
const SIGN_IN: Decision = { allowed: false, code: 'UNAUTHENTICATED', reason: 'Sign in to do this.' };
const VERIFY_EMAIL = forbidden(
  'Confirm your e-mail address first: open the link we e-mailed you, or send a new one from the notice at the top of the page. Acting for an organisation needs a confirmed address.',
);

/** The community's own organisations: those that may nominate assets, bid and ask for services. */
export const COMMUNITY_KINDS = CONVENOR_KINDS;
const isCommunity = (kind: OrganisationKind) => COMMUNITY_KINDS.includes(kind);

const adminOf = (viewer: RightsViewer, organisationId: string) =>
  viewer.memberships.some((m) => m.organisationId === organisationId && m.role === 'ADMIN');
/** The community organisations the viewer may act for. */
export function communityAdminships(viewer: RightsViewer): string[] {
  return viewer.memberships
    .filter((m) => m.role === 'ADMIN' && isCommunity(m.organisationKind))
    .map((m) => m.organisationId);
}

/** Signed in, the right person (`who`), with a proved e-mail, then `now`. */
function decideFor(viewer: RightsViewer, who: () => Decision, now: () => Decision): Decision {
  if (!viewer.signedIn) return SIGN_IN;
  const person = who();
  if (!person.allowed) return person;
  if (!viewer.emailVerified) return VERIFY_EMAIL;
  return now();
}

/** Acting for a community organisation: its admin, and it must be one of the community's own. */
function communityAdmin(viewer: RightsViewer, organisation: RightsOrganisation | undefined, doing: string): Decision {
  if (!organisation) {
    return communityAdminships(viewer).length
      ? ALLOWED
      : forbidden(`Only an admin of a community group, community business or voluntary organisation can ${doing}.`);
  }
  if (!adminOf(viewer, organisation.id)) return forbidden(`Only an admin of ${organisation.name} can ${doing} for it.`);
  if (!isCommunity(organisation.kind)) {
    return forbidden(
      `${organisation.name} is not a community group, community business or voluntary organisation, so it cannot ${doing}.`,
    );
  }
  return ALLOWED;
}

function councilAdmin(viewer: RightsViewer, council: DecidingCouncil, doing: string): Decision {
  if (!council) {
    return conflict(
      `The neighbourhood names no council yet, so nobody can ${doing}: the neighbourhood's page says which council it belongs to.`,
    );
  }
  return adminOf(viewer, council.id) ? ALLOWED : forbidden(`Only an admin of ${council.name} can ${doing}.`);
}

export function decideNominateAsset(viewer: RightsViewer, organisation?: RightsOrganisation): Decision {
  return decideFor(
    viewer,
    () => communityAdmin(viewer, organisation, 'nominate an asset of community value'),
    () => ALLOWED,
  );
}

export function decideNomination(viewer: RightsViewer, asset: AssetFacts): Decision {
  return decideFor(
    viewer,
    () => councilAdmin(viewer, asset.council, 'decide on nominations in this neighbourhood'),
    () =>
      asset.status === 'NOMINATED'
        ? ALLOWED
        : conflict('This nomination has already been decided; the council reviews a listing on the owner’s request.'),
  );
}

export function decideRecordDisposal(viewer: RightsViewer, asset: AssetFacts): Decision {
  return decideFor(
    viewer,
    () => councilAdmin(viewer, asset.council, "record an owner's notice of disposal in this neighbourhood"),
    () => {
      if (asset.status !== 'LISTED') return conflict('Only a listed asset has a moratorium on its sale.');
      return asset.disposal
        ? conflict('A notice of disposal is already in progress; its protected period must end first.')
        : ALLOWED;
    },
  );
}

export function decideRequestToBid(
  viewer: RightsViewer,
  asset: AssetFacts,
  today: string,
  organisation?: RightsOrganisation,
): Decision {
  return decideFor(
    viewer,
    () => communityAdmin(viewer, organisation, 'ask to be treated as a bidder'),
    () => {
      const { disposal } = asset;
      if (disposal && !disposal.hasBidder && canRequestToBid(disposal.clock, today)) return ALLOWED;
      if (!disposal || today < disposal.clock.notifiedOn) {
        return conflict('The owner has not given notice of disposal, so there is nothing to bid for yet.');
      }
      if (disposalPhase(disposal.clock, today) !== 'INTERIM_MORATORIUM') {
        return conflict('The interim moratorium is over: a community group can ask to bid only within it.');
      }
      return conflict('A community group has already asked to bid; the full moratorium runs for everyone.');
    },
  );
}

export interface AssetPermissions {
  decide: boolean;
  recordDisposal: boolean;
  requestToBid: boolean;
}

export function assetPermissions(viewer: RightsViewer, asset: AssetFacts, today: string): AssetPermissions {
  return {
    decide: decideNomination(viewer, asset).allowed,
    recordDisposal: decideRecordDisposal(viewer, asset).allowed,
    requestToBid: decideRequestToBid(viewer, asset, today).allowed,
  };
}

export function decideSubmitServiceRequest(
  viewer: RightsViewer,
  requester?: RightsOrganisation,
  publicBody?: RightsOrganisation,
): Decision {
  return decideFor(
    viewer,
    () => communityAdmin(viewer, requester, 'ask a public body to change a service'),
    () => {
      if (!publicBody) return ALLOWED;
      if (!PUBLIC_BODY_KINDS.includes(publicBody.kind)) {
        return badInput(`${publicBody.name} is not a public body: ask a council, NHS body, police force or school.`);
      }
      return publicBody.verified
        ? ALLOWED
        : conflict(
            `${publicBody.name} is not verified yet: a request goes to a public body a platform steward has verified, so the answer is really theirs.`,
          );
    },
  );
}

export interface ServiceRequestFacts {
  requesterId: string;
  requesterName: string;
  publicBodyId: string;
  publicBodyName: string;
  status: ServiceRequestStatus;
}

const stillSubmitted = (request: ServiceRequestFacts) =>
  request.status === 'SUBMITTED'
    ? ALLOWED
    : conflict(`This request has already been ${request.status === 'WITHDRAWN' ? 'withdrawn' : 'answered'}.`);

export function decideRespondToServiceRequest(viewer: RightsViewer, request: ServiceRequestFacts): Decision {
  return decideFor(
    viewer,
    () =>
      adminOf(viewer, request.publicBodyId)
        ? ALLOWED
        : forbidden(`Only an admin of ${request.publicBodyName} can answer this request.`),
    () => stillSubmitted(request),
  );
}

export function decideWithdrawServiceRequest(viewer: RightsViewer, request: ServiceRequestFacts): Decision {
  return decideFor(
    viewer,
    () =>
      adminOf(viewer, request.requesterId)
        ? ALLOWED
        : forbidden(`Only an admin of ${request.requesterName} can withdraw its request.`),
    () => stillSubmitted(request),
  );
}

export interface ServiceRequestPermissions {
  respond: boolean;
  withdraw: boolean;
}

export function serviceRequestPermissions(
  viewer: RightsViewer,
  request: ServiceRequestFacts,
): ServiceRequestPermissions {
  return {
    respond: decideRespondToServiceRequest(viewer, request).allowed,
    withdraw: decideWithdrawServiceRequest(viewer, request).allowed,
  };
}
