/** How the page arranges parties: convenor, partners, then the council; those who declined or were removed apart. */
import { comparePartyRoles } from '@covenant/domain';
import type { CovenantStatus, PartyRole, PartyStatus } from '../../gql/graphql';

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

/**
 * The timeline needs to know whether a version was ever in force; until the API serves versions, the status tells:
 * only a covenant that came into force can be under review or ended.
 */
export function lifecycleFacts(status: CovenantStatus): { hasInForceVersion: boolean; everInForce: boolean } {
  const hasInForceVersion = status === 'IN_FORCE' || status === 'UNDER_REVIEW';
  return { hasInForceVersion, everInForce: hasInForceVersion || status === 'ENDED' };
}
