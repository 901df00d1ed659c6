// Browser test of the web UI against the real server (in-memory PGlite with demo data): a family
// match between a school and a GP in another region, and the regievoerder designated on it.
// Needs a built UI (`npx vite build`) and Chromium at /usr/bin/chromium.
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer } from '../support/harness.ts';
import { validBsns } from '../../src/modules/persons/bsn.ts';
import { RESULTS, checkStructure, launchBrowser, login, logout, newPage, requireBuiltUi } from '../support/browser.ts';

const today = new Date().toISOString().slice(0, 10); // the harness clock's date
const year = Number(today.slice(0, 4));

// Fresh people (prefixes unused by the demo data): half-siblings Mila (Utrecht) and Sara
// (Apeldoorn) share their mother Esther.
const bsn = validBsns(22_220_000);
const [mother, fatherMila, fatherSara, mila, sara, unknownYouth] = Array.from({ length: 6 }, () => bsn.next().value!);
const address = {
  utrecht: { street: 'Lange Nieuwstraat', houseNumber: '5', postcode: '3512 PA', city: 'Utrecht', municipalityCode: 'GM0344' },
  apeldoorn: { street: 'Hoofdstraat', houseNumber: '80', postcode: '7311 KC', city: 'Apeldoorn', municipalityCode: 'GM0200' },
};
const extract = {
  personen: [
    { bsn: mother, givenNames: 'Esther', tussenvoegsel: null, familyName: 'Verbeek', dateOfBirth: `${year - 34}-05-10`, sex: 'V', ...address.utrecht },
    { bsn: fatherMila, givenNames: 'Ruben', tussenvoegsel: null, familyName: 'Mol', dateOfBirth: `${year - 36}-01-22`, sex: 'M', ...address.utrecht },
    { bsn: fatherSara, givenNames: 'Youssef', tussenvoegsel: null, familyName: 'Haddou', dateOfBirth: `${year - 38}-08-03`, sex: 'M', ...address.apeldoorn },
    { bsn: mila, givenNames: 'Mila', tussenvoegsel: null, familyName: 'Mol', dateOfBirth: `${year - 9}-03-14`, sex: 'V', ...address.utrecht },
    { bsn: sara, givenNames: 'Sara', tussenvoegsel: null, familyName: 'Haddou', dateOfBirth: `${year - 6}-11-02`, sex: 'V', ...address.apeldoorn },
  ],
  relaties: [
    { parentBsn: mother, childBsn: mila, kind: 'juridisch' },
    { parentBsn: fatherMila, childBsn: mila, kind: 'juridisch' },
    { parentBsn: mother, childBsn: sara, kind: 'juridisch' },
    { parentBsn: fatherSara, childBsn: sara, kind: 'juridisch' },
  ],
};

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

async function giveSignal(page: Page, youthBsn: string) {
  await page.getByRole('heading', { level: 1, name: 'Mijn signalen' }).waitFor();
  await page.getByLabel('BSN van de jeugdige').fill(youthBsn);
  await page.getByLabel('Datum waarop u de jeugdige en/of ouders informeerde').fill(today);
  await page.getByLabel('Ik heb de jeugdige en/of de ouders geïnformeerd').check();
  await page.getByLabel('Uw relatie met het kind').selectOption('leerling');
  await page.getByRole('button', { name: 'Signaal afgeven' }).click();
}

