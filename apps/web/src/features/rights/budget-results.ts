import { formatPounds } from '@covenant/domain';
/** A budget's results as the page tells them: the winners first, each with how it was paid for. */

export interface ResultProject {
  id: string;
  title: string;
  cost: number;
  votes?: number | null;
  selected?: boolean | null;
  chosenBy?: 'EQUAL_SHARES' | 'COMPLETION' | null;
  paidPerSupporter?: number | null;
}

const byVotes = (a: ResultProject, b: ResultProject) =>
  (b.votes ?? 0) - (a.votes ?? 0) || a.cost - b.cost || a.title.localeCompare(b.title, 'en-GB');

/** The winners, then the others, each by most votes (then lower cost, then title). */
export function arrangeResults<P extends ResultProject>(projects: readonly P[]): { winners: P[]; others: P[] } {
  return {
    winners: projects.filter((project) => project.selected).sort(byVotes),
    others: projects.filter((project) => !project.selected).sort(byVotes),
  };
}

/** "each supporter's share paid £1,250", or "from the leftover" for a project the completion step added. */
export function paymentText(project: ResultProject): string | null {
  if (project.chosenBy === 'COMPLETION') return 'from the leftover';
  if (project.chosenBy === 'EQUAL_SHARES' && project.paidPerSupporter != null) {
    return `each supporter’s share paid ${formatPounds(project.paidPerSupporter)}`;
  }
  return null;
}

/** "1 vote", "12 votes". */
export function votesText(votes: number | null | undefined): string {
  const count = votes ?? 0;
  return `${count.toLocaleString('en-GB')} vote${count === 1 ? '' : 's'}`;
}
