/**
 * Where the signing of a frozen version stands: who has signed, who is
 * awaited, and whether the council may countersign, which it does last.
 */
import type { PartyRole } from '../covenants/enums';

export interface SigningProgress {
  /** Parties other than the council that have not signed yet. */
  awaitingSignature: string[];
  /** Every other party has signed and the council has not countersigned yet. */
  countersignatureDue: boolean;
  complete: boolean;
}

export function signingProgress(
  frozenParties: readonly { partyId: string; role: PartyRole }[],
  validSignatures: readonly { partyId: string }[],
): SigningProgress {
  const signed = new Set(validSignatures.map((signature) => signature.partyId));
  const awaitingSignature = frozenParties
    .filter((party) => party.role !== 'COUNTERSIGNATORY' && !signed.has(party.partyId))
    .map((party) => party.partyId);
  const council = frozenParties.find((party) => party.role === 'COUNTERSIGNATORY');
  const countersigned = !!council && signed.has(council.partyId);
  return {
    awaitingSignature,
    countersignatureDue: !awaitingSignature.length && !!council && !countersigned,
    complete: !awaitingSignature.length && countersigned,
  };
}
