/**
 * Queries that are asked again and again (every page of the web app sends
 * the same few) run compiled by graphql-jit instead of being interpreted
 * field by field: the same resolvers, the same data loaders, the same answer,
 * without graphql-js's per-field bookkeeping, which dominates an answer with
 * thousands of fields such as an accountability page.
 *
 * A query is compiled once it has been asked a few times, so one-off queries
 * cost nothing to compile. An answer the compiled query gives with any error
 * is thrown away and the query runs again the standard way, so errors are
 * reported, formatted and counted exactly as always. Mutations always run the
 * standard way.
 */
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { MetricsService } from '../metrics/metrics.service';

/** How many times a query is asked before it is compiled. */
const COMPILE_AFTER = 3;
/** Compiled queries kept; the one used least recently leaves first. */
const MAX_COMPILED = 200;
/** Queries being counted towards compilation. */
const MAX_COUNTED = 2000;

export class CompiledQueries {
  private readonly compiled = new Map<string, CompiledQuery>();
  private readonly asked = new Map<string, number>();

  /** The compiled form of this request's query, once it has been asked often enough; null until then. */
  for(context: GraphQLRequestContext<object>): CompiledQuery | null {
    const { request, document, schema } = context;
    if (!document || request.query === undefined) return null;
    const key = `${request.operationName ?? ''}\n${request.query}`;
    const kept = this.compiled.get(key);
    if (kept) {
      this.compiled.delete(key);
      this.compiled.set(key, kept);
      return kept;
    }
    const times = (this.asked.get(key) ?? 0) + 1;
    this.asked.delete(key);
    if (times < COMPILE_AFTER) {
      this.asked.set(key, times);
      if (this.asked.size > MAX_COUNTED) this.asked.delete(this.asked.keys().next().value!);
      return null;
    }
    const compiled = compileQuery(schema, document, request.operationName ?? undefined);
    if (!isCompiledQuery(compiled)) return null;
    this.compiled.set(key, compiled);
    if (this.compiled.size > MAX_COMPILED) this.compiled.delete(this.compiled.keys().next().value!);
    return compiled;
  }
}

export function compiledQueriesPlugin(
  metrics: MetricsService,
  queries = new CompiledQueries(),
): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation(context) {
          if (context.operation?.operation !== 'query') return null;
          const compiled = queries.for(context);
          if (!compiled) return null;
          const result = await compiled.query(undefined, context.contextValue, context.request.variables ?? {});
          if (result.errors?.length) return null;
          metrics.graphqlCompiledAnswers.inc();
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: result.data } },
          };
        },
      };
    },
  };
}
