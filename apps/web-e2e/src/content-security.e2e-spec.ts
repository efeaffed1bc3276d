/**
 * The web app and the GraphQL explorer under the platform's
 * Content-Security-Policy, in a real browser: signing in, co-drafting with
 * the editor over Socket.IO, the verification page and a query run in the
 * explorer, with not one CSP violation reported.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, signInThroughPage } from './support/browser';
import { registerUser } from './support/graphql';
import { startServer, type RunningServer } from './support/server';
import { settleCovenant } from './support/settle-covenant';

const PASSWORD = 'a long enough passphrase';
const CONVENOR = { email: 'gwen@settlehydro.example', password: PASSWORD, displayName: 'Gwen Atherton' };
const COUNCIL = { email: 'officer@northyorks.example', password: PASSWORD, displayName: 'Dev Mistry' };

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

describe('content security story', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let slug = '';
  /** Whatever the browser reports: violation events from the page and console messages about the policy. */
  const reported: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const convenor = await registerUser(server.url, CONVENOR);
    const council = await registerUser(server.url, COUNCIL);
    ({ slug } = await settleCovenant(server.url, {
      title: 'Settle pool and river',
      convenorToken: convenor.token,
      councilToken: council.token,
      partners: [],
    }));
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
      });
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content[ -]Security[ -]Policy/i.test(message.text())) reported.push(message.text());
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  async function violations(): Promise<string[]> {
    return [...reported, ...(await page.evaluate(() => window.__cspViolations))];
  }

  it('serves every page under a policy that frames nothing and runs only its own scripts', async () => {
    const response = await page.goto(`${server.url}/`);
    const policy = response!.headers()['content-security-policy'];
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("script-src 'self'");
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await violations()).toEqual([]);
  });

  it('lets a party sign in and write in the live editor', async () => {
    await signInThroughPage(page, server.url, CONVENOR);
    await page.goto(`${server.url}/covenants/${slug}`);
    const text = page.getByRole('textbox', { name: 'The covenant text' });
    await text.waitFor();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    await text.locator('p').first().click();
    await page.keyboard.type(' Sunday swimming for everyone.');
    await text.getByText('Sunday swimming for everyone.', { exact: false }).waitFor();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    await page.getByRole('button', { name: 'Bold' }).click();
    expect(await violations()).toEqual([]);
  });

  it('shows the verification page', async () => {
    await page.goto(`${server.url}/verify/${slug}`);
    await page.getByRole('heading', { name: 'Check it yourself' }).waitFor();
    expect(await violations()).toEqual([]);
  });

  it('runs a query in the GraphQL explorer', async () => {
    const response = await page.goto(`${server.url}/graphql`);
    expect(response!.headers()['content-security-policy']).toContain("default-src 'self'");
    // The editor shows the default query once GraphiQL has started; a click before that runs nothing.
    await page.locator('.graphiql-query-editor').getByText('query Neighbourhoods').waitFor();
    await page.getByRole('button', { name: /Execute query/ }).click();
    await page.locator('.graphiql-response').getByText('"North Yorkshire Council"').waitFor();
    expect(await violations()).toEqual([]);
  });
});
