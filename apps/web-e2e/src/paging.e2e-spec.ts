/**
 * Long lists in a real browser: a covenant with more comments than one page
 * shows the first twenty with the total and the rest after "Show more
 * comments", replies still under the comment they answer; the audit trail, an
 * organisation's commitments and a neighbourhood's covenants page the same
 * way; the home page finds a covenant by a word of its summary and keeps the
 * search in the address.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, signInThroughPage } from './support/browser';
import { graphqlRequest, registerUser } from './support/graphql';
import { startServer, type RunningServer } from './support/server';
import { settleCovenant, type SettleCovenant } from './support/settle-covenant';

const PASSWORD = 'a long enough passphrase';
const PEOPLE = {
  convenor: { email: 'alys@settlehydro.example', password: PASSWORD, displayName: 'Alys Whitfield' },
  council: { email: 'officer@northyorks-council.example', password: PASSWORD, displayName: 'Nadia Bell' },
} as const;
type Person = keyof typeof PEOPLE;

const TITLE = 'Settle pool and river';
const COMMENTS = 26;
const COMMITMENTS = 23;
const OTHER_COVENANTS = 21;
/** The reply is made last, so it arrives on the second page; its comment is the first of all. */
const REPLY = 'Agreed: the weir path floods every winter.';

describe('paging story', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const tokens = {} as Record<Person, string>;
  let covenant: SettleCovenant;
  let step = 0;

  function asConvenor<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    return graphqlRequest<T>(server.url, query, variables, tokens.convenor);
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    for (const person of Object.keys(PEOPLE) as Person[]) {
      tokens[person] = (await registerUser(server.url, PEOPLE[person])).token;
    }
    covenant = await settleCovenant(server.url, {
      title: TITLE,
      convenorToken: tokens.convenor,
      councilToken: tokens.council,
      partners: [],
    });
    const { covenant: seen } = await asConvenor<{
      covenant: {
        neighbourhood: { id: string };
        parties: { id: string; role: string; organisation: { id: string } }[];
      };
    }>('query ($s: String!) { covenant(slug: $s) { neighbourhood { id } parties { id role organisation { id } } } }', {
      s: covenant.slug,
    });
    const convenorParty = seen.parties.find((party) => party.role === 'CONVENOR')!;

    // The hydro group promises more than one page of things, each recorded in the audit trail.
    for (let n = 1; n <= COMMITMENTS; n += 1) {
      await asConvenor('mutation ($i: CommitmentInput!) { addCommitment(input: $i) { id } }', {
        i: {
          covenantId: covenant.id,
          partyId: convenorParty.id,
          title: `Promise ${n} of the hydro group`,
          dueOn: `2027-${String((n % 12) + 1).padStart(2, '0')}-15`,
        },
      });
    }

    // The other covenants of the neighbourhood: drafts only the hydro group may read.
    for (let n = 1; n <= OTHER_COVENANTS; n += 1) {
      await asConvenor('mutation ($i: CreateCovenantInput!) { createCovenant(input: $i) { id } }', {
        i: {
          convenorOrganisationId: convenorParty.organisation.id,
          neighbourhoodId: seen.neighbourhood.id,
          title: `Settle allotments, plot ${n}`,
          summary: 'Shared growing space for the town.',
          visibility: 'PUBLIC',
        },
      });
    }

    // The Settle covenant goes to public consultation, and then has its comments.
    await asConvenor('mutation ($c: ID!) { openConsultation(covenantId: $c) { id } }', { c: covenant.id });
    const ids: string[] = [];
    for (let n = 1; n <= COMMENTS - 1; n += 1) {
      const { addComment } = await asConvenor<{ addComment: { id: string } }>(
        'mutation ($i: CommentInput!) { addComment(input: $i) { id } }',
        { i: { covenantId: covenant.id, body: `Comment number ${n} on the riverside path.` } },
      );
      ids.push(addComment.id);
    }
    await asConvenor('mutation ($i: CommentInput!) { addComment(input: $i) { id } }', {
      i: { covenantId: covenant.id, body: REPLY, parentId: ids[0] },
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

  async function visited(page: Page, name: string): Promise<void> {
    step += 1;
    await expectAccessible(page);
    await screenshot(page, `paging-${String(step).padStart(2, '0')}-${name}`);
  }

  it('shows a long list of comments a page at a time, with the total and every thread whole', async () => {
    const resident = await newPage();
    await resident.goto(`${server.url}/covenants/${covenant.slug}`);
    const comments = resident.getByRole('region', { name: 'Comments' });
    await comments.getByText(`${COMMENTS} open comments, the oldest first`).waitFor();
    const status = comments.getByRole('status').filter({ hasText: 'Showing' });
    await expect(status.textContent()).resolves.toBe(`Showing 20 of ${COMMENTS} comments`);
    await expect(comments.getByText(/^Comment number \d+ on the riverside path\.$/).count()).resolves.toBe(20);
    await expect(comments.getByText(REPLY).count()).resolves.toBe(0);
    await visited(resident, 'comments-first-page');

    // From the keyboard: the button takes the next page, and focus is kept in the list when it goes.
    const more = comments.getByRole('button', { name: 'Show more comments' });
    await more.focus();
    await resident.keyboard.press('Enter');
    await status.filter({ hasText: `Showing all ${COMMENTS} comments` }).waitFor();
    await expect(comments.getByRole('button', { name: 'Show more comments' }).count()).resolves.toBe(0);
    await expect(resident.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      `Showing all ${COMMENTS} comments`,
    );
    await expect(comments.getByText(/^Comment number \d+ on the riverside path\.$/).count()).resolves.toBe(
      COMMENTS - 1,
    );
    // The reply came on the second page, and sits under the first comment.
    const firstThread = comments
      .getByRole('listitem')
      .filter({ has: resident.getByText('Comment number 1 on the riverside path.', { exact: true }) })
      .first();
    await firstThread.getByText(REPLY).waitFor();
    await visited(resident, 'comments-all');
  });

  it('pages through the audit trail, an organisation’s commitments and a neighbourhood’s covenants', async () => {
    const convenor = await newPage();
    await signInThroughPage(convenor, server.url, PEOPLE.convenor);

    // The audit trail: fifty entries, then the rest.
    await convenor.goto(`${server.url}/covenants/${covenant.slug}`);
    await convenor.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await convenor.getByText('Show the audit trail').click();
    const audit = convenor.getByRole('region', { name: 'Record of changes' });
    await audit.getByText('Showing the first 50 entries').waitFor();
    await expect(audit.locator('.audit-list__item').count()).resolves.toBe(50);
    await audit.getByRole('button', { name: 'Show more entries' }).click();
    await audit.getByText(/^Showing all \d+ entries$/).waitFor();
    await expect(audit.locator('.audit-list__item').count()).resolves.toBeGreaterThan(50);
    await audit.getByText('Alys Whitfield opened public consultation').waitFor();
    await visited(convenor, 'audit-trail');

    // The hydro group's commitments, soonest due first.
    await convenor.goto(`${server.url}/organisations/settle-community-hydro`);
    const commitments = convenor.getByRole('region', { name: 'Commitments' });
    await commitments.getByText('Showing the first 20 commitments').waitFor();
    await expect(commitments.getByRole('listitem').count()).resolves.toBe(20);
    await commitments.getByRole('button', { name: 'Show more commitments' }).click();
    await commitments.getByText(`Showing all ${COMMITMENTS} commitments`).waitFor();
    await expect(commitments.getByRole('listitem').count()).resolves.toBe(COMMITMENTS);
    await visited(convenor, 'organisation-commitments');

    // The neighbourhood's covenants, with how many there are.
    const total = OTHER_COVENANTS + 1;
    await convenor.goto(`${server.url}/neighbourhoods/settle`);
    const covenants = convenor.getByRole('region', { name: 'Covenants' });
    await covenants.getByText(`${total} covenants, the most recently changed first.`).waitFor();
    await covenants.getByText(`Showing 20 of ${total} covenants`).waitFor();
    await visited(convenor, 'neighbourhood-first-page');
    await covenants.getByRole('button', { name: 'Show more covenants' }).click();
    await covenants.getByText(`Showing all ${total} covenants`).waitFor();
    await expect(covenants.locator('.card').count()).resolves.toBe(total);
    await covenants.getByRole('link', { name: 'Settle allotments, plot 1', exact: true }).waitFor();
  });

  it('finds a covenant on the home page by a word of its summary, and keeps the search in the address', async () => {
    const convenor = await newPage();
    await signInThroughPage(convenor, server.url, PEOPLE.convenor);
    await convenor.goto(server.url);
    const covenants = convenor.getByRole('region', { name: 'Covenants' });

    // Without a search: the latest covenants, newest change first.
    const total = OTHER_COVENANTS + 1;
    await covenants.getByText(`${total} covenants, the most recently changed first`).waitFor();
    await covenants.getByText(`Showing 20 of ${total} covenants`).waitFor();
    await expect(covenants.locator('.card__title').first().textContent()).resolves.toBe(TITLE);
    await covenants.getByRole('button', { name: 'Show more covenants' }).click();
    await covenants.getByText(`Showing all ${total} covenants`).waitFor();
    await visited(convenor, 'home-latest-covenants');

    // A word of the Settle covenant's summary, the last one typed only in part.
    await covenants.getByLabel('Search covenants').fill('riverside swim');
    await covenants.getByText('1 covenant matches “riverside swim”').waitFor();
    await convenor.waitForURL((url) => url.searchParams.get('q') === 'riverside swim');
    const found = covenants.getByRole('link', { name: TITLE });
    await found.waitFor();
    await expect(covenants.locator('.card').count()).resolves.toBe(1);
    await covenants.getByText('Public consultation').waitFor();
    await covenants.getByRole('link', { name: 'Settle', exact: true }).waitFor();
    await visited(convenor, 'home-search');

    // The address brings the same results back on reload.
    await convenor.reload();
    await expect(covenants.getByLabel('Search covenants').inputValue()).resolves.toBe('riverside swim');
    await covenants.getByText('1 covenant matches “riverside swim”').waitFor();
    await covenants.getByRole('link', { name: TITLE }).click();
    await convenor.getByRole('heading', { name: TITLE, level: 1 }).waitFor();

    // A search nothing matches says so.
    await convenor.goto(`${server.url}/?q=lighthouse`);
    await covenants.getByRole('heading', { name: 'No covenants match “lighthouse”' }).waitFor();
  });
});
