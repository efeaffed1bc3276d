/**
 * The demo's password is printed and published, so it opens nothing where
 * the demo was not asked for: a process started without SEED_DEMO refuses a
 * demo account and that password, even if the demo's rows are in its database.
 */
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/modules/auth/demo-accounts';
import { loadDemoData } from '../src/demo/demo-data';
import { registerUser } from './support/factories';
import { codes, startTestApp, type TestApp } from './support/test-app';

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

describe("The demo's accounts and password", () => {
  let withoutDemo: TestApp;
  const aled = DEMO_USERS[0].email;

  beforeAll(async () => {
    withoutDemo = await startTestApp({ SEED_DEMO: 'false' });
    await loadDemoData(withoutDemo.app.get(DataSource));
  });
  afterAll(() => withoutDemo.close());

  it('do not sign in on a process that was not asked for the demo', async () => {
    const login = await withoutDemo.gql(LOGIN, { email: aled, password: DEMO_PASSWORD });
    expect(codes(login)).toEqual(['UNAUTHENTICATED']);
    expect(login.errors?.[0].message).toBe(
      'That e-mail and password do not match an account. Check them and try again.',
    );
  });

  it('sign in where the demo was asked for', async () => {
    const withDemo = await startTestApp({ SEED_DEMO: 'true' }, { database: withoutDemo.db });
    try {
      const login = await withDemo.gql<{ login: { token: string } }>(LOGIN, { email: aled, password: DEMO_PASSWORD });
      expect(login.errors).toBeUndefined();
      expect(login.data?.login.token).toEqual(expect.any(String));
    } finally {
      await withDemo.close();
    }
  });

  it('open no account at all on a process that was not asked for the demo', async () => {
    const person = await registerUser(withoutDemo);
    const hash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
    await withoutDemo.app.get(DataSource).query('UPDATE users SET password_hash = $1 WHERE id = $2', [hash, person.id]);
    const login = await withoutDemo.gql(LOGIN, { email: person.email, password: DEMO_PASSWORD });
    expect(codes(login)).toEqual(['UNAUTHENTICATED']);
  });

  it("cannot be chosen as anyone's own password", async () => {
    const registered = await withoutDemo.gql(
      'mutation ($input: RegisterInput!) { register(input: $input) { token } }',
      { input: { email: 'new.resident@example.org', password: DEMO_PASSWORD, displayName: 'Rhian Tate' } },
    );
    expect(codes(registered)).toEqual(['BAD_USER_INPUT']);
    expect(registered.errors?.[0].extensions?.fields).toEqual({
      password: 'That password is published with the demo: choose one of your own.',
    });
  });
});
