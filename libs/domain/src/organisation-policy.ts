/**
 * Who may do what with an organisation and its members. The API enforces
 * these and the web app uses them to decide what to offer.
 */
import { roleAtLeast, type MemberRole } from './organisations';

/** The viewer's role in the organisation, or null when they are not a member. */
export type ViewerRole = MemberRole | null;

export const organisationPolicy = {
  /** Members see who else belongs; outsiders see only the organisation. */
  canSeeMembers: (viewerRole: ViewerRole) => roleAtLeast(viewerRole, 'MEMBER'),
  canManageMembers: (viewerRole: ViewerRole) => roleAtLeast(viewerRole, 'ADMIN'),
  /** The organisation must always keep an ADMIN, so somebody can manage it. */
  keepsAnAdmin: (adminCount: number, change: { from: MemberRole; to: MemberRole | null }) =>
    change.from !== 'ADMIN' || change.to === 'ADMIN' || adminCount > 1,
};
