/**
 * The verified-identities story in a real browser: a new council officer
 * signs up, confirms their address with the link the server logged, asks for
 * the council to be verified by their domain, a steward (made on the command
 * line) approves it, the officer countersigns, and the verification page says
 * who signed, for which organisation, proved by which domain. Moving to a new
 * address then needs a new proof.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, signInThroughPage } from './support/browser';
import { graphqlRequest, registerUser } from './support/graphql';
import { startServer, type RunningServer } from './support/server';
import { settleCovenant } from './support/settle-covenant';

const run = promisify(execFile);
const CLI = join(__dirname, '../../../dist/api/apps/api/src/cli.js');
const PASSWORD = 'a long enough passphrase';
const OFFICER = { email: 'nadia.bell@northyorks.example', password: PASSWORD, displayName: 'Nadia Bell' };
const CONVENOR = { email: 'alys@settlehydro.example', password: PASSWORD, displayName: 'Alys Whitfield' };
const STEWARD = { email: 'rowan@stewards.example', password: PASSWORD, displayName: 'Rowan Ellery' };
const SIGN = `mutation ($input: SignInput!) { sign(input: $input) { id } }`;

describe('verified identities story', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let step = 0;

  beforeAll(async () => {
    // At info level the server logs each e-mail it would send: the story reads the link there, as a developer would.
    [server, browser] = await Promise.all([startServer({ LOG_LEVEL: 'info' }), launchBrowser()]);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'en-GB' });
    contexts.push(context);
    return context.newPage();
  }

  async function visited(page: Page, name: string): Promise<void> {
    step += 1;
    await expectAccessible(page);
    await screenshot(page, `identity-${String(step).padStart(2, '0')}-${name}`);
  }

  /** The link in the last e-mail the server logged for `email`, once its log line has come through. */
  async function loggedLink(email: string): Promise<string> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const lines = server
        .output()
        .split('\n')
        .filter((line) => line.includes('"mail"') && line.includes(`"to":"${email}"`));
      const mail = JSON.parse(lines.at(-1) ?? 'null') as { mail: { text: string } } | null;
      const link = mail && /https?:\/\/\S+\/verify-email\?token=[A-Za-z0-9_-]+/.exec(mail.mail.text)?.[0];
      if (link) return link;
      if (Date.now() > deadline) throw new Error(`No verification link was logged for ${email}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('takes a new council officer from sign-up to a countersignature proved by their domain', async () => {
    // The officer signs up: until the address is confirmed, a banner says what to do.
    const officer = await newPage();
    await officer.goto(`${server.url}/sign-up`);
    await officer.getByLabel('Your name').fill(OFFICER.displayName);
    await officer.getByLabel('E-mail address').fill(OFFICER.email);
    await officer.getByLabel('Password').fill(PASSWORD);
    await officer.getByRole('button', { name: 'Create account' }).click();
    const banner = officer.getByRole('region', { name: 'Confirm your e-mail address' });
    await banner.getByText(OFFICER.email).waitFor();
    await visited(officer, 'unconfirmed-banner');
    await banner.getByRole('button', { name: 'Send a new link' }).click();
    await banner.getByText(`We have sent a new link to ${OFFICER.email}`).waitFor();

    // The link from the log confirms the address; the banner goes.
    await officer.goto(await loggedLink(OFFICER.email));
    await officer.getByText('Your e-mail address is confirmed').waitFor();
    await visited(officer, 'email-confirmed');

    // A council, a neighbourhood and a covenant ready to sign, set up through the API.
    const { token: officerToken } = await graphqlRequest<{ login: { token: string } }>(
      server.url,
      'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: OFFICER.email, p: PASSWORD },
    ).then((data) => data.login);
    const convenor = await registerUser(server.url, CONVENOR);
    const covenant = await settleCovenant(server.url, {
      title: 'Settle pool and river',
      convenorToken: convenor.token,
      councilToken: officerToken,
      partners: [],
      verifyCouncil: false,
    });
    const opening = `mutation ($c: ID!) { openForSignature(covenantId: $c) { status } }`;
    await expect(graphqlRequest(server.url, opening, { c: covenant.id }, convenor.token)).rejects.toThrow(
      /North Yorkshire Council is not verified yet/,
    );

    // The officer asks for the council to be verified by the domain of their address.
    await officer.goto(`${server.url}/organisations/north-yorkshire-council`);
    const verification = officer.getByRole('region', { name: 'Verification' });
    await verification.waitFor();
    await expect(banner.count()).resolves.toBe(0);
    await verification.getByText('Not verified', { exact: true }).waitFor();
    await expect(verification.getByLabel('Domain').inputValue()).resolves.toBe('northyorks.example');
    await verification
      .getByLabel('Evidence')
      .fill('https://www.gov.uk/find-local-council lists northyorks.example for North Yorkshire Council.');
    await visited(officer, 'ask-for-verification');
    await verification.getByRole('button', { name: 'Ask for verification' }).click();
    await verification
      .getByText('An admin asked for North Yorkshire Council to be verified by northyorks.example')
      .waitFor();

    // A steward, made on the command line while the server runs, reviews the queue.
    await registerUser(server.url, STEWARD);
    const granted = await run(process.execPath, [CLI, 'role', 'grant', 'steward', STEWARD.email], {
      env: { ...process.env, DATABASE_URL: server.databaseUrl, LOG_LEVEL: 'silent' },
    });
    expect(granted.stdout.trim()).toBe(`${STEWARD.displayName} <${STEWARD.email}> is now a steward.`);
    const steward = await newPage();
    await signInThroughPage(steward, server.url, STEWARD);
    await steward.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stewards' }).click();
    const request = steward.getByRole('listitem').filter({ hasText: 'North Yorkshire Council' });
    await request.getByText('northyorks.example', { exact: true }).waitFor();
    await visited(steward, 'stewards-queue');
    await steward.setViewportSize({ width: 390, height: 844 });
    await visited(steward, 'stewards-queue-phone');
    await steward.setViewportSize({ width: 1280, height: 900 });
    await request.getByLabel('Public note').fill('Checked against the list of councils on GOV.UK.');
    await request.getByRole('button', { name: 'Approve: verified by northyorks.example' }).click();
    await steward.getByText('North Yorkshire Council is verified by northyorks.example.').waitFor();
    // The request left the list with the button that had focus: focus moves to what happened.
    await steward.waitForFunction(
      (outcome) => document.activeElement?.textContent === outcome,
      'North Yorkshire Council is verified by northyorks.example.',
    );
    await steward.getByRole('heading', { name: 'No organisations are waiting for review' }).waitFor();
    await visited(steward, 'stewards-queue-empty');

    // Verified, the covenant opens for signature; the convenor signs, the officer countersigns in the browser.
    await graphqlRequest(server.url, opening, { c: covenant.id }, convenor.token);
    const { covenant: opened } = await graphqlRequest<{ covenant: { currentVersion: { contentHash: string } } }>(
      server.url,
      'query ($id: ID!) { covenant(id: $id) { currentVersion { contentHash } } }',
      { id: covenant.id },
    );
    const contentHash = opened.currentVersion.contentHash;
    await graphqlRequest(
      server.url,
      SIGN,
      {
        input: {
          covenantId: covenant.id,
          contentHash,
          signerName: CONVENOR.displayName,
          signerPosition: 'Chair',
          confirmAuthority: true,
        },
      },
      convenor.token,
    );
    await officer.goto(`${server.url}/covenants/${covenant.slug}`);
    // The officer was told of the steward's decision.
    await officer.getByRole('button', { name: /Notifications, \d+ unread/ }).click();
    await officer.getByRole('link', { name: 'North Yorkshire Council is verified' }).waitFor();
    await officer.keyboard.press('Escape');
    const signing = officer.getByRole('region', { name: 'Signing version 1' });
    await signing.getByText('Verified: northyorks.example').waitFor();
    await signing.getByRole('button', { name: 'Countersign for North Yorkshire Council' }).click();
    const form = officer.getByRole('form', { name: /version 1/ });
    await form.getByLabel('Your position').fill('Director of Communities');
    await form.getByLabel('I am authorised to sign for North Yorkshire Council').check();
    await form.getByRole('button', { name: 'Countersign version 1' }).click();
    const signed = officer.getByRole('region', { name: 'Signed: version 1' });
    await signed.getByText('signed using a confirmed address at northyorks.example').waitFor();
    await visited(officer, 'countersigned');

    // The public verification page says who signed, for which organisation, proved by which domain.
    const resident = await newPage({ width: 390, height: 844 });
    await resident.goto(`${server.url}/verify/${covenant.slug}`);
    await resident
      .getByText(
        'Nadia Bell signed for North Yorkshire Council (verified by northyorks.example), using a confirmed address at northyorks.example.',
      )
      .waitFor();
    await resident
      .getByText(
        'Alys Whitfield signed for Settle Community Hydro (not verified), using a confirmed address at settlehydro.example.',
      )
      .waitFor();
    await visited(resident, 'verification-page-phone');

    // The officer moves to a new address: it must be proved again before they sign anything more.
    await officer.getByRole('link', { name: /Nadia Bell\W+your account/ }).click();
    await officer.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();
    await officer.getByText('Confirmed', { exact: true }).waitFor();
    const changeForm = officer.getByRole('form', { name: 'Change your e-mail address' });
    await changeForm.getByLabel('New e-mail address').fill('nadia.bell@highways.northyorks.example');
    await changeForm.getByLabel('Your password').fill(PASSWORD);
    await changeForm.getByRole('button', { name: 'Change e-mail address' }).click();
    await changeForm.getByText('Your address is now nadia.bell@highways.northyorks.example').waitFor();
    await officer.getByText('Not confirmed yet', { exact: true }).waitFor();
    await banner.getByText('nadia.bell@highways.northyorks.example').waitFor();
    await visited(officer, 'account-new-address');
  });
});
