/**
 * Every GraphQL error leaves with one of the contract's codes and a message a
 * person can act on. Anything unexpected is logged with its stack and
 * reaches the client only as INTERNAL_SERVER_ERROR.
 */
import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { AppError } from '../errors/app-error';

const PASSED_THROUGH = new Set([
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'RATE_LIMITED',
};

function originalOf(error: unknown): unknown {
  let current = error as { originalError?: unknown } | undefined;
  while (current?.originalError && current.originalError !== current) current = current.originalError as typeof current;
  return current;
}

export function createErrorFormatter(logger: Logger, exposeStack: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = originalOf(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    const withStack = (extensions: Record<string, unknown>) =>
      exposeStack && original instanceof Error
        ? { ...extensions, stacktrace: original.stack?.split('\n') }
        : extensions;

    if (original instanceof AppError) {
      const extensions: Record<string, unknown> = { code: original.code };
      if (original.fields && Object.keys(original.fields).length) extensions.fields = original.fields;
      return { ...base, message: original.message, extensions: withStack(extensions) };
    }
    if (original instanceof HttpException) {
      const code = HTTP_CODES[original.getStatus()];
      if (code) return { ...base, message: original.message, extensions: withStack({ code }) };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASSED_THROUGH.has(code)) {
      return {
        ...base,
        extensions: withStack({ code: code === 'OPERATION_RESOLUTION_FAILURE' ? 'BAD_USER_INPUT' : code }),
      };
    }
    if (code === 'BAD_REQUEST' || original instanceof GraphQLError) {
      // graphql-js's own refusals of the request, e.g. variables that do not fit the schema.
      return { ...base, extensions: withStack({ code: 'BAD_USER_INPUT' }) };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL operation');
    return {
      ...base,
      message: 'Something went wrong on our side. Please try again.',
      extensions: withStack({ code: 'INTERNAL_SERVER_ERROR' }),
    };
  };
}
