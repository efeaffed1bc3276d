/**
 * Residents shape the text in a real browser: during public consultation two
 * residents respond to its sections (one of them on a phone), one proposes new
 * wording for a passage and the other supports it; the convenor accepts it,
 * and a party member reading the covenant sees the words change in place; other
 * wording for the same passage then no longer fits, and is rejected; the
 * consultation report downloads as CSV and PDF.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, signInThroughPage } from './support/browser';
import { graphqlRequest, registerPeople } from './support/graphql';
import { startServer, type RunningServer } from './support/server';
import { settleCovenant } from './support/settle-covenant';

const PASSWORD = 'a long enough passphrase';
const PEOPLE = {
  convenor: { email: 'alys@settlehydro.example', password: PASSWORD, displayName: 'Alys Whitfield' },
  pool: { email: 'morgan@settlepool.example', password: PASSWORD, displayName: 'Morgan Ellis' },
  council: { email: 'officer@northyorks-council.example', password: PASSWORD, displayName: 'Nadia Bell' },
  priya: { email: 'priya@settle-resident.example', password: PASSWORD, displayName: 'Priya Sandhu' },
  tom: { email: 'tom@settle-resident.example', password: PASSWORD, displayName: 'Tom Raistrick' },
} as const;
type Person = keyof typeof PEOPLE;

const TITLE = 'Settle pool and river';
const PASSAGE_HEADING = 'Shaping public services';
const NEW_WORDING =
  'Residents will help run the swimming pool and the library, with two seats each on the boards that manage them.';
const REASON = 'Name the services people asked about at the drop-in.';
const DECISION = 'Agreed at the partners’ meeting on 3 March.';
const CSV_HEADER = 'kind,id,sectionId,sectionTitle,position,amendmentStatus,supportCount,author,text,createdAt';
const PHONE = { width: 375, height: 812 };

describe('consultation story', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let slug = '';
  let step = 0;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const tokens = await registerPeople(server.url, PEOPLE);
    const covenant = await settleCovenant(server.url, {
      title: TITLE,
      convenorToken: tokens.convenor,
      councilToken: tokens.council,
      partners: [{ name: 'Settle Pool Trust', kind: 'VOLUNTARY_ORGANISATION', token: tokens.pool }],
    });
    slug = covenant.slug;
    await graphqlRequest(
      server.url,
      'mutation ($c: ID!) { openConsultation(covenantId: $c) { id } }',
      { c: covenant.id },
      tokens.convenor,
    );
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  async function signedIn(person: Person, viewport = { width: 1400, height: 1000 }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'en-GB', isMobile: viewport.width < 500 });
    contexts.push(context);
    const page = await context.newPage();
    await signInThroughPage(page, server.url, PEOPLE[person]);
    return page;
  }

  async function onConsultation(page: Page): Promise<Locator> {
    await page.goto(`${server.url}/covenants/${slug}/consultation`);
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    const text = page.getByRole('textbox', { name: 'The covenant text' });
    await text.waitFor();
    return text;
  }

  async function visited(page: Page, name: string): Promise<void> {
    step += 1;
    await expectAccessible(page);
    await screenshot(page, `consultation-${String(step).padStart(2, '0')}-${name}`);
  }

  /** Waits until a section shows these figures, in words. */
  async function figures(section: Locator, agree: number, disagree: number, unsure: number): Promise<void> {
    const expected = new RegExp(`Agree\\s*${agree}\\s*Disagree\\s*${disagree}\\s*Unsure\\s*${unsure}`);
    await section.locator('.section-figures__counts', { hasText: expected }).waitFor();
  }

  async function respond(page: Page, section: string, position: string, comment: string): Promise<void> {
    const form = page.getByRole('form', { name: `Your response to “${section}”` });
    await form.getByLabel(position, { exact: true }).check();
    await form.getByLabel('Comment').fill(comment);
    await form.getByRole('button', { name: 'Send my response' }).click();
    const given = page.getByRole('group', { name: `Your response to “${section}”` });
    await given.getByText('Thank you: your response is recorded.').waitFor();
    await given.getByText(`You said: ${position}.`).waitFor();
  }

  /** Selects the paragraph under a heading of the text, as a reader would with the mouse. */
  async function selectPassageUnder(text: Locator, heading: string): Promise<string> {
    const paragraph = text.locator('h3, h4, h5').filter({ hasText: heading }).locator('xpath=following-sibling::p[1]');
    await paragraph.selectText();
    return (await paragraph.innerText()).trim();
  }

  /** The text as written, without anyone's caret or the amendments' numbers. */
  function written(text: Locator): Promise<string> {
    return text.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
      return copy.textContent ?? '';
    });
  }

  it('lets residents respond and amend, and puts an accepted amendment into everyone’s open text', async () => {
    // Priya finds the consultation from the covenant page.
    const priya = await signedIn('priya');
    await priya.goto(`${server.url}/covenants/${slug}`);
    const callout = priya.getByRole('region', { name: 'Public consultation is open' });
    await callout.getByRole('link', { name: 'Have your say' }).click();
    const priyaText = await onConsultation(priya);
    await expect(priya.title()).resolves.toBe(`Consultation: ${TITLE} · Covenant platform`);
    await priya.getByRole('link', { name: 'Download the report as CSV' }).waitFor();

    // She agrees with the first section; the figures follow.
    const ambition = priya.getByRole('region', { name: 'Our shared ambition' });
    await figures(ambition, 0, 0, 0);
    await ambition.getByRole('button', { name: 'Send my response' }).click();
    await ambition.getByText('Choose whether you agree, disagree or are unsure.').waitFor();
    await respond(priya, 'Our shared ambition', 'Agree', 'A pool open on Sundays would change the town.');
    await figures(ambition, 1, 0, 0);
    await visited(priya, 'responded');

    // She changes her mind, then keeps her response after all.
    await ambition.getByRole('button', { name: 'Change my response to “Our shared ambition”' }).click();
    const change = priya.getByRole('form', { name: 'Your response to “Our shared ambition”' });
    await expect(change.getByLabel('Agree', { exact: true }).isChecked()).resolves.toBe(true);
    await change.getByRole('button', { name: 'Cancel' }).click();
    await ambition.getByText('You said: Agree.').waitFor();

    // She proposes new wording for a passage of the text.
    const quote = await selectPassageUnder(priyaText, PASSAGE_HEADING);
    expect(quote).toContain('Under the Community Right to Shape Public Services');
    await priya.getByRole('button', { name: 'Propose new wording' }).click();
    const draft = priya.getByRole('region', { name: 'New wording for this passage' });
    await expect(draft.getByLabel('New wording').inputValue()).resolves.toBe(quote);
    await draft.getByRole('button', { name: 'Propose amendment' }).click();
    await draft.getByText('Change the wording: it still reads as the passage does now.').waitFor();
    await draft.getByLabel('New wording').fill(NEW_WORDING);
    await draft.getByLabel('Why').fill(REASON);
    await visited(priya, 'proposing');
    await draft.getByRole('button', { name: 'Propose amendment' }).click();
    const proposed = priya.getByRole('article', { name: 'Amendment 1' });
    await proposed.getByText(NEW_WORDING).waitFor();
    await priya.waitForFunction(() => document.activeElement?.id === 'amendment-1');
    await proposed.getByText('Proposed by Priya Sandhu', { exact: false }).waitFor();
    await proposed.getByText('No one has supported it yet.').waitFor();
    // An author does not support their own amendment, and may withdraw it.
    await expect(proposed.getByRole('button', { name: 'Support amendment 1' }).count()).resolves.toBe(0);
    await proposed.getByRole('button', { name: 'Withdraw amendment 1' }).waitFor();
    await visited(priya, 'proposed');

    // Tom, on his phone, disagrees with another section and supports Priya's amendment.
    const tom = await signedIn('tom', PHONE);
    const tomText = await onConsultation(tom);
    await respond(tom, 'Commitments', 'Disagree', 'Say who will run the pool, and by when.');
    await figures(tom.getByRole('region', { name: 'Commitments' }), 0, 1, 0);
    const seenByTom = tom.getByRole('article', { name: 'Amendment 1' });
    await seenByTom.getByRole('button', { name: 'Support amendment 1' }).click();
    await seenByTom.getByText('You support it.').waitFor();
    await expect(seenByTom.getByRole('button', { name: 'Support amendment 1' }).count()).resolves.toBe(0);
    await expect(tom.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
    await visited(tom, 'phone');

    // Priya's open page follows both without reloading.
    await figures(priya.getByRole('region', { name: 'Commitments' }), 0, 1, 0);
    await proposed.getByText('1 person supports it.').waitFor();

    // Tom reads the responses to the section he answered, newest first.
    const commitments = tom.getByRole('region', { name: 'Commitments' });
    await commitments.getByText('Read 1 response').click();
    await commitments.getByRole('listitem').filter({ hasText: 'Tom Raistrick' }).getByText('Disagree').waitFor();

    // Tom proposes an amendment of his own from his phone, finding the passage by its words rather than
    // selecting it, then thinks better of it.
    await tom.getByRole('button', { name: 'Propose new wording' }).click();
    const finder = tom.getByLabel('Which words do you want to propose new wording for?');
    await finder.fill('the river fund');
    await tom.getByRole('button', { name: 'Find the words' }).click();
    await tom.getByText('Those words are not in one paragraph or heading of the text.', { exact: false }).waitFor();
    await visited(tom, 'finding words');
    await finder.fill('which  spending decisions');
    await tom.getByRole('button', { name: 'Find the words' }).click();
    const tomDraft = tom.getByRole('region', { name: 'New wording for this passage' });
    await expect(tomDraft.getByLabel('New wording').inputValue()).resolves.toBe('which spending decisions');
    await tomDraft.getByLabel('New wording').fill('Residents decide how the river fund is spent.');
    await tomDraft.getByRole('button', { name: 'Propose amendment' }).click();
    const second = tom.getByRole('article', { name: 'Amendment 2' });
    await second.getByRole('button', { name: 'Withdraw amendment 2' }).click();
    await second.getByRole('button', { name: 'Yes, withdraw it' }).click();
    await tom
      .getByRole('region', { name: 'Withdrawn by their authors (1)' })
      .getByRole('article', { name: 'Amendment 2' })
      .waitFor();

    // He proposes other wording for the passage Priya amended.
    await selectPassageUnder(tomText, PASSAGE_HEADING);
    await tom.getByRole('button', { name: 'Propose new wording' }).click();
    await tomDraft.getByLabel('New wording').fill('Residents choose which public services they help to run.');
    await tomDraft.getByRole('button', { name: 'Propose amendment' }).click();
    await tom.getByRole('article', { name: 'Amendment 3' }).waitFor();

    // Morgan, for the pool trust, is reading the covenant page.
    const morgan = await signedIn('pool');
    await morgan.goto(`${server.url}/covenants/${slug}`);
    const morganText = morgan.getByRole('textbox', { name: 'The covenant text' });
    await morganText.waitFor();
    await morganText.getByText(quote.slice(0, 40)).waitFor();

    // The convenor accepts Priya's amendment, with a note.
    const convenor = await signedIn('convenor');
    await onConsultation(convenor);
    const toDecide = convenor.getByRole('article', { name: 'Amendment 1' });
    await toDecide.getByText('1 person supports it.').waitFor();
    await toDecide.getByRole('button', { name: 'Accept or reject amendment 1' }).click();
    const decision = toDecide.getByRole('form', { name: 'Decide on amendment 1' });
    await decision.getByRole('button', { name: 'Accept and amend the text' }).click();
    await decision.getByText('Write a note saying why.', { exact: false }).waitFor();
    await decision.getByLabel('Note on your decision').fill(DECISION);
    await visited(convenor, 'deciding');
    await decision.getByRole('button', { name: 'Accept and amend the text' }).click();
    const accepted = convenor
      .getByRole('region', { name: 'Accepted into the text (1)' })
      .getByRole('article', { name: 'Amendment 1' });
    await accepted.getByText(DECISION).waitFor();
    await accepted.getByText('Accepted into the text by Alys Whitfield', { exact: false }).waitFor();

    // Tom's wording for the same passage no longer fits the text: the convenor is told why, and rejects it.
    const overtaken = convenor.getByRole('article', { name: 'Amendment 3' });
    await overtaken.getByRole('button', { name: 'Accept or reject amendment 3' }).click();
    const refusal = overtaken.getByRole('form', { name: 'Decide on amendment 3' });
    await refusal.getByLabel('Note on your decision').fill('Amendment 1 has already rewritten this passage.');
    await refusal.getByRole('button', { name: 'Accept and amend the text' }).click();
    await refusal.getByRole('alert').getByText('no longer reads as amendment 3 quotes it', { exact: false }).waitFor();
    await visited(convenor, 'conflict');
    await refusal.getByRole('button', { name: 'Reject' }).click();
    await convenor
      .getByRole('region', { name: 'Rejected (1)' })
      .getByRole('article', { name: 'Amendment 3' })
      .getByText('Amendment 1 has already rewritten this passage.')
      .waitFor();

    // Morgan sees the new wording appear in place, marked as amended, without reloading.
    const amended = morganText.locator('ins.amended[data-amendment="1"]');
    await amended.waitFor();
    await expect(amended.innerText()).resolves.toContain(NEW_WORDING);
    await expect(amended.getAttribute('title')).resolves.toBe('Amended by amendment 1');
    await expect(written(morganText)).resolves.not.toContain(quote);
    await visited(morgan, 'amended-in-place');

    // On Priya's page too; the amended words lead to their amendment.
    const priyaAmended = priyaText.locator('ins.amended[data-amendment="1"]');
    await priyaAmended.waitFor();
    await priya.getByRole('region', { name: 'Accepted into the text (1)' }).getByText(DECISION).waitFor();
    await priyaAmended.getByRole('link').click();
    await priya.waitForFunction(() => document.activeElement?.id === 'amendment-1');
    await visited(priya, 'consultation-after-decision');

    // The report downloads for anyone who may read the covenant.
    const csvLink = priya.getByRole('link', { name: 'Download the report as CSV' });
    const csv = await priya.request.get(server.url + (await csvLink.getAttribute('href')));
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const [header, ...rows] = (await csv.text()).replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(header).toBe(CSV_HEADER);
    expect(rows.some((row) => row.startsWith('amendment,') && row.includes(NEW_WORDING))).toBe(true);
    expect(rows.filter((row) => row.startsWith('response,'))).toHaveLength(2);
    const pdfLink = priya.getByRole('link', { name: 'Download the report as PDF' });
    const pdf = await priya.request.get(server.url + (await pdfLink.getAttribute('href')));
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // Tom's phone shows the outcome too, and still fits the screen.
    await tom.getByRole('region', { name: 'Accepted into the text (1)' }).getByText(DECISION).waitFor();
    await tomText.locator('ins.amended[data-amendment="1"]').waitFor();
    await expect(tom.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
    await visited(tom, 'phone-after-decision');
  });
});
