/** Rules about commitments that the API and the web app both need. */
import type { CommitmentProgress } from './enums';

const FINISHED: readonly CommitmentProgress[] = ['DELIVERED', 'DROPPED'];

/**
 * A commitment is overdue once its due day has passed in Europe/London
 * (`today` as YYYY-MM-DD there) and it was neither delivered nor dropped.
 */
export function isOverdue(commitment: { dueOn: string | null; progress: CommitmentProgress }, today: string): boolean {
  return commitment.dueOn !== null && commitment.dueOn < today && !FINISHED.includes(commitment.progress);
}
