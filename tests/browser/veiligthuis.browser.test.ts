// Browser test of the Veilig Thuis pages against the real server (in-memory PGlite with the test
// world of tests/support/fixtures.ts), the whole chain: a teacher documents the Meldcode for
// Lotte and reports to Veilig Thuis (through the API with the page's own session); the Veilig
// Thuis worker opens the case from the team list, records the safety assessment ("Veilig Thuis
// houdt de zaak"); the team leader approves it (four eyes); the worker answers the research
// questions and proposes voluntary help with a handover to JGZ with safety conditions; the team
// leader approves; JGZ acknowledges the handover; the worker sends the feedback after the
// investigation; and the teacher reads it in the dossier.
// Needs a built UI (`npx vite build`) and Chromium at /usr/bin/chromium.
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { startTestServer } from '../support/harness.ts';
import { PASSWORD, buildWorld, importPersons, type World } from '../support/fixtures.ts';
import { RESULTS, checkStructure, launchBrowser, login, logout, menu, newPage, requireBuiltUi } from '../support/browser.ts';

const TODAY = new Date().toISOString().slice(0, 10); // the harness clock's date
const daysFrom = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

let server: Awaited<ReturnType<typeof startTestServer>>;
let world: World;
let browser: Browser;
let child: string;

beforeAll(async () => {
  requireBuiltUi();
  server = await startTestServer();
  world = await buildWorld(server);
  const [mother, father] = [world.bsn(), world.bsn()];
  child = world.bsn();
  await importPersons(world, [
    { bsn: child, givenNames: 'Lotte', familyName: 'Veilig', dateOfBirth: '2017-03-01', municipalityCode: 'GM9001' },
    { bsn: mother, givenNames: 'Anna', familyName: 'Veilig', dateOfBirth: '1988-01-01', municipalityCode: 'GM9001' },
    { bsn: father, givenNames: 'Kees', familyName: 'Veilig', dateOfBirth: '1986-01-01', municipalityCode: 'GM9001' },
  ], [{ parentBsn: mother, childBsn: child }, { parentBsn: father, childBsn: child }]);
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
}, 30_000);

// A string names the whole accessible name (Playwright would match any part of it).
const region = (scope: Page | Locator, name: string | RegExp) => scope.getByRole('region', { name, exact: typeof name === 'string' });
const form = (scope: Page | Locator, name: string | RegExp) => scope.getByRole('form', { name, exact: typeof name === 'string' });

