/**
 * Errors a person can act on. Services throw these; the GraphQL error
 * formatter and the real-time acks (collab/session/acks.ts) turn them into codes.
 */
import type { ErrorCode as ContractErrorCode } from '@covenant/collab-protocol';
import { notVisible } from '@covenant/domain';

/** The contract's codes but INTERNAL_SERVER_ERROR, which is only ever the answer to a fault. */
export type ErrorCode = Exclude<ContractErrorCode, 'INTERNAL_SERVER_ERROR'>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Per-field messages for BAD_USER_INPUT, keyed by input field name. */
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const unauthenticated = (message = 'Sign in to do this.') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message: string) => new AppError('FORBIDDEN', message);
export const notFound = (message: string) => new AppError('NOT_FOUND', message);
/** NOT_FOUND for a thing that is missing or hidden from the viewer, in the one wording for both. */
export const notVisibleError = (what: string) => notFound(notVisible(what));
export const conflict = (message: string) => new AppError('CONFLICT', message);
export const badInput = (message: string, fields?: Record<string, string>) =>
  new AppError('BAD_USER_INPUT', message, fields);
export const rateLimited = (message: string) => new AppError('RATE_LIMITED', message);
