/** Setting up people and organisations through the API directly, where the story is not about the UI. */
import { markEmailVerified } from './database';

export async function graphqlRequest<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL error: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

/** An account whose address is proved, as if its link had been opened, unless `verified` is false. */
export async function registerUser(
  url: string,
  input: { email: string; password: string; displayName: string },
  { verified = true }: { verified?: boolean } = {},
): Promise<{ token: string; userId: string }> {
  const data = await graphqlRequest<{ register: { token: string; user: { id: string } } }>(
    url,
    'mutation ($input: RegisterInput!) { register(input: $input) { token user { id } } }',
    { input },
  );
  if (verified) await markEmailVerified(url, data.register.user.id);
  return { token: data.register.token, userId: data.register.user.id };
}

/** Registers each of a story's people, one after another, and answers their session tokens by name. */
export async function registerPeople<P extends string>(
  url: string,
  people: Record<P, { email: string; password: string; displayName: string }>,
): Promise<Record<P, string>> {
  const tokens = {} as Record<P, string>;
  for (const person of Object.keys(people) as P[]) tokens[person] = (await registerUser(url, people[person])).token;
  return tokens;
}

export async function createOrganisation(
  url: string,
  token: string,
  input: { name: string; kind: string; description?: string },
): Promise<{ id: string; slug: string }> {
  const data = await graphqlRequest<{ createOrganisation: { id: string; slug: string } }>(
    url,
    'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id slug } }',
    { input },
    token,
  );
  return data.createOrganisation;
}
