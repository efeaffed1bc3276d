/**
 * No stack trace leaves the process, in GraphQL errors or HTTP error pages,
 * unless NODE_ENV=development was set on purpose: not by default (NODE_ENV
 * unset also means development, for `npm start`), not in production.
 */
import { productionEnv } from './support/production';
import { startTestApp, type TestApp } from './support/test-app';

const STACK_FRAME = /\bat .+[(/\\].+:\d+:\d+/;

interface ErrorResponse {
  what: string;
  body: string;
  /** The first GraphQL error's extensions.stacktrace, for GraphQL answers. */
  stacktrace?: unknown;
}

async function graphqlError(api: TestApp, what: string, body: string): Promise<ErrorResponse> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  const errors = (JSON.parse(text) as { errors: { extensions: Record<string, unknown> }[] }).errors;
  return { what, body: text, stacktrace: errors[0].extensions.stacktrace };
}

async function httpError(what: string, request: Promise<Response>): Promise<ErrorResponse> {
  const response = await request;
  return { what: `${what} (${response.status})`, body: await response.text() };
}

function errorResponses(api: TestApp): Promise<ErrorResponse[]> {
  const query = (text: string) => JSON.stringify({ query: text });
  return Promise.all([
    graphqlError(
      api,
      'wrong credentials',
      query('mutation { login(email: "nobody@example.org", password: "not it") { token } }'),
    ),
    graphqlError(api, 'a batch', JSON.stringify([{ query: '{ __typename }' }])),
    graphqlError(api, 'an unknown field', query('{ nothingHere }')),
    httpError(
      'bad JSON',
      fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{bad' }),
    ),
    httpError('a missing PDF', fetch(`${api.url}/covenants/nothing/v/1.pdf`)),
    httpError('a missing asset', fetch(`${api.url}/assets/missing.js`)),
    httpError(
      'a bad token',
      fetch(`${api.url}/covenants/nothing/commitments.csv`, { headers: { authorization: 'Bearer nonsense' } }),
    ),
  ]);
}

describe('Error details', () => {
  it.each([
    ['NODE_ENV unset (development by default)', { NODE_ENV: '' }],
    ['NODE_ENV=test', {}],
    ['NODE_ENV=production', productionEnv()],
  ])('carry no stack trace with %s', async (_, env) => {
    const api = await startTestApp(env);
    try {
      for (const response of await errorResponses(api)) {
        expect([response.what, response.stacktrace]).toEqual([response.what, undefined]);
        expect([response.what, STACK_FRAME.test(response.body)]).toEqual([response.what, false]);
      }
    } finally {
      await api.close();
    }
  });

  it('carry the stack trace in GraphQL errors when NODE_ENV=development is set on purpose', async () => {
    const api = await startTestApp({ NODE_ENV: 'development' });
    try {
      const [login] = await errorResponses(api);
      expect(login.stacktrace).toEqual(expect.arrayContaining([expect.stringMatching(STACK_FRAME)]));
    } finally {
      await api.close();
    }
  });
});
