/** When the community rights' reminders go out: a week before each deadline, once each. */
import { addDays } from './calendar';

export type RightsReminderKind =
  'NOMINATION_DECISION_DUE' | 'INTERIM_MORATORIUM_ENDS' | 'FULL_MORATORIUM_ENDS' | 'SERVICE_REQUEST_RESPONSE_DUE';

export const RIGHTS_REMINDER_KINDS: readonly RightsReminderKind[] = [
  'NOMINATION_DECISION_DUE',
  'INTERIM_MORATORIUM_ENDS',
  'FULL_MORATORIUM_ENDS',
  'SERVICE_REQUEST_RESPONSE_DUE',
];

/** Days before a deadline that its reminder goes out. */
export const RIGHTS_REMINDER_LEAD_DAYS = 7;

/** From `leadDays` before the deadline up to the deadline itself, both included. */
export function reminderWindowOpen(deadline: string, today: string, leadDays = RIGHTS_REMINDER_LEAD_DAYS): boolean {
  return today >= addDays(deadline, -leadDays) && today <= deadline;
}
