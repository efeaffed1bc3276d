import { parse as parseCookie } from 'cookie';
import { SESSION_COOKIE } from './viewer';

/** The session token from `Authorization: Bearer …` or, failing that, the session cookie. */
export function tokenFromHeaders(headers: { authorization?: string; cookie?: string }): string | null {
  const authorization = headers.authorization?.trim();
  if (authorization) {
    const match = /^Bearer\s+(.+)$/i.exec(authorization);
    return match ? match[1].trim() : authorization;
  }
  if (headers.cookie) {
    const token = parseCookie(headers.cookie)[SESSION_COOKIE];
    if (token) return token;
  }
  return null;
}
