/** How the page arranges parties: convenor, partners, then the council; those who declined or were removed apart. */
import { comparePartyRoles, isCompleteVersion } from '@covenant/domain';
import type { PartyRole, PartyStatus, VersionStatus } from '../../gql/graphql';

export interface PartyLike {
  role: PartyRole;
  status: PartyStatus;
  organisation: { name: string };
}

export function arrangeParties<P extends PartyLike>(parties: readonly P[]): { current: P[]; past: P[] } {
  const sorted = [...parties].sort(
    (a, b) => comparePartyRoles(a, b) || a.organisation.name.localeCompare(b.organisation.name, 'en-GB'),
  );
  return {
    current: sorted.filter((p) => p.status === 'INVITED' || p.status === 'ACCEPTED'),
    past: sorted.filter((p) => p.status === 'DECLINED' || p.status === 'REMOVED'),
  };
}

/** Whether a version is in force now, and whether one ever was: what the timeline shows for a revision. */
export function lifecycleFacts(versions: readonly { status: VersionStatus }[]): {
  hasInForceVersion: boolean;
  everInForce: boolean;
} {
  return {
    hasInForceVersion: versions.some((version) => version.status === 'IN_FORCE'),
    everInForce: versions.some((version) => isCompleteVersion(version.status)),
  };
}
