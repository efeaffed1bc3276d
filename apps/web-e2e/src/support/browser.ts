import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

const SCREENSHOTS = join(__dirname, '../../../../test-results/screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Fails on every serious or critical axe violation on the page as it is now, listing each readably. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (violations.length === 0) return;
  const report = violations
    .map((violation) => {
      const targets = violation.nodes.map((node) => `    - ${node.target.join(' ')}: ${node.failureSummary ?? ''}`);
      return `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${targets.join('\n')}`;
    })
    .join('\n');
  throw new Error(`Accessibility violations on ${page.url()}:\n${report}`);
}

export async function screenshot(page: Page, step: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${step}.png`), fullPage: true });
}

/** Signs a person in through the sign-in page, as they would, and waits until the header names them. */
export async function signInThroughPage(
  page: Page,
  url: string,
  person: { email: string; password: string; displayName: string },
): Promise<void> {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('E-mail address').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('banner').getByText(person.displayName).waitFor();
}

/** Whether the control gets the focus within a few seconds (a page moves it once it has drawn what it received). */
export function receivesFocus(control: Locator): Promise<boolean> {
  return control.evaluate(
    (element) =>
      new Promise<boolean>((resolve) => {
        const givenUpAt = performance.now() + 5000;
        const look = () => {
          if (element === document.activeElement) resolve(true);
          else if (performance.now() > givenUpAt) resolve(false);
          else requestAnimationFrame(look);
        };
        look();
      }),
  );
}
