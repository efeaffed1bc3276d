/**
 * What a signature attests about who signed, in words: shown on the
 * verification page and printed in the PDF. Facts are as they were when the
 * signature was made (a signature made before verification existed attests
 * neither, and says so).
 */
export interface SignatureProof {
  signerName: string;
  organisationName: string;
  organisationVerified: boolean;
  /** The domains the organisation was verified by, as frozen with the version; may be empty. */
  organisationDomains: readonly string[];
  signerDomain: string | null;
}

export function organisationProof(verified: boolean, domains: readonly string[]): string {
  if (!verified) return 'not verified';
  return domains.length ? `verified by ${domains.join(', ')}` : 'verified';
}

export function signerProof(signerDomain: string | null): string {
  return signerDomain ? `using a confirmed address at ${signerDomain}` : 'without a confirmed e-mail address';
}

/** "Nadia Bell signed for North Yorkshire Council (verified by northyorks.gov.uk), using a confirmed address at northyorks.gov.uk." */
export function signatureInWords(proof: SignatureProof): string {
  const organisation = organisationProof(proof.organisationVerified, proof.organisationDomains);
  return `${proof.signerName} signed for ${proof.organisationName} (${organisation}), ${signerProof(proof.signerDomain)}.`;
}
