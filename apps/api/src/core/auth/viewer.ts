import type { Request } from 'express';
import type { AppError } from '../errors/app-error';

/** Who is asking: the signed-in user and the session they used. */
export interface Viewer {
  userId: string;
  sessionId: string;
  /** Whether the user had proved their e-mail address when the session was read. */
  emailVerified: boolean;
  /** When the session stops working; a long-lived connection is closed then. */
  expiresAt?: Date;
}

/** What the session middleware found on a request: a viewer, nobody, or a credential that was presented but bad. */
export interface RequestAuth {
  viewer: Viewer | null;
  error: AppError | null;
  token: string | null;
}

export type AuthenticatedRequest = Request & { auth?: RequestAuth };

export const SESSION_COOKIE = 'covenant_session';
