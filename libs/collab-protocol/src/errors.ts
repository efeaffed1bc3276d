/**
 * The error codes of the public contracts (schema.graphql's header and
 * realtime.md): GraphQL's `extensions.code` and a refused ack's `code`.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Refusals that say "not now" rather than "not this": the same change may be sent again shortly. */
export const TRANSIENT_CODES: readonly ErrorCode[] = ['INTERNAL_SERVER_ERROR', 'RATE_LIMITED', 'CONFLICT'];
