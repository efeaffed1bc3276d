/**
 * The Community Power Commissioner in a real browser: the hydro reports its
 * footbridge delivered; a resident disputes it on the accountability page (on
 * a phone); the hydro answers; the resident, unsatisfied, escalates it; the
 * commissioner asks the hydro to respond by a day; the hydro responds; the
 * commissioner publishes findings, which show on the commitment and in the
 * public list. Then the national map renders and leads to the neighbourhood.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, signInThroughPage } from './support/browser';
import { drawBoundary, grantOffice } from './support/database';
import { graphqlRequest, registerPeople } from './support/graphql';
import { startServer, type RunningServer } from './support/server';
import { settleCovenant, signIntoForce, type SettleCovenant } from './support/settle-covenant';

const PASSWORD = 'a long enough passphrase';
const PEOPLE = {
  convenor: { email: 'alys@settlehydro.example', password: PASSWORD, displayName: 'Alys Whitfield' },
  council: { email: 'officer@northyorks-council.example', password: PASSWORD, displayName: 'Nadia Bell' },
  priya: { email: 'priya@settle-resident.example', password: PASSWORD, displayName: 'Priya Sandhu' },
  commissioner: { email: 'ruth@community-power.example', password: PASSWORD, displayName: 'Ruth Adeyemi' },
} as const;
type Person = keyof typeof PEOPLE;

const TITLE = 'Settle pool and river';
const BRIDGE = 'Reopen the riverside footbridge';
const DISPUTE = 'The footbridge is still fenced off at the station end; nobody can cross it.';
const ANSWER = 'The bridge itself reopened on 1 May; the fence belongs to the railway, and we have asked them.';
const REASON = 'The bridge cannot be used, whatever the report says, and the hydro has left it to the railway.';
const RESPONSE = 'We will pay for the path round the fence and open it by the end of January.';
const FINDINGS = 'Not delivered as reported: the hydro is to report monthly until people can cross the bridge.';
const SQUARE = JSON.stringify({
  type: 'Polygon',
  coordinates: [
    [
      [-2.29, 54.06],
      [-2.26, 54.06],
      [-2.26, 54.08],
      [-2.29, 54.08],
      [-2.29, 54.06],
    ],
  ],
});
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };

describe('the Community Power Commissioner story', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let tokens: Record<Person, string>;
  let covenant: SettleCovenant;
  let step = 0;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    tokens = await registerPeople(server.url, PEOPLE);
    await grantOffice(server.url, PEOPLE.commissioner.email, 'COMMISSIONER');
    covenant = await settleCovenant(server.url, {
      title: TITLE,
      convenorToken: tokens.convenor,
      councilToken: tokens.council,
      partners: [],
    });
    await drawBoundary(server.url, 'settle', SQUARE);
    // The hydro's promise is drafted, the covenant signed into force and the footbridge reported delivered.
    const { covenant: drafted } = await graphqlRequest<{ covenant: { parties: { id: string; role: string }[] } }>(
      server.url,
      'query ($id: ID!) { covenant(id: $id) { parties { id role } } }',
      { id: covenant.id },
      tokens.convenor,
    );
    const hydroParty = drafted.parties.find((party) => party.role === 'CONVENOR')!.id;
    const { addCommitment } = await graphqlRequest<{ addCommitment: { id: string } }>(
      server.url,
      'mutation ($input: CommitmentInput!) { addCommitment(input: $input) { id } }',
      { input: { covenantId: covenant.id, partyId: hydroParty, title: BRIDGE, dueOn: '2027-03-31' } },
      tokens.convenor,
    );
    const signer = (person: Person) => ({ token: tokens[person], displayName: PEOPLE[person].displayName });
    await signIntoForce(server.url, covenant.id, [signer('convenor')], signer('council'));
    await graphqlRequest(
      server.url,
      'mutation ($input: CommitmentUpdateInput!) { reportProgress(input: $input) { id } }',
      {
        input: {
          commitmentId: addCommitment.id,
          progress: 'DELIVERED',
          percentComplete: 100,
          note: 'The footbridge is open again.',
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

  async function newPage(viewport = DESKTOP): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'en-GB', isMobile: viewport.width < 500 });
    contexts.push(context);
    return context.newPage();
  }

  async function signedIn(person: Person, viewport = DESKTOP): Promise<Page> {
    const page = await newPage(viewport);
    await signInThroughPage(page, server.url, PEOPLE[person]);
    return page;
  }

  async function visited(page: Page, name: string): Promise<void> {
    step += 1;
    await expectAccessible(page);
    await screenshot(page, `commissioner-${String(step).padStart(2, '0')}-${name}`);
  }

  async function fitsThePhone(page: Page): Promise<void> {
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
  }

  const accountability = () => `${server.url}/covenants/${covenant.slug}/accountability`;
  const bridge = (page: Page) => page.getByRole('article', { name: BRIDGE });

  it('takes a disputed delivery from the accountability page to the commissioner’s published findings', async () => {
    // A resident, on her phone, disputes that the footbridge was delivered.
    const priya = await signedIn('priya', PHONE);
    await priya.goto(accountability());
    await bridge(priya).getByRole('button', { name: 'Dispute this delivery' }).click();
    const dispute = priya.getByRole('form', { name: `Dispute that “${BRIDGE}” was delivered` });
    await dispute.getByLabel('What was not delivered as reported').fill(DISPUTE);
    await dispute.getByLabel('Link to evidence (optional)').fill('https://example.org/fenced-bridge.jpg');
    await visited(priya, 'dispute-form-phone');
    await fitsThePhone(priya);
    await dispute.getByRole('button', { name: 'Send the dispute' }).click();
    await bridge(priya).getByRole('heading', { name: 'Delivery disputed' }).waitFor();
    await bridge(priya).getByText(DISPUTE).waitFor();
    await bridge(priya).getByText('Awaiting the party’s answer', { exact: false }).waitFor();
    await expect(
      bridge(priya)
        .getByRole('button', { name: 'Escalate this commitment to the Community Power Commissioner' })
        .count(),
    ).resolves.toBe(0);

    // The hydro's admin answers beside the dispute.
    const alys = await signedIn('convenor');
    await alys.goto(accountability());
    const answer = bridge(alys).getByRole('form', { name: 'Answer the dispute' });
    await answer.getByLabel('Your answer').fill(ANSWER);
    await answer.getByRole('button', { name: 'Send the answer' }).click();
    await bridge(alys).getByText(ANSWER).waitFor();
    await visited(alys, 'dispute-answered');

    // The answer does not settle it: the resident escalates the commitment.
    await priya.reload();
    await bridge(priya).getByText(ANSWER).waitFor();
    await bridge(priya)
      .getByRole('button', { name: 'Escalate this commitment to the Community Power Commissioner' })
      .click();
    const escalate = priya.getByRole('form', { name: 'Escalate this commitment' });
    await escalate.getByLabel('Why you are escalating it').fill(REASON);
    await escalate.getByRole('button', { name: 'Send to the commissioner' }).click();
    await priya.getByText('Escalated to the commissioner as case 1').waitFor();
    await visited(priya, 'escalated-phone');
    await fitsThePhone(priya);

    // The commissioner asks the hydro to respond, from her queue.
    // Who she is comes back after the cases (a slow answer): the forms wait for it, rather than open in the
    // list of every case and move to her queue while she types.
    const ruth = await signedIn('commissioner');
    let slowed = false;
    await ruth.route('**/graphql', async (route) => {
      if (!slowed && route.request().postData()?.includes('query Viewer')) {
        slowed = true;
        await new Promise((resolve) => setTimeout(resolve, 1500));
      }
      await route.continue();
    });
    await ruth.goto(`${server.url}/commissioner`);
    const queued = ruth.getByRole('article', { name: /^Case 1:/ }).first();
    await queued.getByText(REASON).waitFor();
    const ask = queued.getByRole('form', { name: 'Ask an organisation to respond to case 1' });
    await ask.getByLabel('Find the organisation').fill('Hydro');
    await ask.getByLabel('Organisation asked to respond').selectOption({ label: 'Settle Community Hydro' });
    await visited(ruth, 'queue');
    await ask.getByRole('button', { name: 'Ask for a response' }).click();
    await ruth.getByText('Response requested from Settle Community Hydro by', { exact: false }).first().waitFor();

    // The hydro's admin responds on the public list.
    await alys.goto(`${server.url}/commissioner`);
    const respond = alys.getByRole('form', { name: 'Respond to the commissioner for Settle Community Hydro' });
    await respond.getByLabel('Your response').fill(RESPONSE);
    await respond.getByRole('button', { name: 'Send the response' }).click();
    await alys.getByText(RESPONSE).waitFor();
    await visited(alys, 'responded');

    // The commissioner publishes findings.
    await ruth.reload();
    const close = ruth.getByRole('form', { name: 'Close case 1' });
    await close.getByLabel('Your findings').fill(FINDINGS);
    await close.getByRole('button', { name: 'Publish the findings' }).click();
    await ruth.getByRole('heading', { name: 'No open cases' }).waitFor();

    // Anyone can read them: on the public list, and on the commitment.
    const reader = await newPage();
    await reader.goto(`${server.url}/commissioner?status=CONCLUDED`);
    const card = reader.getByRole('article', { name: /^Case 1:/ });
    await card.getByText(FINDINGS).waitFor();
    await card.getByText(RESPONSE).waitFor();
    await card.getByText('Findings published', { exact: true }).waitFor();
    await visited(reader, 'public-list');
    await reader.goto(accountability());
    await bridge(reader).getByText(FINDINGS, { exact: false }).waitFor();
    await bridge(reader).getByRole('link', { name: 'Case 1' }).click();
    await reader.waitForURL(/\/commissioner#escalation-1$/);
    await reader.getByRole('article', { name: /^Case 1:/ }).waitFor();
    const trail = `${server.url}/covenants/${covenant.slug}`;
    await reader.goto(trail);
    await visited(reader, 'covenant-page');
  });

  it('draws the national map of neighbourhoods, each leading to its page', async () => {
    const reader = await newPage();
    await reader.goto(`${server.url}/national`);
    await reader.getByRole('heading', { name: 'The national picture', level: 1 }).waitFor();
    const map = reader.getByRole('group', { name: 'Map of the neighbourhoods' });
    const settle = map.getByRole('link', { name: /^Settle: / });
    await expect(settle.getAttribute('aria-label')).resolves.toBe('Settle: on track, 1 of 1 delivered');
    await reader
      .getByRole('table', { name: /^Councils/ })
      .getByRole('row', { name: /North Yorkshire Council/ })
      .waitFor();
    await visited(reader, 'national');
    await settle.click();
    await reader.waitForURL(/\/neighbourhoods\/settle$/);

    const phone = await newPage(PHONE);
    await phone.goto(`${server.url}/national`);
    await phone.getByRole('group', { name: 'Map of the neighbourhoods' }).waitFor();
    await visited(phone, 'national-phone');
    await fitsThePhone(phone);
  });
});
