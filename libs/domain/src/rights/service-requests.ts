/** Right to Shape Public Services: a request's statuses and its response deadline. */
import { weeksPeriodEnd } from './calendar';
import { DEFAULT_RIGHTS_RULE_SET, type RightsRuleSet } from './rule-sets';

export const SERVICE_REQUEST_STATUSES = [
  'SUBMITTED',
  'ACCEPTED',
  'ACCEPTED_WITH_CHANGES',
  'REFUSED',
  'WITHDRAWN',
] as const;
export type ServiceRequestStatus = (typeof SERVICE_REQUEST_STATUSES)[number];

/** What a public body may answer. */
export const SERVICE_REQUEST_ANSWERS = ['ACCEPTED', 'ACCEPTED_WITH_CHANGES', 'REFUSED'] as const;
export type ServiceRequestAnswer = (typeof SERVICE_REQUEST_ANSWERS)[number];

export const SERVICE_REQUEST_STATUS_LABELS: Record<ServiceRequestStatus, string> = {
  SUBMITTED: 'Awaiting an answer',
  ACCEPTED: 'Accepted',
  ACCEPTED_WITH_CHANGES: 'Accepted with changes',
  REFUSED: 'Refused',
  WITHDRAWN: 'Withdrawn',
};

/** The response period from the submission day: 8 weeks is the day + 55. */
export function serviceRequestResponseDueOn(
  submittedOn: string,
  rules: RightsRuleSet = DEFAULT_RIGHTS_RULE_SET,
): string {
  return weeksPeriodEnd(submittedOn, rules.serviceRequestResponseWeeks);
}

/** Unanswered after its due day (the due day itself is still in time). */
export function serviceRequestOverdue(status: ServiceRequestStatus, responseDueOn: string, today: string): boolean {
  return status === 'SUBMITTED' && today > responseDueOn;
}
