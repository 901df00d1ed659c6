// Browser test of the Meldcode pages against the real server (in-memory PGlite with demo data):
// a teacher documents steps 1–4 for Daan Bakker, answers the afwegingskader to "melden bij Veilig
// Thuis", Veilig Thuis Utrecht sees the report with every step and confirms receipt, and the
// teacher sees that on the trajectory and in the dossier. Also: an inconsistent decision is
// refused with the Dutch message at the outcome, and tasks with the overdue list and the
// attention officer's overview.
// Needs a built UI (`npx vite build`) and Chromium at /usr/bin/chromium.
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer } from '../support/harness.ts';
import { RESULTS, checkStructure, demoBsns, launchBrowser, login, logout, menu, newPage, openDossier, requireBuiltUi } from '../support/browser.ts';

const DAAN = '111100045';
const TIM = demoBsns[9];
const LISA = demoBsns[10];
const NOOR = demoBsns[4];

const TODAY = new Date().toISOString().slice(0, 10); // the harness clock's date
const daysFrom = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

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

/** Starts the Meldcode from the dossier page; ends on the trajectory page. */
async function startMeldcode(page: Page, childName: string) {
  await page.getByRole('region', { name: 'Meldcode' }).getByRole('button', { name: 'Meldcode starten' }).click();
  await page.getByRole('heading', { level: 1, name: `Meldcode: ${childName}` }).waitFor();
}

const step = (page: Page, n: number, title: string) => page.getByRole('region', { name: `Stap ${n}: ${title}` });
const form = (page: Page, name: string) => page.getByRole('form', { name });

async function expectSaved(page: Page, region: ReturnType<typeof step>, what: string) {
  const message = region.getByText(`${what} is vastgelegd en staat in de tijdlijn van het dossier.`);
  await message.waitFor();
  // The form closed; focus went to the confirmation.
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(`${what} is vastgelegd`);
}

