// Browser test of the zorgdossier and stap 0 pages against the real server (in-memory PGlite with
// demo data): a teacher opens a dossier for Daan Bakker, records a stap 0 screening, and sees
// draaglast beside draagkracht and the screening in the timeline; an inconsistent judgement and
// next step gives the Dutch error; the aandachtsfunctionaris joins a dossier.
// Needs a built UI (`npx vite build`) and Chromium at /usr/bin/chromium.
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer } from '../support/harness.ts';
import { RESULTS, checkStructure, demoBsns, launchBrowser, login, logout, newPage, openDossier, requireBuiltUi } from '../support/browser.ts';

const DAAN = '111100045';
const TIM = demoBsns[9];
const LISA = demoBsns[10];

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

beforeAll(async () => {
  requireBuiltUi();
  expect(demoBsns[3]).toBe(DAAN);
  server = await startTestServer({ demo: true });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
}, 30_000);

/** Marks a factor 'aanwezig' and fills in its note and source (shown once 'aanwezig' is chosen). */
async function markPresent(page: Page, factor: string, note: string, source: string) {
  const group = page.getByRole('group', { name: factor, exact: true });
  expect(await group.getByLabel('Onbekend', { exact: true }).isChecked()).toBe(true); // the default
  await group.getByLabel('Aanwezig', { exact: true }).check();
  await group.getByLabel('Toelichting').fill(note);
  await group.getByLabel('Bron van de kennis').fill(source);
}

