/** Instants as UK time with the zone named (GMT or BST), so a reader abroad is not misled. */
const MOMENT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

function parts(iso: string): Record<string, string> {
  return Object.fromEntries(MOMENT.formatToParts(new Date(iso)).map(({ type, value }) => [type, value]));
}

/** E.g. "2 December 2026, 09:15 GMT". */
export function formatMoment(iso: string): string {
  const part = parts(iso);
  return `${part.day} ${part.month} ${part.year}, ${part.hour}:${part.minute} ${part.timeZoneName}`;
}

/** E.g. "2 Dec 2026, 09:15:02 GMT": audit events are often seconds apart. */
export function formatAuditMoment(iso: string): string {
  const part = parts(iso);
  return `${part.day} ${part.month.slice(0, 3)} ${part.year}, ${part.hour}:${part.minute}:${part.second} ${part.timeZoneName}`;
}
