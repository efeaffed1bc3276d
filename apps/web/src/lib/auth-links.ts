/** Links to the sign-in and sign-up pages that bring the person back where they were. */
import { PAGE_PATHS } from '@covenant/domain';

export const NEXT_PARAM = 'next';

/** Only same-site paths: `//evil.example` or `/\evil.example` would leave the site. */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return PAGE_PATHS.home;
  return raw;
}

export function withNext(path: string, next: string | null | undefined): string {
  const target = safeNextPath(next);
  if (target === PAGE_PATHS.home) return path;
  return `${path}?${new URLSearchParams({ [NEXT_PARAM]: target })}`;
}

export const signInPath = (next?: string | null) => withNext(PAGE_PATHS.signIn, next);
export const signUpPath = (next?: string | null) => withNext(PAGE_PATHS.signUp, next);