describe('Zorgdossier en stap 0 in de browser', () => {
  it('opent een dossier voor Daan, legt een stap 0-screening vast en toont draaglast naast draagkracht', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    try {
      await login(page, 'leerkracht');
      await openDossier(page, DAAN, 'Daan Bakker');
      await checkStructure(page);
      // Child, family and members.
      expect(await page.getByRole('region', { name: 'Kind' }).textContent()).toContain(DAAN);
      const family = page.getByRole('table', { name: 'Ouders en broers en zussen' });
      await family.getByRole('rowheader', { name: 'Sanne Jansen' }).waitFor();
      await family.getByRole('rowheader', { name: 'Noor el Amrani' }).waitFor();
      expect(await page.getByRole('region', { name: 'Betrokkenen' }).textContent()).toContain('Lotte de Vries (intern begeleider) (u)');
      expect(await page.getByRole('link', { name: 'Dossier downloaden (PDF)' }).getAttribute('href')).toMatch(/^\/api\/v1\/dossiers\/[0-9a-f-]{36}\/pdf$/);

      // The screening form: every factor defaults to 'onbekend', and the form says it computes no score.
      await page.getByRole('link', { name: 'Stap 0-screening starten' }).click();
      await page.getByRole('heading', { level: 1, name: 'Stap 0-screening: Daan Bakker' }).waitFor();
      await checkStructure(page);
      await page.getByText('Kindveilig telt niets op en berekent geen score.').waitFor();
      const radios = await page.locator('input[type="radio"][name^="factor-"]').count();
      const unknownChecked = await page.locator('input[type="radio"][name^="factor-"][value="onbekend"]:checked').count();
      expect(radios).toBeGreaterThan(150);
      expect(unknownChecked * 3).toBe(radios);
      await page.getByRole('group', { name: 'Ouder- en gezinsfactoren' }).getByText('bron: seed 004 hfst. 2; seed 001 §1.3.1, tabel 1.1 (ouder, gezin)').waitFor();
      await page.getByRole('group', { name: 'Verslavingsproblematiek', exact: true }).getByText(/^bron: seed 001 §1\.3\.1, tabel 1\.1 \(ouder\); seed 004 hfst\. 2/).waitFor();
      const placeholder = page.getByRole('button', { name: 'Sociale kaart raadplegen (volgt)' });
      expect(await placeholder.isDisabled()).toBe(true);

      await markPresent(page, 'Verslavingsproblematiek', 'Vader vertelde over zijn alcoholgebruik.', 'vader');
      await markPresent(page, 'Armoede', 'Daan heeft vaak geen lunch bij zich.', 'eigen waarneming');
      await markPresent(page, 'Ondersteunende partner', 'Moeder krijgt veel steun van haar partner.', 'moeder');
      await page.getByRole('group', { name: 'Oordeel' }).getByLabel('Een zorg', { exact: true }).check();
      await page.getByLabel('Toelichting op uw oordeel').fill('Zorgen over de spanning thuis; de steun van de partner weegt mee.');
      await page.getByRole('group', { name: 'Wat is uw vervolgstap?' }).getByLabel('Bespreken met de ouders').check();
      await page.getByRole('group', { name: 'Ouder- en gezinsfactoren' }).screenshot({ path: path.join(RESULTS, 'stap0-formulier-groep.png') });
      await page.getByRole('region', { name: 'Vervolgstap' }).screenshot({ path: path.join(RESULTS, 'stap0-formulier-vervolgstap.png') });
      await page.getByRole('button', { name: 'Screening vastleggen' }).click();

      // The result: draaglast and draagkracht side by side, the judgement and the next step.
      await page.getByRole('heading', { level: 1, name: 'Stap 0-screening van Daan Bakker' }).waitFor();
      await page.getByRole('status').getByText('De screening is vastgelegd en staat in de tijdlijn van het dossier.').waitFor();
      await checkStructure(page);
      const draaglast = page.getByRole('region', { name: 'Draaglast' });
      const draagkracht = page.getByRole('region', { name: 'Draagkracht' });
      const present = async (region: typeof draaglast) => region.locator('li strong').allTextContents();
      expect(await present(draaglast)).toEqual(['Verslavingsproblematiek', 'Armoede']);
      expect(await present(draagkracht)).toEqual(['Ondersteunende partner']);
      expect(await draaglast.getByRole('list', { name: 'Ouder- en gezinsfactoren' }).textContent()).toContain('Vader vertelde over zijn alcoholgebruik.Bron: vader');
      expect(await draaglast.getByRole('list', { name: 'Leefomstandigheden of sociale (gezins)factoren' }).textContent()).toContain('Daan heeft vaak geen lunch bij zich.');
      expect(await draagkracht.getByRole('list', { name: 'Beschermende factoren bij ouders' }).textContent()).toContain('Bron: moeder');
      const [left, right] = [await draaglast.boundingBox(), await draagkracht.boundingBox()];
      expect(left!.y).toBe(right!.y); // side by side on a wide screen
      expect(left!.x).toBeLessThan(right!.x);
      const outcome = page.getByRole('region', { name: 'Oordeel en vervolgstap' });
      const outcomeText = (await outcome.textContent()) ?? '';
      expect(outcomeText).toContain('OordeelEen zorg');
      expect(outcomeText).toContain('VervolgstapBespreken met de ouders');
      expect(outcomeText).toMatch(/Onbekend\d+ van de \d+ factoren/);
      expect(outcomeText).toContain('Zorgen over de spanning thuis');
      await page.screenshot({ path: path.join(RESULTS, 'stap0-resultaat.png'), fullPage: true });

      // Narrow screen: the two columns stack.
      await page.setViewportSize({ width: 420, height: 900 });
      const [top, below] = [await draaglast.boundingBox(), await draagkracht.boundingBox()];
      expect(below!.y).toBeGreaterThan(top!.y + top!.height - 1);
      await page.setViewportSize({ width: 1280, height: 900 });

      // The dossier's timeline (newest first) shows the screening, with a link back to it.
      await page.getByRole('link', { name: 'Terug naar het dossier' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dossier van Daan Bakker' }).waitFor();
      const timeline = page.getByRole('list', { name: 'Tijdlijn, nieuwste bovenaan' });
      const newest = timeline.getByRole('listitem').first();
      expect(await newest.getByRole('heading').textContent()).toBe('Stap 0-screening');
      expect(await newest.textContent()).toContain('Stap 0-screening: oordeel een zorg; vervolg: bespreken met de ouders.');
      expect(await newest.textContent()).toContain('door Lotte de Vries (intern begeleider)');
      expect(await newest.textContent()).toContain('Zorgen over de spanning thuis; de steun van de partner weegt mee.');
      expect(await timeline.getByRole('listitem').last().textContent()).toContain('Dossier geopend door Lotte de Vries (intern begeleider).');

      // A note lands on top of the timeline.
      await page.getByLabel('Notitie', { exact: true }).fill('Gesprek met moeder gepland voor volgende week.');
      await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
      await page.getByRole('status').getByText('Uw notitie staat in de tijdlijn.').waitFor();
      expect(await timeline.getByRole('listitem').first().textContent()).toContain('Gesprek met moeder gepland voor volgende week.');

      await page.screenshot({ path: path.join(RESULTS, 'zorgdossier.png'), fullPage: true });

      // The screening link in the timeline opens the result again.
      await timeline.getByRole('link', { name: /Screening bekijken/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Stap 0-screening van Daan Bakker' }).waitFor();
      expect(await page.getByRole('region', { name: 'Draagkracht' }).locator('li strong').allTextContents()).toEqual(['Ondersteunende partner']);

      // The school already has a dossier for Daan: opening another one points to it.
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dossiers' }).click();
      const list = page.getByRole('table', { name: 'Uw dossiers' });
      await list.getByRole('rowheader', { name: 'Daan Bakker' }).waitFor();
      expect(await list.getByRole('row', { name: /Daan Bakker/ }).textContent()).toContain('U bent betrokken');
      await page.getByLabel('BSN van het kind').fill(DAAN);
      await page.getByLabel('Uw relatie met het kind').selectOption('leerling');
      await page.getByRole('button', { name: 'Dossier openen' }).click();
      await page.getByRole('alert').getByText('Uw organisatie heeft al een open dossier voor dit kind.').waitFor();
      await page.getByRole('link', { name: 'Ga naar het bestaande dossier' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dossier van Daan Bakker' }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('toont de Nederlandse foutmelding bij een ernstige zorg zonder vervolgstap, bij de vervolgstap', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    try {
      await login(page, 'leerkracht');
      await openDossier(page, TIM, 'Tim de Boer');
      await page.getByRole('link', { name: 'Stap 0-screening starten' }).click();
      await page.getByRole('heading', { level: 1, name: 'Stap 0-screening: Tim de Boer' }).waitFor();
      await page.getByRole('group', { name: 'Oordeel' }).getByLabel('Een ernstige zorg').check();
      await page.getByRole('group', { name: 'Wat is uw vervolgstap?' }).getByLabel('Geen vervolg nodig').check();
      await page.getByRole('button', { name: 'Screening vastleggen' }).click();

      const next = page.locator('fieldset[aria-invalid="true"]');
      await next.waitFor();
      expect(await next.count()).toBe(1);
      const errorId = ((await next.getAttribute('aria-describedby')) ?? '').split(' ').find((id) => id.endsWith('-error'));
      expect(errorId).toBeTruthy();
      const message = page.locator(`[id="${errorId}"]`);
      expect(await message.getAttribute('role')).toBe('alert');
      expect(await message.textContent()).toBe('Bij een zorg hoort een vervolgstap: bespreken met de ouders, de zorg delen, hulp bieden of de meldcode starten.');
      expect(await next.locator('legend').textContent()).toBe('Wat is uw vervolgstap?');
      // Focus moved into the next-step group; nothing was saved.
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('nextAction');
      expect(await page.getByRole('heading', { level: 1, name: 'Stap 0-screening: Tim de Boer' }).count()).toBe(1);

      // Choosing a next step fixes it.
      await page.getByRole('group', { name: 'Wat is uw vervolgstap?' }).getByLabel('De zorg delen met een ketenpartner').check();
      await page.getByRole('button', { name: 'Screening vastleggen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Stap 0-screening van Tim de Boer' }).waitFor();
      expect(await page.getByRole('region', { name: 'Draaglast' }).textContent()).toContain('Geen factoren aanwezig.');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('laat de aandachtsfunctionaris een dossier van de organisatie zien en aansluiten', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    try {
      await login(page, 'leerkracht');
      await openDossier(page, LISA, 'Lisa Smit');
      await logout(page);

      await login(page, 'aandachtsfunctionaris');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dossiers' }).click();
      const list = page.getByRole('table', { name: 'Dossiers van uw organisatie' });
      expect(await list.getByRole('row', { name: /Lisa Smit/ }).textContent()).toContain('Niet betrokken');
      await list.getByRole('link', { name: 'Lisa Smit' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dossier van Lisa Smit' }).waitFor();
      await checkStructure(page);
      expect(await page.getByRole('link', { name: 'Stap 0-screening starten' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Aansluiten' }).click();
      await page.getByRole('region', { name: 'Betrokkenen' }).getByText('Mirjam Kok (u)').waitFor();
      await page.getByRole('link', { name: 'Stap 0-screening starten' }).waitFor();
      expect(await page.getByRole('list', { name: 'Tijdlijn, nieuwste bovenaan' }).getByRole('listitem').first().textContent())
        .toContain('Mirjam Kok sloot aan als aandachtsfunctionaris.');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});
