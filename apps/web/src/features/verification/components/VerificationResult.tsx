import { CHECK_STATE_LABELS, CHECK_STATE_MARKS, checkedSentence, verificationChecks } from '../verification-checks';
import type { Verification } from './types';

/** The answer first, in words a resident can follow, then the five checks it rests on. */
export function VerificationResult({
  verification,
  seesWorkingDraft,
  titleId,
}: {
  verification: Verification;
  seesWorkingDraft: boolean;
  titleId: string;
}) {
  const checks = verificationChecks(verification, seesWorkingDraft);
  return (
    <>
      {verification.valid ? (
        <div className="alert alert--success verification-result" role="status">
          <h2 id={titleId} className="verification-result__title">
            Everything checks out
          </h2>
          <p>{checkedSentence(checks)}</p>
        </div>
      ) : (
        <div className="alert alert--error verification-result" role="alert">
          <h2 id={titleId} className="verification-result__title">
            Something does not match
          </h2>
          <p>Part of this covenant’s record does not match what was frozen, signed or sealed. The platform found:</p>
          <ul className="verification-result__problems">
            {verification.problems.map((problem, index) => (
              // Two problems may read the same (two signatures by one person), so the position keys them.
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <h3 id="checks-title">What was checked</h3>
      <ul className="verification-checks" aria-labelledby="checks-title">
        {checks.map((check) => (
          <li
            key={check.id}
            className={`verification-check verification-check--${check.state.toLowerCase().replace(/_/g, '-')}`}
          >
            <span className="verification-check__mark" aria-hidden="true">
              {CHECK_STATE_MARKS[check.state]}
            </span>
            <span className="verification-check__label">
              {check.label}
              <span className="visually-hidden">:</span>
            </span>
            <span className="verification-check__state">{CHECK_STATE_LABELS[check.state]}</span>
            {check.note ? <span className="verification-check__note">{check.note}</span> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
