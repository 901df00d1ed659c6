// Helpers for the browser tests in tests/browser: headless Chromium (Debian's /usr/bin/chromium)
// driven by playwright-core against the real server of tests/support/harness.ts, which serves the
// built UI from web/dist.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { validBsns } from '../../src/modules/persons/bsn.ts';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';

/** Where the browser tests put their screenshots. */
export const RESULTS = path.resolve(import.meta.dirname, '../../test-results');

/** The BSNs the demo persons get, in the order src/demo/seed.ts creates them. */
export const demoBsns: readonly string[] = (() => {
  const g = validBsns(11_110_000);
  return Array.from({ length: 14 }, () => g.next().value!);
})();

/** Throws unless the UI is built: the server serves web/dist. */
export function requireBuiltUi(): void {
  if (!fs.existsSync(path.resolve(import.meta.dirname, '../../web/dist/index.html'))) {
    throw new Error('web/dist ontbreekt: voer eerst `npx vite build` uit.');
  }
}

/** Launches headless Chromium, and creates the RESULTS folder for the screenshots. */
export async function launchBrowser(): Promise<Browser> {
  fs.mkdirSync(RESULTS, { recursive: true });
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Script errors and console errors (e.g. CSP violations) seen so far; a test expects none. */
  problems: string[];
}

/**
 * A page in a fresh browser context (Dutch locale, 15 s default timeout) on the server at
 * `baseURL`, which relative URLs (as in `login`) resolve against. Close the context when done.
 */
export async function newPage(browser: Browser, baseURL: string, viewport = { width: 1280, height: 900 }): Promise<TestPage> {
  const context = await browser.newContext({ baseURL, viewport, locale: 'nl-NL' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // A 4xx answer the UI handles (404 unknown BSN, 409 dossier exists, 422 refused) is logged by Chromium; not a bug.
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  return { context, page, problems };
}

/** Logs in through the login page (the demo users' password unless told otherwise); ends logged in. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
}

/** Logs out; ends on the login page. */
export async function logout(page: Page) {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
}

/** The main menu. */
export const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

/** Structural accessibility checks: one h1, landmarks, and a label for every form control. */
export async function checkStructure(page: Page) {
  expect(await page.locator('h1').count()).toBe(1);
  expect(await page.getByRole('banner').count()).toBe(1);
  expect(await page.getByRole('main').count()).toBe(1);
  expect(await menu(page).count()).toBe(1);
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')]
      .filter((el) => el.type !== 'hidden' && (el.labels?.length ?? 0) === 0 && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
      .map((el) => el.name || el.id),
  );
  expect(unlabelled).toEqual([]);
}

/**
 * From the menu, opens a new dossier for the child with this BSN; ends on the dossier page. With
 * `orExisting`, an open dossier the organisation already has is accepted too (through the link
 * the refusal offers); without it, that refusal fails the test. The relationship with the child
 * is recorded as `reason` (a value of the choice list).
 */
export async function openDossier(page: Page, bsn: string, childName: string, { orExisting = false, reason = 'client_in_zorg' } = {}) {
  await menu(page).getByRole('link', { name: 'Dossiers' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
  await page.getByLabel('BSN van het kind').fill(bsn);
  await page.getByLabel('Uw relatie met het kind').selectOption(reason);
  await page.getByRole('button', { name: 'Dossier openen' }).click();
  const heading = page.getByRole('heading', { level: 1, name: `Dossier van ${childName}` });
  if (orExisting) {
    const existing = page.getByRole('link', { name: 'Ga naar het bestaande dossier' });
    await heading.or(existing).waitFor();
    if (await existing.isVisible()) await existing.click();
  }
  await heading.waitFor();
}
