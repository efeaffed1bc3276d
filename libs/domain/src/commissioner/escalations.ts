/**
 * Escalations to the Community Power Commissioner: what may be escalated,
 * the casework's statuses, and when a respondent's answer is late.
 */
import { addDays } from '../rights/calendar';

export const ESCALATION_SUBJECTS = ['COMMITMENT', 'SERVICE_REQUEST', 'ASSET', 'COVENANT'] as const;
export type EscalationSubject = (typeof ESCALATION_SUBJECTS)[number];

export const ESCALATION_STATUSES = ['OPEN', 'RESPONSE_REQUESTED', 'CONCLUDED', 'DISMISSED'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

export const ESCALATION_STATUS_LABELS: Record<EscalationStatus, string> = {
  OPEN: 'Open',
  RESPONSE_REQUESTED: 'Response requested',
  CONCLUDED: 'Findings published',
  DISMISSED: 'Dismissed',
};

export const ESCALATION_SUBJECT_LABELS: Record<EscalationSubject, string> = {
  COMMITMENT: 'Commitment',
  SERVICE_REQUEST: 'Service request',
  ASSET: 'Asset of community value',
  COVENANT: 'Covenant',
};

/** Still on the commissioner's desk. */
export const OPEN_ESCALATION_STATUSES: readonly EscalationStatus[] = ['OPEN', 'RESPONSE_REQUESTED'];
export const isOpenEscalation = (status: EscalationStatus): boolean => OPEN_ESCALATION_STATUSES.includes(status);

/** Reasons, disputes, answers, responses and findings: long enough to say something, short enough to read. */
export const STATEMENT_LENGTH = { min: 20, max: 5_000 } as const;

/** The furthest ahead the commissioner may set a response's due day. */
export const MAX_RESPONSE_DAYS = 366;

/** How long the reporting party has to answer a dispute before it can be escalated. */
export const DISPUTE_ANSWER_DAYS = 28;

/** The first day an unanswered dispute raised on `raisedOn` may be escalated. */
export function disputeEscalatableOn(raisedOn: string): string {
  return addDays(raisedOn, DISPUTE_ANSWER_DAYS);
}

/** Asked to respond, has not, and the due day has passed (the due day itself is still in time). */
export function escalationResponseOverdue(
  escalation: { status: EscalationStatus; responseDueOn: string | null; response: string | null },
  today: string,
): boolean {
  return (
    escalation.status === 'RESPONSE_REQUESTED' &&
    escalation.response === null &&
    escalation.responseDueOn !== null &&
    today > escalation.responseDueOn
  );
}
