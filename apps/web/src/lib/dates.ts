const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

/** A calendar day as people in the UK write it, e.g. "28 November 2026". */
export function formatDay(iso: string): string {
  return DAY.format(new Date(iso));
}
