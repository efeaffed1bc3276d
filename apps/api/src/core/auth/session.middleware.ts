import type { NextFunction, RequestHandler, Response } from 'express';
import { AppError, unauthenticated } from '../errors/app-error';
import { tokenFromHeaders } from './credentials';
import { SESSION_COOKIE, type AuthenticatedRequest, type Viewer } from './viewer';

/** Whatever turns a session token into its viewer, refusing with an AppError (the auth module's service). */
export interface SessionAuthenticator {
  authenticate(token: string): Promise<Viewer>;
}

/**
 * Resolves the caller of every HTTP request once: GraphQL, downloads and
 * pages all read `req.auth`. A stale session cookie is also cleared, so the
 * browser stops sending it.
 */
export function sessionMiddleware(auth: SessionAuthenticator, cookieSecure: boolean): RequestHandler {
  return (req, res: Response, next: NextFunction) => {
    const request = req as AuthenticatedRequest;
    const token = tokenFromHeaders(req.headers);
    if (!token) {
      request.auth = { viewer: null, error: null, token: null };
      return next();
    }
    auth.authenticate(token).then(
      (viewer) => {
        request.auth = { viewer, error: null, token };
        next();
      },
      (error: unknown) => {
        if (!(error instanceof AppError)) return next(error);
        request.auth = { viewer: null, error: error.code === 'UNAUTHENTICATED' ? error : unauthenticated(), token };
        if (!req.headers.authorization) {
          res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: cookieSecure });
        }
        next();
      },
    );
  };
}
