import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { GraphQLRequestError } from './graphql';
import { forgetSignedInAnswers, shouldRetry, VIEWER_QUERY_KEY } from './query-client';

describe(shouldRetry.name, () => {
  it('tries a refused session once more, anonymously', () => {
    const error = new GraphQLRequestError('Sign in again.', 'UNAUTHENTICATED');
    expect(shouldRetry(0, error)).toBe(true);
    expect(shouldRetry(1, error)).toBe(false);
  });

  it('retries network failures a couple of times but never an answer the server meant', () => {
    expect(shouldRetry(1, new GraphQLRequestError('Offline', 'NETWORK_ERROR'))).toBe(true);
    expect(shouldRetry(2, new GraphQLRequestError('Offline', 'NETWORK_ERROR'))).toBe(false);
    expect(shouldRetry(0, new GraphQLRequestError('No', 'FORBIDDEN'))).toBe(false);
  });
});

describe(forgetSignedInAnswers.name, () => {
  it('makes the viewer nobody, asks a shown query again and forgets the others, even one still being fetched', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: false } } });
    client.setQueryData(VIEWER_QUERY_KEY, { id: 'u1', displayName: 'Alys' });
    let signedIn = true;
    const asked: string[] = [];
    const neighbourhoods = new QueryObserver(client, {
      queryKey: ['neighbourhoods'],
      queryFn: async () => {
        asked.push(signedIn ? 'signed in' : 'anonymous');
        return signedIn ? ['Settle', 'a private draft'] : ['Settle'];
      },
    });
    const shown: unknown[] = [];
    const unsubscribe = neighbourhoods.subscribe((result) => shown.push(result.data));
    // Signing out while the page's first answer is still on its way.
    expect(asked).toEqual(['signed in']);
    client.setQueryData(['organisation', 'hydro'], { members: ['Alys'] });

    signedIn = false;
    await forgetSignedInAnswers(client);

    expect(client.getQueryData(VIEWER_QUERY_KEY)).toBeNull();
    expect(client.getQueryData(['organisation', 'hydro'])).toBeUndefined();
    expect(asked).toEqual(['signed in', 'anonymous']);
    expect(neighbourhoods.getCurrentResult().data).toEqual(['Settle']);
    expect(shown.at(-1)).toEqual(['Settle']);
    unsubscribe();
  });
});
