/**
 * The community rights in a real browser, one story for each. Right to Buy: a
 * community business nominates the old pool building, the council lists it and
 * records the owner's notice of a sale, the business asks to bid, and the
 * asset's time line shows the full moratorium with today marked (also on a
 * phone). Right to Shape Public Services: the business asks a verified health
 * body to change a service, and the body's admin answers. Right to Control
 * Investment: the council puts £10,000 of a covenant in force to the residents,
 * two of them propose projects and vote (one on a phone), the count funds the
 * winners by equal shares, and a winner becomes the council's commitment.
 */
import { londonDay } from '@covenant/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, signInThroughPage } from './support/browser';
import { backdateNomination, markOrganisationVerified } from './support/database';
import { createOrganisation, graphqlRequest, registerPeople } from './support/graphql';
import { startServer, type RunningServer } from './support/server';
import { settleCovenant, signIntoForce, type SettleCovenant } from './support/settle-covenant';

const PASSWORD = 'a long enough passphrase';
const PEOPLE = {
  convenor: { email: 'alys@settlehydro.example', password: PASSWORD, displayName: 'Alys Whitfield' },
  council: { email: 'officer@northyorks-council.example', password: PASSWORD, displayName: 'Nadia Bell' },
  health: { email: 'sam@craven-health.example', password: PASSWORD, displayName: 'Sam Okafor' },
  priya: { email: 'priya@settle-resident.example', password: PASSWORD, displayName: 'Priya Sandhu' },
  tom: { email: 'tom@settle-resident.example', password: PASSWORD, displayName: 'Tom Raistrick' },
} as const;
type Person = keyof typeof PEOPLE;

const TITLE = 'Settle pool and river';
const ASSET = 'The Old Baths';
const HEALTH_BODY = 'Craven Community Health';
const SERVICE = 'Community transport to the hospital';
const BUDGET = 'Riverside improvements 2027';
const BENCHES = 'Benches along the riverside path';
const LIGHTS = 'Lights on the station footpath';
const CHANGING_ROOMS = 'Warm changing rooms at the pool';
const MURAL = 'A mural in the underpass';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };

/** A calendar day in Europe/London, `days` before today. */
const daysAgo = (days: number) => londonDay(new Date(Date.now() - days * 86_400_000));

