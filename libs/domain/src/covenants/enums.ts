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

/** The kinds of organisation that may convene a covenant: the community's own. */
export const CONVENOR_KINDS: readonly OrganisationKind[] = [
  'COMMUNITY_GROUP',
  'COMMUNITY_BUSINESS',
  'VOLUNTARY_ORGANISATION',
];
