// Browser test of the chain pages against the real server (in-memory PGlite with demo data): the
// kindcheck of a GGZ professional leading to a screening; a missed appointment escalating through
// the reach protocol, then sharing the worry (first without a legal basis: the Dutch error) and
// the recipient acknowledging it; a conversation with the parents; the warm handover to the
// school; and the aandachtsfunctionaris editing the reach protocol.
// Needs a built UI (`npx vite build`) and Chromium at /usr/bin/chromium.
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer } from '../support/harness.ts';
import { RESULTS, checkStructure, demoBsns, launchBrowser, login, logout, menu, newPage, openDossier, requireBuiltUi } from '../support/browser.ts';

const today = new Date().toISOString().slice(0, 10); // the harness clock's date
const year = Number(today.slice(0, 4));

const SANNE = '111100008';
const SANNE_BORN = `${year - 35}-04-12`; // ago(35) in src/demo/seed.ts
const SEM = '111100148';
const TIM = demoBsns[9];
const LISA = demoBsns[10];

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

beforeAll(async () => {
  requireBuiltUi();
  expect(demoBsns[0]).toBe(SANNE);
  expect(demoBsns[13]).toBe(SEM);
  server = await startTestServer({ demo: true });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
}, 30_000);

/** The field (input, select, textarea or fieldset) that is marked invalid, its error text, and that the error is announced. */
async function fieldError(page: Page, field: ReturnType<Page['locator']>): Promise<string> {
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  const errorId = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').find((id) => id.endsWith('-error'));
  expect(errorId).toBeTruthy();
  const message = page.locator(`[id="${errorId}"]`);
  expect(await message.getAttribute('role')).toBe('alert');
  return (await message.textContent()) ?? '';
}

