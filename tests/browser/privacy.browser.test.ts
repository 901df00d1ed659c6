// Browser test of need-to-know made visible (issue 17): the GGZ professional in Apeldoorn opens
// Daan's dossier in Utrecht, the form asks the relationship with the child, and the privacy
// officer sees the access flagged with the audit trail — in Dutch, without ids or ISO dates.
// Needs a built UI (`npx vite build`) and Chromium at /usr/bin/chromium.
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer } from '../support/harness.ts';
import { RESULTS, checkStructure, launchBrowser, login, logout, menu, newPage, requireBuiltUi } from '../support/browser.ts';

const DAAN = '111100045';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

beforeAll(async () => {
  requireBuiltUi();
  server = await startTestServer({ demo: true });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
}, 30_000);

describe('opvallende toegang in de browser', () => {
  it('vraagt de relatie met het kind bij een nieuw dossier en toont de toegang buiten de regio aan de privacyfunctionaris', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    try {
      await login(page, 'ggz');
      await menu(page).getByRole('link', { name: 'Dossiers' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
      await checkStructure(page);
      await page.getByLabel('BSN van het kind').fill(DAAN);
      await page.getByRole('button', { name: 'Dossier openen' }).click();
      const reason = page.getByLabel('Uw relatie met het kind');
      await page.getByText('Kies uw relatie met het kind.').waitFor();
      expect(await reason.getAttribute('aria-invalid')).toBe('true');
      await reason.selectOption({ label: 'Anders, namelijk …' });
      await page.getByRole('button', { name: 'Dossier openen' }).click();
      await page.getByText('Licht toe wat uw relatie met het kind is.').waitFor();
      await page.getByLabel('Toelichting op uw relatie').fill('Moeder is cliënt bij ons.');
      await page.getByRole('button', { name: 'Dossier openen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dossier van Daan Bakker' }).waitFor();
      await logout(page);

      await login(page, 'beheerder');
      await menu(page).getByRole('link', { name: 'Wie keek er?' }).click();
      const section = page.getByRole('region', { name: 'Opvallende toegang' });
      const flag = section.getByRole('article').filter({ hasText: 'Daan Bakker' }).filter({ has: page.getByRole('heading', { name: 'Kind woont buiten de regio van de organisatie' }) });
      await flag.waitFor();
      const text = (await flag.textContent()) ?? '';
      expect(text).toContain('GGZ Apeldoorn');
      expect(text).toContain('woont in Utrecht');
      expect(text).toContain('Opgegeven relatie: Anders, namelijk … (“Moeder is cliënt bij ons.”)');
      await flag.getByText(/Auditregels van deze gebruiker/).click();
      const trail = flag.getByRole('table', { name: 'Auditregels bij deze melding, nieuwste eerst' });
      await trail.waitFor();
      expect(await trail.textContent()).toContain('Aangemaakt');
      const all = (await section.textContent()) ?? '';
      expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}/); // no ISO dates
      expect(all).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // no ids
      await checkStructure(page);
      await page.screenshot({ path: path.join(RESULTS, 'privacy-opvallende-toegang.png'), fullPage: true });

      // The thresholds: saved, and the list follows them.
      await section.getByLabel('Kind woont buiten').selectOption('gemeente');
      await section.getByRole('button', { name: 'Drempels opslaan' }).click();
      await section.getByText('De drempels zijn opgeslagen.').waitFor();
      await section.getByRole('heading', { name: 'Kind woont buiten de gemeente van de organisatie' }).first().waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});
