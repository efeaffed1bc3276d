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

const MOMENT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** An instant as UK time, e.g. "28 November 2026 at 09:15". */
export function formatDateTime(iso: string): string {
  return MOMENT.format(new Date(iso));
}
