/**
 * The covenant story in a real browser against the real platform: a community
 * business starts a covenant for Settle, the pool trust and the council join,
 * the draft goes to public consultation, a resident supports and comments, and
 * the convenor takes it back to draft to change it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, signInThroughPage } from './support/browser';
import { createOrganisation, graphqlRequest, registerUser } from './support/graphql';
import { startServer, type RunningServer } from './support/server';

const PASSWORD = 'a long enough passphrase';
const PEOPLE = {
  convenor: { email: 'alys@settlehydro.example', password: PASSWORD, displayName: 'Alys Whitfield' },
  pool: { email: 'morgan@settlepool.example', password: PASSWORD, displayName: 'Morgan Ellis' },
  council: { email: 'officer@northyorks-council.example', password: PASSWORD, displayName: 'Nadia Bell' },
  resident: { email: 'priya@settle-resident.example', password: PASSWORD, displayName: 'Priya Sandhu' },
} as const;
type Person = keyof typeof PEOPLE;

const TITLE = 'Settle pool and river';
const REASON = 'Add the Sunday opening hours residents asked for.';

describe('covenant story', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let step = 0;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const tokens: Partial<Record<Person, string>> = {};
    for (const person of Object.keys(PEOPLE) as Person[]) {
      tokens[person] = (await registerUser(server.url, PEOPLE[person])).token;
    }
    await createOrganisation(server.url, tokens.convenor!, {
      name: 'Settle Community Hydro',
      kind: 'COMMUNITY_BUSINESS',
      description: 'A community-owned Archimedes screw on the River Ribble, powering 50 homes.',
    });
    await createOrganisation(server.url, tokens.pool!, { name: 'Settle Pool Trust', kind: 'VOLUNTARY_ORGANISATION' });
    const council = await createOrganisation(server.url, tokens.council!, {
      name: 'North Yorkshire Council',
      kind: 'LOCAL_AUTHORITY',
    });
    await graphqlRequest(
      server.url,
      'mutation ($input: CreateNeighbourhoodInput!) { createNeighbourhood(input: $input) { id } }',
      {
        input: {
          name: 'Settle',
          description: 'A market town in the Yorkshire Dales, on the River Ribble.',
          localAuthorityId: council.id,
          areaCodes: ['E05012345'],
        },
      },
      tokens.convenor,
    );
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    contexts.push(context);
    // Everything must come from the platform itself: no CDN, fonts or trackers.
    const origin = new URL(server.url).origin;
    await context.route('**/*', (route) =>
      new URL(route.request().url()).origin === origin || route.request().url().startsWith('data:')
        ? route.continue()
        : route.abort(),
    );
    return context.newPage();
  }

  /** Signs the person in through the sign-in page and leaves them on their home page. */
  async function signedIn(person: Person): Promise<Page> {
    const page = await newPage();
    await signInThroughPage(page, server.url, PEOPLE[person]);
    return page;
  }

  async function visited(page: Page, name: string): Promise<void> {
    step += 1;
    await expectAccessible(page);
    await screenshot(page, `covenant-${String(step).padStart(2, '0')}-${name}`);
  }

  it('takes a covenant from its start to public consultation and back to draft', async () => {
    // The convenor starts the covenant from the neighbourhood page.
    const convenor = await signedIn('convenor');
    await convenor.goto(`${server.url}/neighbourhoods/settle`);
    await convenor.getByRole('heading', { name: 'No covenants yet' }).waitFor();
    await convenor.getByRole('link', { name: 'Start a covenant' }).click();
    await convenor.getByRole('heading', { name: 'Start a covenant', level: 1 }).waitFor();
    await expect(convenor.title()).resolves.toBe('Start a covenant · Covenant platform');
    await convenor.getByLabel('Title').fill(TITLE);
    await convenor
      .getByLabel('Summary')
      .fill('Reopen the swimming pool on Sundays and look after the riverside path between the weir and the bridge.');
    await expect(convenor.getByLabel('Convenor').inputValue()).resolves.not.toBe('');
    await expect(convenor.getByLabel('Public').isChecked()).resolves.toBe(true);
    await expect(convenor.getByLabel('Start from the standard template').isChecked()).resolves.toBe(true);
    await convenor.getByText('North Yorkshire Council, the council for Settle, is invited').waitFor();
    await visited(convenor, 'start-covenant');
    await convenor.getByRole('button', { name: 'Start the covenant' }).click();

    // The covenant page: a draft, with the council invited automatically.
    await convenor.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    const slugPath = new URL(convenor.url()).pathname;
    expect(slugPath).toMatch(/^\/covenants\/[a-z0-9-]+$/);
    await expect(convenor.title()).resolves.toBe(`${TITLE} · Covenant platform`);
    const timeline = convenor.getByRole('list', { name: 'Where this covenant is' });
    await expect(timeline.locator('[aria-current="step"]').textContent()).resolves.toContain('Draft');
    const parties = convenor.getByRole('region', { name: 'Parties' });
    await parties.getByRole('listitem').filter({ hasText: 'Settle Community Hydro' }).getByText('Convenor').waitFor();
    const councilRow = parties.getByRole('listitem').filter({ hasText: 'North Yorkshire Council' });
    await councilRow.getByText('Invited').waitFor();
    await councilRow.getByText('Countersignatory').waitFor();
    await convenor.getByRole('textbox', { name: 'The covenant text' }).waitFor();
    // Signature waits for the council: the page says why, rather than offering a move the server would refuse.
    const nextActions = convenor.getByRole('region', { name: 'What you can do next' });
    const waiting = nextActions.locator('p', { hasText: 'Open for signature: not yet.' });
    await expect(waiting.textContent()).resolves.toContain('North Yorkshire Council');
    await expect(nextActions.getByRole('button', { name: 'Open for signature' }).count()).resolves.toBe(0);
    await visited(convenor, 'draft');

    // Invite the pool trust.
    await convenor.getByLabel('Find an organisation').fill('Pool');
    const organisation = convenor.getByLabel('Organisation', { exact: true });
    await organisation.locator('option', { hasText: 'Settle Pool Trust' }).waitFor({ state: 'attached' });
    await organisation.selectOption({ label: 'Settle Pool Trust (Voluntary organisation)' });
    await convenor.getByLabel('Role').selectOption('PARTNER');
    await convenor.getByRole('button', { name: 'Send invitation' }).click();
    await convenor.getByText('Settle Pool Trust is invited.').waitFor();
    await parties.getByRole('listitem').filter({ hasText: 'Settle Pool Trust' }).getByText('Invited').waitFor();
    await visited(convenor, 'partner-invited');

    await convenor.getByLabel('Find an organisation').fill('North Yorkshire');
    // Organisations already taking part are not offered again.
    await organisation.locator('option', { hasText: 'No organisations found' }).waitFor({ state: 'attached' });

    // The pool trust's admin accepts from their home page.
    const pool = await signedIn('pool');
    await pool.getByRole('heading', { name: 'Invitations waiting for you' }).waitFor();
    const invitation = pool.getByRole('listitem').filter({ hasText: TITLE });
    await invitation.getByRole('link', { name: /Read the covenant/ }).waitFor();
    await pool.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor();
    await visited(pool, 'pool-trust-home');
    await pool.getByRole('button', { name: /Notifications/ }).click();
    await pool.getByRole('link', { name: `Invitation: ${TITLE}` }).waitFor();
    await visited(pool, 'pool-trust-notifications');
    await pool.getByRole('button', { name: 'Mark all read' }).click();
    await pool.getByRole('button', { name: 'Notifications' }).waitFor();
    await pool.keyboard.press('Escape');
    await invitation.getByRole('button', { name: 'Accept for Settle Pool Trust' }).click();
    await pool.getByText(`Settle Pool Trust is now a party to “${TITLE}”.`).waitFor();
    await visited(pool, 'pool-trust-accepted');

    // The council's admin reads the covenant first, then accepts.
    const council = await signedIn('council');
    const councilInvitation = council.getByRole('listitem').filter({ hasText: TITLE });
    await councilInvitation.getByRole('link', { name: /Read the covenant/ }).click();
    await council.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await council.getByText('North Yorkshire Council is invited to join this covenant').waitFor();
    await visited(council, 'council-reads-invitation');
    await council.getByRole('link', { name: 'your home page' }).click();
    await council
      .getByRole('listitem')
      .filter({ hasText: TITLE })
      .getByRole('button', { name: 'Accept for North Yorkshire Council' })
      .click();
    await council.getByText(`North Yorkshire Council is now a party to “${TITLE}”.`).waitFor();

    // The convenor's open page shows both parties accepted, without reloading, and opens public consultation.
    await parties.getByText('Invited', { exact: true }).waitFor({ state: 'detached' });
    await convenor.getByRole('button', { name: 'Open public consultation' }).click();
    const confirm = convenor.getByRole('form', { name: 'Open the draft to public consultation?' });
    await confirm.waitFor();
    await expect(convenor.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toBe(
      'Open the draft to public consultation?',
    );
    await visited(convenor, 'confirm-consultation');
    await confirm.getByRole('button', { name: 'Yes, open consultation' }).click();
    await convenor.getByRole('region', { name: 'Support' }).waitFor();
    await expect(timeline.locator('[aria-current="step"]').textContent()).resolves.toContain('Public consultation');
    await visited(convenor, 'consultation');

    // An anonymous visitor can read it during consultation.
    const visitor = await newPage();
    await visitor.goto(server.url + slugPath);
    await visitor.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await visitor.getByRole('region', { name: 'Support' }).getByRole('link', { name: 'Sign in' }).waitFor();
    await expect(visitor.getByRole('button', { name: 'Support this covenant' }).count()).resolves.toBe(0);
    // The visitor follows the live text but cannot change it.
    const liveText = visitor.getByRole('textbox', { name: 'The covenant text' });
    await liveText.waitFor();
    await expect(liveText.getAttribute('aria-readonly')).resolves.toBe('true');
    await expect(liveText.getAttribute('contenteditable')).resolves.toBe('false');
    await expect(visitor.getByRole('toolbar', { name: 'Formatting' }).count()).resolves.toBe(0);
    await visited(visitor, 'anonymous-reader');

    // A resident supports and comments.
    const resident = await signedIn('resident');
    await resident.goto(server.url + slugPath);
    await resident.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await resident.getByRole('button', { name: 'Support this covenant' }).click();
    await resident.getByText('You support this covenant').waitFor();
    await resident.getByText('1 person supports this covenant', { exact: false }).waitFor();
    await resident
      .getByLabel('Your comment')
      .fill('Sunday mornings would let families swim together. Please add them.');
    await resident.getByRole('button', { name: 'Post comment' }).click();
    await resident.getByRole('article', { name: 'Comment by Priya Sandhu' }).waitFor();
    await visited(resident, 'resident-supports-and-comments');

    // The resident's comment reaches the convenor's open page, and the convenor replies.
    const residentComment = convenor.getByRole('article', { name: 'Comment by Priya Sandhu' });
    await residentComment.getByRole('button', { name: 'Reply to Priya Sandhu' }).click();
    await convenor.getByLabel('Your reply to Priya Sandhu').fill('Thank you: we will add Sunday mornings to the text.');
    await convenor.getByRole('button', { name: 'Post reply' }).click();
    await convenor
      .getByRole('list', { name: 'Replies to Priya Sandhu' })
      .getByRole('article', { name: 'Comment by Alys Whitfield' })
      .waitFor();

    // Only the author or the convenor's admin may resolve a comment: the pool trust is told so.
    await pool.goto(server.url + slugPath);
    const seenByPool = pool.getByRole('article', { name: 'Comment by Priya Sandhu' });
    await seenByPool.getByRole('button', { name: 'Resolve Priya Sandhu’s comment' }).click();
    await seenByPool.getByRole('alert').getByText('can resolve it', { exact: false }).waitFor();
    await visited(pool, 'resolve-refused');

    // The convenor returns it to draft with a reason.
    await convenor.getByRole('button', { name: 'Return to draft' }).click();
    const back = convenor.getByRole('form', { name: 'Return the covenant to draft?' });
    await back.getByRole('button', { name: 'Yes, return to draft' }).click();
    await back.getByText('Give a reason. Every party will see it.').waitFor();
    await expect(back.getByLabel('Reason').getAttribute('aria-invalid')).resolves.toBe('true');
    await back.getByLabel('Reason').fill(REASON);
    await visited(convenor, 'confirm-return-to-draft');
    await back.getByRole('button', { name: 'Yes, return to draft' }).click();
    await back.waitFor({ state: 'detached' });
    await expect(timeline.locator('[aria-current="step"]').textContent()).resolves.toContain('Draft');

    // The convenor resolves the resident's comment; it stays readable under "Show resolved".
    await residentComment.getByRole('button', { name: 'Resolve Priya Sandhu’s comment' }).click();
    await residentComment.waitFor({ state: 'detached' });
    await convenor.getByLabel('Show resolved').check();
    await residentComment.getByText('Resolved').waitFor();

    // The audit trail tells the story in words.
    await convenor.getByText('Show the audit trail').click();
    const audit = convenor.locator('.audit-list');
    await audit.getByText('Settle Pool Trust accepted the invitation').waitFor();
    await audit.getByText('North Yorkshire Council accepted the invitation').waitFor();
    await audit.getByText('Alys Whitfield opened public consultation').waitFor();
    await audit.getByText('Alys Whitfield returned the covenant to draft').waitFor();
    await audit.getByText(`Reason: ${REASON}`).waitFor();
    await visited(convenor, 'back-to-draft-with-audit');

    // The neighbourhood and the organisation list the covenant.
    await convenor.goto(`${server.url}/neighbourhoods/settle`);
    await convenor.getByRole('link', { name: TITLE }).waitFor();
    await visited(convenor, 'neighbourhood-with-covenant');
    await convenor.goto(`${server.url}/organisations/settle-pool-trust`);
    await convenor.getByRole('region', { name: 'Covenants' }).getByRole('link', { name: TITLE }).waitFor();
    await visited(convenor, 'organisation-with-covenant');

    // A draft is hidden from outsiders again: the visitor now finds nothing.
    await visitor.goto(server.url + slugPath);
    await visitor.getByRole('heading', { name: 'We couldn’t find that covenant', level: 1 }).waitFor();
    await visited(visitor, 'hidden-draft');

    // On a phone, nothing scrolls sideways.
    await convenor.setViewportSize({ width: 360, height: 780 });
    await convenor.goto(server.url + slugPath);
    await convenor.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await expect(convenor.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await visited(convenor, 'covenant-phone');
  });
});
