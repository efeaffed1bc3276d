/** Clocks in words: how long a phase has left, and when a public body's answer is due. */

/** "12 days left", "1 day left", "last day today". */
export function daysLeftText(days: number): string {
  if (days <= 0) return 'last day today';
  return days === 1 ? '1 day left' : `${days.toLocaleString('en-GB')} days left`;
}

/** "due in 12 days", "due today", "3 days overdue". */
export function responseDueText(days: number): string {
  if (days === 0) return 'due today';
  if (days < 0) return days === -1 ? '1 day overdue' : `${(-days).toLocaleString('en-GB')} days overdue`;
  return days === 1 ? 'due tomorrow' : `due in ${days.toLocaleString('en-GB')} days`;
}