describe('Ketenpagina’s in de browser', () => {
  it('kindcheck: de GGZ-behandelaar twijfelt over Daan en start de screening in een nieuw GGZ-dossier', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    try {
      await login(page, 'ggz');
      expect(await menu(page).getByRole('link', { name: 'Overdrachten' }).count()).toBe(0);
      await menu(page).getByRole('link', { name: 'Kindcheck' }).click();
      await page.getByRole('heading', { level: 1, name: 'Kindcheck' }).waitFor();
      await checkStructure(page);

      // A wrong date of birth finds nobody: no fishing with a BSN alone.
      await page.getByLabel('BSN van de cliënt').fill(SANNE);
      await page.getByLabel('Geboortedatum van de cliënt').fill(`${year - 34}-04-12`);
      await page.getByRole('button', { name: 'Kinderen opzoeken' }).click();
      await page.getByRole('alert').getByText('Er is geen cliënt met dit BSN en deze geboortedatum bekend. Controleer beide.').waitFor();

      await page.getByLabel('Geboortedatum van de cliënt').fill(SANNE_BORN);
      await page.getByRole('button', { name: 'Kinderen opzoeken' }).click();
      const children = page.getByRole('region', { name: 'Kinderen van Sanne Jansen' });
      await children.waitFor();
      const inCare = children.getByRole('group', { name: 'Zijn er minderjarige kinderen in de zorg van Sanne Jansen?' });
      expect(await inCare.textContent()).toMatch(/Volgens het register: Daan Bakker \(\d+ jaar\), Noor el Amrani \(\d+ jaar\)\./);

      // Recording without choosing: the question is marked, focus goes there.
      await page.getByRole('button', { name: 'Kindcheck vastleggen' }).click();
      expect(await fieldError(page, page.locator('fieldset[aria-invalid="true"]'))).toBe('Geef aan of er kinderen in de zorg van de cliënt zijn.');
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('childrenInCare');

      await inCare.getByLabel('Ja').check();
      // Daan lives at his mother's address, Noor with her father in Apeldoorn.
      expect(await page.getByLabel('Daan Bakker is in de zorg van de cliënt').isChecked()).toBe(true);
      expect(await page.getByLabel('Noor el Amrani is in de zorg van de cliënt').isChecked()).toBe(false);
      await page.getByRole('group', { name: 'Is Daan Bakker veilig?' }).getByLabel('Twijfel').check();
      await page.getByLabel('Toelichting over Daan Bakker').fill('Moeder vertelt over spanningen thuis.');
      await checkStructure(page);
      await page.screenshot({ path: path.join(RESULTS, 'keten-kindcheck-formulier.png'), fullPage: true });
      await page.getByRole('button', { name: 'Kindcheck vastleggen' }).click();

      await page.getByRole('heading', { level: 2, name: 'Uitkomst van de kindcheck' }).waitFor();
      await page.getByRole('status').getByText('De kindcheck voor Sanne Jansen is vastgelegd.').waitFor();
      expect(await page.getByRole('button', { name: /^Screening starten/ }).count()).toBe(1);
      await page.screenshot({ path: path.join(RESULTS, 'keten-kindcheck.png'), fullPage: true });
      await page.getByRole('button', { name: 'Screening starten voor Daan Bakker' }).click();

      // A new dossier at GGZ Apeldoorn, on its screening form.
      await page.getByRole('heading', { level: 1, name: 'Stap 0-screening: Daan Bakker' }).waitFor();
      expect(page.url()).toMatch(/\/dossiers\/[0-9a-f-]{36}\/screening$/);
      await page.getByRole('link', { name: 'Terug naar het dossier' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dossier van Daan Bakker' }).waitFor();
      await page.getByText(/^Geopend op .* bij GGZ Apeldoorn\.$/).waitFor();
      // GGZ does not send warm handovers.
      const actions = page.getByRole('region', { name: 'Acties' });
      expect(await actions.getByRole('link').allTextContents()).toEqual(['Gesprek vastleggen', 'Zorg delen', 'Verwijsindex-signaal afgeven', 'Niet verschenen']);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('niet verschenen: het gezin van Sem blijft onbereikbaar tot het voorstel tot escalatie; de zorg delen vraagt een grondslag', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    try {
      await login(page, 'jgz');
      await openDossier(page, SEM, 'Sem de Groot');
      const actions = page.getByRole('region', { name: 'Acties' });
      expect(await actions.getByRole('link').allTextContents()).toEqual(['Gesprek vastleggen', 'Zorg delen', 'Verwijsindex-signaal afgeven', 'Niet verschenen', 'Warme overdracht']);
      await actions.getByRole('link', { name: 'Niet verschenen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Niet verschenen zonder bericht: Sem de Groot' }).waitFor();
      await checkStructure(page);
      const protocol = page.getByRole('region', { name: 'Het bereikprotocol' });
      expect(await protocol.getByRole('listitem').count()).toBe(4);

      const missed = page.getByRole('form', { name: 'Niet verschenen registreren' });
      const attempt = page.getByRole('form', { name: 'Uitkomst van een poging vastleggen' });
      const registerMissed = async () => {
        await missed.getByLabel('Datum van de gemiste afspraak').fill(today);
        await missed.getByRole('button', { name: 'Niet verschenen registreren' }).click();
      };
      const nobodyReached = async () => {
        await attempt.getByLabel('Datum van de poging').fill(today);
        await attempt.getByRole('group', { name: 'Wat was de uitkomst?' }).getByLabel('Niemand bereikt').check();
        await attempt.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
      };
      const task = (title: string) => page.getByRole('status').getByText(`Volgende stap volgens het protocol, als taak voor u klaargezet: ${title}`);

      await missed.getByLabel('Toelichting').fill('Niet op het consultatiebureau verschenen.');
      await registerMissed();
      await task('Contact opnemen met het gezin (bellen, bericht)').waitFor();
      await page.getByText('Het gezin is nu 1 keer niet bereikt.').waitFor();
      expect(await protocol.locator('[aria-current="step"]').textContent()).toContain('Contact opnemen met het gezin');

      await nobodyReached();
      await task('Nieuwe afspraak maken en schriftelijk uitnodigen').waitFor();
      await registerMissed();
      await task('Huisbezoek afleggen').waitFor();
      expect(await page.getByRole('region', { name: 'Voorstel: de zorg delen of de meldcode starten' }).count()).toBe(0);
      await nobodyReached();

      // The escalation proposal, with its two choices.
      const escalation = page.getByRole('region', { name: 'Voorstel: de zorg delen of de meldcode starten' });
      await escalation.waitFor();
      await escalation.getByText('Het gezin blijft onbereikbaar, zonder verklaring en zonder andere hulp in beeld.', { exact: false }).waitFor();
      await escalation.getByRole('link', { name: 'Zorg delen' }).waitFor();
      await escalation.getByRole('button', { name: 'Meldcode starten' }).waitFor();
      await page.getByText('Het gezin is nu 4 keer niet bereikt.').waitFor();
      await checkStructure(page);
      await page.screenshot({ path: path.join(RESULTS, 'keten-escalatie.png'), fullPage: true });

      // Choosing "Zorg delen": the form asks for the legal basis.
      await escalation.getByRole('link', { name: 'Zorg delen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Zorg delen: Sem de Groot' }).waitFor();
      await checkStructure(page);
      await page.getByLabel('Organisatie van de ontvanger').selectOption({ label: 'Basisschool De Regenboog (Primair onderwijs)' });
      await page.getByLabel('Wat deelt u?').fill('Het gezin verscheen twee keer niet en is onbereikbaar; ook een huisbezoek leverde niets op.');
      await page.getByRole('button', { name: 'Zorg delen' }).click();
      const basis = page.getByRole('group', { name: 'Op welke grond deelt u?' });
      expect(await fieldError(page, basis)).toBe('Leg de grondslag vast: toestemming van ouders/jeugdige, delen na afweging van het conflict van plichten, of het meldrecht.');
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('legalBasis');
      await page.getByRole('alert').getByText('Niet alle gegevens zijn goed ingevuld. Bekijk de meldingen bij de velden.').waitFor();
      await page.screenshot({ path: path.join(RESULTS, 'keten-zorg-delen-grondslag.png'), fullPage: true });

      // A professional who does not work at the chosen organisation: the server's refusal at that field.
      await basis.getByLabel('Met toestemming van de ouders en/of de jeugdige').check();
      await page.getByRole('group', { name: 'Wie gaf toestemming?' }).getByLabel('De ouders', { exact: true }).check();
      await page.getByLabel('Datum van de toestemming').fill(today);
      await page.getByLabel('Gebruikers-ID van de professional').fill('00000000-0000-4000-8000-000000000000');
      await page.getByRole('button', { name: 'Zorg delen' }).click();
      await expect.poll(async () => page.getByLabel('Gebruikers-ID van de professional').getAttribute('aria-invalid')).toBe('true');
      expect(await fieldError(page, page.getByLabel('Gebruikers-ID van de professional'))).toBe('Deze professional werkt niet bij de gekozen organisatie.');
      await page.getByLabel('Gebruikers-ID van de professional').fill('');
      await page.getByRole('button', { name: 'Zorg delen' }).click();
      await page.getByRole('status').getByText('Uw zorg is gedeeld met Basisschool De Regenboog.').waitFor();
      await page.getByRole('link', { name: 'Gedeelde zorg bekijken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Gedeelde zorg over Sem de Groot' }).waitFor();
      expect(await page.getByRole('region', { name: 'Ontvangst' }).textContent()).toContain('Wacht op bevestiging');

      // The school receives it and acknowledges, with feedback.
      await logout(page);
      await login(page, 'leerkracht');
      await menu(page).getByRole('link', { name: 'Gedeelde zorgen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Gedeelde zorgen' }).waitFor();
      const received = page.getByRole('table', { name: 'Ontvangen' });
      expect(await received.getByRole('row', { name: /Sem de Groot/ }).textContent()).toContain('Fatima Yilmaz (jeugdverpleegkundige), JGZ Utrecht');
      await received.getByRole('link', { name: 'Sem de Groot' }).click();
      await page.getByRole('heading', { level: 1, name: 'Gedeelde zorg over Sem de Groot' }).waitFor();
      await checkStructure(page);
      expect(await page.getByRole('region', { name: 'De gedeelde zorg' }).textContent()).toContain('Met toestemming van de ouders en/of de jeugdigeToestemming gegeven doorDe ouders, op');
      await page.getByLabel('Terugkoppeling aan de afzender').fill('We nemen contact op met de oma van Sem.');
      await page.getByRole('button', { name: 'Ontvangst bevestigen' }).click();
      await page.getByRole('region', { name: 'Ontvangst' }).getByText('Ontvangst bevestigd').waitFor();

      // The sender sees the acknowledgement and the feedback, also from the dossier's timeline.
      await logout(page);
      await login(page, 'jgz');
      await menu(page).getByRole('link', { name: 'Gedeelde zorgen' }).click();
      const sent = page.getByRole('table', { name: 'Verzonden' });
      expect(await sent.getByRole('row', { name: /Sem de Groot/ }).textContent()).toContain('Ontvangst bevestigd');
      await sent.getByRole('link', { name: 'Sem de Groot' }).click();
      const ack = page.getByRole('region', { name: 'Ontvangst' });
      await ack.getByText('We nemen contact op met de oma van Sem.').waitFor();
      expect(await ack.textContent()).toContain('Lotte de Vries (intern begeleider) op');
      await ack.getByRole('link', { name: 'Naar het dossier' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dossier van Sem de Groot' }).waitFor();
      const timeline = page.getByRole('list', { name: 'Tijdlijn, nieuwste bovenaan' });
      expect(await timeline.getByRole('listitem').first().textContent()).toContain('bevestigde de ontvangst van de gedeelde zorg');
      await timeline.getByRole('heading', { name: 'Voorstel tot escalatie' }).waitFor();

      // Once more not reached: the proposal again, and "Meldcode starten" opens a trajectory.
      await page.getByRole('region', { name: 'Acties' }).getByRole('link', { name: 'Niet verschenen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Niet verschenen zonder bericht: Sem de Groot' }).waitFor();
      await registerMissed();
      await page.getByRole('region', { name: 'Voorstel: de zorg delen of de meldcode starten' }).getByRole('button', { name: 'Meldcode starten' }).click();
      await page.waitForURL(/\/meldcode\/[0-9a-f-]{36}$/);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('gesprek: legt een gesprek met de ouders vast in de zeven stappen, met een afspraak als taak', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    try {
      await login(page, 'leerkracht');
      await openDossier(page, TIM, 'Tim de Boer');
      await page.getByRole('region', { name: 'Acties' }).getByRole('link', { name: 'Gesprek vastleggen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Gesprek vastleggen: Tim de Boer' }).waitFor();
      await page.getByRole('group', { name: 'Met wie voerde u het gesprek?' }).getByLabel('Met de ouders').check();
      const steps = page.getByRole('region', { name: 'Het gesprek met de ouders, stap voor stap' });
      const labels = await steps.locator('label').allTextContents();
      expect(labels).toEqual([
        'Het doel van het gesprek bespreken',
        'Concreet de zorgen over het kind benoemen',
        'Ouders laten reageren',
        'Bespreken wat volgens de ouders de oorzaak van de problemen zou kunnen zijn',
        'Zorgen uitspreken over de problemen die de hulpverlener ziet',
        'Verwachtingen bespreken en wijzen op de verantwoordelijkheid van de ouders',
        'Afsluiten met concrete afspraken en informatie over het vervolg',
      ]);
      await page.getByLabel('Datum van het gesprek').fill(today);
      await page.getByLabel('Wie waren erbij?').fill('Moeder, stiefvader en ikzelf');
      for (const [i, label] of labels.entries()) await steps.getByLabel(label).fill(`Stap ${i + 1}: besproken.`);
      await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
      const agreement = page.getByRole('group', { name: 'Afspraak 1' });
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('agreement-0-description');
      await agreement.getByLabel('Wat is er afgesproken?').fill('Moeder belt de huisarts over de slaapproblemen.');
      await agreement.getByLabel('Uiterlijk op').fill(`${year - 1}-01-01`);
      await checkStructure(page);
      await page.getByRole('button', { name: 'Gesprek vastleggen' }).click();
      await page.screenshot({ path: path.join(RESULTS, 'keten-gesprek.png'), fullPage: true });
      expect(await fieldError(page, agreement.getByLabel('Uiterlijk op'))).toBe('Deze datum ligt in het verleden. Kies vandaag of een latere datum.');
      await agreement.getByLabel('Uiterlijk op').fill(`${year + 1}-01-15`);
      await page.getByRole('button', { name: 'Gesprek vastleggen' }).click();
      await page.getByRole('status').getByText('Het gesprek is vastgelegd en staat in de tijdlijn van het dossier.').waitFor();
      await page.getByText('De afspraken staan als taak klaar (1).').waitFor();
      await page.getByRole('link', { name: 'Terug naar het dossier' }).first().click();
      const timeline = page.getByRole('list', { name: 'Tijdlijn, nieuwste bovenaan' });
      await timeline.getByRole('heading', { name: 'Gesprek' }).waitFor();
      expect(await timeline.textContent()).toContain('Concreet de zorgen over het kind benoemen: Stap 2: besproken.');

      // From the dossier, a Verwijsindex signal in one step (after confirming the family was informed).
      await page.getByRole('region', { name: 'Acties' }).getByRole('link', { name: 'Verwijsindex-signaal afgeven' }).click();
      await page.getByRole('heading', { level: 1, name: 'Verwijsindex-signaal afgeven: Tim de Boer' }).waitFor();
      await checkStructure(page);
      await page.getByLabel('Datum waarop u de jeugdige en/of ouders informeerde').fill(today);
      await page.getByRole('button', { name: 'Signaal afgeven' }).click();
      expect(await fieldError(page, page.getByLabel('Ik heb de jeugdige en/of de ouders geïnformeerd dat ik dit signaal afgeef.'))).toBe('Bevestig dat u de jeugdige en/of de ouders heeft geïnformeerd.');
      await page.getByLabel('Ik heb de jeugdige en/of de ouders geïnformeerd dat ik dit signaal afgeef.').check();
      await page.getByRole('button', { name: 'Signaal afgeven' }).click();
      await page.getByRole('status').getByText('Signaal afgegeven op Tim de Boer.').waitFor();
      await menu(page).getByRole('link', { name: 'Mijn signalen' }).click();
      await page.getByRole('table', { name: 'Uw signalen' }).getByRole('rowheader', { name: 'Tim de Boer' }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('warme overdracht: de JGZ draagt Sem over aan de basisschool, met een exemplaar voor de ouders; de school bevestigt', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    try {
      await login(page, 'jgz');
      await menu(page).getByRole('link', { name: 'Overdrachten' }).waitFor();
      // The dossier for Sem exists when the reach test ran first.
      await menu(page).getByRole('link', { name: 'Dossiers' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
      await page.getByRole('region', { name: 'Uw dossiers' }).getByText(/Sem de Groot|nog geen dossiers/).first().waitFor();
      const existing = page.getByRole('table', { name: 'Uw dossiers' }).getByRole('link', { name: 'Sem de Groot' });
      if (await existing.count()) await existing.click();
      else await openDossier(page, SEM, 'Sem de Groot');
      await page.getByRole('heading', { level: 1, name: 'Dossier van Sem de Groot' }).waitFor();
      await page.getByRole('region', { name: 'Acties' }).getByRole('link', { name: 'Warme overdracht' }).click();
      await page.getByRole('heading', { level: 1, name: 'Warme overdracht: Sem de Groot' }).waitFor();
      await checkStructure(page);
      await page.getByLabel('Basisschool').selectOption({ label: 'Basisschool De Regenboog' });
      await page.getByLabel('Ontwikkeling', { exact: true }).fill('Sem speelt graag met blokken en zegt zijn eerste woordjes.');
      await page.getByLabel('Ondersteuningsbehoeften', { exact: true }).fill('Extra aandacht voor de taalontwikkeling.');
      await page.getByLabel('Datum waarop de ouders de inhoud zagen').fill(today);
      await page.getByRole('button', { name: 'Overdracht versturen' }).click();
      expect(await fieldError(page, page.getByLabel('Datum van de toestemming van de ouders'))).toBe('Een overdracht kan alleen met toestemming van de ouders; vul de datum in.');
      await page.getByLabel('Datum van de toestemming van de ouders').fill(today);
      await page.getByRole('button', { name: 'Overdracht versturen' }).click();
      await page.getByRole('status').getByText('De overdracht is verstuurd naar Basisschool De Regenboog.').waitFor();
      expect(await page.getByRole('link', { name: 'Exemplaar voor de ouders downloaden (PDF)' }).getAttribute('href')).toMatch(/^\/api\/v1\/overdrachten\/[0-9a-f-]{36}\/ouderversie$/);

      await logout(page);
      await login(page, 'leerkracht');
      await menu(page).getByRole('link', { name: 'Overdrachten' }).click();
      await page.getByRole('table', { name: 'Ontvangen' }).getByRole('link', { name: 'Sem de Groot' }).click();
      await page.getByRole('heading', { level: 1, name: 'Overdracht van Sem de Groot' }).waitFor();
      await checkStructure(page);
      expect(await page.getByRole('region', { name: 'Inhoud' }).textContent()).toContain('Extra aandacht voor de taalontwikkeling.');
      const pdf = await page.request.get(`${server.url}${await page.getByRole('link', { name: 'Exemplaar voor de ouders downloaden (PDF)' }).getAttribute('href')}`);
      expect(pdf.headers()['content-type']).toContain('application/pdf');
      await page.getByRole('button', { name: 'Ontvangst bevestigen' }).click();
      await page.getByRole('status').getByText('De ontvangst is bevestigd. De afzender krijgt hierover een bericht.').waitFor();
      expect(await page.getByRole('region', { name: 'Ontvangst' }).textContent()).toContain('Lotte de Vries (intern begeleider) op');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('bereikprotocol: de aandachtsfunctionaris past het protocol aan; de laatste stap blijft de escalatie', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    try {
      await login(page, 'aandachtsfunctionaris');
      await menu(page).getByRole('link', { name: 'Bereikprotocol' }).click();
      await page.getByRole('heading', { level: 1, name: 'Bereikprotocol' }).waitFor();
      await checkStructure(page);
      await page.getByText('Uw organisatie gebruikt het standaardprotocol', { exact: false }).first().waitFor();
      expect(await page.getByRole('group', { name: /^Stap \d$/ }).count()).toBe(4);
      await page.getByRole('group', { name: 'Stap 4' }).getByLabel('Soort stap').selectOption('huisbezoek');
      await page.getByRole('button', { name: 'Protocol opslaan' }).click();
      expect(await fieldError(page, page.getByRole('group', { name: 'Stap 4' }).getByLabel('Soort stap'))).toBe('De laatste stap van het protocol is het voorstel tot escalatie.');
      await page.getByRole('group', { name: 'Stap 4' }).getByLabel('Soort stap').selectOption('escalatie');
      await page.getByRole('button', { name: 'Stap 3 verwijderen' }).click();
      await page.getByRole('group', { name: 'Stap 1' }).getByLabel('Termijn in dagen').fill('1');
      await page.getByRole('button', { name: 'Protocol opslaan' }).click();
      await page.getByRole('status').getByText('Het bereikprotocol is opgeslagen.', { exact: false }).waitFor();
      expect(await page.getByRole('group', { name: /^Stap \d$/ }).count()).toBe(3);
      await page.getByText('Dit is het bereikprotocol van uw organisatie.').waitFor();

      // The teacher of the same school sees the organisation's protocol when registering a missed appointment.
      await logout(page);
      await login(page, 'leerkracht');
      expect(await menu(page).getByRole('link', { name: 'Bereikprotocol' }).count()).toBe(0);
      await openDossier(page, LISA, 'Lisa Smit');
      await page.getByRole('region', { name: 'Acties' }).getByRole('link', { name: 'Niet verschenen' }).click();
      const protocol = page.getByRole('region', { name: 'Het bereikprotocol' });
      await protocol.getByText('Dit is het bereikprotocol van uw organisatie.').waitFor();
      expect(await protocol.getByRole('listitem').count()).toBe(3);
      expect(await protocol.getByRole('listitem').first().textContent()).toContain('(Contactpoging; binnen 1 dag)');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});
