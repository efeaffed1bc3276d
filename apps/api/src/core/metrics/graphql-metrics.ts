/**
 * Times every GraphQL operation by name and type and counts errors by code.
 * Operation names are chosen by clients, so only the first few hundred
 * distinct names get their own label; later ones share "(other)".
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ERROR_CODES } from '@covenant/collab-protocol';
import type { MetricsService } from './metrics.service';

const MAX_OPERATION_NAMES = 200;
/** The contract's codes (and Apollo's own); anything else is counted as OTHER. */
const COUNTED_CODES = new Set<string>([
  ...ERROR_CODES,
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export function graphqlMetricsPlugin(metrics: MetricsService): ApolloServerPlugin {
  const names = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    if (!name) return '(anonymous)';
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES) return '(other)';
    names.add(name);
    return name;
  };
  return {
    async requestDidStart() {
      const stop = metrics.graphqlOperationDuration.startTimer();
      return {
        async willSendResponse({ operation, operationName, response }) {
          // An operation that did not parse or validate has no resolved name or type.
          stop({
            operation: operation ? operationLabel(operationName) : '(invalid)',
            type: operation?.operation ?? '(invalid)',
          });
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = error.extensions?.code;
            metrics.graphqlErrors.inc({ code: typeof code === 'string' && COUNTED_CODES.has(code) ? code : 'OTHER' });
          }
        },
      };
    },
  };
}
