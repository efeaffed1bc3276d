/**
 * The foundation story in a real browser against the real platform: a
 * community organiser signs up, sets up their organisation, brings in a
 * colleague and puts their neighbourhood on the platform with its council.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, receivesFocus, screenshot } from './support/browser';
import { createOrganisation, registerUser } from './support/graphql';
import { startServer, type RunningServer } from './support/server';

const PASSWORD = 'a long enough passphrase';
const BOUNDARY = JSON.stringify({
  type: 'Polygon',
  coordinates: [
    [
      [-2.285, 54.062],
      [-2.262, 54.074],
      [-2.243, 54.07],
      [-2.25, 54.055],
      [-2.272, 54.052],
      [-2.285, 54.062],
    ],
  ],
});

describe('foundation story', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    // Everything must come from the platform itself: no CDN, fonts or trackers.
    const origin = new URL(server.url).origin;
    await context.route('**/*', (route) =>
      new URL(route.request().url()).origin === origin || route.request().url().startsWith('data:')
        ? route.continue()
        : route.abort(),
    );
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  async function visited(step: string): Promise<void> {
    await expectAccessible(page);
    await screenshot(page, step);
  }

  it('takes a person from signing up to their neighbourhood page with its council and boundary', async () => {
    const colleague = { email: 'rowan@settlehydro.example', password: PASSWORD, displayName: 'Rowan Hartley' };
    await registerUser(server.url, colleague);
    const officer = await registerUser(server.url, {
      email: 'officer@northyorks-council.example',
      password: PASSWORD,
      displayName: 'Nadia Bell',
    });
    await createOrganisation(server.url, officer.token, { name: 'North Yorkshire Council', kind: 'LOCAL_AUTHORITY' });

    // Home, signed out.
    const response = await page.goto(server.url);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toBe('Covenant platform');
    await page.getByRole('heading', { name: 'Neighbourhoods', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'No neighbourhoods yet — put yours on the platform' }).waitFor();
    await visited('01-home-signed-out');

    // Sign up, first with a password that is too short.
    await page.getByRole('banner').getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Create an account', level: 1 }).waitFor();
    await expect(page.title()).resolves.toBe('Create an account · Covenant platform');
    await page.getByLabel('Your name').fill('Alys Whitfield');
    await page.getByLabel('E-mail address').fill('alys@settlehydro.example');
    await page.getByLabel('Password').fill('too short');
    await page.getByRole('button', { name: 'Create account' }).click();
    const password = page.getByLabel('Password');
    await page.getByText('Use at least 12 characters.').waitFor();
    await expect(password.getAttribute('aria-invalid')).resolves.toBe('true');
    await page.getByRole('alert').filter({ hasText: 'Please correct the problems marked below.' }).waitFor();
    await visited('02-sign-up-with-error');
    await password.fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();

    // Home, signed in: no organisation yet.
    await page.getByRole('heading', { name: 'Your organisations' }).waitFor();
    await page.getByRole('banner').getByText('Alys Whitfield').waitFor();
    await page.getByRole('heading', { name: 'You are not part of an organisation yet' }).waitFor();
    await visited('03-home-signed-in');

    // Create the organisation.
    await page.getByRole('link', { name: 'Add your organisation' }).first().click();
    await page.getByRole('heading', { name: 'Add an organisation', level: 1 }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Settle Community Hydro');
    await page.getByLabel('Kind of organisation').selectOption({ label: 'Community group' });
    await page
      .getByLabel('Description')
      .fill('A community-owned Archimedes screw on the River Ribble, powering 50 homes.');
    await page.getByLabel('Website').fill('settlehydro.example.org');
    await visited('04-new-organisation');
    await page.getByRole('button', { name: 'Create organisation' }).click();

    await page.getByRole('heading', { name: 'Settle Community Hydro', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/organisations/settle-community-hydro');
    await page.getByText('You are an admin here').waitFor();
    await expect(page.getByRole('row', { name: /Alys Whitfield/ }).textContent()).resolves.toContain('Admin');
    await visited('05-organisation');

    // An address no account uses is refused by the server, and the focus goes to it to be corrected.
    const memberEmail = page.getByLabel('Their e-mail address');
    await memberEmail.fill('nobody@settlehydro.example');
    await page.getByLabel('Position').focus();
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByText('Nobody has an account with that e-mail yet.', { exact: false }).waitFor();
    await expect(receivesFocus(memberEmail)).resolves.toBe(true);

    // Add the colleague as a signatory.
    await page.getByLabel('Their e-mail address').fill(colleague.email);
    await page.getByLabel('Role', { exact: true }).selectOption('SIGNATORY');
    await page.getByLabel('Position').fill('Treasurer');
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByRole('status').filter({ hasText: 'Rowan Hartley is now signatory.' }).waitFor();
    const colleagueRow = page.getByRole('row', { name: /Rowan Hartley/ });
    await expect(colleagueRow.getByRole('cell').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Signatory', 'Treasurer']),
    );
    await visited('06-organisation-with-colleague');

    // Put the neighbourhood on the platform.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Add a neighbourhood' }).click();
    await page.getByRole('heading', { name: 'Add a neighbourhood', level: 1 }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Settle');
    await page
      .getByLabel('Description')
      .fill('A market town in the Yorkshire Dales, on the River Ribble and the Settle–Carlisle line.');
    await page.getByLabel('Local authority').selectOption({ label: 'North Yorkshire Council' });
    const areaCodes = page.getByLabel('Area codes');
    await areaCodes.fill('E05012345 e01027823 E0102782');
    await areaCodes.blur();
    await page.getByText('“E0102782” is not an ONS area code.', { exact: false }).waitFor();
    await expect(areaCodes.getAttribute('aria-invalid')).resolves.toBe('true');
    await areaCodes.fill('E05012345 e01027823');
    await page.getByText('2 valid codes: E05012345, E01027823').waitFor();
    await page.getByLabel('Or paste the GeoJSON').fill(BOUNDARY);
    await page.getByRole('img', { name: 'Preview of the boundary outline' }).waitFor();
    await visited('07-new-neighbourhood');
    await page.getByRole('button', { name: 'Add neighbourhood' }).click();

    // The neighbourhood page.
    await page.getByRole('heading', { name: 'Settle', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/neighbourhoods/settle');
    await expect(page.title()).resolves.toBe('Settle · Covenant platform');
    await page.getByRole('link', { name: 'North Yorkshire Council' }).waitFor();
    const codes = page.getByRole('definition').getByRole('listitem');
    await expect(codes.allTextContents()).resolves.toEqual(['E05012345', 'E01027823']);
    const outline = page.getByRole('img', { name: 'Outline of the Settle neighbourhood boundary' });
    await outline.waitFor();
    await expect(outline.locator('path').count()).resolves.toBe(1);
    await page.getByRole('heading', { name: 'Covenants', level: 2 }).waitFor();
    await page.getByText('Covenants for Settle will appear here.', { exact: false }).waitFor();
    await visited('08-neighbourhood');

    // The council's page, as someone who is not a member.
    await page.getByRole('link', { name: 'North Yorkshire Council' }).click();
    await page.getByRole('heading', { name: 'North Yorkshire Council', level: 1 }).waitFor();
    await page.getByText('Only members of North Yorkshire Council can see who belongs to it.').waitFor();
    await visited('09-council-organisation');

    // On a phone, nothing scrolls sideways.
    await page.setViewportSize({ width: 360, height: 780 });
    for (const [path, heading, step] of [
      ['/neighbourhoods/settle', 'Settle', '10-neighbourhood-phone'],
      ['/organisations/settle-community-hydro', 'Settle Community Hydro', '11-organisation-phone'],
      ['/', 'Your organisations', '12-home-phone'],
    ] as const) {
      await page.goto(server.url + path);
      await page.getByRole('heading', { name: heading }).first().waitFor();
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
      await visited(step);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // Unknown addresses.
    const missing = await page.goto(`${server.url}/no-such-page`);
    expect(missing?.status()).toBe(404);
    await page.getByRole('heading', { name: 'We couldn’t find that page', level: 1 }).waitFor();
    await visited('13-not-found');
    await page.goto(`${server.url}/neighbourhoods/atlantis`);
    await page.getByRole('heading', { name: 'We couldn’t find that neighbourhood', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Go to the home page' }).waitFor();
    await visited('14-neighbourhood-not-found');

    // Sign out.
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    await page.getByRole('link', { name: 'Settle', exact: true }).waitFor();
    // The page already open forgets what it showed the person signed in.
    await page.getByRole('heading', { name: 'Get involved' }).waitFor();
    await expect(page.getByRole('heading', { name: 'Your organisations' }).count()).resolves.toBe(0);
    await visited('15-home-signed-out-with-neighbourhood');
  });

  it('serves a GraphQL explorer that works without the internet', async () => {
    const response = await page.goto(`${server.url}/graphql`);
    expect(response?.status()).toBe(200);
    await page.locator('.graphiql-container').waitFor();
    // The editor loads its modes lazily; executing before it is ready would send nothing.
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    await page.getByRole('button', { name: /Execute query/ }).click();
    await page.locator('.graphiql-response').filter({ hasText: '"neighbourhoods"' }).waitFor();
    await screenshot(page, '16-graphql-explorer');
  });
});
