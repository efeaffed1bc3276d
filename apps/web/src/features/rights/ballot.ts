import { formatPounds } from '@covenant/domain';
/** An approval ballot's running total: what the ticked projects would cost together, against the budget. */

export interface BallotTotal {
  total: number;
  /** Ticking more than the budget holds is allowed in approval voting; the count decides what fits. */
  over: boolean;
  /** What the live region says, e.g. "Your ballot: £7,500 of £10,000". */
  text: string;
}

export function ballotTotal(
  projects: readonly { id: string; cost: number }[],
  ticked: ReadonlySet<string>,
  amount: number,
): BallotTotal {
  const total = projects.reduce((sum, project) => (ticked.has(project.id) ? sum + project.cost : sum), 0);
  return { total, over: total > amount, text: `Your ballot: ${formatPounds(total)} of ${formatPounds(amount)}` };
}

/** Whether the ticks differ from the ballot saved, so the button says when there is something to send. */
export function ballotChanged(saved: readonly string[], ticked: ReadonlySet<string>): boolean {
  return saved.length !== ticked.size || saved.some((id) => !ticked.has(id));
}
