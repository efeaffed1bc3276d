import { GraphQLRequestError } from './graphql';
import { shouldRetry } from './query-client';

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
