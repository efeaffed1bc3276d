/**
 * The signing story in a real browser: the convenor freezes the covenant for
 * signature, three parties sign while the council's officer watches each
 * signature arrive, the council countersigns, the covenant is in force, the
 * signed PDF downloads, and a resident checks it on the public verification
 * page, which also notices when the record is tampered with.
 */
import { readFile } from 'node:fs/promises';
import { Pool } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, signInThroughPage } from './support/browser';
import { graphqlRequest, registerPeople } from './support/graphql';
import { startServer, type RunningServer } from './support/server';
import { settleCovenant } from './support/settle-covenant';

const PASSWORD = 'a long enough passphrase';
const PEOPLE = {
  convenor: { email: 'alys@settlehydro.example', password: PASSWORD, displayName: 'Alys Whitfield' },
  pool: { email: 'morgan@settlepool.example', password: PASSWORD, displayName: 'Morgan Ellis' },
  housing: { email: 'gwen@dalesriver.example', password: PASSWORD, displayName: 'Gwenllïan Prŷs' },
  council: { email: 'officer@northyorks-council.example', password: PASSWORD, displayName: 'Nadia Bell' },
} as const;
type Person = keyof typeof PEOPLE;

const TITLE = 'Settle pool and river';

describe('signing story', () => {
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
      partners: [
        { name: 'Settle Pool Trust', kind: 'VOLUNTARY_ORGANISATION', token: tokens.pool },
        { name: 'Dales River Homes', kind: 'HOUSING_PROVIDER', token: tokens.housing },
      ],
    });
    slug = covenant.slug;
    await graphqlRequest(
      server.url,
      'mutation ($input: CommitmentInput!) { addCommitment(input: $input) { id } }',
      {
        input: {
          covenantId: covenant.id,
          partyId: covenant.partnerParties[0],
          title: 'Reopen the swimming pool on Sundays by June',
          right: 'SHAPE_PUBLIC_SERVICES',
          dueOn: '2027-06-30',
        },
      },
      tokens.pool,
    );
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      acceptDownloads: true,
    });
    contexts.push(context);
    return context.newPage();
  }

  async function onCovenant(person: Person): Promise<Page> {
    const page = await newPage();
    await signInThroughPage(page, server.url, PEOPLE[person]);
    await page.goto(`${server.url}/covenants/${slug}`);
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    return page;
  }

  async function visited(page: Page, name: string): Promise<void> {
    step += 1;
    await expectAccessible(page);
    await screenshot(page, `signing-${String(step).padStart(2, '0')}-${name}`);
  }

  async function signFor(page: Page, button: string, position: string, mandate?: string) {
    await page.getByRole('button', { name: button }).click();
    const form = page.getByRole('form', { name: /version 1/ });
    await form.getByLabel('Your position').fill(position);
    if (mandate) await form.getByLabel('Mandate').fill(mandate);
    return form;
  }

  it('freezes, signs, countersigns, downloads the PDF and verifies it publicly', async () => {
    const convenor = await onCovenant('convenor');
    await convenor.getByRole('button', { name: 'Open for signature' }).click();
    const confirm = convenor.getByRole('form', { name: 'Freeze the text and open it for signature?' });
    await visited(convenor, 'confirm-freeze');
    await confirm.getByRole('button', { name: 'Yes, open for signature' }).click();
    const signing = convenor.getByRole('region', { name: 'Signing version 1' });
    await signing.waitFor();
    const shortHash = (await signing.locator('code.hash').first().textContent())!.trim();
    expect(shortHash).toMatch(/^[0-9a-f]{12}$/);
    const order = signing
      .getByRole('list', { name: 'Signatures, in the order the parties sign' })
      .getByRole('listitem');
    await expect(order.allTextContents()).resolves.toEqual([
      expect.stringContaining('Settle Community Hydro'),
      expect.stringMatching(/Settle Pool Trust|Dales River Homes/),
      expect.stringMatching(/Settle Pool Trust|Dales River Homes/),
      expect.stringContaining('Countersigns once every other party has signed'),
    ]);
    await expect(
      convenor.getByRole('textbox', { name: 'The covenant text' }).getAttribute('contenteditable'),
    ).resolves.toBe('false');

    // The council's officer watches: no countersignature yet.
    const council = await onCovenant('council');
    const councilSigning = council.getByRole('region', { name: 'Signing version 1' });
    await councilSigning.waitFor();
    await expect(council.getByRole('button', { name: /Countersign/ }).count()).resolves.toBe(0);

    // The convenor signs: the form needs the authority confirmed.
    const form = await signFor(
      convenor,
      'Sign for Settle Community Hydro',
      'Chair of directors',
      'Board resolution 2026/07',
    );
    await expect(form.getByLabel('Your full name').inputValue()).resolves.toBe('Alys Whitfield');
    await form.getByRole('button', { name: 'Sign version 1' }).click();
    await form.getByText('Confirm that you are authorised to sign for Settle Community Hydro.').waitFor();
    await visited(convenor, 'sign-form');
    await form.getByLabel('I am authorised to sign for Settle Community Hydro').check();
    await form.getByRole('button', { name: 'Sign version 1' }).click();
    await signing.getByText('by Alys Whitfield, Chair of directors').waitFor();
    // It reaches the council's open page without a reload.
    await councilSigning.getByText('by Alys Whitfield, Chair of directors').waitFor();

    for (const [person, organisation, position] of [
      ['pool', 'Settle Pool Trust', 'Chair of trustees'],
      ['housing', 'Dales River Homes', 'Director of Neighbourhoods'],
    ] as const) {
      const page = await onCovenant(person);
      const signed = await signFor(page, `Sign for ${organisation}`, position);
      await signed.getByLabel(`I am authorised to sign for ${organisation}`).check();
      await signed.getByRole('button', { name: 'Sign version 1' }).click();
      await page.getByText(`by ${PEOPLE[person].displayName}, ${position}`).waitFor();
      await councilSigning.getByText(`by ${PEOPLE[person].displayName}, ${position}`).waitFor();
      if (person === 'housing') await visited(page, 'signed-by-three');
    }

    // Every other party has signed: the council's button appears live.
    await councilSigning.getByText('Ready to countersign').waitFor();
    const countersign = await signFor(
      council,
      'Countersign for North Yorkshire Council',
      'Director of Communities',
      'Executive decision ED/2026/31',
    );
    await countersign.getByLabel('I am authorised to sign for North Yorkshire Council').check();
    await visited(council, 'countersign-form');
    await countersign.getByRole('button', { name: 'Countersign version 1' }).click();
    const signed = council.getByRole('region', { name: 'Signed: version 1' });
    await signed.getByText('by Nadia Bell, Director of Communities').waitFor();
    const timeline = council.getByRole('list', { name: 'Where this covenant is' });
    await expect(timeline.locator('[aria-current="step"]').textContent()).resolves.toContain('In force');
    await convenor.getByRole('region', { name: 'Signed: version 1' }).waitFor();
    await visited(council, 'in-force');

    // The signed PDF downloads.
    const [download] = await Promise.all([
      council.waitForEvent('download'),
      signed.getByRole('link', { name: 'Download the PDF of version 1' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${slug}-version-1.pdf`);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    // A resident, not signed in, checks it on the public verification page.
    const resident = await newPage();
    await resident.goto(`${server.url}/verify/${slug}`);
    await resident.getByText('Everything checks out').waitFor();
    await resident.getByText(shortHash).first().waitFor();
    await resident.getByText('Nadia Bell').first().waitFor();
    await visited(resident, 'verified');

    // Someone with database access changes the signed text: the page says so.
    const db = new Pool({ connectionString: server.databaseUrl, max: 1 });
    try {
      await db.query(`UPDATE covenant_versions SET html = replace(html, 'Settle', 'Giggleswick')`);
    } finally {
      await db.end();
    }
    await resident.reload();
    const problems = resident.getByRole('alert');
    await problems.getByText('Something does not match').waitFor();
    await problems.getByText('Version 1: the text shown for it (its HTML) is not what was frozen and signed').waitFor();
    await visited(resident, 'tampering-found');
  });
});