describe('Verwijsindex in de browser', () => {
  it('laat een gezinsmatch ontstaan tussen school en huisarts en legt de regievoerder vast', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    try {
      // The functioneel beheerder imports the family from a BRP extract.
      await login(page, 'beheerder');
      await page.getByRole('link', { name: 'BRP-import' }).click();
      await page.getByRole('heading', { level: 1, name: 'Beheer: BRP-import' }).waitFor();
      await page.getByLabel('Bestand').setInputFiles({
        name: 'uittreksel.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(extract)),
      });
      await page.getByRole('button', { name: 'Importeren' }).click();
      await page.getByText('Import gelukt: 5 personen toegevoegd, 0 bijgewerkt en 4 ouder-kindrelaties toegevoegd.').waitFor();
      await logout(page);

      // The school (Utrecht) registers a signal on Mila: no match yet.
      await login(page, 'leerkracht');
      await checkStructure(page);
      await giveSignal(page, mila);
      await page.getByText('Signaal afgegeven op Mila Mol').waitFor();
      await page.getByText('Er is (nog) geen match ontstaan.').waitFor();
      await page.getByRole('table', { name: 'Uw signalen' }).getByRole('rowheader', { name: 'Mila Mol' }).waitFor();
      await logout(page);

      // The GP in Apeldoorn (other organisation, other region) registers a signal on her half-sister.
      await login(page, 'huisarts');
      await giveSignal(page, sara);
      await page.getByText('Signaal afgegeven op Sara Haddou').waitFor();
      await page.getByText('Er is een nieuwe gezinsmatch ontstaan.').waitFor();
      await logout(page);

      // Back at the school: the new family match, with a message about it in the inbox.
      await login(page, 'leerkracht');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /Berichten.*ongelezen/ }).waitFor();
      await page.getByRole('link', { name: 'Mijn matches' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn matches' }).waitFor();
      await page.getByRole('link', { name: /Gezinsmatch: .*Mila Mol/ }).click();
      await page.getByRole('heading', { level: 1, name: /Gezinsmatch: .*Mila Mol.*Sara Haddou|Gezinsmatch: .*Sara Haddou.*Mila Mol/ }).waitFor();
      await checkStructure(page);
      const members = page.getByRole('table', { name: 'Professionals met een signaal in deze match' });
      await members.getByRole('rowheader', { name: /Dr\. Bram Hendriks/ }).waitFor();
      expect(await members.textContent()).toContain('Huisartsenpraktijk Apeldoorn-Zuid');
      expect(await members.textContent()).toContain('055-1234504');
      const regie = page.getByRole('region', { name: 'Regie' });
      expect(await regie.textContent()).toContain('Er is nog geen regievoerder vastgelegd.');

      // Designate the GP as regievoerder.
      await page.getByLabel('Regievoerder', { exact: true }).selectOption({ label: 'Dr. Bram Hendriks (Huisartsenpraktijk Apeldoorn-Zuid)' });
      await page.getByLabel('Regie sinds').fill(today);
      await page.getByRole('button', { name: 'Regievoerder vastleggen' }).click();
      await regie.getByText('Regievoerder: Dr. Bram Hendriks (Huisartsenpraktijk Apeldoorn-Zuid)').waitFor();
      await regie.getByRole('status').getByText('Dr. Bram Hendriks is vastgelegd als regievoerder.').waitFor();

      // It is stored: after a reload the page still shows it.
      await page.reload();
      await page.getByRole('region', { name: 'Regie' }).getByText('Regievoerder: Dr. Bram Hendriks (Huisartsenpraktijk Apeldoorn-Zuid)').waitFor();
      await page.screenshot({ path: path.join(RESULTS, 'verwijsindex-match.png'), fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('toont een Nederlandse foutmelding bij een ongeldig BSN, naast het veld', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    try {
      await login(page, 'leerkracht');
      await giveSignal(page, '123456789'); // nine digits, fails the elfproef
      const field = page.getByLabel('BSN van de jeugdige');
      await page.locator('input[name="bsn"][aria-invalid="true"]').waitFor();
      const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
      const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
      expect(errorId).toBeTruthy();
      const message = page.locator(`[id="${errorId}"]`);
      expect(await message.getAttribute('role')).toBe('alert');
      expect(await message.textContent()).toBe('Dit BSN is ongeldig (voldoet niet aan de elfproef). Controleer het nummer.');
      // The message sits in the BSN field's own form field, above the input.
      const sameField = await message.evaluate((el) => el.closest('.utrecht-form-field')?.querySelector('input[name="bsn"]') !== null);
      expect(sameField).toBe(true);
      // Nothing was registered.
      expect(await page.getByText('Signaal afgegeven op').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('biedt bij een onbekend BSN aan de jeugdige vast te leggen en geeft dan het signaal af', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    try {
      await login(page, 'leerkracht');
      const registration = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/signalen') && r.status() === 201);
      await giveSignal(page, unknownYouth);
      await page.getByRole('heading', { name: 'Jeugdige vastleggen' }).waitFor();
      await page.getByLabel('Voornamen').fill('Jesse');
      await page.getByLabel('Achternaam').fill('Brouwer');
      await page.getByLabel('Geboortedatum').fill(`${year - 10}-06-30`);
      await page.getByLabel('Man', { exact: true }).check();
      await page.getByLabel('Postcode').fill('3511 ab');
      await page.getByLabel('Gemeente').selectOption('GM0344');
      await page.getByRole('button', { name: 'Jeugdige vastleggen en signaal afgeven' }).click();
      await page.getByText(`Signaal afgegeven op Jesse Brouwer (BSN ${unknownYouth}).`).waitFor();
      expect(await page.getByRole('heading', { name: 'Jeugdige vastleggen' }).count()).toBe(0);

      // Closing the new signal goes to the signal the registration answered with.
      const registered = (await (await registration).json()).signal;
      const closing = page.waitForRequest((r) => r.method() === 'PATCH');
      await page.getByRole('button', { name: 'Afsluiten signaal op Jesse Brouwer' }).click();
      await page.getByRole('button', { name: 'Ja, afsluiten' }).click();
      expect(new URL((await closing).url()).pathname).toBe(`/api/v1/signalen/${registered.id}`);
      await page.getByText('Het signaal op Jesse Brouwer is afgesloten.').waitFor();
      const closed = await page.request.get(`/api/v1/signalen/${registered.id}`);
      expect(closed.status()).toBe(200);
      expect((await closed.json()).status).toBe('inactief');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
