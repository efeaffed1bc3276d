/**
 * What the platform takes for an e-mail address before storing or counting
 * anything about it. Loose on purpose (the address is proved by mail, not by
 * pattern), but bounded: RFC 5321 allows 254 characters in all and 64 before
 * the "@".
 */
export const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;

export function isEmailAddress(value: string): boolean {
  if (value.length > MAX_EMAIL_LENGTH || /\p{Cc}/u.test(value)) return false;
  // The last "@": a quoted local part may hold one of its own.
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  return at > 0 && local.length <= MAX_LOCAL_PART_LENGTH && /^[^\s@.][^\s@]*\.[^\s@]+$/.test(domain);
}
