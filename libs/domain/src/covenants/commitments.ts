/** Rules about commitments that the API and the web app both need. */
import { COMMITMENT_PROGRESSES, type CommitmentProgress } from './enums';

const FINISHED: readonly CommitmentProgress[] = ['DELIVERED', 'DROPPED'];

/**
 * A commitment is overdue once its due day has passed in Europe/London
 * (`today` as YYYY-MM-DD there) and it was neither delivered nor dropped.
 */
export function isOverdue(commitment: { dueOn: string | null; progress: CommitmentProgress }, today: string): boolean {
  return commitment.dueOn !== null && commitment.dueOn < today && !FINISHED.includes(commitment.progress);
}

/** `isOverdue` as an SQL condition on a commitments row `alias`; `today` is an SQL expression. */
export function overdueSql(alias: string, today: string): string {
  const finished = FINISHED.map((progress) => `'${progress}'`).join(', ');
  return `(${alias}.due_on IS NOT NULL AND ${alias}.due_on < ${today} AND ${alias}.progress NOT IN (${finished}))`;
}

/** What is wrong with a progress report's figures, in words; null when they agree. */
export function progressProblem(progress: CommitmentProgress, percentComplete: number): string | null {
  if (!Number.isInteger(percentComplete) || percentComplete < 0 || percentComplete > 100) {
    return 'Give how complete it is as a whole number from 0 to 100.';
  }
  if (progress === 'DELIVERED' && percentComplete !== 100) return 'A delivered commitment is 100% complete.';
  return null;
}

export interface CommitmentCounts {
  total: number;
  /** Every progress value in the enum's order, zeros included. */
  byProgress: { progress: CommitmentProgress; count: number }[];
  overdue: number;
}

export function summariseCommitments(
  commitments: { progress: CommitmentProgress; overdue: boolean }[],
): CommitmentCounts {
  return {
    total: commitments.length,
    byProgress: COMMITMENT_PROGRESSES.map((progress) => ({
      progress,
      count: commitments.filter((c) => c.progress === progress).length,
    })),
    overdue: commitments.filter((c) => c.overdue).length,
  };
}

export const REMINDER_KINDS = ['DUE_SOON', 'OVERDUE', 'NO_PROGRESS'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Reminders go this many days before a due day, and after this many days without a report. */
export const DUE_SOON_DAYS = 14;
export const QUIET_DAYS = 90;

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The reminders a commitment in force calls for today (YYYY-MM-DD, Europe/London), each with the occasion it is
 * for (the due day, or the day of the last report), so that each one is sent once however often this is asked.
 * `lastActivityOn` is the day of its last progress report, else the day the covenant came into force.
 */
export function remindersDue(
  commitment: { dueOn: string | null; progress: CommitmentProgress; lastActivityOn: string },
  today: string,
): { kind: ReminderKind; occasion: string }[] {
  if (FINISHED.includes(commitment.progress)) return [];
  const due: { kind: ReminderKind; occasion: string }[] = [];
  const { dueOn } = commitment;
  if (dueOn && dueOn >= today && dueOn <= addDays(today, DUE_SOON_DAYS))
    due.push({ kind: 'DUE_SOON', occasion: dueOn });
  if (isOverdue(commitment, today)) due.push({ kind: 'OVERDUE', occasion: dueOn! });
  if (addDays(commitment.lastActivityOn, QUIET_DAYS) <= today) {
    due.push({ kind: 'NO_PROGRESS', occasion: commitment.lastActivityOn });
  }
  return due;
}

export const DELIVERY_KINDS = ['DELIVERED', 'ON_TRACK', 'AT_RISK', 'OVERDUE', 'NOT_STARTED'] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

export const DELIVERY_LABELS: Record<DeliveryKind, string> = {
  DELIVERED: 'Delivered',
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OVERDUE: 'Overdue',
  NOT_STARTED: 'Not started',
};

/**
 * How a covenant's promises stand, for the neighbourhood's delivery bar: each
 * commitment counted once, overdue before anything but delivered, at risk
 * and off track together; dropped ones are left out.
 */
export function deliveryShares(
  commitments: readonly { progress: CommitmentProgress; overdue: boolean }[],
): { kind: DeliveryKind; count: number }[] {
  const kindOf = (c: { progress: CommitmentProgress; overdue: boolean }): DeliveryKind | null => {
    if (c.progress === 'DROPPED') return null;
    if (c.progress === 'DELIVERED') return 'DELIVERED';
    if (c.overdue) return 'OVERDUE';
    if (c.progress === 'ON_TRACK') return 'ON_TRACK';
    if (c.progress === 'AT_RISK' || c.progress === 'OFF_TRACK') return 'AT_RISK';
    return 'NOT_STARTED';
  };
  const kinds = commitments.map(kindOf);
  return DELIVERY_KINDS.map((kind) => ({ kind, count: kinds.filter((k) => k === kind).length }));
}
