import { applyDecorators, SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'covenant:isPublic';
export const IS_SIGN_IN = 'covenant:isSignIn';

/** Marks a query, mutation or route as open to anonymous callers. Everything else needs a session. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * register and login: public, and they also work when the caller still holds
 * a stale token or cookie, since signing in again is how that is put right.
 */
export const SignIn = () => applyDecorators(SetMetadata(IS_PUBLIC, true), SetMetadata(IS_SIGN_IN, true));
