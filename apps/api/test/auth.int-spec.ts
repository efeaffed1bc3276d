import { randomBytes } from 'node:crypto';
import { codes, startTestApp, type TestApp } from './support/test-app';
import { PASSWORD, registerUser } from './support/factories';
import { sql } from './support/covenant-world';
import { RateLimitsService } from '../src/modules/rate-limits/rate-limits.service';

const ME = `{ me { id displayName email memberships { id } } }`;
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { token user { id email displayName } } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id email } } }`;

describe('Accounts and sessions', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('registers a person, returns a bearer token and sets an httpOnly SameSite=Lax cookie', async () => {
    const response = await api.gql<{ register: { token: string; user: { email: string; displayName: string } } }>(
      REGISTER,
      { input: { email: '  Aled.Pryce@Example.ORG ', password: PASSWORD, displayName: 'Aled Pryce' } },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.register.user).toMatchObject({ email: 'aled.pryce@example.org', displayName: 'Aled Pryce' });
    expect(response.data?.register.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^covenant_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('refuses a duplicate e-mail whatever its case, with CONFLICT', async () => {
    await registerUser(api, { email: 'morag@example.org' });
    const response = await api.gql(REGISTER, {
      input: { email: 'MORAG@example.org', password: PASSWORD, displayName: 'Someone Else' },
    });
    expect(codes(response)).toEqual(['CONFLICT']);
  });

  it('refuses a password under 12 characters and a bad e-mail, naming the fields', async () => {
    const short = await api.gql(REGISTER, { input: { email: 'a@example.org', password: 'short', displayName: 'A' } });
    expect(codes(short)).toEqual(['BAD_USER_INPUT']);
    expect(short.errors?.[0].extensions?.fields?.password).toMatch(/12 characters/);
    const bad = await api.gql(REGISTER, { input: { email: 'not-an-email', password: PASSWORD, displayName: 'A' } });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0].extensions?.fields?.email).toBeDefined();
    const blank = await api.gql(REGISTER, {
      input: { email: 'b@example.org', password: PASSWORD, displayName: '   ' },
    });
    expect(codes(blank)).toEqual(['BAD_USER_INPUT']);
  });

  it('signs in with the bearer token or the cookie, and shows the e-mail only to its owner', async () => {
    const user = await registerUser(api);
    const login = await api.gql<{ login: { token: string; user: { email: string } } }>(LOGIN, {
      email: user.email.toUpperCase(),
      password: PASSWORD,
    });
    expect(login.data?.login.user.email).toBe(user.email);
    const byToken = await api.gql<{ me: { id: string; email: string } }>(ME, {}, { token: login.data!.login.token });
    expect(byToken.data?.me).toMatchObject({ id: user.id, email: user.email });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const byCookie = await api.gql<{ me: { id: string } }>(ME, {}, { cookie });
    expect(byCookie.data?.me.id).toBe(user.id);
    const anonymous = await api.gql<{ me: null }>(ME);
    expect(anonymous.data?.me).toBeNull();
  });

  it('answers wrong credentials with one generic UNAUTHENTICATED message', async () => {
    const user = await registerUser(api);
    const wrongPassword = await api.gql(LOGIN, { email: user.email, password: 'not the password' });
    const unknownEmail = await api.gql(LOGIN, { email: 'nobody@example.org', password: PASSWORD });
    expect(codes(wrongPassword)).toEqual(['UNAUTHENTICATED']);
    expect(codes(unknownEmail)).toEqual(['UNAUTHENTICATED']);
    expect(wrongPassword.errors?.[0].message).toBe(unknownEmail.errors?.[0].message);
  });

  it('revokes the session on logout so its token stops working at once', async () => {
    const user = await registerUser(api);
    const logout = await api.gql<{ logout: boolean }>(`mutation { logout }`, {}, { token: user.token });
    expect(logout.data?.logout).toBe(true);
    const after = await api.gql(ME, {}, { token: user.token });
    expect(codes(after)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a bad token on any operation, public ones included, but still lets the person sign in again', async () => {
    const user = await registerUser(api);
    const bad = await api.gql(`{ neighbourhoods { id } }`, {}, { token: 'not-a-real-token' });
    expect(codes(bad)).toEqual(['UNAUTHENTICATED']);
    const staleCookie = await api.gql(ME, {}, { cookie: 'covenant_session=expired-or-forged' });
    expect(codes(staleCookie)).toEqual(['UNAUTHENTICATED']);
    expect(staleCookie.headers.get('set-cookie')).toMatch(/covenant_session=;/);
    const relogin = await api.gql<{ login: { token: string } }>(
      LOGIN,
      { email: user.email, password: PASSWORD },
      { cookie: 'covenant_session=expired-or-forged' },
    );
    expect(relogin.data?.login.token).toBeTruthy();
  });

  it('needs a session for every mutation but register and login', async () => {
    const response = await api.gql(`mutation { logout }`);
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    const create = await api.gql(
      `mutation { createOrganisation(input: { name: "Settle Hydro", kind: COMMUNITY_GROUP }) { id } }`,
    );
    expect(codes(create)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('Rate limits', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ RATE_LIMIT_LOGIN_FAILURES: '3', RATE_LIMIT_REGISTRATIONS: '4' });
  });
  afterAll(() => api.close());

  it('stops sign-in attempts for an e-mail after too many failures, even with the right password', async () => {
    const user = await registerUser(api);
    for (let i = 0; i < 3; i++) {
      expect(codes(await api.gql(LOGIN, { email: user.email, password: 'wrong password!' }))).toEqual([
        'UNAUTHENTICATED',
      ]);
    }
    const blocked = await api.gql(LOGIN, { email: user.email, password: PASSWORD });
    expect(codes(blocked)).toEqual(['RATE_LIMITED']);
  });

  it('stops registrations from one address after the hourly limit', async () => {
    const results: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await api.gql(REGISTER, {
        input: { email: `limit${i}@example.org`, password: PASSWORD, displayName: 'Limit Test' },
      });
      results.push(codes(response)[0]);
    }
    expect(results.slice(0, 3)).toEqual([undefined, undefined, undefined]);
    expect(results[3]).toBe('RATE_LIMITED');
  });
});

describe('Sign-in limiter', () => {
  const LIMIT = 5;
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ RATE_LIMIT_LOGIN_FAILURES: String(LIMIT) });
  });
  afterAll(() => api.close());

  // The app trusts a proxy on loopback, as it would nginx: each test is a different network.
  const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
  const login = (email: string, password: string, ip: string) => api.gql(LOGIN, { email, password }, from(ip));

  it('lets no more wrong passwords through to a check than the limit, however many arrive at once', async () => {
    const user = await registerUser(api);
    const burst = await Promise.all(
      Array.from({ length: LIMIT * 6 }, () => login(user.email, 'a wrong password', '203.0.113.10')),
    );
    const answers = burst.map((response) => codes(response)[0]);
    expect(answers.filter((code) => code !== 'UNAUTHENTICATED' && code !== 'RATE_LIMITED')).toEqual([]);
    expect(answers.filter((code) => code === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(LIMIT);
    const after = await login(user.email, PASSWORD, '203.0.113.10');
    expect(codes(after)).toEqual(['RATE_LIMITED']);
    expect(after.errors?.[0].message).toMatch(/Try again in (a minute|\d+ minutes)\./);
  });

  it('keeps the owner able to sign in from their own network while a guesser’s network is locked out', async () => {
    const owner = await registerUser(api);
    for (let i = 0; i < LIMIT; i++) {
      expect(codes(await login(owner.email, `guess number ${i}`, '198.51.100.66'))).toEqual(['UNAUTHENTICATED']);
    }
    expect(codes(await login(owner.email, PASSWORD, '198.51.100.66'))).toEqual(['RATE_LIMITED']);
    const own = await api.gql<{ login: { user: { id: string } } }>(
      LOGIN,
      { email: owner.email, password: PASSWORD },
      from('192.0.2.14'),
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.login.user.id).toBe(owner.id);
  });

  it('stops one network guessing across many e-mail addresses', async () => {
    for (let i = 0; i < LIMIT; i++) {
      expect(codes(await login(`neighbour${i}@example.org`, PASSWORD, '203.0.113.77'))).toEqual(['UNAUTHENTICATED']);
    }
    expect(codes(await login('yet.another@example.org', PASSWORD, '203.0.113.77'))).toEqual(['RATE_LIMITED']);
  });

  it('answers a malformed or 4,000-character e-mail as wrong credentials, and still counts it', async () => {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const noise = Array.from(randomBytes(4000), (byte) => alphabet[byte % alphabet.length]).join('');
    const huge = `${noise}@example.org`;
    const answers = [];
    for (const email of [huge, huge, 'not an address', `${noise.slice(0, 300)}@example.org`, huge]) {
      answers.push(codes(await login(email, PASSWORD, '203.0.113.200'))[0]);
    }
    expect(answers).toEqual(Array(LIMIT).fill('UNAUTHENTICATED'));
    expect(codes(await login(huge, PASSWORD, '203.0.113.200'))).toEqual(['RATE_LIMITED']);

    const register = await api.gql(REGISTER, { input: { email: huge, password: PASSWORD, displayName: 'Long Name' } });
    expect(codes(register)).toEqual(['BAD_USER_INPUT']);
    expect(register.errors?.[0].extensions?.fields?.email).toMatch(/254 characters/);
  });

  it('sweeps away the counts whose window has passed', async () => {
    await login('passing.through@example.org', PASSWORD, '198.18.0.1');
    await login('passing.through@example.org', PASSWORD, '198.18.0.2');
    await sql(api, `UPDATE rate_limits SET expires_at = now() - interval '1 second' WHERE key LIKE '%198.18.0.1'`);
    expect(await api.app.get(RateLimitsService).sweep()).toBe(2);
    const keys = await sql<{ key: string }>(api, `SELECT key FROM rate_limits WHERE key LIKE '%198.18.0._' ORDER BY 1`);
    expect(keys.map((row) => row.key)).toEqual(['198.18.0.2', 'passing.through@example.org 198.18.0.2']);
  });
});
