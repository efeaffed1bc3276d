/** Kinds of organisation a covenant party can be, as the contract names them. */
export const ORGANISATION_KINDS = [
  'COMMUNITY_GROUP',
  'COMMUNITY_BUSINESS',
  'VOLUNTARY_ORGANISATION',
  'LOCAL_AUTHORITY',
  'PUBLIC_BODY',
  'HOUSING_PROVIDER',
  'BUSINESS',
  'OTHER',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  COMMUNITY_GROUP: 'Community group',
  COMMUNITY_BUSINESS: 'Community business',
  VOLUNTARY_ORGANISATION: 'Voluntary organisation',
  LOCAL_AUTHORITY: 'Local authority',
  PUBLIC_BODY: 'Public body (NHS, police, school …)',
  HOUSING_PROVIDER: 'Housing provider',
  BUSINESS: 'Business',
  OTHER: 'Other',
};

/** Membership roles, weakest first: each role can do everything the ones before it can. */
export const MEMBER_ROLES = ['MEMBER', 'SIGNATORY', 'ADMIN'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  MEMBER: 'Member',
  SIGNATORY: 'Signatory',
  ADMIN: 'Admin',
};

export function roleAtLeast(role: MemberRole | null | undefined, required: MemberRole): boolean {
  if (!role) return false;
  return MEMBER_ROLES.indexOf(role) >= MEMBER_ROLES.indexOf(required);
}

/** Whether a steward has confirmed who an organisation is, by an internet domain. */
export const VERIFICATION_STATUSES = ['UNVERIFIED', 'PENDING', 'VERIFIED', 'REJECTED'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** Kinds that act for the public: they must be verified before a covenant they are party to opens for signature. */
export const PUBLIC_BODY_KINDS: readonly OrganisationKind[] = ['LOCAL_AUTHORITY', 'PUBLIC_BODY'];