/** The API with the page's own session (cookie and CSRF token), for the professional's Meldcode steps. */
async function sessionApi(page: Page) {
  const session = await (await page.request.get(`${server.url}/api/v1/sessions/current`)).json() as { csrfToken: string };
  return async (url: string, body: unknown) => {
    const res = await page.request.post(`${server.url}/api/v1${url}`, { headers: { 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' }, data: JSON.stringify(body) });
    if (!res.ok()) throw new Error(`POST ${url}: ${res.status()} ${await res.text()}`);
    return res.json() as Promise<{ id: string }>;
  };
}

/** The announcement after a change on the case; it takes the focus. */
async function expectNotice(page: Page, text: string) {
  const notice = page.locator('.kv-notice').getByText(text, { exact: true });
  await notice.waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.className ?? '')).toContain('kv-notice');
}

/** Opens the case about Lotte from the team page's list. */
async function openCaseFromTeam(page: Page, list: string) {
  await menu(page).getByRole('link', { name: 'Veilig Thuis', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Veilig Thuis' }).waitFor();
  if (list !== 'Alle open zaken') await page.getByRole('group', { name: 'Kies een werklijst' }).getByRole('button', { name: list }).click();
  const row = page.getByRole('table', { name: `Zaken: ${list}` }).getByRole('row', { name: /Lotte Veilig/ });
  await row.getByRole('link', { name: /^Zaak \d+$/ }).click();
  await page.getByRole('heading', { level: 1, name: /^Zaak \d+: Lotte Veilig$/ }).waitFor();
}

const status = (page: Page) => region(page, 'Zaak').locator('dd').filter({ has: page.locator('.kv-status') }).first();

describe('Veilig Thuis in de browser', () => {
  it('van meldcode tot terugkoppeling: beoordelen, vier ogen, onderzoek, besluit, overdracht aan JGZ, terugkoppeling in het dossier', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    try {
      // --- The teacher reports through the Meldcode (the steps through the API, in the page's session).
      await login(page, 'leerkracht', PASSWORD);
      const api = await sessionApi(page);
      const dossier = await api('/dossiers', { bsn: child, relationship: { reason: 'leerling' } });
      const traject = await api('/meldcode-trajecten', { dossierId: dossier.id });
      const step = (body: Record<string, unknown>) => api(`/meldcode-trajecten/${traject.id}/stappen`, body);
      await step({ kind: 'signaal', observedOn: daysFrom(TODAY, -5), observationType: 'lichamelijk_letsel', source: 'eigen waarneming', description: 'Blauwe plekken op de armen.', forms: ['lichamelijke_mishandeling'] });
      await step({ kind: 'consultatie', consultedOn: daysFrom(TODAY, -4), who: 'aandachtsfunctionaris', name: 'Naam af', advice: 'Melden.' });
      await step({ kind: 'gesprek', heldOn: daysFrom(TODAY, -3), withWhom: 'moeder', summary: 'Zorgen besproken.', reaction: 'Moeder ontkent.' });
      await step({ kind: 'weging', weighedOn: daysFrom(TODAY, -2), framework: 'Afwegingskader onderwijs', forms: ['lichamelijke_mishandeling'], seriousness: 'ernstig', risk: 'Herhaling is waarschijnlijk.', reasoning: 'Patroon.' });
      const why = (answer: string) => ({ answer, reasoning: `Onderbouwing: ${answer}.` });
      await api(`/meldcode-trajecten/${traject.id}/besluiten`, { decidedOn: TODAY, q1Vermoeden: why('ja'), q2AcuutStructureel: why('ja'), outcome: 'melden', reasoning: 'Structurele onveiligheid.' });
      // Casework outside Veilig Thuis has the handovers from Veilig Thuis in the menu, not the team's cases.
      await menu(page).getByRole('link', { name: 'Van Veilig Thuis' }).waitFor();
      expect(await menu(page).getByRole('link', { name: 'Veilig Thuis', exact: true }).count()).toBe(0);
      await logout(page);

      // --- The Veilig Thuis worker finds the new case in the queue and opens it.
      await login(page, 'vt', PASSWORD);
      await menu(page).getByRole('link', { name: 'Veilig Thuis', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Veilig Thuis' }).waitFor();
      await checkStructure(page);
      const lists = page.getByRole('group', { name: 'Kies een werklijst' });
      expect(await lists.getByRole('button').allTextContents()).toEqual(['Wachtrij', 'Mijn zaken', 'Te laat of acuut', 'Wacht op overdracht', 'Alle open zaken', 'Alle zaken']);
      expect(await lists.getByRole('button', { name: 'Alle open zaken' }).getAttribute('aria-pressed')).toBe('true');
      expect(await page.getByRole('region', { name: 'Caseload van het team' }).count()).toBe(0); // the team leader's
      const openRow = page.getByRole('table', { name: 'Zaken: Alle open zaken' }).getByRole('row', { name: /Lotte Veilig/ });
      const openRowText = (await openRow.textContent()) ?? '';
      expect(openRowText).toContain('Melding');
      expect(openRowText).toContain('Veiligheidsbeoordeling');
      expect(openRowText).toContain('Nog niemand');
      await page.getByRole('link', { name: 'Nieuw advies of melding' }).waitFor();
      await openCaseFromTeam(page, 'Wachtrij');
      await checkStructure(page);
      const caseUrl = page.url();

      const head = region(page, 'Zaak');
      expect(await head.textContent()).toContain('Termijn veiligheidsbeoordeling');
      expect(await head.textContent()).toContain('Meldcode in Kindveilig');
      const melding = region(page, 'Melding');
      const meldingText = (await melding.textContent()) ?? '';
      expect(meldingText).toContain('Blauwe plekken op de armen.');
      expect(meldingText).toContain('Naam leerkracht');
      expect(meldingText).toContain('Basisschool Noord');
      expect(meldingText).not.toContain('Anonimiteit toegezegd');
      await melding.getByRole('link', { name: 'De melding uit de meldcode bekijken, met alle stappen' }).waitFor();
      const betrokkenen = region(page, 'Betrokkenen').getByRole('table');
      for (const name of ['Lotte Veilig', 'Anna Veilig', 'Kees Veilig']) await betrokkenen.getByRole('rowheader', { name }).waitFor();
      expect(await betrokkenen.getByRole('row', { name: /Lotte Veilig/ }).textContent()).toContain('Kind');
      const radar = region(page, 'Radar');
      await radar.getByText(/^Huishouden: .*Lotte Veilig/).waitFor();
      await radar.getByText('Er is niets eerders bekend over dit kind of huishouden.').waitFor();

      await head.getByRole('button', { name: 'Oppakken' }).click();
      await expectNotice(page, 'De zaak is toegewezen aan Naam vt.');
      expect(await head.textContent()).toContain('BehandelaarNaam vt');

      // The safety assessment: 19 alarm signals in four groups; a ticked signal needs the weighing.
      const vb = form(page, 'Veiligheidsbeoordeling vastleggen');
      expect(await vb.getByRole('group', { name: /^[A-D]\. Alarmsignalen/ }).count()).toBe(4);
      expect(await vb.getByRole('checkbox').count()).toBe(19);
      const groupA = vb.getByRole('group', { name: 'A. Alarmsignalen vermoedelijke kindermishandeling' });
      await groupA.getByLabel(/^letsel niet veroorzaakt door een ongeval/).check();
      await vb.getByLabel('Directe fysieke veiligheid').fill('Geen direct gevaar: Lotte is op school en moeder is bereikbaar.');
      await vb.getByRole('button', { name: 'Veiligheidsbeoordeling vastleggen' }).click();
      const weighing = vb.getByLabel('Afweging bij de alarmsignalen');
      await expect.poll(() => weighing.getAttribute('aria-invalid')).toBe('true');
      expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.name)).toBe('alarmToelichting');
      const errorId = ((await weighing.getAttribute('aria-describedby')) ?? '').split(' ').find((id) => id.endsWith('-error'))!;
      expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe('Leg de afweging vast: u heeft een alarmsignaal aangekruist.');
      await weighing.fill('Letsel zonder passende verklaring, maar geen direct gevaar: niet direct ingrijpen.');
      await vb.getByRole('group', { name: 'Is er acute onveiligheid?' }).getByLabel('Nee').check();
      await vb.getByRole('group', { name: 'Is er structurele onveiligheid?' }).getByLabel('Ja').check();
      await vb.getByLabel('Toelichting', { exact: true }).fill('Herhaald letsel; spanningen tussen de ouders.');
      const outcome = vb.getByRole('group', { name: 'Wat is de uitkomst van de veiligheidsbeoordeling?' });
      expect(await outcome.getByRole('radio').count()).toBe(4);
      await outcome.getByLabel('Veilig Thuis houdt de zaak').check();
      await vb.getByRole('group', { name: 'Waarom houdt Veilig Thuis de zaak?' }).getByLabel('Onduidelijk of er sprake is van geweld of mishandeling').check();
      await vb.getByLabel('Onderbouwing', { exact: true }).fill('Nog onduidelijk wat er thuis gebeurt; onderzoek nodig.');
      await vb.getByRole('button', { name: 'Veiligheidsbeoordeling vastleggen' }).click();
      await expectNotice(page, 'De veiligheidsbeoordeling is vastgelegd en ligt ter goedkeuring bij een teamleider.');
      expect(await status(page).textContent()).toBe('Veiligheidsbeoordeling ter goedkeuring');
      const vbRegion = region(page, 'Veiligheidsbeoordeling');
      await vbRegion.getByText('Een tweede teamleider moet dit goedkeuren (vier ogen). Vastgelegd door Naam vt.').waitFor();
      expect(await vbRegion.getByRole('button', { name: 'Goedkeuren' }).count()).toBe(0);
      expect(await vbRegion.textContent()).toContain('A1: letsel niet veroorzaakt door een ongeval');
      await page.screenshot({ path: path.join(RESULTS, 'vt-zaak-beoordeling.png'), fullPage: true });
      await logout(page);

      // --- The team leader sees the caseload and the KPIs, and approves (four eyes).
      await login(page, 'teamleider', PASSWORD);
      await menu(page).getByRole('link', { name: 'Veilig Thuis', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Veilig Thuis' }).waitFor();
      const caseload = region(page, 'Caseload van het team').getByRole('row', { name: /Naam vt/ });
      expect(await caseload.textContent()).toContain('Medewerker Veilig Thuis');
      const kpis = region(page, 'Stuurinformatie');
      await kpis.getByLabel('Van').waitFor();
      expect(await kpis.getByLabel('Van').inputValue()).toBe(`${TODAY.slice(0, 4)}-01-01`);
      expect(await kpis.getByRole('row', { name: /Veilig Thuis Noord/ }).textContent()).toContain('Geen in deze periode (0)');
      await checkStructure(page);
      await openCaseFromTeam(page, 'Alle open zaken');
      await region(page, 'Veiligheidsbeoordeling').getByText('Naam vt legde dit vast. Keur het goed, of wijs het af met de reden.').waitFor();
      await region(page, 'Veiligheidsbeoordeling').getByRole('button', { name: 'Goedkeuren' }).click();
      await expectNotice(page, 'De veiligheidsbeoordeling is goedgekeurd.');
      expect(await status(page).textContent()).toBe('Onderzoek');
      await region(page, 'Onderzoek').waitFor();
      await page.goto(`${server.url}/veilig-thuis`);
      await page.getByRole('heading', { level: 1, name: 'Veilig Thuis' }).waitFor();
      expect(await region(page, 'Stuurinformatie').getByRole('row', { name: /Veilig Thuis Noord/ }).textContent()).toContain('100% (1 van 1)');
      await page.screenshot({ path: path.join(RESULTS, 'vt-team-teamleider.png'), fullPage: true });
      await logout(page);

      // --- The worker answers the research questions: 1 with a conclusion, the others with a reason.
      await login(page, 'vt', PASSWORD);
      // From the Meldcode inbox to the case.
      await menu(page).getByRole('link', { name: 'Meldingen' }).click();
      await page.getByRole('table', { name: 'Ontvangen meldingen, nieuwste bovenaan' }).getByRole('link', { name: 'Lotte Veilig' }).click();
      await page.getByRole('heading', { level: 1, name: 'Melding over Lotte Veilig' }).waitFor();
      await page.getByRole('link', { name: /^Naar de zaak \(zaak \d+\)$/ }).click();
      await page.getByRole('heading', { level: 1, name: /^Zaak \d+: Lotte Veilig$/ }).waitFor();
      expect(page.url()).toBe(caseUrl);

      const onderzoek = region(page, 'Onderzoek');
      expect(await onderzoek.textContent()).toContain('Streefdatum (10 weken)');
      const vragen = onderzoek.getByRole('list', { name: 'Onderzoeksvragen' });
      expect(await vragen.getByRole('heading').allTextContents()).toEqual([
        'Vraag 1: Is er sprake van direct gevaar voor het kind?',
        'Vraag 2: Is er sprake van bedreigend handelen of nalaten van de ouder(s)?',
        'Vraag 3: Zijn er kindsignalen die wijzen op kindermishandeling?',
        'Vraag 4: Welke gevolgen heeft de kindermishandeling voor het kind?',
        'Vraag 5: Hoe komt het dat deze ouders niet in staat zijn om hun kind veilig op te voeden?',
        "Vraag 6: Zijn er risico's voor de veiligheid van het kind in de nabije toekomst?",
      ]);
      const q1 = form(page, 'Vraag 1 beantwoorden');
      await q1.getByLabel('Met een conclusie en de bronnen').check();
      await q1.getByLabel('Conclusie', { exact: true }).fill('Nee, geen direct gevaar.');
      await q1.getByLabel('Bronnen', { exact: true }).fill('Huisbezoek, gesprek met school.');
      await q1.getByRole('button', { name: 'Antwoord op vraag 1 opslaan' }).click();
      await expectNotice(page, 'Het antwoord op vraag 1 is opgeslagen.');
      expect(await vragen.getByRole('listitem').first().textContent()).toContain('ConclusieNee, geen direct gevaar.');
      expect(await form(page, 'Vraag 1 beantwoorden').count()).toBe(0); // answered: behind "wijzigen"

      // Out of order: the server's Dutch message at the choice, which takes the focus.
      const q3 = form(page, 'Vraag 3 beantwoorden');
      await q3.getByLabel('Niet te beantwoorden, met de reden').check();
      await q3.getByLabel('Reden waarom de vraag niet te beantwoorden is').fill('Lotte wilde niet praten.');
      await q3.getByRole('button', { name: 'Antwoord op vraag 3 opslaan' }).click();
      const order = q3.getByRole('group', { name: 'Hoe beantwoordt u deze vraag?' });
      await expect.poll(() => order.getAttribute('aria-invalid')).toBe('true');
      expect(await order.getByRole('alert').textContent()).toBe('Beantwoord de standaardvragen op volgorde; vraag 2 is nog open.');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('mode-3');

      for (const nr of [2, 3, 4, 5, 6]) {
        const q = form(page, `Vraag ${nr} beantwoorden`);
        await q.getByLabel('Niet te beantwoorden, met de reden').check();
        await q.getByLabel('Reden waarom de vraag niet te beantwoorden is').fill(`Vraag ${nr}: de ouders weigerden een gesprek; het risico staat in de veiligheidsvoorwaarden.`);
        await q.getByRole('button', { name: `Antwoord op vraag ${nr} opslaan` }).click();
        await expectNotice(page, `Het antwoord op vraag ${nr} is opgeslagen.`);
      }
      expect(await onderzoek.getByText('Nog niet beantwoord.').count()).toBe(0);

      // An assessment form (collapsed, long): one parent factor, judged by the worker.
      const ouderfactoren = onderzoek.locator('summary', { hasText: /^Ouderfactoren \(0 van \d+ items ingevuld\)$/ });
      await ouderfactoren.click();
      const factors = form(page, 'Ouderfactoren');
      await factors.getByRole('group').nth(1).getByLabel('Zorg', { exact: true }).check();
      await factors.getByRole('button', { name: 'Formulier opslaan' }).click();
      await expectNotice(page, 'Het formulier "Ouderfactoren" is opgeslagen.');
      await onderzoek.locator('summary', { hasText: /^Ouderfactoren \(1 van \d+ items ingevuld\)$/ }).waitFor();

      // A conversation with the parents, guided by the seven steps.
      await onderzoek.locator('summary', { hasText: 'Gesprek vastleggen' }).click();
      const gesprek = form(page, 'Gesprek vastleggen');
      await gesprek.getByRole('group', { name: 'Gesprek met' }).getByLabel('Met de ouders').check();
      const stappen = gesprek.getByRole('list', { name: 'Stappen van het gesprek' });
      expect(await stappen.getByRole('listitem').count()).toBe(7);
      await gesprek.getByLabel('Het doel van het gesprek bespreken').fill('Uitgelegd waarom Veilig Thuis komt.');
      await gesprek.getByLabel('Aanwezigen').fill('Moeder, vader');
      await gesprek.getByLabel('Wat is er besproken?').fill('De zorgen van school over het letsel.');
      await gesprek.getByLabel('Welke afspraken zijn gemaakt?').fill('Vader slaapt voorlopig bij zijn broer.');
      await gesprek.getByRole('button', { name: 'Vastleggen' }).click();
      await expectNotice(page, 'Het is vastgelegd bij het onderzoek.');
      expect(await region(page, 'Gesprekken met ouders en kind').textContent()).toContain('Het doel van het gesprek besprekenUitgelegd waarom Veilig Thuis komt.');

      // The decision: voluntary help, handed over to JGZ with safety conditions.
      const besluit = form(page, 'Besluit voorstellen');
      const choices = besluit.getByRole('group', { name: /^Besluit/ }).first();
      expect(await choices.getByRole('checkbox').count()).toBe(5);
      await choices.getByLabel('Vrijwillige hulp met overdracht van veiligheidsvoorwaarden').check();
      await besluit.getByLabel('Ontvangende organisatie').selectOption({ label: 'JGZ Noord (Jeugdgezondheidszorg)' });
      await besluit.getByLabel('Veiligheidsvoorwaarden', { exact: true }).fill('Vader slaapt elders tot er hulp is.\nMoeder belt bij escalatie 112.');
      await besluit.getByLabel('Informatie voor de ontvanger').fill('Gezin met spanningen; JGZ kent het gezin.');
      await besluit.getByLabel('Onderbouwing', { exact: true }).fill('Ouders werken mee onder voorwaarden.');
      await besluit.getByRole('button', { name: 'Besluit voorstellen' }).click();
      await expectNotice(page, 'Het besluit is voorgesteld en ligt ter goedkeuring bij een teamleider.');
      expect(await status(page).textContent()).toBe('Besluit ter goedkeuring');
      await region(page, 'Besluit').getByText('Een tweede teamleider moet dit goedkeuren (vier ogen). Vastgelegd door Naam vt.').waitFor();
      await logout(page);

      // --- The team leader approves the decision: the handover goes to JGZ.
      await login(page, 'teamleider', PASSWORD);
      await page.goto(caseUrl);
      await page.getByRole('heading', { level: 1, name: /^Zaak \d+: Lotte Veilig$/ }).waitFor();
      const besluitRegion = region(page, 'Besluit');
      expect(await besluitRegion.getByRole('list', { name: 'Veiligheidsvoorwaarden' }).getByRole('listitem').allTextContents())
        .toEqual(['Vader slaapt elders tot er hulp is.', 'Moeder belt bij escalatie 112.']);
      await besluitRegion.getByRole('button', { name: 'Goedkeuren' }).click();
      await expectNotice(page, 'Het besluit is goedgekeurd en uitgevoerd.');
      expect(await status(page).textContent()).toBe('Overdracht, wacht op bevestiging');
      const handover = region(page, 'Overdracht aan JGZ Noord');
      expect(await handover.textContent()).toContain('Wacht op bevestiging');
      await logout(page);

      // --- JGZ acknowledges the handover.
      await login(page, 'jgz', PASSWORD);
      await menu(page).getByRole('link', { name: 'Van Veilig Thuis' }).click();
      await page.getByRole('heading', { level: 1, name: 'Overdrachten van Veilig Thuis' }).waitFor();
      await checkStructure(page);
      const received = page.getByRole('table', { name: 'Overdrachten van Veilig Thuis, nieuwste bovenaan' }).getByRole('row', { name: /Lotte Veilig/ });
      expect(await received.textContent()).toContain('Veilig Thuis Noord');
      expect(await received.textContent()).toContain('Wacht op bevestiging');
      await received.getByRole('link', { name: 'Lotte Veilig' }).click();
      await page.getByRole('heading', { level: 1, name: 'Overdracht van Veilig Thuis: Lotte Veilig' }).waitFor();
      await checkStructure(page);
      expect(await region(page, 'Veiligheidsvoorwaarden').getByRole('listitem').allTextContents()).toEqual(['Vader slaapt elders tot er hulp is.', 'Moeder belt bij escalatie 112.']);
      expect(await region(page, 'Informatie voor de ontvanger').textContent()).toContain('JGZ kent het gezin.');
      // The contact is the case worker, not the team leader who approved the decision.
      expect(await region(page, 'Contact bij Veilig Thuis').textContent()).toContain('Naam vt');
      await page.getByRole('button', { name: 'Ontvangst bevestigen' }).click();
      await page.getByRole('status').getByText('De ontvangst is bevestigd. Veilig Thuis ziet dat en start de monitoring.').waitFor();
      expect(await region(page, 'Ontvangst').textContent()).toContain('Naam jgz');
      await page.screenshot({ path: path.join(RESULTS, 'vt-overdracht-ontvangen.png'), fullPage: true });
      await logout(page);

      // --- The worker sends the feedback after the investigation: concept, edited, sent.
      await login(page, 'vt', PASSWORD);
      await openCaseFromTeam(page, 'Mijn zaken');
      expect(await status(page).textContent()).toBe('Monitoring');
      expect(await region(page, 'Overdracht aan JGZ Noord').textContent()).toContain('Ontvangst bevestigd');
      await region(page, 'Monitoring').getByLabel('Datum van het monitoringsmoment').waitFor();
      const feedback = region(page, 'Terugkoppeling aan de melder');
      await feedback.getByText('Naam leerkracht werkt in Kindveilig: de terugkoppeling komt in het eigen dossier van de melder.').waitFor();
      const afterInvestigation = region(feedback, 'Na het onderzoek');
      expect(await afterInvestigation.getByLabel('Hoe bereikt de terugkoppeling de melder?').count()).toBe(0); // the reporter is in Kindveilig
      await afterInvestigation.getByRole('button', { name: 'Concept maken' }).click();
      const tekst = afterInvestigation.getByLabel('Tekst van de terugkoppeling');
      await expect.poll(() => tekst.inputValue()).toContain('JGZ Noord neemt de hulp over.');
      expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.name)).toBe('tekst');
      const concept = await tekst.inputValue();
      expect(concept).toContain('Het onderzoek is afgerond. Besluit: vrijwillige hulp met overdracht van veiligheidsvoorwaarden.');
      await tekst.fill(`${concept}\n\nMet vriendelijke groet, Naam vt`);
      await afterInvestigation.getByRole('button', { name: 'Versturen' }).click();
      await expectNotice(page, 'De terugkoppeling is verstuurd.');
      const sent = (await region(feedback, 'Na het onderzoek').textContent()) ?? '';
      expect(sent).toContain('Met vriendelijke groet, Naam vt');
      expect(sent).toContain('In Kindveilig (eigen dossier van de melder)');
      await page.screenshot({ path: path.join(RESULTS, 'vt-zaak-terugkoppeling.png'), fullPage: true });
      await logout(page);

      // --- The teacher reads the feedback in the dossier's timeline.
      await login(page, 'leerkracht', PASSWORD);
      await menu(page).getByRole('link', { name: 'Dossiers' }).click();
      await page.getByRole('table', { name: 'Uw dossiers' }).getByRole('link', { name: 'Lotte Veilig' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dossier van Lotte Veilig' }).waitFor();
      const newest = page.getByRole('list', { name: 'Tijdlijn, nieuwste bovenaan' }).getByRole('listitem').first();
      expect(await newest.getByRole('heading').textContent()).toBe('Terugkoppeling van Veilig Thuis');
      const entry = (await newest.textContent()) ?? '';
      expect(entry).toContain('Terugkoppeling van Veilig Thuis na het onderzoek.');
      expect(entry).toContain('JGZ Noord neemt de hulp over.');
      expect(entry).toContain('Met vriendelijke groet, Naam vt');
      await page.screenshot({ path: path.join(RESULTS, 'vt-terugkoppeling-dossier.png'), fullPage: true });
      expect(problems).toEqual([]);
    } catch (e) {
      await page.screenshot({ path: path.join(RESULTS, 'vt-fout.png'), fullPage: true });
      throw e;
    } finally {
      await context.close();
    }
  }, 240_000);

  it('intake: een acute melding van een burger met toegezegde anonimiteit, de radar, en de acute actie', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    try {
      await login(page, 'vt', PASSWORD);
      await menu(page).getByRole('link', { name: 'Veilig Thuis', exact: true }).click();
      await page.getByRole('link', { name: 'Nieuw advies of melding' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuw advies of melding' }).waitFor();
      await checkStructure(page);
      const intake = form(page, 'Nieuw advies of melding');
      await intake.getByRole('button', { name: 'Vastleggen en de zaak openen' }).click();
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('soort');
      await intake.getByRole('group', { name: 'Advies of melding?' }).getByRole('alert').getByText('Kies advies of melding.').waitFor();

      // Anonymous advice only for a citizen's advice; anonymity can be promised for a report.
      const soort = intake.getByRole('group', { name: 'Advies of melding?' });
      await intake.getByRole('group', { name: /^Van wie komt het\?/ }).getByLabel('Burger', { exact: true }).check();
      await soort.getByLabel('Advies', { exact: true }).check();
      const anonymous = intake.getByLabel('Anoniem advies: geen gegevens van de adviesvrager vastleggen');
      expect(await anonymous.count()).toBe(1);
      expect(await intake.getByLabel('Anonimiteit toegezegd').count()).toBe(0);
      await anonymous.check();
      expect(await intake.getByLabel('Naam', { exact: true }).count()).toBe(0);
      await anonymous.uncheck();
      await soort.getByLabel('Melding', { exact: true }).check();
      expect(await anonymous.count()).toBe(0);

      await intake.getByLabel('Waarover maakt de adviesvrager of melder zich zorgen?').fill('Hoort vaak geschreeuw en gehuil bij de buren.');
      await intake.getByLabel('Naam', { exact: true }).fill('Greet Buurvrouw');
      await intake.getByLabel('Relatie tot het kind of gezin').fill('buurvrouw');
      await intake.getByLabel('Anonimiteit toegezegd').check();
      await intake.getByLabel('Acuut', { exact: true }).check();
      await intake.getByRole('group', { name: 'Betrokkene 1' }).getByLabel('BSN').fill(child);
      expect(await intake.getByRole('group', { name: 'Betrokkene 1' }).getByLabel('Rol').inputValue()).toBe('kind');
      await intake.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
      await intake.getByRole('group', { name: 'Betrokkene 2' }).getByLabel('Naam').fill('Oom Henk');
      await intake.getByRole('button', { name: 'Vastleggen en de zaak openen' }).click();
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.name)).toBe('betrokkenen.1.rol');
      await intake.getByRole('group', { name: 'Betrokkene 2' }).getByLabel('Rol').selectOption({ label: 'Vermoedelijke pleger' });
      await page.screenshot({ path: path.join(RESULTS, 'vt-intake.png'), fullPage: true });
      await intake.getByRole('button', { name: 'Vastleggen en de zaak openen' }).click();

      await page.getByRole('heading', { level: 1, name: /^Zaak \d+: Lotte Veilig$/ }).waitFor();
      const nummer = (await page.getByRole('heading', { level: 1 }).textContent())!.match(/^Zaak (\d+)/)![1];
      await checkStructure(page);
      const head = region(page, 'Zaak');
      await head.getByText('Deze zaak is acuut. Handel direct en leg vast wat er is gedaan.').waitFor();
      expect(await head.locator('.kv-status--acuut').first().textContent()).toBe('Acuut');
      await region(page, 'Melding').getByText('Anonimiteit toegezegd — niet delen buiten het team').waitFor();
      expect(await region(page, 'Betrokkenen').getByRole('row', { name: /Oom Henk/ }).textContent()).toContain('Vermoedelijke pleger');
      // The radar shows the earlier report about Lotte, with a link to that case.
      const earlier = region(page, 'Radar').getByRole('table', { name: 'Eerdere bemoeienis, nieuwste bovenaan' }).getByRole('row', { name: /Melding bij Veilig Thuis/ });
      expect(await earlier.textContent()).toContain('Veilig Thuis Noord');
      await earlier.getByRole('link', { name: /^Zaak \d+$/ }).waitFor();

      // On the team's list the acute case comes first, marked in text.
      await menu(page).getByRole('link', { name: 'Veilig Thuis', exact: true }).click();
      const first = page.getByRole('table', { name: 'Zaken: Alle open zaken' }).getByRole('row').nth(1);
      expect(await first.getByRole('rowheader').textContent()).toBe(`Zaak ${nummer} Acuut`);
      await first.getByRole('link', { name: `Zaak ${nummer}` }).click();
      await page.getByRole('heading', { level: 1, name: `Zaak ${nummer}: Lotte Veilig` }).waitFor();
      const acute = form(page, 'Acute actie vastleggen');
      await acute.getByLabel('Wat is er direct gedaan?').fill('Politie ingeschakeld; moeder en kind naar de opvang.');
      await acute.getByRole('button', { name: 'Acute actie vastleggen' }).click();
      await expectNotice(page, 'De acute actie is vastgelegd.');
      expect(await region(page, 'Zaak').getByText('Deze zaak is acuut.', { exact: false }).count()).toBe(0);
      expect(await region(page, 'Zaak').textContent()).toContain('Acute actiePolitie ingeschakeld; moeder en kind naar de opvang.');
      expect(problems).toEqual([]);
    } catch (e) {
      await page.screenshot({ path: path.join(RESULTS, 'vt-intake-fout.png'), fullPage: true });
      throw e;
    } finally {
      await context.close();
    }
  }, 120_000);
});
