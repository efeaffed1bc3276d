/**
 * The one way the web app talks to the API: POST /graphql on the same origin.
 * The session is an httpOnly cookie set by register/login, so no token is
 * ever handled here.
 */
import type { TypedDocumentString } from '../gql/graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'NETWORK_ERROR'
  | (string & {});

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
    /** Per-field messages for BAD_USER_INPUT, keyed by input field name (e.g. `password`). */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: Record<string, string> } }[];
}

/** Field paths may arrive as `input.password`; forms key their fields by the last segment. */
function fieldMessages(fields: Record<string, string> | undefined): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields ?? {})) messages[path.split('.').pop() ?? path] = message;
  return messages;
}

export function errorFromResponse(body: GraphQLResponse<unknown>): GraphQLRequestError | null {
  const first = body.errors?.[0];
  if (!first) return null;
  return new GraphQLRequestError(
    first.message,
    first.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
    fieldMessages(first.extensions?.fields),
  );
}

export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new GraphQLRequestError(
      'We could not reach the server. Check your connection and try again.',
      'NETWORK_ERROR',
    );
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new GraphQLRequestError(
      `The server answered unexpectedly (HTTP ${response.status}). Please try again.`,
      'NETWORK_ERROR',
    );
  }
  const error = errorFromResponse(body);
  if (error) throw error;
  if (!body.data) throw new GraphQLRequestError('The server sent no data. Please try again.', 'INTERNAL_SERVER_ERROR');
  return body.data;
}

export function isErrorCode(error: unknown, code: ErrorCode): error is GraphQLRequestError {
  return error instanceof GraphQLRequestError && error.code === code;
}
