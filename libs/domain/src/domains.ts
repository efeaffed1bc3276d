/**
 * Internet domains as organisations prove themselves by them: lower case, no
 * trailing dot, and an e-mail address counts for a domain when its own domain
 * is that one or a subdomain of it (officer@highways.northyorks.gov.uk counts
 * for northyorks.gov.uk, never the other way round).
 */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
export const MAX_DOMAIN_LENGTH = 253;

export function normaliseDomain(value: string): string {
  return value.trim().toLowerCase().replace(/\.$/, '');
}

/** A normalised domain of at least two labels (`example.org`), each a valid host label. */
export function isDomain(value: string): boolean {
  if (value.length > MAX_DOMAIN_LENGTH) return false;
  const labels = value.split('.');
  return labels.length >= 2 && labels.every((label) => LABEL.test(label)) && /[a-z]/.test(labels.at(-1)!);
}

/** The domain of an e-mail address, lower case; null when it has none. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 0) return null;
  const domain = normaliseDomain(email.slice(at + 1));
  return domain || null;
}

export function emailIsOnDomain(email: string, domain: string): boolean {
  const own = emailDomain(email);
  const wanted = normaliseDomain(domain);
  return !!own && !!wanted && (own === wanted || own.endsWith(`.${wanted}`));
}
