/**
 * The demo's people and their password, which is printed and published: so
 * a demo account, or that password, signs in only on a process that was
 * asked for the demo (SEED_DEMO), and nobody may choose it for an account.
 */
export const DEMO_PASSWORD = 'settle-covenant-demo';

export const DEMO_USERS = [
  { email: 'aled@settlehydro.example', displayName: 'Aled Pryce', note: 'admin, Settle Community Hydro' },
  { email: 'morag@settlepool.example', displayName: 'Morag Ellison', note: 'admin, Settle Pool Trust' },
  { email: 'priya@northyorks-council.example', displayName: 'Priya Raman', note: 'admin, North Yorkshire Council' },
  { email: 'clerk@settle-tc.example', displayName: 'Tom Haworth', note: 'admin, Settle Town Council' },
  { email: 'jess@dalesriver-homes.example', displayName: 'Jess Lund', note: 'signatory, Dales River Homes' },
  { email: 'sam.resident@example.org', displayName: 'Sam Okafor', note: 'resident, no organisation' },
  { email: 'steward@covenant-platform.example', displayName: 'Rowan Ellery', note: 'platform steward (/stewards)' },
  {
    email: 'commissioner@covenant-platform.example',
    displayName: 'Ruth Adeyemi',
    note: 'Community Power Commissioner (/commissioner)',
  },
];

/** The demo's steward, who verified the demo's organisations. */
export const DEMO_STEWARD = 'steward@covenant-platform.example';

/** The demo's Community Power Commissioner. */
export const DEMO_COMMISSIONER = 'commissioner@covenant-platform.example';

const DEMO_EMAILS = new Set(DEMO_USERS.map((user) => user.email));

/** A sign-in that only the demo may accept: a demo account's e-mail (normalised) or the demo's password. */
export function isDemoSignIn(normalisedEmail: string, password: string): boolean {
  return password === DEMO_PASSWORD || DEMO_EMAILS.has(normalisedEmail);
}
