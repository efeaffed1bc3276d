/** Covenant dates are calendar days in Europe/London. */
const LONDON_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** YYYY-MM-DD of the instant in Europe/London. */
export function londonDay(instant: Date): string {
  return LONDON_DAY.format(instant);
}

/** The same day a year later; 29 February becomes 28 February. */
export function oneYearAfter(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const leapDay = month === 2 && date === 29;
  return `${String(year + 1).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(leapDay ? 28 : date).padStart(2, '0')}`;
}

const DAY_IN_WORDS = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A calendar day (YYYY-MM-DD) as people in the UK write it: "30 June 2027". */
export function formatLondonDay(day: string): string {
  return DAY_IN_WORDS.format(new Date(`${day}T00:00:00Z`));
}
