/**
 * Who may escalate a broken promise, and what only the Community Power
 * Commissioner may do with it. Checks run in the other policies' order:
 * UNAUTHENTICATED, FORBIDDEN (not this person), CONFLICT (not now). Whether
 * the subject may be read at all (NOT_FOUND) is the subject's own rule,
 * checked before these.
 */
import type { Decision } from '../covenants/policy';
import type { RightsViewer } from '../rights/policy';
import { formatLondonDay } from '../dates';
import { disputeEscalatableOn, isOpenEscalation, type EscalationStatus } from './escalations';

export interface CommissionerViewer extends RightsViewer {
  /** Holds the office of Community Power Commissioner on this platform (made on the command line). */
  isCommissioner: boolean;
}

/** What the rules need of the subject of an escalation, as it stands today. */
export type EscalationSubjectFacts =
  | {
      type: 'COMMITMENT';
      overdue: boolean;
      /** Disputes of its delivery: whether answered, and the day each was raised. */
      disputes: { answered: boolean; raisedOn: string }[];
    }
  | { type: 'SERVICE_REQUEST'; overdue: boolean }
  | { type: 'ASSET' }
  | { type: 'COVENANT' };

export interface EscalationFacts {
  status: EscalationStatus;
  respondent: { id: string; name: string } | null;
  hasResponse: boolean;
}

const ALLOWED: Decision = { allowed: true };
const forbidden = (reason: string): Decision => ({ allowed: false, code: 'FORBIDDEN', reason });
const conflict = (reason: string): Decision => ({ allowed: false, code: 'CONFLICT', reason });
const SIGN_IN: Decision = { allowed: false, code: 'UNAUTHENTICATED', reason: 'Sign in to do this.' };
const VERIFY_EMAIL = forbidden(
  'Confirm your e-mail address first: open the link we e-mailed you, or send a new one from the notice at the top of the page. Escalating to the commissioner needs a confirmed address.',
);
const COMMISSIONER_ONLY = (doing: string) => forbidden(`Only the Community Power Commissioner can ${doing}.`);

/** Whether the subject is a broken promise the commissioner can look at today. */
function escalatable(subject: EscalationSubjectFacts, today: string): Decision {
  switch (subject.type) {
    case 'COMMITMENT': {
      if (subject.overdue) return ALLOWED;
      if (!subject.disputes.length) {
        return conflict(
          'Only a commitment that is overdue, or whose delivery is disputed, can be escalated. If you think it was not delivered as reported, dispute the report first.',
        );
      }
      if (subject.disputes.some((d) => d.answered || today >= disputeEscalatableOn(d.raisedOn))) return ALLOWED;
      const first = subject.disputes.map((d) => disputeEscalatableOn(d.raisedOn)).sort()[0]!;
      return conflict(
        `The party has until ${formatLondonDay(first)} to answer the dispute; if it has not answered by then, you can escalate it.`,
      );
    }
    case 'SERVICE_REQUEST':
      return subject.overdue
        ? ALLOWED
        : conflict('Only a service request left unanswered after its due day can be escalated.');
    case 'ASSET':
    case 'COVENANT':
      return ALLOWED;
  }
}

export function decideEscalate(
  viewer: RightsViewer,
  subject: EscalationSubjectFacts,
  today: string,
  viewerHasOpenEscalation = false,
): Decision {
  if (!viewer.signedIn) return SIGN_IN;
  if (!viewer.emailVerified) return VERIFY_EMAIL;
  if (viewerHasOpenEscalation) {
    return conflict('You have already escalated this, and the commissioner has not finished with it yet.');
  }
  return escalatable(subject, today);
}

const stillOpen = (escalation: EscalationFacts): Decision =>
  isOpenEscalation(escalation.status)
    ? ALLOWED
    : conflict(`This escalation is closed: it was ${escalation.status === 'DISMISSED' ? 'dismissed' : 'concluded'}.`);

export function decideRequestEscalationResponse(viewer: CommissionerViewer, escalation: EscalationFacts): Decision {
  if (!viewer.signedIn) return SIGN_IN;
  if (!viewer.isCommissioner) return COMMISSIONER_ONLY('ask an organisation to respond to an escalation');
  const open = stillOpen(escalation);
  if (!open.allowed) return open;
  return escalation.hasResponse
    ? conflict(`${escalation.respondent?.name ?? 'The respondent'} has responded: publish findings or dismiss it.`)
    : ALLOWED;
}

export function decideRespondToEscalation(viewer: RightsViewer, escalation: EscalationFacts): Decision {
  if (!viewer.signedIn) return SIGN_IN;
  const { respondent } = escalation;
  const admin = respondent && viewer.memberships.some((m) => m.organisationId === respondent.id && m.role === 'ADMIN');
  if (!admin) {
    return forbidden(
      respondent
        ? `Only an admin of ${respondent.name} can respond to this escalation.`
        : 'The commissioner has not asked anyone to respond to this escalation yet.',
    );
  }
  if (!viewer.emailVerified) return VERIFY_EMAIL;
  const open = stillOpen(escalation);
  if (!open.allowed) return open;
  return escalation.hasResponse ? conflict(`${respondent.name} has already responded.`) : ALLOWED;
}

export function decideConcludeEscalation(viewer: CommissionerViewer, escalation: EscalationFacts): Decision {
  if (!viewer.signedIn) return SIGN_IN;
  if (!viewer.isCommissioner) return COMMISSIONER_ONLY('publish findings or dismiss an escalation');
  return stillOpen(escalation);
}

export interface EscalationPermissions {
  requestResponse: boolean;
  respond: boolean;
  conclude: boolean;
}

export function escalationPermissions(viewer: CommissionerViewer, escalation: EscalationFacts): EscalationPermissions {
  return {
    requestResponse: decideRequestEscalationResponse(viewer, escalation).allowed,
    respond: decideRespondToEscalation(viewer, escalation).allowed,
    conclude: decideConcludeEscalation(viewer, escalation).allowed,
  };
}

/** A dismissed escalation's reason is not published: only its author and the commissioner read it. */
export function mayReadEscalationReason(
  viewer: { userId: string | null; isCommissioner: boolean },
  escalation: { status: EscalationStatus; raisedById: string },
): boolean {
  return escalation.status !== 'DISMISSED' || viewer.isCommissioner || viewer.userId === escalation.raisedById;
}
