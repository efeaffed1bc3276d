/** How an organisation's verification reads wherever it appears. */
export type VerificationStatusName = 'UNVERIFIED' | 'PENDING' | 'VERIFIED' | 'REJECTED';

export function verificationLabel(status: VerificationStatusName, domains: readonly string[]): string {
  if (status === 'VERIFIED') return domains.length ? `Verified: ${domains.join(', ')}` : 'Verified';
  if (status === 'PENDING') return 'Not verified yet: verification requested';
  return 'Not verified';
}