describe('De meldcode in de browser', () => {
  it('documenteert stap 1–4 voor Daan, meldt bij Veilig Thuis, Veilig Thuis bevestigt de ontvangst en de melder ziet dat', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    try {
      await login(page, 'leerkracht');
      await openDossier(page, DAAN, 'Daan Bakker', { orExisting: true });
      const section = page.getByRole('region', { name: 'Meldcode' });
      await section.getByText('Er is in dit dossier nog geen meldcodetraject gestart.').waitFor();
      await startMeldcode(page, 'Daan Bakker');
      await checkStructure(page);

      // The stepper: five steps, the first one is next.
      const stepper = page.getByRole('navigation', { name: 'Stappen van de meldcode' });
      expect(await stepper.getByRole('listitem').count()).toBe(5);
      const current = stepper.locator('[aria-current="step"]');
      expect(await current.textContent()).toContain('Stap 1: Signalen in kaart brengen');
      expect(await current.textContent()).toContain('Volgende stap');
      expect(await stepper.getByRole('link', { name: /Stap 2/ }).textContent()).toContain('Nog leeg');

      // Step 1. An empty submit shows the errors at their fields and focuses the first.
      const s1 = step(page, 1, 'Signalen in kaart brengen');
      const signaal = form(page, 'Signaal vastleggen');
      await signaal.getByRole('button', { name: 'Signaal vastleggen' }).click();
      const dateField = signaal.getByLabel('Datum van het signaal');
      await expect.poll(() => dateField.getAttribute('aria-invalid')).toBe('true');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('observedOn');
      const errorId = ((await dateField.getAttribute('aria-describedby')) ?? '').split(' ').find((id) => id.endsWith('-error'))!;
      expect(await page.locator(`[id="${errorId}"]`).getAttribute('role')).toBe('alert');
      expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe('Vul de datum in.');

      const forms = signaal.getByRole('group', { name: /Op welke vormen van kindermishandeling/ });
      expect(await forms.getByRole('checkbox').count()).toBe(9);
      for (const label of ['Lichamelijke mishandeling', 'Lichamelijke verwaarlozing', 'Psychische mishandeling', 'Psychische verwaarlozing', 'Seksueel misbruik',
        'Getuige van huiselijk geweld', 'Eergerelateerd geweld', 'Vrouwelijke genitale verminking', 'Huwelijksdwang']) {
        await forms.getByLabel(label, { exact: true }).waitFor();
      }
      await dateField.fill(daysFrom(TODAY, -6));
      await signaal.getByLabel('Soort signaal').selectOption({ label: 'Lichamelijk letsel' });
      await signaal.getByLabel('Bron').fill('eigen waarneming');
      await signaal.getByLabel('Wat zag of hoorde u?').fill('Blauwe plekken op beide bovenarmen; Daan zei "ik ben gevallen".');
      await forms.getByLabel('Lichamelijke mishandeling').check();
      await forms.getByLabel('Getuige van huiselijk geweld').check();
      await signaal.getByRole('button', { name: 'Signaal vastleggen' }).click();
      await expectSaved(page, s1, 'Het signaal');
      const record1 = s1.getByRole('list', { name: 'Vastgelegd bij stap 1' }).getByRole('listitem');
      expect(await record1.count()).toBe(1);
      const record1Text = (await record1.textContent()) ?? '';
      expect(record1Text).toContain('door Lotte de Vries (intern begeleider)');
      expect(record1Text).toContain('Soort signaalLichamelijk letsel');
      expect(record1Text).toContain('Mogelijke vormenLichamelijke mishandeling, Getuige van huiselijk geweld');
      expect(await current.textContent()).toContain('Stap 2');

      // Step 2: the form opened by itself, as the next step.
      const s2 = step(page, 2, 'Collegiale consultatie en zo nodig advies');
      const consult = form(page, 'Consultatie of advies vastleggen');
      await consult.getByLabel('Datum van de consultatie').fill(daysFrom(TODAY, -5));
      await consult.getByRole('group', { name: 'Wie heeft u geraadpleegd?' }).getByLabel('De aandachtsfunctionaris').check();
      await consult.getByLabel('Naam', { exact: true }).fill('Mirjam Kok, aandachtsfunctionaris');
      await consult.getByLabel('Advies', { exact: true }).fill('Gesprek met moeder voeren en Veilig Thuis om advies vragen.');
      await consult.getByRole('button', { name: 'Consultatie vastleggen' }).click();
      await expectSaved(page, s2, 'De consultatie');

      // Step 3: the conversation was held.
      const s3 = step(page, 3, 'Gesprek met de betrokkenen');
      const gesprek = form(page, 'Gesprek vastleggen');
      const held = gesprek.getByRole('group', { name: 'Is het gesprek met de betrokkenen gevoerd?' });
      await held.getByLabel('Niet gevoerd, want…').waitFor();
      await held.getByLabel('Gesprek gevoerd').check();
      await gesprek.getByLabel('Datum van het gesprek').fill(daysFrom(TODAY, -4));
      await gesprek.getByLabel('Met wie').fill('moeder (Sanne Jansen)');
      await gesprek.getByLabel('Wat heeft u besproken?').fill('De blauwe plekken en de spanning thuis.');
      await gesprek.getByLabel('Reactie van de betrokkenen').fill('Moeder schrok en vertelde over ruzies met haar ex-partner.');
      await gesprek.getByRole('button', { name: 'Stap 3 vastleggen' }).click();
      await expectSaved(page, s3, 'Stap 3');

      // Step 4: the weighing.
      const s4 = step(page, 4, 'Wegen van het geweld of de kindermishandeling');
      const weging = form(page, 'Weging vastleggen');
      await weging.getByLabel('Datum van de weging').fill(daysFrom(TODAY, -3));
      await weging.getByLabel('Afwegingskader', { exact: true }).fill('Afwegingskader onderwijs en leerplicht');
      await weging.getByRole('group', { name: /Om welke vormen/ }).getByLabel('Lichamelijke mishandeling').check();
      await weging.getByRole('group', { name: 'Ernst' }).getByLabel('Ernstig').check();
      await weging.getByLabel('Risico', { exact: true }).fill('Herhaling is waarschijnlijk; het letsel is ernstig.');
      await weging.getByLabel('Onderbouwing', { exact: true }).fill('Letsel met een verklaring die niet past, en huiselijk geweld.');
      await weging.getByRole('button', { name: 'Weging vastleggen' }).click();
      await expectSaved(page, s4, 'De weging');
      expect(await current.textContent()).toContain('Stap 5: Beslissen');

      // Step 5: question 1 ja → question 2 ja → melden; only that outcome is offered.
      const s5 = step(page, 5, 'Beslissen: afsluiten, hulp of melden');
      const besluit = form(page, 'Besluit nemen');
      expect(await besluit.getByText('Lege stappen').count()).toBe(0); // every earlier step is filled
      await besluit.getByLabel('Datum van het besluit').fill(TODAY);
      expect(await besluit.getByRole('group', { name: /^Vraag 2/ }).count()).toBe(0);
      const q1 = besluit.getByRole('group', { name: /^Vraag 1: Heb ik op basis van de stappen 1 tot en met 4 een vermoeden/ });
      await q1.getByLabel('Ja', { exact: true }).check();
      await q1.getByLabel('Onderbouwing').fill('Letsel, een verklaring die niet past en huiselijk geweld.');
      const q2 = besluit.getByRole('group', { name: /^Vraag 2: .*acute onveiligheid en\/of structurele onveiligheid/ });
      await q2.getByLabel('Ja', { exact: true }).check();
      await q2.getByLabel('Onderbouwing').fill('Herhaald letsel: structurele onveiligheid.');
      expect(await besluit.getByRole('group', { name: /^Vraag 3/ }).count()).toBe(0);
      await besluit.getByText('Uw antwoorden leiden tot: melden bij Veilig Thuis.').waitFor();
      const outcome = besluit.getByRole('group', { name: 'Uw besluit' });
      expect(await outcome.getByRole('radio').count()).toBe(1);
      await outcome.getByLabel('Melden bij Veilig Thuis').check();
      await besluit.getByText(/Met dit besluit gaat de melding naar Veilig Thuis/).waitFor();
      await besluit.getByLabel('Onderbouwing van het besluit').fill('Structurele onveiligheid: melden bij Veilig Thuis.');
      await s5.screenshot({ path: path.join(RESULTS, 'meldcode-besluit.png') });
      await besluit.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await expectSaved(page, s5, 'Het besluit');

      const status = page.getByRole('region', { name: 'Status' });
      expect(await status.textContent()).toContain('Gemeld bij Veilig Thuis');
      await status.getByText('Veilig Thuis heeft de ontvangst nog niet bevestigd.').waitFor();
      expect(await s5.getByRole('list', { name: 'Vastgelegd bij stap 5' }).textContent()).toContain('UitkomstMelden bij Veilig Thuis');
      expect(await page.getByRole('form', { name: 'Besluit nemen' }).count()).toBe(0);
      await checkStructure(page);
      await logout(page);

      // Veilig Thuis Utrecht (the child's region) receives the report with every step.
      await login(page, 'vt.medewerker');
      await menu(page).getByRole('link', { name: 'Meldingen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
      const list = page.getByRole('table', { name: 'Ontvangen meldingen, nieuwste bovenaan' });
      const row = list.getByRole('row', { name: /Daan Bakker/ });
      expect(await row.textContent()).toContain('Basisschool De Regenboog');
      expect(await row.textContent()).toContain('Nieuw: ontvangst nog niet bevestigd');
      await row.getByRole('link', { name: 'Daan Bakker' }).click();
      await page.getByRole('heading', { level: 1, name: 'Melding over Daan Bakker' }).waitFor();
      await checkStructure(page);
      expect(await page.getByRole('region', { name: 'Kind' }).textContent()).toContain(DAAN);
      const reporter = (await page.getByRole('region', { name: 'Melder' }).textContent()) ?? '';
      expect(reporter).toContain('Lotte de Vries (intern begeleider)');
      expect(reporter).toContain('Basisschool De Regenboog');
      expect(reporter).toContain('Primair onderwijs');
      const steps = page.getByRole('list', { name: 'Gedocumenteerde stappen' });
      expect(await steps.getByRole('heading').allTextContents()).toEqual([
        'Stap 1: Signaal', 'Stap 2: Consultatie of advies', 'Stap 3: Gesprek met de betrokkenen', 'Stap 4: Weging', 'Stap 5: Besluit',
      ]);
      const stepsText = (await steps.textContent()) ?? '';
      expect(stepsText).toContain('Blauwe plekken op beide bovenarmen');
      expect(stepsText).toContain('Mirjam Kok, aandachtsfunctionaris');
      expect(stepsText).toContain('Moeder schrok en vertelde over ruzies');
      expect(stepsText).toContain('ErnstErnstig');
      expect(stepsText).toContain('Vraag 2 – acute of structurele onveiligheid?Ja – Herhaald letsel: structurele onveiligheid.');
      await page.getByRole('button', { name: 'Ontvangst bevestigen' }).click();
      await page.getByRole('status').getByText('De ontvangst is bevestigd. De melder ziet dat in het eigen dossier.').waitFor();
      expect(await page.getByRole('region', { name: 'Ontvangst' }).textContent()).toContain('door Inge Peters');
      await page.screenshot({ path: path.join(RESULTS, 'meldcode-veilig-thuis.png'), fullPage: true });
      await page.getByRole('link', { name: 'Terug naar Meldingen' }).click();
      expect(await page.getByRole('table', { name: 'Ontvangen meldingen, nieuwste bovenaan' }).getByRole('row', { name: /Daan Bakker/ }).textContent()).toMatch(/Bevestigd op/);
      await logout(page);

      // The reporter sees the receipt on the trajectory and in the dossier's timeline.
      await login(page, 'leerkracht');
      await menu(page).getByRole('link', { name: 'Dossiers' }).click();
      await page.getByRole('table', { name: 'Uw dossiers' }).getByRole('link', { name: 'Daan Bakker' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dossier van Daan Bakker' }).waitFor();
      const meldcode = page.getByRole('region', { name: 'Meldcode' });
      const earlier = meldcode.getByRole('list', { name: 'Eerdere meldcodetrajecten' });
      expect(await earlier.textContent()).toMatch(/Gemeld bij Veilig Thuis; ontvangen door Veilig Thuis op \d/);
      await meldcode.screenshot({ path: path.join(RESULTS, 'meldcode-dossier.png') });
      await meldcode.getByRole('button', { name: 'Meldcode starten' }).waitFor(); // a new one may start
      const timeline = page.getByRole('list', { name: 'Tijdlijn, nieuwste bovenaan' });
      const newest = timeline.getByRole('listitem').first();
      expect(await newest.getByRole('heading').textContent()).toBe('Melding ontvangen door Veilig Thuis');
      expect(await newest.textContent()).toContain('Veilig Thuis (Veilig Thuis Utrecht) bevestigde de ontvangst van de melding.');
      expect(await timeline.getByRole('heading', { name: 'Meldcode stap 5: besluit' }).count()).toBe(1);
      await newest.getByRole('link', { name: /Meldcodetraject bekijken/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Meldcode: Daan Bakker' }).waitFor();
      await page.getByRole('region', { name: 'Status' }).getByText(/^Ontvangen door Veilig Thuis op \d/).waitFor();
      expect(await page.getByRole('navigation', { name: 'Stappen van de meldcode' }).locator('[aria-current="step"]').count()).toBe(0);
      await page.screenshot({ path: path.join(RESULTS, 'meldcode-traject.png'), fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('weigert een besluit dat niet past bij de antwoorden, met de Nederlandse melding bij de uitkomst', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    try {
      await login(page, 'leerkracht');
      await openDossier(page, TIM, 'Tim de Boer', { orExisting: true });
      await startMeldcode(page, 'Tim de Boer');
      // Straight to step 5: the earlier steps are empty, so each needs a reason.
      const s5 = step(page, 5, 'Beslissen: afsluiten, hulp of melden');
      await s5.getByText('Besluit nemen', { exact: true }).click();
      const besluit = form(page, 'Besluit nemen');
      await besluit.getByText('Stappen 1, 2, 3 en 4 zijn nog leeg.', { exact: false }).waitFor();
      await besluit.getByLabel('Datum van het besluit').fill(TODAY);
      const q1 = besluit.getByRole('group', { name: /^Vraag 1/ });
      await q1.getByLabel('Nee', { exact: true }).check();
      await q1.getByLabel('Onderbouwing').fill('Het signaal bleek een misverstand.');
      await besluit.getByText('Uw antwoorden leiden tot: afsluiten.').waitFor();
      await besluit.getByLabel('Onderbouwing van het besluit').fill('Geen vermoeden.');
      await besluit.getByRole('button', { name: 'Besluit vastleggen' }).click();
      // Not sent: the reasons for the empty steps and the outcome are missing; focus on the first.
      const reason1 = besluit.getByLabel('Waarom blijft stap 1 (Signalen in kaart brengen) leeg?');
      await expect.poll(() => reason1.getAttribute('aria-invalid')).toBe('true');
      expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.name)).toBe('emptyStepReason-1');
      await besluit.getByRole('group', { name: 'Uw besluit' }).getByRole('alert').getByText('Bevestig de uitkomst waartoe uw antwoorden leiden.').waitFor();
      for (const [n, title] of [[1, 'Signalen in kaart brengen'], [2, 'Collegiale consultatie en zo nodig advies'], [3, 'Gesprek met de betrokkenen'], [4, 'Wegen van het geweld of de kindermishandeling']] as const) {
        await besluit.getByLabel(`Waarom blijft stap ${n} (${title}) leeg?`).fill(`Stap ${n} is niet nodig: het signaal bleek een misverstand.`);
      }
      await besluit.getByRole('group', { name: 'Uw besluit' }).getByLabel('Afsluiten').check();

      // The page only offers the outcome the answers lead to. A request that does not match
      // them (a stale or altered page) is refused by the server; the UI shows why, at the outcome.
      await page.route('**/api/v1/meldcode-trajecten/*/besluiten', async (route) => {
        const body = JSON.parse(route.request().postData() ?? '{}');
        await route.continue({ postData: JSON.stringify({ ...body, outcome: 'melden' }) });
      });
      await besluit.getByRole('button', { name: 'Besluit vastleggen' }).click();
      const outcome = besluit.getByRole('group', { name: 'Uw besluit' });
      const message = outcome.getByRole('alert');
      await message.waitFor();
      expect(await message.textContent()).toBe('Uw antwoorden leiden tot: afsluiten.');
      expect(await outcome.getAttribute('aria-invalid')).toBe('true');
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('outcome');
      expect(await page.getByRole('region', { name: 'Status' }).textContent()).toContain('Open');
      await page.unroute('**/api/v1/meldcode-trajecten/*/besluiten');

      await besluit.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await s5.getByText('Het besluit is vastgelegd en staat in de tijdlijn van het dossier.').waitFor();
      expect(await page.getByRole('region', { name: 'Status' }).textContent()).toContain('Afgesloten');
      const decision = (await s5.getByRole('list', { name: 'Vastgelegd bij stap 5' }).textContent()) ?? '';
      expect(decision).toContain('UitkomstAfsluiten');
      expect(decision).toContain('Reden lege stap 3Stap 3 is niet nodig');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('taken: toevoegen in het dossier, over datum in Mijn taken en bij de aandachtsfunctionaris, afronden met een notitie', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    try {
      await login(page, 'leerkracht');
      await openDossier(page, LISA, 'Lisa Smit', { orExisting: true });
      await startMeldcode(page, 'Lisa Smit'); // left open: it shows in the overview
      await page.getByRole('link', { name: 'Terug naar het dossier' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dossier van Lisa Smit' }).waitFor();
      await page.getByRole('region', { name: 'Meldcode' }).getByRole('link', { name: 'Naar het lopende meldcodetraject' }).waitFor();

      const taskForm = form(page, 'Taak toevoegen');
      await taskForm.getByRole('button', { name: 'Taak toevoegen' }).click();
      await expect.poll(() => taskForm.getByLabel('Wat moet er gebeuren?').getAttribute('aria-invalid')).toBe('true');
      await taskForm.getByLabel('Wat moet er gebeuren?').fill('Moeder bellen over de afspraak');
      await taskForm.getByLabel('Uiterlijk op').fill(TODAY);
      await taskForm.getByRole('button', { name: 'Taak toevoegen' }).click();
      await page.getByText('De taak "Moeder bellen over de afspraak" is toegevoegd.').waitFor();
      await page.getByRole('list', { name: 'Tijdlijn, nieuwste bovenaan' }).getByText(/Taak: Moeder bellen over de afspraak/).waitFor();

      await menu(page).getByRole('link', { name: 'Mijn taken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn taken' }).waitFor();
      const row = page.getByRole('table', { name: 'Mijn open taken' }).getByRole('row', { name: /Moeder bellen/ });
      expect(await row.textContent()).toContain('Op tijd');
      expect(await row.textContent()).toContain('Zelf toegevoegd');
      await logout(page);

      // Two days later the task is overdue (the server's clock moves; sessions end with it).
      server.clock.set(daysFrom(TODAY, 2));
      await login(page, 'leerkracht');
      await menu(page).getByRole('link', { name: /Mijn taken/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn taken' }).waitFor();
      await menu(page).getByRole('link', { name: 'Mijn taken (1 over datum)' }).waitFor();
      const overdueRow = page.getByRole('table', { name: 'Mijn open taken' }).getByRole('row', { name: /Moeder bellen/ });
      expect(await overdueRow.textContent()).toContain('Over datum');
      await page.getByText('Eén van uw taken is over datum.').waitFor();
      await checkStructure(page);
      await page.screenshot({ path: path.join(RESULTS, 'meldcode-taken.png'), fullPage: true });
      await logout(page);

      // The attention officer's overview: running trajectories, screenings, overdue tasks.
      await login(page, 'aandachtsfunctionaris');
      await menu(page).getByRole('link', { name: 'Overzicht' }).click();
      await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
      await checkStructure(page);
      const running = page.getByRole('region', { name: 'Lopende meldcodetrajecten' }).getByRole('row', { name: /Lisa Smit/ });
      const runningText = (await running.textContent()) ?? '';
      expect(runningText).toContain('Open');
      expect(runningText).toContain('Stap 1: Signalen in kaart brengen');
      expect(await running.getByRole('cell').nth(1).textContent()).toBe('2'); // days open
      expect(await page.getByRole('region', { name: 'Lopende meldcodetrajecten' }).getByRole('row', { name: /Daan Bakker|Tim de Boer/ }).count()).toBe(0);
      const overdue = page.getByRole('region', { name: 'Taken over datum' }).getByRole('row', { name: /Lotte de Vries/ });
      expect(await overdue.textContent()).toContain('Moeder bellen over de afspraak');
      expect(await overdue.textContent()).toContain('Over datum');
      await page.screenshot({ path: path.join(RESULTS, 'meldcode-overzicht.png'), fullPage: true });
      await logout(page);

      // Completing the task, with a note.
      await login(page, 'leerkracht');
      await menu(page).getByRole('link', { name: /Mijn taken/ }).click();
      await page.getByRole('button', { name: /^Afgerond\W+taak "Moeder bellen over de afspraak"$/ }).click();
      await page.getByLabel('Notitie bij het afronden').fill('Moeder gebeld; nieuwe afspraak gemaakt.');
      await page.getByRole('button', { name: 'Taak afronden' }).click();
      await page.getByText('De taak "Moeder bellen over de afspraak" is afgerond.').waitFor();
      await page.getByText('U heeft geen open taken.').waitFor();
      await menu(page).getByRole('link', { name: 'Mijn taken', exact: true }).waitFor();
      expect(problems).toEqual([]);
    } catch (e) {
      await page.screenshot({ path: path.join(RESULTS, 'meldcode-taken-fout.png'), fullPage: true });
      throw e;
    } finally {
      server.clock.set(TODAY);
      await context.close();
    }
  }, 120_000);
  it('hulp met afspraken en vervolgdatum, pauzeren en hervatten, en vraag 5 die alsnog tot een melding leidt', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    try {
      await login(page, 'leerkracht');
      await openDossier(page, NOOR, 'Noor el Amrani', { orExisting: true });
      await startMeldcode(page, 'Noor el Amrani');
      const s1 = step(page, 1, 'Signalen in kaart brengen');
      const signaal = form(page, 'Signaal vastleggen');
      await signaal.getByLabel('Datum van het signaal').fill(daysFrom(TODAY, -2));
      await signaal.getByLabel('Soort signaal').selectOption({ label: 'Uitspraak van het kind' });
      await signaal.getByLabel('Bron').fill('het kind');
      await signaal.getByLabel('Wat zag of hoorde u?').fill('Noor vertelde dat zij vaak alleen thuis is.');
      await signaal.getByRole('group', { name: /Op welke vormen/ }).getByLabel('Lichamelijke verwaarlozing').check();
      await signaal.getByRole('button', { name: 'Signaal vastleggen' }).click();
      await expectSaved(page, s1, 'Het signaal');

      // Step 3 skipped, with the reason.
      await step(page, 3, 'Gesprek met de betrokkenen').getByText('Gesprek vastleggen', { exact: true }).click();
      const gesprek = form(page, 'Gesprek vastleggen');
      await gesprek.getByRole('group', { name: 'Is het gesprek met de betrokkenen gevoerd?' }).getByLabel('Niet gevoerd, want…').check();
      await gesprek.getByRole('group', { name: 'Waarom is het gesprek niet gevoerd?' }).getByLabel('Het contact met het gezin is verbroken').check();
      await gesprek.getByLabel('Toelichting').fill('Vader reageert niet op brieven en telefoon.');
      await gesprek.getByRole('button', { name: 'Stap 3 vastleggen' }).click();
      await expectSaved(page, step(page, 3, 'Gesprek met de betrokkenen'), 'Stap 3');
      expect(await page.getByRole('navigation', { name: 'Stappen van de meldcode' }).locator('[aria-current="step"]').textContent()).toContain('Stap 2');

      // Step 5 with steps 2 and 4 empty: q1 ja, q2 nee, q3 ja, q4 ja → hulp.
      const s5 = step(page, 5, 'Beslissen: afsluiten, hulp of melden');
      await s5.getByText('Besluit nemen', { exact: true }).click();
      const besluit = form(page, 'Besluit nemen');
      await besluit.getByText('Stappen 2 en 4 zijn nog leeg.', { exact: false }).waitFor();
      await besluit.getByLabel(/Waarom blijft stap 2/).fill('Direct hulp ingezet met het wijkteam.');
      await besluit.getByLabel(/Waarom blijft stap 4/).fill('Geen acute zorg; de hulp staat klaar.');
      await besluit.getByLabel('Datum van het besluit').fill(TODAY);
      for (const [q, answer] of [[1, 'Ja'], [2, 'Nee'], [3, 'Ja'], [4, 'Ja']] as const) {
        const group = besluit.getByRole('group', { name: new RegExp(`^Vraag ${q}:`) });
        await group.getByLabel(answer, { exact: true }).check();
        await group.getByLabel('Onderbouwing').fill(`Onderbouwing bij vraag ${q}.`);
      }
      await besluit.getByText('Uw antwoorden leiden tot: hulp bieden of organiseren.').waitFor();
      await besluit.getByRole('group', { name: 'Uw besluit' }).getByLabel('Hulp bieden of organiseren').check();
      await besluit.getByLabel('Afspraken met de betrokkenen').fill('Opvoedondersteuning via het wijkteam, elke week.');
      await besluit.getByLabel('Vervolgdatum').fill(TODAY); // not after today
      await besluit.getByLabel('Onderbouwing van het besluit').fill('Vader aanvaardt hulp via het wijkteam.');
      await besluit.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await expect.poll(() => besluit.getByLabel('Vervolgdatum').getAttribute('aria-invalid')).toBe('true');
      await besluit.getByText('De vervolgdatum moet na vandaag liggen.').waitFor();
      await besluit.getByLabel('Vervolgdatum').fill(daysFrom(TODAY, 30));
      await besluit.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await expectSaved(page, s5, 'Het besluit');
      const status = page.getByRole('region', { name: 'Status' });
      expect(await status.textContent()).toContain('Hulp loopt');
      expect(await status.textContent()).toContain('Vervolgdatum');

      // Pause and resume.
      await status.getByText('Traject pauzeren', { exact: true }).click();
      await form(page, 'Traject pauzeren').getByLabel('Reden van de pauze').fill('Gezin een maand in het buitenland.');
      await form(page, 'Traject pauzeren').getByRole('button', { name: 'Pauzeren' }).click();
      await status.getByText('Het traject is gepauzeerd.', { exact: true }).waitFor();
      expect(await status.textContent()).toContain('Het traject is gepauzeerd: Gezin een maand in het buitenland.');
      expect(await page.getByRole('form', { name: /Vraag 5/ }).count()).toBe(0);
      await status.getByRole('button', { name: 'Traject hervatten' }).click();
      await status.getByText('Het traject is hervat.').waitFor();
      expect(await status.textContent()).toContain('Hulp loopt');
      expect(await status.getByRole('listitem').count()).toBe(2); // the pause and the resumption

      // Question 5: the help does not achieve the results → report after all.
      const evaluatie = form(page, 'Vraag 5: bereikt de hulp op tijd de nodige resultaten?');
      await evaluatie.getByLabel('Datum van de evaluatie').fill(TODAY);
      const q5 = evaluatie.getByRole('group', { name: /^Vraag 5:/ });
      await q5.getByLabel('Nee', { exact: true }).check();
      await q5.getByLabel('Onderbouwing').fill('Vader zegde de afspraken af.');
      await evaluatie.getByText('Bij nee gaat er een melding naar Veilig Thuis').waitFor();
      await evaluatie.getByRole('button', { name: 'Evaluatie vastleggen en melden bij Veilig Thuis' }).click();
      await expectSaved(page, s5, 'De evaluatie');
      expect(await status.textContent()).toContain('Gemeld bij Veilig Thuis');
      await status.getByText('Veilig Thuis heeft de ontvangst nog niet bevestigd.').waitFor();
      expect(await s5.getByRole('list', { name: 'Vastgelegd bij stap 5' }).textContent()).toContain('Vraag 5 – resultaten op tijd bereikt?Nee – Vader zegde de afspraken af.');
      await checkStructure(page);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
