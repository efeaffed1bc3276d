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
