/**
 * The accountability story in a real browser: the pool trust adds a
 * commitment while the covenant is drafted and the council's officer sees it
 * arrive; once the covenant is in force the pool trust reports progress with
 * evidence; a resident, not signed in, follows it on the accountability page
 * and the neighbourhood's delivery bar.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, receivesFocus, screenshot, signInThroughPage } from './support/browser';
import { graphqlRequest, registerUser } from './support/graphql';
import { startServer, type RunningServer } from './support/server';
import { settleCovenant, signIntoForce, type SettleCovenant } from './support/settle-covenant';

const PASSWORD = 'a long enough passphrase';
const PEOPLE = {
  convenor: { email: 'alys@settlehydro.example', password: PASSWORD, displayName: 'Alys Whitfield' },
  pool: { email: 'morgan@settlepool.example', password: PASSWORD, displayName: 'Morgan Ellis' },
  council: { email: 'officer@northyorks-council.example', password: PASSWORD, displayName: 'Nadia Bell' },
} as const;
type Person = keyof typeof PEOPLE;

const TITLE = 'Settle pool and river';
const PROMISE = 'Reopen the swimming pool on Sundays by June';
const NOTE = 'Two lifeguards hired; Sunday sessions start on 2 May.';
const EVIDENCE = 'https://settlepool.example/news/sunday-swims';
const LATER = 'Forty swimmers came to the first Sunday session.';

describe('accountability story', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const tokens = {} as Record<Person, string>;
  let covenant: SettleCovenant;
  let step = 0;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    for (const person of Object.keys(PEOPLE) as Person[]) {
      tokens[person] = (await registerUser(server.url, PEOPLE[person])).token;
    }
    covenant = await settleCovenant(server.url, {
      title: TITLE,
      convenorToken: tokens.convenor,
      councilToken: tokens.council,
      partners: [{ name: 'Settle Pool Trust', kind: 'VOLUNTARY_ORGANISATION', token: tokens.pool }],
    });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    contexts.push(context);
    return context.newPage();
  }

  async function onCovenant(person: Person): Promise<Page> {
    const page = await newPage();
    await signInThroughPage(page, server.url, PEOPLE[person]);
    await page.goto(`${server.url}/covenants/${covenant.slug}`);
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    return page;
  }

  async function visited(page: Page, name: string): Promise<void> {
    step += 1;
    await expectAccessible(page);
    await screenshot(page, `accountability-${String(step).padStart(2, '0')}-${name}`);
  }

  /** Every party signs through the API: this story is about what happens after. */
  function bringIntoForce() {
    const signer = (person: Person) => ({ token: tokens[person], displayName: PEOPLE[person].displayName });
    return signIntoForce(server.url, covenant.id, [signer('convenor'), signer('pool')], signer('council'));
  }

  it('follows a promise from the draft to its first progress report, in public', async () => {
    const council = await onCovenant('council');
    const pool = await onCovenant('pool');

    // The pool trust adds its commitment while the covenant is drafted.
    await pool.getByRole('button', { name: 'Add a commitment for Settle Pool Trust' }).click();
    const form = pool.getByRole('form', { name: 'A new commitment for Settle Pool Trust' });
    await form.getByLabel('What will be done').fill(PROMISE);
    await form.getByLabel('How the neighbourhood will know it was done').fill('Sunday sessions counted each month.');
    await form.getByLabel('Community right it serves').selectOption({ label: 'Right to Shape Public Services' });
    await form.getByLabel('Due by').fill('2027-06-30');
    await visited(pool, 'commitment-form');
    await form.getByRole('button', { name: 'Add commitment' }).click();
    await pool.getByRole('article', { name: PROMISE }).waitFor();

    // The council's officer sees it arrive without reloading.
    await council.getByRole('article', { name: PROMISE }).getByText('Due by 30 June 2027').waitFor();
    await visited(council, 'commitment-arrives');

    await bringIntoForce();

    // In force: the pool trust reports progress with evidence.
    await pool.reload();
    const promise = pool.getByRole('article', { name: PROMISE });
    await promise.getByRole('button', { name: `Report progress on “${PROMISE}”` }).click();
    const report = pool.getByRole('form', { name: `Report progress on “${PROMISE}”` });
    await report.getByLabel('Progress').selectOption('ON_TRACK');
    await report.getByLabel('Per cent complete').fill('60');
    await report.getByLabel('Link to evidence').fill('not a link');
    await report.getByRole('button', { name: 'Report progress' }).click();
    await report.getByText('Say what happened', { exact: false }).waitFor();
    await report.getByText('Link to evidence with a web address starting with https://').waitFor();
    // The first field to correct has the focus, so someone on a keyboard or a screen reader starts there.
    await expect(receivesFocus(report.getByLabel('What happened'))).resolves.toBe(true);
    await report.getByLabel('What happened').fill(NOTE);
    await report.getByLabel('Link to evidence').fill(EVIDENCE);
    await visited(pool, 'progress-form');
    await report.getByRole('button', { name: 'Report progress' }).click();
    await promise.getByText(NOTE).waitFor();
    await expect(promise.getByRole('link', { name: 'Evidence' }).getAttribute('href')).resolves.toBe(EVIDENCE);
    await council.getByRole('article', { name: PROMISE }).getByText(NOTE).waitFor();

    // A resident, not signed in, follows it on the accountability page.
    const resident = await newPage();
    await resident.goto(`${server.url}/covenants/${covenant.slug}/accountability`);
    await resident.getByRole('heading', { name: 'Progress by party' }).waitFor();
    await resident.locator('.progress-chart__bars').waitFor();
    await resident.getByRole('region', { name: 'Latest progress reports' }).getByText(NOTE).waitFor();
    await expect(
      resident
        .getByRole('region', { name: 'Latest progress reports' })
        .getByRole('link', { name: /evidence/i })
        .first()
        .getAttribute('href'),
    ).resolves.toBe(EVIDENCE);
    await visited(resident, 'accountability-page');

    // The next report reaches the open page as it is made, without a reload.
    const { covenant: reported } = await graphqlRequest<{ covenant: { commitments: { id: string }[] } }>(
      server.url,
      'query ($slug: String!) { covenant(slug: $slug) { commitments { id } } }',
      { slug: covenant.slug },
    );
    await graphqlRequest(
      server.url,
      'mutation ($input: CommitmentUpdateInput!) { reportProgress(input: $input) { id } }',
      { input: { commitmentId: reported.commitments[0].id, progress: 'ON_TRACK', percentComplete: 75, note: LATER } },
      tokens.pool,
    );
    await resident.getByRole('region', { name: 'Latest progress reports' }).getByText(LATER).waitFor();
    await resident.getByRole('article', { name: PROMISE }).getByText('75% complete').waitFor();

    // The neighbourhood page shows how its covenant is delivering.
    await resident.goto(`${server.url}/neighbourhoods/settle`);
    await resident.getByRole('img', { name: 'Delivery of 1 commitments: 1 on track' }).waitFor();
    await visited(resident, 'neighbourhood-delivery');
  });
});
