import { ESCALATION_STATUS_LABELS, PAGE_PATHS, STATEMENT_LENGTH } from '@covenant/domain';
import type { EscalationStatus } from '../../gql/graphql';
import { formatDay } from '../../lib/dates';

/** A case's place on the commissioner's public list. */
export const casePath = (number: number) => `${PAGE_PATHS.commissioner}#escalation-${number}`;

/** Where a case stands, in words: "Response requested from X by 4 January 2027 (overdue)". */
export function caseStanding(escalation: {
  status: EscalationStatus;
  respondent?: { name: string } | null;
  responseDueOn?: string | null;
  responseOverdue: boolean;
}): string {
  const { status, respondent, responseDueOn, responseOverdue } = escalation;
  if (status === 'RESPONSE_REQUESTED' && respondent && responseDueOn) {
    return `Response requested from ${respondent.name} by ${formatDay(responseDueOn)}${responseOverdue ? ' (overdue)' : ''}`;
  }
  return ESCALATION_STATUS_LABELS[status];
}

/** What is wrong with a reason, response or findings before it is sent; undefined when nothing is. */
export function statementProblem(text: string, what: string): string | undefined {
  const length = text.trim().length;
  if (!length) return `Write ${what}.`;
  if (length < STATEMENT_LENGTH.min) return `Write at least ${STATEMENT_LENGTH.min} characters, so it says enough.`;
  if (length > STATEMENT_LENGTH.max) return `Keep it to ${STATEMENT_LENGTH.max.toLocaleString('en-GB')} characters.`;
  return undefined;
}
