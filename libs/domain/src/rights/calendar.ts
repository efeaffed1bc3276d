/**
 * Periods counted in calendar days (Europe/London days as YYYY-MM-DD), done
 * on UTC dates built from the string, so a clock change never shifts a day.
 * The counting rules are the contract's (schema.graphql, community rights).
 */
const DAY_MS = 86_400_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function utc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A strict YYYY-MM-DD that is a real calendar day. */
export function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = utc(value);
  // 30 February parses as 2 March, and month 13 not at all: only a day that reads back the same is real.
  return !Number.isNaN(date.getTime()) && dayOf(date) === value;
}

export function addDays(day: string, days: number): string {
  return dayOf(new Date(utc(day).getTime() + days * DAY_MS));
}

/** `to` − `from` in whole days; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / DAY_MS);
}

/** N weeks from day D ends on D + 7N − 1: 8 weeks from 1 March ends on 25 April. */
export function weeksPeriodEnd(start: string, weeks: number): string {
  return addDays(start, 7 * weeks - 1);
}

/**
 * N months from day D ends the day before D's date N months later, that date
 * being the month's last day when the month is shorter: 6 months from 31
 * August ends on 27 February (28 February in a leap year).
 */
export function monthsPeriodEnd(start: string, months: number): string {
  const [year, month, date] = start.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return addDays(dayOf(target), -1);
}

export function yearsPeriodEnd(start: string, years: number): string {
  return monthsPeriodEnd(start, 12 * years);
}
