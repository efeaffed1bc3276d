import { verificationLabel, type VerificationStatusName } from '../../lib/verification-label';

export interface VerificationBadgeProps {
  verification: { status: VerificationStatusName; domains: readonly string[] };
}

/** "Verified: northyorks.gov.uk" with a tick, or plainly "Not verified": the words carry the meaning. */
export function VerificationBadge({ verification }: VerificationBadgeProps) {
  const verified = verification.status === 'VERIFIED';
  return (
    <span className={`verification-badge verification-badge--${verified ? 'verified' : 'unverified'}`}>
      {verified ? (
        <svg className="verification-badge__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path d="M6.2 11.4 2.8 8l1.1-1.1 2.3 2.3 5.9-5.9L13.2 4.4z" fill="currentColor" />
        </svg>
      ) : null}
      {verificationLabel(verification.status, verification.domains)}
    </span>
  );
}
