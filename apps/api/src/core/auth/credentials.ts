import { parse as parseCookie } from 'cookie';
import { createHash, randomBytes } from 'node:crypto';
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

/** A secret handed out once (a session, an e-mailed link): 32 random bytes, base64url. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a secret token: its SHA-256, so a database leak gives no usable token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
