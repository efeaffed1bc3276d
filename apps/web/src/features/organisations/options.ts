import { MEMBER_ROLES, MEMBER_ROLE_LABELS, ORGANISATION_KINDS, ORGANISATION_KIND_LABELS } from '@covenant/domain';

export const KIND_OPTIONS = ORGANISATION_KINDS.map((kind) => ({ value: kind, label: ORGANISATION_KIND_LABELS[kind] }));
export const ROLE_OPTIONS = MEMBER_ROLES.map((role) => ({ value: role, label: MEMBER_ROLE_LABELS[role] }));

export const ROLE_DESCRIPTIONS = {
  MEMBER: 'co-drafts the covenants the organisation is party to.',
  SIGNATORY: 'can also sign covenants on the organisation’s behalf.',
  ADMIN: 'can also manage members and accept invitations to covenants.',
} as const;
