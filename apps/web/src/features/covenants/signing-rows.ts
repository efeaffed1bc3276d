/**
 * The signing panel's list: each party in the order it signs (convenor,
 * partners, the council last), with its valid signature on the version or
 * what it is waiting for.
 */
import { comparePartyRoles, roleAtLeast, signingProgress } from '@covenant/domain';
import type { MemberRole, PartyRole, PartyStatus } from '../../gql/graphql';

export interface SigningParty {
  id: string;
  role: PartyRole;
  status: PartyStatus;
  organisation: { name: string; members: readonly { role: MemberRole; user: { displayName: string } }[] };
}

export interface SigningSignature {
  id: string;
  status: 'VALID' | 'SUPERSEDED';
  countersignature: boolean;
  party: { id: string };
}

export type SigningState = 'signed' | 'awaiting' | 'countersignature-due' | 'countersigns-last';

export interface SigningRow<P extends SigningParty, S extends SigningSignature> {
  party: P;
  signature: S | null;
  state: SigningState;
  /** For a viewer who belongs to the party: who there may sign for it. */
  signatories: string[];
}

export function signingRows<P extends SigningParty, S extends SigningSignature>(
  parties: readonly P[],
  signatures: readonly S[],
): SigningRow<P, S>[] {
  const valid = new Map(signatures.filter((s) => s.status === 'VALID').map((s) => [s.party.id, s]));
  const signing = [...parties]
    .filter((party) => party.status === 'ACCEPTED' || valid.has(party.id))
    .sort(comparePartyRoles);
  const progress = signingProgress(
    signing.map((party) => ({ partyId: party.id, role: party.role })),
    [...valid.keys()].map((partyId) => ({ partyId })),
  );
  return signing.map((party) => {
    const signature = valid.get(party.id) ?? null;
    const waiting: SigningState =
      party.role !== 'COUNTERSIGNATORY'
        ? 'awaiting'
        : progress.countersignatureDue
          ? 'countersignature-due'
          : 'countersigns-last';
    return {
      party,
      signature,
      state: signature ? 'signed' : waiting,
      signatories: party.organisation.members
        .filter((member) => roleAtLeast(member.role, 'SIGNATORY'))
        .map((member) => member.user.displayName)
        .sort((a, b) => a.localeCompare(b, 'en-GB')),
    };
  });
}

/** The short form of a content hash people compare by eye; the full hash is always at hand too. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}
