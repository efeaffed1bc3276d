/**
 * What the page offers to do next, read only from `viewerCan.transition` (the
 * API's list of statuses the viewer may move the covenant to now).
 * Countersigning, which also brings a covenant into force, is the signing
 * panel's.
 */
import type { CovenantStatus } from '../../gql/graphql';

export type TransitionKind =
  'openConsultation' | 'openForSignature' | 'returnToDraft' | 'startReview' | 'endCovenant' | 'withdrawCovenant';

export interface TransitionAction {
  kind: TransitionKind;
  target: CovenantStatus;
  /** The button. */
  label: string;
  /** The question the confirmation asks. */
  question: string;
  /** What happens, in a sentence, shown before confirming. */
  explanation: string;
  confirmLabel: string;
  needsReason: boolean;
  reasonHint?: string;
  /** Ending or withdrawing cannot be undone. */
  destructive: boolean;
}

const RETURNABLE_FROM: readonly CovenantStatus[] = ['CONSULTATION', 'OPEN_FOR_SIGNATURE'];

function actionFor(current: CovenantStatus, target: CovenantStatus): TransitionAction | null {
  switch (target) {
    case 'CONSULTATION':
      return {
        kind: 'openConsultation',
        target,
        label: 'Open public consultation',
        question: 'Open the draft to public consultation?',
        explanation:
          'Anyone can then read the draft, and residents who sign in can comment and add their support. The text cannot be edited during consultation; return it to draft to change it.',
        confirmLabel: 'Yes, open consultation',
        needsReason: false,
        destructive: false,
      };
    case 'OPEN_FOR_SIGNATURE':
      if (current === 'OPEN_FOR_SIGNATURE') return null;
      return {
        kind: 'openForSignature',
        target,
        label: current === 'UNDER_REVIEW' ? 'Open the revision for signature' : 'Open for signature',
        question: 'Freeze the text and open it for signature?',
        explanation:
          'The text, the parties and their commitments are frozen as a new version with its own content hash, and no one can edit them while it is signed. Every party’s signatory then signs, and the council countersigns last. To change anything, return it to draft: signatures given so far would no longer count.',
        confirmLabel: 'Yes, open for signature',
        needsReason: false,
        destructive: false,
      };
    case 'DRAFT':
    case 'UNDER_REVIEW':
      if (current === 'IN_FORCE' && target === 'UNDER_REVIEW') {
        return {
          kind: 'startReview',
          target,
          label: 'Start a review',
          question: 'Start reviewing the covenant?',
          explanation:
            'The parties can then draft a revision together. The signed version stays in force until the revision is signed and countersigned.',
          confirmLabel: 'Yes, start the review',
          needsReason: false,
          destructive: false,
        };
      }
      if (!RETURNABLE_FROM.includes(current)) return null;
      return {
        kind: 'returnToDraft',
        target,
        label: target === 'UNDER_REVIEW' ? 'Return to the revision draft' : 'Return to draft',
        question: 'Return the covenant to draft?',
        explanation:
          current === 'OPEN_FOR_SIGNATURE'
            ? 'Signing stops and any signatures already given no longer count. The parties can then change the text.'
            : 'Consultation closes and the parties can change the text again. Comments and support are kept.',
        confirmLabel: 'Yes, return to draft',
        needsReason: true,
        reasonHint: 'Say what needs to change, so every party and resident can see why. It is kept in the audit trail.',
        destructive: false,
      };
    case 'ENDED':
      return {
        kind: 'endCovenant',
        target,
        label: 'End the covenant',
        question: 'End the covenant today?',
        explanation:
          'The covenant stops being in force today. Its signed text and record stay public. This cannot be undone.',
        confirmLabel: 'Yes, end the covenant',
        needsReason: true,
        reasonHint: 'For example: its term is over, or the parties agreed to end it. It is kept in the audit trail.',
        destructive: true,
      };
    case 'WITHDRAWN':
      return {
        kind: 'withdrawCovenant',
        target,
        label: 'Withdraw the covenant',
        question: 'Withdraw the covenant?',
        explanation: 'Work on it stops for good and no one can sign it. This cannot be undone.',
        confirmLabel: 'Yes, withdraw it',
        needsReason: true,
        reasonHint: 'Say why it is being withdrawn. It is kept in the audit trail.',
        destructive: true,
      };
    default:
      return null;
  }
}

/** The actions for the viewer's allowed moves, in the order given, destructive ones last. */
export function transitionActions(current: CovenantStatus, allowed: readonly CovenantStatus[]): TransitionAction[] {
  const actions = allowed.map((target) => actionFor(current, target)).filter((a): a is TransitionAction => a !== null);
  return [...actions.filter((a) => !a.destructive), ...actions.filter((a) => a.destructive)];
}