describe('community rights story', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let tokens: Record<Person, string>;
  let covenant: SettleCovenant;
  let step = 0;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    tokens = await registerPeople(server.url, PEOPLE);
    covenant = await settleCovenant(server.url, {
      title: TITLE,
      convenorToken: tokens.convenor,
      councilToken: tokens.council,
      partners: [],
    });
    const health = await createOrganisation(server.url, tokens.health, { name: HEALTH_BODY, kind: 'PUBLIC_BODY' });
    await markOrganisationVerified(server.url, health.id, 'craven-health.example');
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
    await screenshot(page, `rights-${String(step).padStart(2, '0')}-${name}`);
  }

  async function fitsThePhone(page: Page): Promise<void> {
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
  }

  async function onRights(page: Page): Promise<void> {
    await page.goto(`${server.url}/neighbourhoods/settle/rights`);
    await page.getByRole('heading', { name: 'Community rights in Settle', level: 1 }).waitFor();
  }

  /** Every party signs through the API: the budget story starts from a covenant in force. */
  function bringIntoForce(): Promise<void> {
    const signer = (person: Person) => ({ token: tokens[person], displayName: PEOPLE[person].displayName });
    return signIntoForce(server.url, covenant.id, [signer('convenor')], signer('council'));
  }

  it('protects a building: nominated, listed, a sale notified, a bid asked for, the clock drawn', async () => {
    // The hydro group's admin finds the rights page from the neighbourhood and nominates the old baths.
    const alys = await signedIn('convenor');
    await alys.goto(`${server.url}/neighbourhoods/settle`);
    await alys.getByRole('link', { name: 'Community rights: assets and service requests' }).click();
    await alys.getByRole('heading', { name: 'Community rights in Settle', level: 1 }).waitFor();
    await expect(alys.title()).resolves.toBe('Community rights in Settle · Covenant platform');
    await alys.getByRole('heading', { name: 'No assets nominated yet' }).waitFor();
    await visited(alys, 'rights-page');

    const nominate = alys.getByRole('form', { name: 'Nominate an asset of community value' });
    await nominate.getByRole('button', { name: 'Nominate it' }).click();
    await nominate.getByText('Give the asset’s name', { exact: false }).waitFor();
    await nominate.getByLabel('Name of the asset').fill(ASSET);
    await nominate.getByLabel('Address').fill('Station Road, Settle');
    await nominate.getByLabel('Owner').fill('Ribble Leisure Holdings');
    await nominate
      .getByLabel('Why it matters to the community')
      .fill('The town’s only indoor pool until 2019; swimming clubs and schools want it back.');
    await nominate.getByRole('button', { name: 'Nominate it' }).click();
    await alys.getByRole('heading', { name: ASSET, level: 1 }).waitFor();
    const assetUrl = alys.url();
    await alys.getByText('Nominated', { exact: true }).waitFor();
    await alys.getByText('Awaited: the council should decide by', { exact: false }).waitFor();
    await visited(alys, 'asset-nominated');
    // The nomination went in a month ago; the council records its decision late, as councils do.
    await backdateNomination(server.url, assetUrl.split('/').pop()!, 30);

    // The council's officer lists it, then records the owner's notice of a sale given ten days ago.
    const nadia = await signedIn('council');
    await nadia.goto(assetUrl);
    const decide = nadia.getByRole('form', { name: 'Record the council’s decision' });
    await decide.getByRole('radio', { name: /^List it/ }).check();
    await decide.getByLabel('Reason').fill('Used by swimming clubs for forty years; its use can return within five.');
    await decide.getByLabel('Day of the decision').fill(daysAgo(20));
    await visited(nadia, 'decision-form');
    await decide.getByRole('button', { name: 'Record the decision' }).click();
    await nadia
      .getByRole('status')
      .filter({ hasText: `${ASSET} is listed.` })
      .waitFor();
    await nadia.getByText('Listed', { exact: true }).waitFor();

    const notice = nadia.getByRole('form', { name: 'Record the owner’s notice of a sale' });
    await notice.getByLabel('Day the owner gave notice').fill(daysAgo(10));
    await notice.getByRole('button', { name: 'Record the notice' }).click();
    await nadia.getByRole('heading', { name: 'The clock on its sale' }).waitFor();
    const phases = nadia.getByRole('table', { name: 'The phases, day by day' });
    await phases.getByRole('row', { name: /Interim moratorium .* Now: \d+ days left/ }).waitFor();
    await visited(nadia, 'interim-moratorium');

    // Within the interim moratorium the hydro group asks to be treated as a bidder.
    await alys.reload();
    const bid = alys.getByRole('form', { name: 'Ask to be treated as a bidder' });
    await bid.getByRole('button', { name: 'Ask to bid' }).click();
    await alys.getByText('Settle Community Hydro asked to be treated as a bidder', { exact: false }).first().waitFor();
    await expect(alys.getByRole('form', { name: 'Ask to be treated as a bidder' }).count()).resolves.toBe(0);

    // The time line: the phases as bands, the full moratorium to come after the interim, today marked; the
    // table says the same.
    const picture = alys.getByRole('img', { name: /^Time line of the sale/ });
    await picture.waitFor();
    await expect(picture.getAttribute('aria-labelledby')).resolves.toBeTruthy();
    await expect(picture.locator('title').textContent()).resolves.toMatch(
      /then full moratorium until .*Today, .* is in the interim moratorium\./,
    );
    await expect(picture.locator('rect.timeline-band').count()).resolves.toBe(4);
    await expect(picture.locator('.timeline-today text').textContent()).resolves.toBe('Today');
    const table = alys.getByRole('table', { name: 'The phases, day by day' });
    await table.getByRole('row', { name: /Interim moratorium .* Now: \d+ days left/ }).waitFor();
    await table.getByRole('row', { name: /Full moratorium .* To come/ }).waitFor();
    await visited(alys, 'full-moratorium');

    // The covenant takes it up: a commitment names the asset, and each page leads to the other.
    await alys.goto(`${server.url}/covenants/${covenant.slug}`);
    await alys.getByRole('button', { name: 'Add a commitment for Settle Community Hydro' }).click();
    const promise = alys.getByRole('form', { name: 'A new commitment for Settle Community Hydro' });
    await promise.getByLabel('What will be done').fill('Raise the money to bid for the Old Baths');
    await promise.getByLabel('Asset of community value it concerns').selectOption({ label: ASSET });
    await promise.getByRole('button', { name: 'Add commitment' }).click();
    await alys.getByRole('link', { name: ASSET }).first().click();
    await alys.getByRole('heading', { name: ASSET, level: 1 }).waitFor();
    await alys.getByRole('link', { name: TITLE }).waitFor();

    // The neighbourhood's page lists the asset and its clock.
    await onRights(alys);
    const clocks = alys.getByRole('region', { name: 'Moratorium clocks' });
    await clocks.getByRole('row', { name: new RegExp(`${ASSET} Interim moratorium`) }).waitFor();
    await visited(alys, 'rights-with-clock');

    // A resident reads the asset on a phone: the picture fits the screen.
    const phone = await newPage(PHONE);
    await phone.goto(assetUrl);
    await phone.getByRole('img', { name: /^Time line of the sale/ }).waitFor();
    await fitsThePhone(phone);
    await visited(phone, 'asset-on-phone');
  });

  it('asks a public body to change a service, and the body answers', async () => {
    const alys = await signedIn('convenor');
    await onRights(alys);
    const ask = alys.getByRole('form', { name: 'Ask a public body to change a service' });
    await ask.getByLabel('Find the public body').fill('Craven');
    await ask.getByLabel('Public body', { exact: true }).selectOption({ label: HEALTH_BODY });
    await ask.getByLabel('The service').fill(SERVICE);
    await ask
      .getByLabel('What you propose')
      .fill('Let the hydro group’s volunteer drivers run a booked minibus to outpatient appointments twice a week.');
    await visited(alys, 'service-request-form');
    await ask.getByRole('button', { name: 'Send the request' }).click();
    await alys.getByRole('heading', { name: SERVICE, level: 1 }).waitFor();
    await alys.getByText('Submitted', { exact: true }).waitFor();
    await alys.getByText('(due in 55 days)').waitFor();
    await alys.getByText(`${HEALTH_BODY} has not answered yet.`).waitFor();
    await visited(alys, 'service-request');
    const requestUrl = alys.url();

    // The health body's admin answers.
    const sam = await signedIn('health');
    await sam.goto(requestUrl);
    const answer = sam.getByRole('form', { name: `Answer for ${HEALTH_BODY}` });
    await answer.getByRole('button', { name: 'Send the answer' }).click();
    await answer.getByText('Choose your answer.').waitFor();
    await answer.getByRole('radio', { name: /^Accepted with changes/ }).check();
    await answer
      .getByRole('textbox', { name: 'Your response' })
      .fill('We agree to a trial from September, on Tuesdays only, with our transport team booking the seats.');
    await visited(sam, 'answer-form');
    await answer.getByRole('button', { name: 'Send the answer' }).click();
    const answered = sam.getByRole('region', { name: 'The answer' });
    await answered.getByText(`Accepted with changes by ${HEALTH_BODY}`, { exact: false }).waitFor();
    await answered.getByText('on Tuesdays only', { exact: false }).waitFor();
    await expect(sam.getByRole('form', { name: `Answer for ${HEALTH_BODY}` }).count()).resolves.toBe(0);
    await visited(sam, 'answered');

    // A resident reads the answer on a phone.
    const phone = await newPage(PHONE);
    await phone.goto(requestUrl);
    await phone.getByRole('region', { name: 'The answer' }).getByText('on Tuesdays only', { exact: false }).waitFor();
    await fitsThePhone(phone);
    await visited(phone, 'request-on-phone');

    // The neighbourhood's list shows the answer.
    await onRights(alys);
    const requests = alys.getByRole('region', { name: 'Service requests' });
    await requests.getByRole('listitem').filter({ hasText: SERVICE }).getByText('Accepted with changes').waitFor();
  });

  it('lets residents decide how the council’s money is spent, and the winners become its commitments', async () => {
    await bringIntoForce();

    // The council's officer starts a budget from the covenant page.
    const nadia = await signedIn('council');
    await nadia.goto(`${server.url}/covenants/${covenant.slug}`);
    const start = nadia.getByRole('form', { name: 'Start a participatory budget' });
    await start.getByLabel('Title').fill(BUDGET);
    await start.getByLabel('Amount in pounds').fill('ten thousand');
    await start.getByRole('button', { name: 'Start the budget' }).click();
    await start.getByText('Give the amount in whole pounds', { exact: false }).waitFor();
    await start.getByLabel('Amount in pounds').fill('10,000');
    await visited(nadia, 'start-budget');
    await start.getByRole('button', { name: 'Start the budget' }).click();
    await nadia.getByRole('heading', { name: BUDGET, level: 1 }).waitFor();
    const budgetUrl = nadia.url();
    const budgetId = budgetUrl.split('/').pop() ?? '';
    await nadia.getByText('£10,000 from North Yorkshire Council', { exact: false }).waitFor();
    await nadia.getByRole('listitem').filter({ hasText: 'Proposals (current step)' }).waitFor();

    // Two residents propose projects.
    const priya = await signedIn('priya');
    await priya.goto(budgetUrl);
    const propose = priya.getByRole('form', { name: 'Propose a project' });
    await propose.getByLabel('What the money would pay for').fill(BENCHES);
    await propose.getByLabel('Cost in pounds').fill('20000');
    await propose.getByRole('button', { name: 'Propose it' }).click();
    await propose.getByText('The whole budget is £10,000: cost it within that.').waitFor();
    await propose.getByLabel('Cost in pounds').fill('2500');
    await propose.getByLabel('Details').fill('Six oak benches between the bridge and the weir.');
    await propose.getByRole('button', { name: 'Propose it' }).click();
    await propose.getByText(`“${BENCHES}” is proposed.`).waitFor();
    await priya.getByRole('heading', { name: BENCHES, level: 3 }).waitFor();
    await visited(priya, 'proposals');

    const tom = await signedIn('tom', PHONE);
    await tom.goto(budgetUrl);
    const tomPropose = tom.getByRole('form', { name: 'Propose a project' });
    await tomPropose.getByLabel('What the money would pay for').fill(LIGHTS);
    await tomPropose.getByLabel('Cost in pounds').fill('£5,000');
    await tomPropose.getByRole('button', { name: 'Propose it' }).click();
    await tom.getByRole('heading', { name: LIGHTS, level: 3 }).waitFor();
    const proposeProject = (token: string, title: string, cost: number) =>
      graphqlRequest(
        server.url,
        'mutation ($b: ID!, $t: String!, $c: Int!) { proposeProject(budgetId: $b, title: $t, cost: $c) { id } }',
        { b: budgetId, t: title, c: cost },
        token,
      );
    await proposeProject(tokens.tom, CHANGING_ROOMS, 7000);
    await proposeProject(tokens.priya, MURAL, 500);

    // The council opens voting, after confirming.
    await nadia.reload();
    await nadia.getByRole('button', { name: 'Open voting' }).click();
    await nadia.getByRole('heading', { name: 'Open voting now?' }).waitFor();
    await visited(nadia, 'open-voting');
    await nadia.getByRole('button', { name: 'Yes, open voting' }).click();
    await nadia.getByRole('listitem').filter({ hasText: 'Voting (current step)' }).waitFor();

    // Priya ticks two projects; the running total follows.
    await priya.reload();
    const ballot = priya.getByRole('form', { name: 'Cast your ballot' });
    const total = ballot.getByRole('status');
    await total.getByText('Your ballot: £0 of £10,000').waitFor();
    await ballot.getByRole('checkbox', { name: new RegExp(BENCHES) }).check();
    await total.getByText('Your ballot: £2,500 of £10,000').waitFor();
    await ballot.getByRole('checkbox', { name: new RegExp(LIGHTS) }).check();
    await total.getByText('Your ballot: £7,500 of £10,000').waitFor();
    await visited(priya, 'ballot');
    await ballot.getByRole('button', { name: 'Cast ballot' }).click();
    const saved = priya.getByRole('form', { name: 'Your ballot' });
    await saved.getByText('Your ballot is saved.', { exact: false }).waitFor();
    await saved.getByText(`${BENCHES}; ${LIGHTS}.`, { exact: false }).waitFor();
    await saved.getByRole('button', { name: 'Replace ballot' }).waitFor();

    // Tom, on his phone, approves more than the budget holds, which is allowed.
    await tom.reload();
    const tomBallot = tom.getByRole('form', { name: 'Cast your ballot' });
    for (const project of [LIGHTS, CHANGING_ROOMS, MURAL]) {
      await tomBallot.getByRole('checkbox', { name: new RegExp(project) }).check();
    }
    await tomBallot.getByRole('status').getByText('Your ballot: £12,500 of £10,000').waitFor();
    await tomBallot.getByText('That is more than the budget, which is fine', { exact: false }).waitFor();
    await fitsThePhone(tom);
    await visited(tom, 'ballot-on-phone');
    await tomBallot.getByRole('button', { name: 'Cast ballot' }).click();
    await tom.getByText('Your ballot is saved.', { exact: false }).waitFor();
    // A third voter, through the API.
    const { participatoryBudget } = await graphqlRequest<{
      participatoryBudget: { projects: { id: string; title: string }[] };
    }>(server.url, 'query ($b: ID!) { participatoryBudget(id: $b) { projects { id title } } }', { b: budgetId });
    const idOf = (title: string) => participatoryBudget.projects.find((p) => p.title === title)?.id;
    await graphqlRequest(
      server.url,
      'mutation ($b: ID!, $p: [ID!]!) { castBallot(budgetId: $b, projectIds: $p) { id } }',
      { b: budgetId, p: [idOf(BENCHES), idOf(CHANGING_ROOMS)] },
      tokens.convenor,
    );

    // The council closes the vote and counts.
    await nadia.reload();
    await nadia.getByText('3 ballots cast so far').waitFor();
    await nadia.getByRole('button', { name: 'Close voting and count' }).click();
    await nadia.getByRole('button', { name: 'Yes, close voting and count' }).click();
    const results = nadia.getByRole('region', { name: 'Results' });
    await results.waitFor();
    await results.getByText(/^£8,000\s+of £10,000$/).waitFor();
    await results.getByText('£3,333.33').waitFor();
    const funded = (title: string) => results.getByRole('listitem').filter({ hasText: title });
    await funded(BENCHES).getByText('2 votes · each supporter’s share paid £1,250').waitFor();
    await funded(MURAL).getByText('1 vote · each supporter’s share paid £500').waitFor();
    await funded(LIGHTS).getByText('2 votes · from the leftover').waitFor();
    await expect(
      results
        .locator('.budget-winners > li')
        .evaluateAll((items) => items.map((item) => item.querySelector('h4')?.textContent)),
    ).resolves.toEqual([BENCHES, LIGHTS, MURAL]);
    await funded(CHANGING_ROOMS).getByText('2 votes').waitFor();
    await visited(nadia, 'results');

    // A winner is now the council's commitment, followed on the accountability page.
    await results.getByRole('link', { name: `Follow it as a commitment: ${BENCHES}` }).click();
    await nadia.waitForURL(new RegExp(`/covenants/${covenant.slug}/accountability#commitment-`));
    const commitment = nadia.getByRole('article', { name: BENCHES });
    await commitment.getByText('North Yorkshire Council').waitFor();
    await commitment.getByRole('link', { name: BUDGET }).waitFor();
    await visited(nadia, 'commitment');

    // The covenant page lists the budget with its results.
    await nadia.goto(`${server.url}/covenants/${covenant.slug}`);
    const budgets = nadia.getByRole('region', { name: 'Participatory budgets' });
    await budgets.getByRole('listitem').filter({ hasText: BUDGET }).getByText('Results').waitFor();
  });
});
