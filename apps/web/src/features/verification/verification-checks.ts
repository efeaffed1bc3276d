/**
 * The five things verifyCovenant recomputes, as a checklist in plain words. Each check carries its
 * state in words as well as a mark, so the result never rests on colour alone.
 */
import type { VerifyCovenantQuery } from '../../gql/graphql';

type Verification = VerifyCovenantQuery['verifyCovenant'];

export type CheckState = 'PASSED' | 'FAILED' | 'NOT_APPLICABLE';

export const CHECK_STATE_LABELS: Record<CheckState, string> = {
  PASSED: 'Passed',
  FAILED: 'Failed',
  NOT_APPLICABLE: 'Not applicable',
};

export const CHECK_STATE_MARKS: Record<CheckState, string> = {
  PASSED: '✓',
  FAILED: '✗',
  NOT_APPLICABLE: '–',
};

export interface VerificationCheck {
  id: 'contentHash' | 'html' | 'signatures' | 'seal' | 'auditChain';
  label: string;
  state: CheckState;
  /** Why the check did not apply. */
  note?: string;
}

export const NO_SEAL_YET = 'No version is complete yet, so there is no seal to check.';

/** For those outside a revision being drafted, who are shown the chain up to the start of the review. */
export const auditCheckedUpTo = (entries: number) =>
  `Checked through entry ${entries}, where the current review began: the revision’s own entries follow on from ` +
  'there, and are shown and checked for everyone once it is opened for signature.';

const stateOf = (passed: boolean): CheckState => (passed ? 'PASSED' : 'FAILED');

/** `seesWorkingDraft` false: the reader is outside a revision being drafted, and was checked a part of the chain. */
export function verificationChecks(
  verification: Pick<
    Verification,
    'contentHashValid' | 'htmlValid' | 'signaturesValid' | 'sealValid' | 'auditChainValid' | 'auditEventsChecked'
  >,
  seesWorkingDraft = true,
): VerificationCheck[] {
  const { sealValid } = verification;
  return [
    {
      id: 'contentHash',
      label: 'Each version’s text recomputes to its content hash',
      state: stateOf(verification.contentHashValid),
    },
    { id: 'html', label: 'The text shown is the text that was frozen', state: stateOf(verification.htmlValid) },
    { id: 'signatures', label: 'Every signature was made on that hash', state: stateOf(verification.signaturesValid) },
    sealValid === null
      ? { id: 'seal', label: 'The platform seal verifies', state: 'NOT_APPLICABLE', note: NO_SEAL_YET }
      : { id: 'seal', label: 'The platform seal verifies', state: stateOf(sealValid) },
    {
      id: 'auditChain',
      label: 'The audit trail’s hash chain is unbroken',
      state: stateOf(verification.auditChainValid),
      ...(seesWorkingDraft ? {} : { note: auditCheckedUpTo(verification.auditEventsChecked) }),
    },
  ];
}

const AND = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** One sentence saying what was checked, for the success panel; a check that did not apply says why. */
export function checkedSentence(checks: VerificationCheck[]): string {
  const clauses = checks
    .filter((check) => check.state !== 'NOT_APPLICABLE')
    .map((check) => `that ${check.label.charAt(0).toLowerCase()}${check.label.slice(1)}`);
  const notes = checks.flatMap((check) => (check.note ? [check.note] : []));
  return [`We checked ${AND.format(clauses)}.`, ...notes].join(' ');
}
