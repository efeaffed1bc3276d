/**
 * Two people from two organisations draft a covenant's text together in real
 * browsers: each sees the other's words and cursor, one loses the connection,
 * keeps typing and comes back, and both end with the same text; a comment on a
 * passage stays with it while the text around it changes.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, signInThroughPage } from './support/browser';
import { registerPeople } from './support/graphql';
import { startServer, type RunningServer } from './support/server';
import { settleCovenant } from './support/settle-covenant';

const PASSWORD = 'a long enough passphrase';
const PEOPLE = {
  convenor: { email: 'gwen@settlehydro.example', password: PASSWORD, displayName: 'Gwen Atherton' },
  pool: { email: 'rory@settlepool.example', password: PASSWORD, displayName: 'Rory Kettlewell' },
  council: { email: 'officer@northyorks.example', password: PASSWORD, displayName: 'Dev Mistry' },
} as const;
type Person = keyof typeof PEOPLE;
const TITLE = 'Settle pool and river';
/** Seeing the other person's change must take less than this. */
const LIVE_MS = 1_000;

describe('co-drafting story', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let slug = '';
  let step = 0;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const tokens = await registerPeople(server.url, PEOPLE);
    ({ slug } = await settleCovenant(server.url, {
      title: TITLE,
      convenorToken: tokens.convenor,
      councilToken: tokens.council,
      partners: [{ name: 'Settle Pool Trust', kind: 'VOLUNTARY_ORGANISATION', token: tokens.pool }],
    }));
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  async function openCovenant(person: Person): Promise<{ page: Page; context: BrowserContext; text: Locator }> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
    contexts.push(context);
    const page = await context.newPage();
    await signInThroughPage(page, server.url, PEOPLE[person]);
    await page.goto(`${server.url}/covenants/${slug}`);
    const text = page.getByRole('textbox', { name: 'The covenant text' });
    await text.waitFor();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    return { page, context, text };
  }

  async function visited(page: Page, name: string): Promise<void> {
    step += 1;
    await expectAccessible(page);
    await screenshot(page, `co-drafting-${String(step).padStart(2, '0')}-${name}`);
  }

  /** Puts the caret at the end (or the start) of the paragraph that follows the heading, and types. */
  async function typeAfter(
    page: Page,
    text: Locator,
    heading: string,
    words: string,
    at: 'start' | 'end' = 'end',
  ): Promise<void> {
    const paragraph = text.locator('h3, h4, h5').filter({ hasText: heading }).locator('xpath=following-sibling::p[1]');
    await paragraph.click();
    await paragraph.evaluate((element, toStart) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      range.collapse(toStart);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }, at === 'start');
    await page.keyboard.type(words);
  }

  /** The text as written, without the other people's carets. */
  function written(text: Locator): Promise<string> {
    return text.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
      return copy.innerText;
    });
  }

  it('lets two parties write together, offline too, and keeps comments on their passages', async () => {
    const gwen = await openCovenant('convenor');
    const rory = await openCovenant('pool');

    // Each sees who else is in the document.
    await gwen.page.getByRole('list', { name: 'People in the document' }).getByText('Rory Kettlewell').waitFor();
    await rory.page.getByRole('list', { name: 'People in the document' }).getByText('Gwen Atherton').waitFor();

    // Both type into the same paragraph at once (one at its start, one at its end: typing at the very same spot
    // interleaves the letters, as it should); each sees the other's words and cursor within a second.
    await Promise.all([
      typeAfter(gwen.page, gwen.text, 'Our shared ambition', ' A pool open on Sundays.'),
      typeAfter(rory.page, rory.text, 'Our shared ambition', 'A path safe at dusk. ', 'start'),
    ]);
    await rory.text.getByText('A pool open on Sundays.', { exact: false }).waitFor({ timeout: LIVE_MS });
    await gwen.text.getByText('A path safe at dusk.', { exact: false }).waitFor({ timeout: LIVE_MS });
    await rory.text
      .locator('.collaboration-carets__label')
      .filter({ hasText: 'Gwen Atherton' })
      .waitFor({ timeout: LIVE_MS });
    await gwen.text
      .locator('.collaboration-carets__label')
      .filter({ hasText: 'Rory Kettlewell' })
      .waitFor({ timeout: LIVE_MS });
    await visited(gwen.page, 'two-editors-convenor');
    await visited(rory.page, 'two-editors-pool-trust');

    // The toolbar formats the text: a heading of the parties' own.
    await typeAfter(gwen.page, gwen.text, 'How we will work together', '');
    await gwen.page.keyboard.press('Enter');
    await gwen.page.keyboard.type('Meetings');
    await gwen.page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'H2' }).click();
    await rory.text.getByRole('heading', { name: 'Meetings' }).waitFor({ timeout: LIVE_MS });

    // Rory writes the pool trust's commitment; it arrives on Gwen's page as he saves it.
    await rory.page.getByRole('button', { name: 'Add a commitment for Settle Pool Trust' }).click();
    const form = rory.page.getByRole('form', { name: 'A new commitment for Settle Pool Trust' });
    await form.getByRole('button', { name: 'Add commitment' }).click();
    await form.getByText('Say in a line what will be done', { exact: false }).waitFor();
    await form.getByLabel('What will be done').fill('Reopen the swimming pool on Sundays by June');
    await form.getByLabel('How the neighbourhood will know it was done').fill('Sunday hours on the website.');
    await form.getByLabel('Community right it serves').selectOption('SHAPE_PUBLIC_SERVICES');
    await form.getByLabel('Due by').fill('2027-06-30');
    await form.getByRole('button', { name: 'Add commitment' }).click();
    await form.waitFor({ state: 'detached' });
    const promised = gwen.page
      .getByRole('region', { name: 'Settle Pool Trust' })
      .getByRole('article', { name: 'Reopen the swimming pool on Sundays by June' });
    await promised.waitFor({ timeout: LIVE_MS * 2 });
    await promised.getByText('Due by 30 June 2027').waitFor();
    await promised.getByText('Right to Shape Public Services').waitFor();
    await visited(gwen.page, 'commitment-arrives');
    const [download] = await Promise.all([
      gwen.page.waitForEvent('download'),
      gwen.page.getByRole('link', { name: 'CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${slug}-commitments.csv`);

    // Rory loses the connection and keeps typing; Gwen writes meanwhile.
    await rory.context.setOffline(true);
    const roryStatus = rory.page.locator('.save-indicator');
    await roryStatus.getByText('Offline', { exact: false }).waitFor();
    await typeAfter(rory.page, rory.text, 'Community rights here', ' Typed on the train.');
    await roryStatus.getByText('your changes are kept here and will sync when you reconnect').waitFor();
    await typeAfter(gwen.page, gwen.text, 'Community rights here', ' Agreed at the meeting.');
    await gwen.page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    await expect(written(gwen.text)).resolves.not.toContain('Typed on the train.');
    await visited(rory.page, 'offline-edits-kept');

    // Back online, the offline words reach Gwen and both end with the same text.
    await rory.context.setOffline(false);
    await gwen.text.getByText('Typed on the train.', { exact: false }).waitFor();
    await rory.text.getByText('Agreed at the meeting.', { exact: false }).waitFor();
    await rory.page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    await expect(written(rory.text)).resolves.toBe(await written(gwen.text));

    // Gwen comments on a passage; Rory sees it beside the text at once.
    const passage = gwen.text.locator('h3, h4, h5').filter({ hasText: 'Shaping public services' });
    await passage.locator('xpath=following-sibling::p[1]').selectText();
    await gwen.page.getByRole('button', { name: 'Comment on selection' }).click();
    const draft = gwen.page.getByRole('region', { name: 'Comment on this passage' });
    await draft.getByLabel('Your comment on this passage').fill('Which services first? The pool, surely.');
    await draft.getByRole('button', { name: 'Post comment' }).click();
    await draft.waitFor({ state: 'detached' });
    const highlight = rory.text.locator('.comment-anchor');
    await highlight.first().waitFor({ timeout: LIVE_MS * 3 });
    const quote = (await highlight.allInnerTexts()).join('');
    expect(quote).toContain('Under the Community Right to Shape Public Services');
    const card = rory.page.getByRole('article', { name: /^Comment by Gwen Atherton on/ });
    await card.getByText('Which services first? The pool, surely.').waitFor();
    await visited(rory.page, 'comment-beside-its-passage');

    // Rory adds text before and after the passage: the comment stays on the same words.
    await typeAfter(rory.page, rory.text, 'Our shared ambition', ' And a bench by the weir.');
    await gwen.text.getByText('And a bench by the weir.', { exact: false }).waitFor({ timeout: LIVE_MS });
    await expect(
      gwen.text
        .locator('.comment-anchor')
        .allInnerTexts()
        .then((parts) => parts.join('')),
    ).resolves.toBe(quote);

    // Gwen resolves it: it leaves the text for both of them.
    await gwen.page
      .getByRole('article', { name: /^Comment by Gwen Atherton on/ })
      .getByRole('button', { name: 'Resolve Gwen Atherton’s comment' })
      .click();
    await card.waitFor({ state: 'detached' });
    await highlight.first().waitFor({ state: 'detached' });
    await visited(gwen.page, 'comment-resolved');

    // Rory types offline while Gwen opens public consultation: back online, he is told it was not saved.
    await rory.context.setOffline(true);
    await roryStatus.getByText('Offline', { exact: false }).waitFor();
    await typeAfter(rory.page, rory.text, 'Commitments', ' Written too late.');
    await gwen.page.getByRole('button', { name: 'Open public consultation' }).click();
    await gwen.page
      .getByRole('form', { name: 'Open the draft to public consultation?' })
      .getByRole('button', { name: 'Yes, open consultation' })
      .click();
    await gwen.page.getByRole('region', { name: 'Support' }).waitFor();
    await rory.context.setOffline(false);
    const notSaved = rory.page.getByRole('alert').filter({ hasText: 'Your last change to the text was not saved' });
    await notSaved.getByText('The text can be edited only while the covenant is a draft or under review.').waitFor();
    await rory.page.getByRole('region', { name: 'Support' }).waitFor();
    await rory.text.waitFor();
    await expect(rory.text.getAttribute('aria-readonly')).resolves.toBe('true');
    await expect(written(rory.text)).resolves.not.toContain('Written too late.');
    await expect(written(rory.text)).resolves.toBe(await written(gwen.text));
    await visited(rory.page, 'late-change-refused');

    // A resident, not signed in, sees what was promised on the accountability page.
    const visitorContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    contexts.push(visitorContext);
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${server.url}/covenants/${slug}`);
    await visitor.getByRole('link', { name: 'Progress and accountability' }).click();
    // The covenant page has the same heading: the new page is there once the address and the title have changed.
    await visitor.waitForURL((url) => url.pathname === `/covenants/${slug}/accountability`);
    await visitor.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await visitor.waitForFunction((title) => document.title === title, `Accountability: ${TITLE} · Covenant platform`);
    const table = visitor.getByRole('table', { name: 'Commitments by party and progress' });
    await table.getByRole('row', { name: /Settle Pool Trust/ }).waitFor();
    await visitor.getByRole('article', { name: 'Reopen the swimming pool on Sundays by June' }).waitFor();
    await visitor.getByLabel('Party', { exact: true }).selectOption({ label: 'Settle Community Hydro' });
    await visitor.getByText('0 of 1 shown').waitFor();
    await visitor.getByLabel('Party', { exact: true }).selectOption({ label: 'All parties' });
    await visitor.getByText('1 of 1 shown').waitFor();
    await visited(visitor, 'accountability-for-residents');

    // The pool trust's page lists what it has promised, across its covenants.
    await visitor.goto(`${server.url}/organisations/settle-pool-trust`);
    const promises = visitor.getByRole('region', { name: 'Commitments' });
    await promises.getByText('Reopen the swimming pool on Sundays by June').waitFor();
    await promises.getByRole('link', { name: TITLE }).waitFor();
    await visited(visitor, 'organisation-commitments');
  });
});
