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
