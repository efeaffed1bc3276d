/**
 * Server state lives in TanStack Query. A query refused as UNAUTHENTICATED
 * means the session went stale: the API has cleared the cookie by then, so the
 * viewer is treated as signed out and the query is tried once more anonymously.
 */
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { GraphQLRequestError } from './graphql';

export const VIEWER_QUERY_KEY = ['viewer'] as const;

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof GraphQLRequestError)) return failureCount < 2;
  if (error.code === 'UNAUTHENTICATED') return failureCount < 1;
  return error.code === 'NETWORK_ERROR' && failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (!(error instanceof GraphQLRequestError) || error.code !== 'UNAUTHENTICATED') return;
        if (query.queryKey[0] !== VIEWER_QUERY_KEY[0]) client.setQueryData(VIEWER_QUERY_KEY, null);
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return client;
}

/**
 * After signing out: the viewer is nobody at once, and every other answer, fetched with the session, is forgotten;
 * those a page still shows are asked again anonymously. Removing them instead would leave the page's queries
 * holding what they had (a home page still listing "Your organisations"), or waiting forever for one the removal
 * cancelled.
 */
export function forgetSignedInAnswers(client: QueryClient): Promise<void> {
  client.setQueryData(VIEWER_QUERY_KEY, null);
  return client.resetQueries({ predicate: (query) => query.queryKey[0] !== VIEWER_QUERY_KEY[0] });
}
