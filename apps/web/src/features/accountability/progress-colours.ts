import type { CommitmentProgress } from '@covenant/domain';

/** At least 3:1 against white, so each band of the chart stands out (text beside it says the same). */
export const PROGRESS_COLOURS: Record<CommitmentProgress, string> = {
  NOT_STARTED: '#6b747d',
  ON_TRACK: '#0b6b32',
  AT_RISK: '#a65300',
  OFF_TRACK: '#b3261e',
  DELIVERED: '#1d4f91',
  DROPPED: '#5b2d8e',
};
