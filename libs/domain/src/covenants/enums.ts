import type { OrganisationKind } from '../organisations';

export const COVENANT_STATUSES = [
  'DRAFT',
  'CONSULTATION',
  'OPEN_FOR_SIGNATURE',
  'IN_FORCE',
  'UNDER_REVIEW',
  'ENDED',
  'WITHDRAWN',
] as const;
export type CovenantStatus = (typeof COVENANT_STATUSES)[number];

export const COVENANT_STATUS_LABELS: Record<CovenantStatus, string> = {
  DRAFT: 'Draft',
  CONSULTATION: 'Public consultation',
  OPEN_FOR_SIGNATURE: 'Open for signature',
  IN_FORCE: 'In force',
  UNDER_REVIEW: 'Under review',
  ENDED: 'Ended',
  WITHDRAWN: 'Withdrawn',
};

export const PARTY_ROLES = ['CONVENOR', 'PARTNER', 'COUNTERSIGNATORY'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** Parties in the order people read them: the convenor, the partners, then the council that countersigns. */
export function comparePartyRoles(a: { role: PartyRole }, b: { role: PartyRole }): number {
  return PARTY_ROLES.indexOf(a.role) - PARTY_ROLES.indexOf(b.role);
}

export const PARTY_ROLE_LABELS: Record<PartyRole, string> = {
  CONVENOR: 'Convenor',
  PARTNER: 'Partner',
  COUNTERSIGNATORY: 'Countersignatory (council)',
};

export const PARTY_STATUSES = ['INVITED', 'ACCEPTED', 'DECLINED', 'REMOVED'] as const;
export type PartyStatus = (typeof PARTY_STATUSES)[number];

export const PARTY_STATUS_LABELS: Record<PartyStatus, string> = {
  INVITED: 'Invited',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  REMOVED: 'Removed',
};

export const VISIBILITIES = ['PUBLIC', 'PARTIES_ONLY'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const COMMUNITY_RIGHTS = ['SHAPE_PUBLIC_SERVICES', 'CONTROL_INVESTMENT', 'BUY_COMMUNITY_ASSETS'] as const;
export type CommunityRight = (typeof COMMUNITY_RIGHTS)[number];

export const COMMUNITY_RIGHT_LABELS: Record<CommunityRight, string> = {
  SHAPE_PUBLIC_SERVICES: 'Right to Shape Public Services',
  CONTROL_INVESTMENT: 'Right to Control Investment',
  BUY_COMMUNITY_ASSETS: 'Right to Buy community assets',
};

export const COMMITMENT_PROGRESSES = [
  'NOT_STARTED',
  'ON_TRACK',
  'AT_RISK',
  'OFF_TRACK',
  'DELIVERED',
  'DROPPED',
] as const;
export type CommitmentProgress = (typeof COMMITMENT_PROGRESSES)[number];

export const COMMITMENT_PROGRESS_LABELS: Record<CommitmentProgress, string> = {
  NOT_STARTED: 'Not started',
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
  DELIVERED: 'Delivered',
  DROPPED: 'Dropped',
};

/** The kinds of organisation that may convene a covenant: the community's own. */
export const CONVENOR_KINDS: readonly OrganisationKind[] = [
  'COMMUNITY_GROUP',
  'COMMUNITY_BUSINESS',
  'VOLUNTARY_ORGANISATION',
];

export const VERSION_STATUSES = ['OPEN', 'SUPERSEDED', 'IN_FORCE', 'REPLACED', 'ENDED'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const VERSION_STATUS_LABELS: Record<VersionStatus, string> = {
  OPEN: 'Open for signature',
  SUPERSEDED: 'Superseded before completion',
  IN_FORCE: 'In force',
  REPLACED: 'Replaced by a later version',
  ENDED: 'Ended',
};

/** A complete version: every party signed and the council countersigned; it is, or was, in force. */
export function isCompleteVersion(status: VersionStatus): boolean {
  return status === 'IN_FORCE' || status === 'REPLACED' || status === 'ENDED';
}

export const SIGNATURE_STATUSES = ['VALID', 'SUPERSEDED'] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

export const SIGNATURE_STATUS_LABELS: Record<SignatureStatus, string> = {
  VALID: 'Valid',
  SUPERSEDED: 'Superseded',
};

export const AMENDMENT_STATUSES = ['PROPOSED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];

export const AMENDMENT_STATUS_LABELS: Record<AmendmentStatus, string> = {
  PROPOSED: 'Proposed',
  ACCEPTED: 'Accepted',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
};

export const RESPONSE_POSITIONS = ['AGREE', 'DISAGREE', 'UNSURE'] as const;
export type ResponsePosition = (typeof RESPONSE_POSITIONS)[number];

export const RESPONSE_POSITION_LABELS: Record<ResponsePosition, string> = {
  AGREE: 'Agree',
  DISAGREE: 'Disagree',
  UNSURE: 'Unsure',
};

/** A participatory budget's phases, in order: residents propose projects, vote on them, then see the winners. */
export const BUDGET_PHASES = ['PROPOSALS', 'VOTING', 'RESULTS'] as const;
export type BudgetPhase = (typeof BUDGET_PHASES)[number];

export const BUDGET_PHASE_LABELS: Record<BudgetPhase, string> = {
  PROPOSALS: 'Proposals',
  VOTING: 'Voting',
  RESULTS: 'Results',
};

/** How a winning project was paid for: by its supporters' equal shares, or from what was left over. */
export const BUDGET_SELECTIONS = ['EQUAL_SHARES', 'COMPLETION'] as const;
export type BudgetSelection = (typeof BUDGET_SELECTIONS)[number];
