// Veilig Thuis through the HTTP API, on every database engine: intake (advice, reports,
// anonymity), the statutory deadline across Dutch holidays, acute cases, the radar, the safety
// assessment and decision with four eyes, the investigation, handover, monitoring, feedback to
// the reporter, the team's lists and KPIs — and refusal for everyone outside the team.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { ApiClient, PASSWORD, buildWorld, importPersons, type World } from '../../../tests/support/fixtures.ts';
import { pdfTagging, pdfText, structElements } from '../../../tests/support/pdf.ts';
import { hashPassword } from '../../platform/auth/passwords.ts';

const TODAY = '2026-06-15';
const why = (answer: 'ja' | 'nee') => ({ answer, reasoning: `Onderbouwing: ${answer}.` });
const citizen = { naam: 'Greet Buurvrouw', relatie: 'buurvrouw', telefoon: '06-99887766' };

describe.each(ENGINES)('veilig thuis on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let vt: ApiClient, lead: ApiClient, lead2: ApiClient, school: ApiClient, jgz: ApiClient;
  let child: string, sibling: string, mother: string, father: string;
  const ids: Record<string, string> = {};
  let address = 0;
  /** A fresh session from its own address (the login limiter counts per address). */
  const login = async (name: string) => {
    const c = new ApiClient(t, `10.0.${engine === 'postgres' ? 1 : 0}.${++address}`);
    const res = await c.login(name);
    if (res.status !== 201) throw new Error(`login ${name}: ${JSON.stringify(res.body)}`);
    return c;
  };

  const intake = (c: ApiClient, body: Record<string, unknown>) => c.post('/api/v1/vt-zaken', {
    soort: 'melding', bron: 'burger', zorg: 'Hoort vaak geschreeuw en gehuil.', melder: citizen, betrokkenen: [{ bsn: child, rol: 'kind' }], ...body,
  });
  const assess = (zaakId: string, body: Record<string, unknown> = {}) => vt.post(`/api/v1/vt-zaken/${zaakId}/veiligheidsbeoordelingen`, {
    alarmsignalen: [], directeVeiligheid: 'Geen direct gevaar op dit moment.', acuteOnveiligheid: false, structureleOnveiligheid: true,
    toelichting: 'Langdurige spanningen thuis.', uitkomst: 'vt_houdt', redenenVtHoudt: ['onduidelijk'], onderbouwing: 'Nog onduidelijk wat er speelt.', ...body,
  });
  const approveVb = async (zaakId: string) => {
    const z = (await vt.get(`/api/v1/vt-zaken/${zaakId}`)).body;
    return lead.post(`/api/v1/vt-veiligheidsbeoordelingen/${z.veiligheidsbeoordelingen.at(-1).id}/goedkeuring`, { akkoord: true });
  };
  const handover = () => ({ naarOrganisationId: w.orgs.jgz, veiligheidsvoorwaarden: ['Vader slaapt elders tot er hulp is.', 'Moeder belt bij escalatie 112.'], informatie: 'Gezin met spanningen; JGZ kent het gezin.' });

  beforeAll(async () => {
    t = await startTestApp(engine, { today: TODAY });
    w = await buildWorld(t);
    [child, sibling, mother, father] = [w.bsn(), w.bsn(), w.bsn(), w.bsn()];
    await importPersons(w, [
      { bsn: child, givenNames: 'Lotte', familyName: 'Veilig', dateOfBirth: '2017-03-01', municipalityCode: 'GM9001' },
      { bsn: sibling, givenNames: 'Bram', familyName: 'Veilig', dateOfBirth: '2019-05-01', municipalityCode: 'GM9001' },
      { bsn: mother, givenNames: 'Anna', familyName: 'Veilig', dateOfBirth: '1988-01-01', municipalityCode: 'GM9001' },
      { bsn: father, givenNames: 'Kees', familyName: 'Veilig', dateOfBirth: '1986-01-01', municipalityCode: 'GM9001' },
    ], [
      { parentBsn: mother, childBsn: child }, { parentBsn: father, childBsn: child },
      { parentBsn: mother, childBsn: sibling }, { parentBsn: father, childBsn: sibling },
    ]);
    // A second team leader in the same team, and another Veilig Thuis organisation with its own worker.
    const hash = await hashPassword(PASSWORD);
    const vt2org = (await t.db.insertInto('organisations').values({ name: 'Veilig Thuis Zuid', sector: 'veilig_thuis', municipality_code: 'GM9003' }).returning('id').executeTakeFirstOrThrow()).id;
    await t.db.insertInto('users').values([
      { username: 'teamleider2', password_hash: hash, display_name: 'Naam teamleider2', email: 'tl2@test.nl', phone: '010-1', organisation_id: w.orgs.vt, role: 'teamleider' },
      { username: 'vtzuid', password_hash: hash, display_name: 'Naam vtzuid', email: 'vtz@test.nl', phone: '010-2', organisation_id: vt2org, role: 'veilig_thuis_medewerker' },
    ]).execute();
    [vt, lead, lead2, school, jgz] = await Promise.all(['vt', 'teamleider', 'teamleider2', 'leerkracht', 'jgz'].map((u) => login(u)));
  });
  afterAll(async () => t?.close());

  it('sets the safety-assessment deadline at 5 Dutch working days, across Easter, King’s Day and Christmas', async () => {
    const cases: [string, string][] = [
      ['2026-04-02', '2026-04-10'], // Thursday before Easter: Good Friday counts, Easter Monday does not
      ['2026-04-23', '2026-05-01'], // Thursday before King's Day (Monday 27 April)
      ['2026-12-24', '2027-01-04'], // Christmas Eve: both Christmas days are a Friday and Saturday, then New Year's Day
      ['2026-06-12', '2026-06-19'], // a Friday: the weekend does not count
    ];
    for (const [received, deadline] of cases) {
      t.clock.set(received);
      const res = await intake(await login('vt'), {});
      expect(res.status).toBe(201);
      expect(res.body.deadline, received).toBe(deadline);
    }
    t.clock.set(TODAY);
    vt = await login('vt');
  });

  it('takes advice anonymously only from a citizen, never an anonymous report; requires a reporter and a child', async () => {
    const anon = await vt.post('/api/v1/vt-zaken', { soort: 'advies', bron: 'burger', anoniem: true, zorg: 'Ik maak me zorgen om het buurmeisje.', betrokkenen: [] });
    expect(anon.status).toBe(201);
    expect(anon.body).toMatchObject({ soort: 'advies', status: 'advies', melder: null, anoniemAdvies: true, terugkoppelingGewenst: false, deadline: null });
    ids.advies = anon.body.id;
    const report = await vt.post('/api/v1/vt-zaken', { soort: 'melding', bron: 'burger', anoniem: true, zorg: 'x', betrokkenen: [{ bsn: child, rol: 'kind' }] });
    expect(report.status).toBe(422);
    expect(report.body.code).toBe('anonymous-report-not-allowed');
    expect((await vt.post('/api/v1/vt-zaken', { soort: 'advies', bron: 'professional', anoniem: true, zorg: 'x' })).body.code).toBe('anonymous-report-not-allowed');
    expect((await intake(vt, { melder: undefined })).body.code).toBe('reporter-required');
    expect((await intake(vt, { betrokkenen: [{ naam: 'Moeder', rol: 'ouder' }] })).body.code).toBe('child-required');
    expect((await intake(vt, { betrokkenen: [{ bsn: '123456789', rol: 'kind' }] })).status).toBe(400);
    expect((await intake(vt, { geheim: 1 })).body.code).toBe('unknown-fields');
    expect((await intake(vt, { zorg: 'nul\u0000teken' })).body.code).toBe('invalid-characters');
    const count = await t.db.selectFrom('vt_zaken').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(5); // four from the deadline test, one advice: nothing half-written
  });

  it('turns an advice into a report (ambtshalve) with its reason, starting the clock', async () => {
    expect((await vt.post(`/api/v1/vt-zaken/${ids.advies}/ambtshalve-melding`, { reden: 'Ernstige zorg.' })).body.code).toBe('child-required');
    await vt.post(`/api/v1/vt-zaken/${ids.advies}/betrokkenen`, { bsn: sibling, rol: 'kind' });
    expect((await vt.post(`/api/v1/vt-zaken/${ids.advies}/ambtshalve-melding`, { reden: '' })).status).toBe(400);
    const res = await vt.post(`/api/v1/vt-zaken/${ids.advies}/ambtshalve-melding`, { reden: 'Signalen van ernstige verwaarlozing; Veilig Thuis meldt zelf.' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ soort: 'melding', status: 'veiligheidsbeoordeling', deadline: '2026-06-22', ambtshalve: { reden: 'Signalen van ernstige verwaarlozing; Veilig Thuis meldt zelf.', door: 'Naam vt' } });
    expect((await vt.post(`/api/v1/vt-zaken/${ids.advies}/ambtshalve-melding`, { reden: 'nog eens' })).body.code).toBe('not-an-advice');
  });

  it('shows an acute report as acute everywhere until the action is recorded', async () => {
    const res = await intake(vt, { acuut: true, zorg: 'Kind belt: vader slaat moeder, nu.' });
    ids.acuut = res.body.id;
    expect(res.body).toMatchObject({ acuut: true, acuutOpen: true });
    const queue = (await lead.get('/api/v1/vt-zaken?lijst=open')).body.items;
    expect(queue[0]).toMatchObject({ id: ids.acuut, acuutOpen: true });
    expect((await lead.get('/api/v1/vt-zaken?lijst=te-laat')).body.items.map((z: any) => z.id)).toContain(ids.acuut);
    const inbox = (await lead.get('/api/v1/berichten')).body;
    expect(JSON.stringify(inbox)).toContain('Acute melding');
    const done = await vt.post(`/api/v1/vt-zaken/${ids.acuut}/acute-actie`, { actie: 'Politie ingeschakeld, moeder en kind naar opvang.' });
    expect(done.body).toMatchObject({ acuutOpen: false, acuutActie: { door: 'Naam vt' } });
    expect((await vt.post(`/api/v1/vt-zaken/${ids.acuut}/acute-actie`, { actie: 'x' })).body.code).toBe('acute-already-handled');
  });

  it('refuses everyone outside the Veilig Thuis team that holds the case, and audits it', async () => {
    const id = ids.acuut;
    for (const name of ['leerkracht', 'jgz', 'regio', 'beheerder', 'huisarts', 'vtzuid']) {
      const c = await login(name);
      for (const url of [`/api/v1/vt-zaken/${id}`, `/api/v1/vt-zaken/${id}/radar`]) expect((await c.get(url)).status, `${name} ${url}`).toBe(403);
      expect((await c.post(`/api/v1/vt-zaken/${id}/acute-actie`, { actie: 'x' })).status, name).toBe(403);
      const list = await c.get('/api/v1/vt-zaken');
      if (name === 'vtzuid') expect(list.body.items).toEqual([]);
      else expect(list.status, name).toBe(403);
    }
    const refusals = await t.db.selectFrom('audit_log').select(['username', 'person_id']).where('outcome', '=', 'refused').where('record_type', '=', 'vt-zaak').execute();
    expect(new Set(refusals.map((r) => r.username))).toEqual(new Set(['leerkracht', 'jgz', 'regio', 'beheerder', 'huisarts', 'vtzuid']));
    const childId = (await vt.get(`/api/v1/vt-zaken/${id}`)).body.betrokkenen[0].personId;
    expect(refusals.every((r) => r.person_id === childId)).toBe(true);
    const reads = await t.db.selectFrom('audit_log').select(['action', 'person_id']).where('record_type', '=', 'vt-zaak').where('record_id', '=', id).where('username', '=', 'vt').execute();
    expect(reads.some((r) => r.action === 'read' && r.person_id === childId)).toBe(true);
    expect(reads.some((r) => r.action === 'update')).toBe(true);
  });

  it('assigns work: the queue, my cases, assignment by the team leader only, caseload', async () => {
    const res = await intake(lead, {});
    const id = res.body.id;
    await t.db.updateTable('vt_zaken').set({ behandelaar_id: null }).where('id', '=', id).execute();
    expect((await vt.get('/api/v1/vt-zaken?lijst=wachtrij')).body.items.map((z: any) => z.id)).toContain(id);
    expect((await vt.post(`/api/v1/vt-zaken/${id}/toewijzing`, { userId: w.users.teamleider.id })).body.code).toBe('assign-requires-teamleider');
    expect((await lead.post(`/api/v1/vt-zaken/${id}/toewijzing`, { userId: w.users.leerkracht.id })).body.code).toBe('assignee-not-in-team');
    expect((await lead.post(`/api/v1/vt-zaken/${id}/toewijzing`, { userId: w.users.vt.id })).body.behandelaar.naam).toBe('Naam vt');
    expect((await vt.get('/api/v1/vt-zaken?lijst=mijn')).body.items.map((z: any) => z.id)).toContain(id);
    expect((await vt.get('/api/v1/vt-zaken?lijst=wachtrij')).body.items.map((z: any) => z.id)).not.toContain(id);
    const load = (await lead.get('/api/v1/vt-caseload')).body.items;
    expect(load.find((r: any) => r.naam === 'Naam vt').open).toBeGreaterThan(0);
    ids.assigned = id;
  });

  it('runs the chain: Meldcode report → safety assessment (four eyes) → investigation → decision (four eyes) → Raad request, handover, feedback, monitoring', async () => {
    // The school's Meldcode report arrives at Veilig Thuis as a case, with the clock running.
    const dossierId = (await school.post('/api/v1/dossiers', { bsn: child, relationship: { reason: 'leerling' } })).body.id;
    const tr = (await school.post('/api/v1/meldcode-trajecten', { dossierId })).body;
    const step = (body: Record<string, unknown>) => school.post(`/api/v1/meldcode-trajecten/${tr.id}/stappen`, body);
    await step({ kind: 'signaal', observedOn: '2026-06-10', observationType: 'lichamelijk_letsel', source: 'eigen waarneming', description: 'Blauwe plekken op de armen.', forms: ['lichamelijke_mishandeling'] });
    await step({ kind: 'consultatie', consultedOn: '2026-06-11', who: 'aandachtsfunctionaris', name: 'Naam af', advice: 'Melden.' });
    await step({ kind: 'gesprek', heldOn: '2026-06-12', withWhom: 'moeder', summary: 'Zorgen besproken.', reaction: 'Moeder ontkent.' });
    await step({ kind: 'weging', weighedOn: '2026-06-13', framework: 'Afwegingskader onderwijs', forms: ['lichamelijke_mishandeling'], seriousness: 'ernstig', risk: 'Herhaling is waarschijnlijk.', reasoning: 'Patroon.' });
    expect((await school.post(`/api/v1/meldcode-trajecten/${tr.id}/besluiten`, { decidedOn: TODAY, q1Vermoeden: why('ja'), q2AcuutStructureel: why('ja'), outcome: 'melden', reasoning: 'Structurele onveiligheid.' })).status).toBe(201);
    const list = (await vt.get('/api/v1/vt-zaken?lijst=open')).body.items;
    const fromMeldcode = list.find((z: any) => z.bron === 'meldcode');
    expect(fromMeldcode).toMatchObject({ soort: 'melding', status: 'veiligheidsbeoordeling', deadline: '2026-06-22', kinderen: ['Lotte Veilig'] });
    const id = fromMeldcode.id;
    ids.chain = id;
    let z = (await vt.get(`/api/v1/vt-zaken/${id}`)).body;
    expect(z.melder).toMatchObject({ naam: 'Naam leerkracht', organisatie: 'Basisschool Noord' });
    expect(z.melderInKindveilig).toBe(true);
    expect(z.zorg).toContain('Blauwe plekken op de armen.');
    expect(z.zorg).not.toContain('Basisschool Noord'); // the reporter is in melder, not in text that may leave the team
    const created = await t.db.selectFrom('audit_log').select(['person_id', 'username']).where('record_type', '=', 'vt-zaak').where('record_id', '=', fromMeldcode.id).where('action', '=', 'create').execute();
    expect(created).toHaveLength(3); // the child and both parents
    expect(new Set(created.map((c) => c.username))).toEqual(new Set(['veilig-thuis-intake'])); // not the reporter
    expect(z.betrokkenen.map((b: any) => `${b.naam}/${b.rol}`).sort()).toEqual(['Anna Veilig/ouder', 'Kees Veilig/ouder', 'Lotte Veilig/kind']);
    const meldingView = (await vt.get(`/api/v1/veilig-thuis/meldingen/${z.vtMeldingId}`)).body;
    expect(meldingView.payload.stappen.map((s: any) => s.stap)).toEqual([1, 2, 3, 4, 5]);

    // The radar: earlier cases on this child and the household (the ambtshalve report on the sibling).
    const radar = (await vt.get(`/api/v1/vt-zaken/${id}/radar`)).body;
    expect(radar.huishouden).toEqual(expect.arrayContaining(['Lotte Veilig', 'Bram Veilig', 'Anna Veilig', 'Kees Veilig']));
    expect(radar.items.some((i: any) => i.zaakId === ids.advies && i.wie.includes('Bram Veilig'))).toBe(true);
    expect(radar.items.some((i: any) => i.zaakId === ids.acuut)).toBe(true);
    for (let i = 1; i < radar.items.length; i++) expect(radar.items[i - 1].datum >= radar.items[i].datum).toBe(true);
    const radarReads = await t.db.selectFrom('audit_log').select('person_id').distinct().where('record_type', '=', 'vt-radar').where('record_id', '=', id).execute();
    expect(radarReads.length).toBe(4); // every person the radar showed: Lotte, Bram, Anna, Kees

    // Safety assessment: alarm signals need the weighing; unknown signals and a keep without reason are refused.
    expect((await assess(id, { alarmsignalen: ['A1'] })).body.code).toBe('alarm-explanation-required');
    expect((await assess(id, { alarmsignalen: ['Z9'], alarmToelichting: 'x' })).body.code).toBe('unknown-alarm-signal');
    expect((await assess(id, { redenenVtHoudt: [] })).body.code).toBe('keep-reason-required');
    expect((await assess(id, { uitkomst: 'overdragen', redenenVtHoudt: [], overdracht: { ...handover(), veiligheidsvoorwaarden: [] } })).body.code).toBe('safety-conditions-required');
    expect((await assess(id, { onderbouwing: '' })).status).toBe(400);
    const vb = await assess(id, { alarmsignalen: ['A1', 'B3'], alarmToelichting: 'Letsel onverklaard; moeder weert school. Geen direct ingrijpen: kind is overdag op school.', redenenVtHoudt: ['onduidelijk', 'ontkenning_weigering'] });
    expect(vb.status).toBe(201);
    expect(vb.body.status).toBe('vb_ter_goedkeuring');
    const vbId = vb.body.veiligheidsbeoordelingen[0].id;
    expect((await vt.post(`/api/v1/vt-veiligheidsbeoordelingen/${vbId}/goedkeuring`, { akkoord: true })).body.code).toBe('approval-requires-teamleider');
    expect((await school.post(`/api/v1/vt-veiligheidsbeoordelingen/${vbId}/goedkeuring`, { akkoord: true })).status).toBe(403);
    const [approvalA, approvalB] = await Promise.all([
      lead.post(`/api/v1/vt-veiligheidsbeoordelingen/${vbId}/goedkeuring`, { akkoord: true }),
      lead2.post(`/api/v1/vt-veiligheidsbeoordelingen/${vbId}/goedkeuring`, { akkoord: true }),
    ]);
    expect([approvalA.status, approvalB.status].sort()).toEqual([200, 409]); // approved once, however close together
    const approved = approvalA.status === 200 ? approvalA : approvalB;
    expect(approved.status).toBe(200);
    expect(approved.body.veiligheidsbeoordelingen[0]).toMatchObject({ goedgekeurdDoor: expect.stringMatching(/^Naam teamleider2?$/), vastgelegdDoor: 'Naam vt' });
    expect(approved.body.status).toBe('onderzoek');
    expect(approved.body.onderzoek).toMatchObject({ gestartOp: TODAY, streefdatum: '2026-08-24', teLaat: false });
    expect(approved.body.onderzoek.vragen.map((v: any) => v.nr)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(approved.body.onderzoek.vragen[0].vraag).toBe('Is er sprake van direct gevaar voor het kind?');

    // Feedback after the safety assessment reaches the reporting professional in their own dossier.
    const concept = (await vt.get(`/api/v1/vt-zaken/${id}/terugkoppelingen/concept?moment=na_veiligheidsbeoordeling`)).body.tekst;
    expect(concept).toContain('Veilig Thuis doet zelf verder onderzoek');
    expect(concept).toContain('uw melding van 15 juni 2026');
    expect((await vt.post(`/api/v1/vt-zaken/${id}/terugkoppelingen`, { moment: 'na_onderzoek', tekst: concept })).body.code).toBe('feedback-too-early');
    expect((await vt.post(`/api/v1/vt-zaken/${id}/terugkoppelingen`, { moment: 'na_veiligheidsbeoordeling', tekst: `${concept}\nMet vriendelijke groet.` })).status).toBe(201);
    const timeline = (await school.get(`/api/v1/dossiers/${dossierId}`)).body.timeline;
    expect(timeline.find((e: any) => e.kind === 'vt-terugkoppeling').body).toContain('Veilig Thuis doet zelf verder onderzoek');

    // The investigation: questions in order, each with sources; forms item by item; records.
    const answer = (nr: number, body: Record<string, unknown>) => vt.put(`/api/v1/vt-zaken/${id}/onderzoek/vragen/${nr}`, body);
    expect((await answer(2, { conclusie: 'Ja.', bronnen: 'Gesprek.' })).body.code).toBe('research-question-order');
    expect((await answer(1, { conclusie: 'Nee, geen direct gevaar.' })).status).toBe(400); // sources missing
    expect((await answer(1, { conclusie: 'Nee, geen direct gevaar.', bronnen: 'Huisbezoek 16-6, gesprek school.' })).status).toBe(200);
    expect((await vt.put(`/api/v1/vt-zaken/${id}/onderzoek/beoordelingen/tabel-3.1`, { antwoorden: { 'niet-bestaand': { waarde: 'zorg' } } })).body.code).toBe('unknown-item');
    const form = await vt.put(`/api/v1/vt-zaken/${id}/onderzoek/beoordelingen/tabel-3.1`, { antwoorden: { 't31-1-z3': { waarde: 'zorg', notitie: 'Kleding vaak vuil.' }, 't31-6-p1': { waarde: 'sterk' } } });
    expect(form.body.onderzoek.beoordelingen['tabel-3.1']['t31-1-z3']).toEqual({ waarde: 'zorg', notitie: 'Kleding vaak vuil.' });
    const cleared = await vt.put(`/api/v1/vt-zaken/${id}/onderzoek/beoordelingen/tabel-3.1`, { antwoorden: { 't31-6-p1': null } });
    expect(Object.keys(cleared.body.onderzoek.beoordelingen['tabel-3.1'])).toEqual(['t31-1-z3']);
    const childId = z.betrokkenen.find((b: any) => b.rol === 'kind').personId;
    expect((await vt.put(`/api/v1/vt-zaken/${id}/onderzoek/beoordelingen/tabel-3.2`, { kindId: childId, antwoorden: { 't32-1-z1': { waarde: 'zorg' } } })).status).toBe(200);
    expect((await vt.post(`/api/v1/vt-zaken/${id}/onderzoek/informatie`, { bron: 'school', datum: '2026-06-15', middel: 'gesprek', bevindingen: 'Leerkracht ziet vaker letsel.', grondslag: 'wettelijke_bevoegdheid' })).status).toBe(201);
    expect((await vt.post(`/api/v1/vt-zaken/${id}/onderzoek/informatie`, { bron: 'school', datum: '2026-07-16', middel: 'gesprek', bevindingen: 'x', grondslag: 'toestemming' })).body.code).toBe('date-in-future');
    expect((await vt.post(`/api/v1/vt-zaken/${id}/onderzoek/informatie`, { bron: 'school', datum: '2026-06-15', middel: 'gesprek', bevindingen: 'x' })).status).toBe(400);
    expect((await vt.post(`/api/v1/vt-zaken/${id}/onderzoek/risicoscenarios`, { wat: 'Vader slaat opnieuw bij spanning.', kans: 60, ernst: 4, meestRisicovol: true })).body.code).toBe('risk-scenario-needs-plan');
    expect((await vt.post(`/api/v1/vt-zaken/${id}/onderzoek/risicoscenarios`, { wat: 'Vader slaat opnieuw bij spanning.', kans: 60, ernst: 4, meestRisicovol: true, leidtTot: 'veiligheidsvoorwaarden', voorkomen: 'Vader slaapt elders.', alsHetGebeurt: 'Moeder belt 112 en gaat naar oma.' })).status).toBe(201);
    expect((await vt.post(`/api/v1/vt-zaken/${id}/onderzoek/risicoscenarios`, { wat: 'x', kans: 120, ernst: 4, meestRisicovol: false })).status).toBe(400);
    expect((await vt.post(`/api/v1/vt-zaken/${id}/onderzoek/instrumenten`, { instrument: 'lirik', ingevuldOp: '2026-06-15', ingevuldDoor: 'Naam vt', items: { 'veiligheid-1': 'ja', 'risico-3': 'nee' }, conclusie: 'Hoog risico volgens de professional.' })).status).toBe(201);
    expect((await vt.post(`/api/v1/vt-zaken/${id}/onderzoek/gesprekken`, { met: 'ouders', datum: '2026-06-15', aanwezigen: 'Moeder, vader', stappen: { doel: 'Uitgelegd.', onbekend: 'x' }, besproken: 'b', afspraken: 'a' })).body.code).toBe('unknown-step');
    expect((await vt.post(`/api/v1/vt-zaken/${id}/onderzoek/gesprekken`, { met: 'ouders', datum: '2026-06-15', aanwezigen: 'Moeder, vader', stappen: { doel: 'Uitgelegd waarom Veilig Thuis komt.' }, besproken: 'De zorgen van school.', afspraken: 'Vader slaapt elders.' })).status).toBe(201);

    // The decision: not over open questions, consistent choices, a handover with safety conditions, reasoning required.
    const decision = (body: Record<string, unknown>) => vt.post(`/api/v1/vt-zaken/${id}/besluiten`, {
      besluiten: ['vrijwillige_hulp', 'raad'], onderbouwing: 'Ouders werken mee onder voorwaarden; bescherming nodig als vangnet.',
      overdracht: handover(), raad: { vraag: 'Onderzoek naar een ondertoezichtstelling.' }, ...body,
    });
    const open = await decision({});
    expect(open.body).toMatchObject({ code: 'research-questions-open', fields: ['vragen.2', 'vragen.3', 'vragen.4', 'vragen.5', 'vragen.6'] });
    for (const nr of [2, 3, 4, 5]) expect((await answer(nr, { conclusie: `Conclusie ${nr}.`, bronnen: 'Gesprekken en dossier.' })).status).toBe(200);
    expect((await answer(6, { redenNietBeantwoord: 'Vader weigerde het gesprek; risico is in scenario’s beschreven.' })).status).toBe(200);
    expect((await decision({ besluiten: ['geen_actie', 'raad'] })).body.code).toBe('decision-exclusive');
    expect((await decision({ overdracht: undefined })).body.code).toBe('decision-details-required');
    expect((await decision({ overdracht: { ...handover(), veiligheidsvoorwaarden: [] } })).body.code).toBe('safety-conditions-required');
    expect((await decision({ onderbouwing: '' })).status).toBe(400);
    expect((await decision({ besluiten: ['vrijwillige_hulp'] })).body.code).toBe('decision-details-not-applicable');
    expect((await decision({ overdracht: { ...handover(), naarOrganisationId: w.orgs.vt } })).body.code).toBe('handover-to-self');
    expect((await decision({ overdracht: { ...handover(), naarUserId: w.users.regio.id } })).body.code).toBe('receiver-not-in-organisation');
    const proposed = await decision({});
    expect(proposed.status).toBe(201);
    expect(proposed.body.status).toBe('besluit_ter_goedkeuring');
    const besluitId = proposed.body.besluiten[0].id;
    expect((await vt.post(`/api/v1/vt-besluiten/${besluitId}/goedkeuring`, { akkoord: true })).body.code).toBe('approval-requires-teamleider');
    expect((await lead.post(`/api/v1/vt-besluiten/${besluitId}/goedkeuring`, {})).status).toBe(400);
    const done = await lead.post(`/api/v1/vt-besluiten/${besluitId}/goedkeuring`, { akkoord: true });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'overdracht', onderzoek: { afgeslotenOp: TODAY } });
    expect(done.body.besluiten[0]).toMatchObject({ goedgekeurdDoor: 'Naam teamleider', raadVerzoek: true });

    // The Raad gets the findings, so it does not start again.
    const raad = (await vt.get(`/api/v1/vt-zaken/${id}/raad-verzoek`)).body;
    expect(raad.onderzoek.vragen[0]).toMatchObject({ conclusie: 'Nee, geen direct gevaar.', bronnen: 'Huisbezoek 16-6, gesprek school.' });
    expect(raad.onderzoek.informatie[0].bevindingen).toBe('Leerkracht ziet vaker letsel.');
    expect(raad.onderzoek.risicoscenarios[0].meestRisicovol).toBe(true);
    expect(raad.melding.melder).toContain('Naam leerkracht');
    const pdf = await t.app.inject({ url: `/api/v1/vt-zaken/${id}/raad-verzoek/pdf`, headers: { cookie: vt.cookie! } });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="verzoek-raad-lotte-veilig-2026-06-15.pdf"');
    const raadText = pdfText(pdf.rawPayload);
    expect(raadText).toContain('Onderzoek naar een ondertoezichtstelling.');
    // Dutch dates, never ISO ones: the request, the people, the report, the information gathered.
    expect(raadText).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(raadText).toContain('verzoek van 15 juni 2026');
    expect(raadText).toContain('Lotte Veilig (kind), geboren op 1 maart 2017');
    expect(raadText).toContain('Ontvangen op 15 juni 2026.');
    expect(raadText).toContain('15 juni 2026 — School (gesprek; grondslag: Wettelijke bevoegdheid van Veilig Thuis');
    // Tagged, in Dutch, its title shown, the headings and lists in the structure tree.
    const tags = pdfTagging(pdf.rawPayload);
    expect(tags).toMatchObject({ marked: true, lang: 'nl-NL', displayDocTitle: true, untagged: [] });
    expect(tags.title).toMatch(/^Verzoek tot onderzoek aan de Raad voor de Kinderbescherming, zaak \S+$/);
    expect(tags.metadataTitle).toBe(tags.title);
    const elements = structElements(tags.structure);
    expect(elements.filter((e) => e.type === 'H1').map((e) => e.text)).toEqual(['Verzoek tot onderzoek aan de Raad voor de Kinderbescherming']);
    expect(elements.filter((e) => e.type === 'H2').map((e) => e.text)).toEqual(['Vraag aan de Raad', 'Betrokkenen', 'Melding', 'Onderzoeksvragen en conclusies', 'Verzamelde informatie', 'Risicoscenario’s', 'Besluit']);
    const questions = elements.find((e) => e.type === 'L' && e.text.includes('Is er sprake van direct gevaar voor het kind?'));
    expect(questions?.children.map((i) => i.type)).toEqual(['LI', 'LI', 'LI', 'LI', 'LI', 'LI']);

    // Handover: the receiving organisation sees it and acknowledges; until then it stays on the list.
    expect((await vt.get('/api/v1/vt-zaken?lijst=wacht-op-overdracht')).body.items.map((x: any) => x.id)).toContain(id);
    const inbox = (await jgz.get('/api/v1/vt-overdrachten')).body.items;
    const h = inbox.find((x: any) => x.veiligheidsvoorwaarden.includes('Vader slaapt elders tot er hulp is.'));
    expect(h).toMatchObject({ van: 'Veilig Thuis Noord', naar: 'JGZ Noord', bevestigdAt: null, contactVeiligThuis: { naam: 'Naam vt' } });
    expect((await school.get(`/api/v1/vt-overdrachten/${h.id}`)).status).toBe(403);
    expect((await (await login('regio')).get('/api/v1/vt-overdrachten')).status).toBe(403);
    expect((await school.post(`/api/v1/vt-overdrachten/${h.id}/ontvangst`)).status).toBe(403);
    expect((await jgz.post(`/api/v1/vt-overdrachten/${h.id}/ontvangst`)).body.bevestigdDoor).toBe('Naam jgz');
    expect((await jgz.post(`/api/v1/vt-overdrachten/${h.id}/ontvangst`)).body.code).toBe('already-acknowledged');
    z = (await vt.get(`/api/v1/vt-zaken/${id}`)).body;
    expect(z.status).toBe('monitoring');
    expect(z.overdrachten[0]).toMatchObject({ bevestigdDoor: 'Naam jgz' });
    expect((await jgz.get(`/api/v1/personen/${childId}`)).status).toBe(200);

    // Feedback after the investigation names who took over.
    const concept2 = (await vt.get(`/api/v1/vt-zaken/${id}/terugkoppelingen/concept?moment=na_onderzoek`)).body.tekst;
    expect(concept2).toContain('JGZ Noord neemt de hulp over');
    expect(concept2).toContain('verzoek tot onderzoek aan de raad voor de kinderbescherming');
    expect((await vt.post(`/api/v1/vt-zaken/${id}/terugkoppelingen`, { moment: 'na_onderzoek', tekst: concept2 })).status).toBe(201);
    expect((await vt.post(`/api/v1/vt-zaken/${id}/terugkoppelingen`, { moment: 'na_onderzoek', tekst: concept2 })).body.code).toBe('feedback-already-sent');
    expect((await school.get(`/api/v1/dossiers/${dossierId}`)).body.timeline.filter((e: any) => e.kind === 'vt-terugkoppeling')).toHaveLength(2);

    // Monitoring: a failed check reopens the safety assessment with a new deadline.
    expect((await vt.post(`/api/v1/vt-zaken/${id}/monitoring`, { geplandOp: '2026-06-01' })).body.code).toBe('date-in-past');
    const planned = await vt.post(`/api/v1/vt-zaken/${id}/monitoring`, { geplandOp: '2026-07-15' });
    const m = planned.body.monitoring[0];
    expect((await vt.post(`/api/v1/vt-zaken/${id}/afsluiting`, { reden: 'Veilig.' })).body.code).toBe('monitoring-not-safe');
    t.clock.set('2026-07-15');
    vt = await login('vt');
    const failed = await vt.patch(`/api/v1/vt-monitoring/${m.id}`, { uitgevoerdOp: '2026-07-15', uitkomst: 'niet_veilig', bevraagd: 'Moeder, JGZ, school', bevindingen: 'Vader is teruggekeerd; nieuw letsel.' });
    expect(failed.body).toMatchObject({ status: 'veiligheidsbeoordeling', deadline: '2026-07-22' });
    const second = await assess(id, {});
    expect(second.body.veiligheidsbeoordelingen.map((b: any) => b.ronde)).toEqual([1, 2]);
    lead = await login('teamleider');
    // Kept by Veilig Thuis again: a new investigation with its own clock; the first stays as it was.
    const again = await approveVb(id);
    expect(again.body.onderzoek).toMatchObject({ ronde: 2, gestartOp: '2026-07-15', streefdatum: '2026-09-23', teLaat: false, afgeslotenOp: null });
    expect(again.body.eerdereOnderzoeken).toEqual([{ ronde: 1, gestartOp: TODAY, streefdatum: '2026-08-24', afgeslotenOp: TODAY }]);
    t.clock.set(TODAY);
    [vt, lead] = [await login('vt'), await login('teamleider')];
  });

  it('never shows a protected reporter outside the team: handover, Raad request, PDF, feedback of others', async () => {
    const res = await intake(vt, { melder: { naam: 'Henk Anoniem', relatie: 'oom', telefoon: '06-12121212' }, anonimiteitToegezegd: true, betrokkenen: [{ bsn: sibling, rol: 'kind' }, { bsn: father, rol: 'vermoedelijke_pleger' }] });
    const id = res.body.id;
    expect(res.body.melder.naam).toBe('Henk Anoniem'); // the team itself sees the reporter
    await assess(id, {});
    await approveVb(id);
    for (let nr = 1; nr <= 6; nr++) await vt.put(`/api/v1/vt-zaken/${id}/onderzoek/vragen/${nr}`, { conclusie: `C${nr}`, bronnen: 'Gesprekken.' });
    const proposed = await vt.post(`/api/v1/vt-zaken/${id}/besluiten`, { besluiten: ['vrijwillige_hulp', 'raad'], onderbouwing: 'Vangnet nodig.', overdracht: handover(), raad: { vraag: 'Beschermingsonderzoek.' } });
    await lead.post(`/api/v1/vt-besluiten/${proposed.body.besluiten[0].id}/goedkeuring`, { akkoord: true });
    expect((await vt.patch(`/api/v1/vt-zaken/${id}`, { anonimiteitToegezegd: false })).status).toBe(400); // a promise is not taken back
    const raad = await vt.get(`/api/v1/vt-zaken/${id}/raad-verzoek`);
    expect(JSON.stringify(raad.body)).not.toContain('Henk');
    expect(raad.body.melding.zorg).not.toContain('geschreeuw'); // the reporter's own words stay with the team
    expect(raad.body.melding.melder).toContain('Anoniem (anonimiteit toegezegd');
    const pdf = await t.app.inject({ url: `/api/v1/vt-zaken/${id}/raad-verzoek/pdf`, headers: { cookie: vt.cookie! } });
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Beschermingsonderzoek.');
    expect(text).not.toContain('Henk');
    expect(pdf.rawPayload.toString('latin1')).not.toContain('Henk'); // nor in the title or metadata
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="verzoek-raad-bram-veilig-2026-06-15.pdf"');
    expect(text).not.toContain('06-12121212');
    // Anonymity promised after the Raad request was made: every copy of the request honours it.
    const late = (await intake(vt, { melder: { naam: 'Wim Later', relatie: 'opa' }, betrokkenen: [{ bsn: sibling, rol: 'kind' }] })).body.id;
    await assess(late, {});
    await approveVb(late);
    for (let nr = 1; nr <= 6; nr++) await vt.put(`/api/v1/vt-zaken/${late}/onderzoek/vragen/${nr}`, { conclusie: `C${nr}`, bronnen: 'Gesprekken.' });
    const p2 = await vt.post(`/api/v1/vt-zaken/${late}/besluiten`, { besluiten: ['raad'], onderbouwing: 'Bescherming nodig.', raad: { vraag: 'Onderzoek.' } });
    await lead.post(`/api/v1/vt-besluiten/${p2.body.besluiten[0].id}/goedkeuring`, { akkoord: true });
    expect((await vt.get(`/api/v1/vt-zaken/${late}/raad-verzoek`)).body.melding.melder).toContain('Wim Later');
    await vt.patch(`/api/v1/vt-zaken/${late}`, { anonimiteitToegezegd: true });
    expect(JSON.stringify((await vt.get(`/api/v1/vt-zaken/${late}/raad-verzoek`)).body)).not.toContain('Wim');
    const latePdf = await t.app.inject({ url: `/api/v1/vt-zaken/${late}/raad-verzoek/pdf`, headers: { cookie: vt.cookie! } });
    expect(pdfText(latePdf.rawPayload)).not.toContain('Wim');

    const inbox = (await jgz.get('/api/v1/vt-overdrachten')).body;
    expect(inbox.items.length).toBeGreaterThan(0);
    expect(JSON.stringify(inbox)).not.toContain('Henk');
    expect(JSON.stringify(inbox)).not.toContain('06-12121212');
    expect(inbox.items.find((h: any) => h.melderAnoniem)).toMatchObject({ melder: null });
    // Notifications to others never carry the reporter either.
    for (const name of ['jgz', 'leerkracht']) expect(JSON.stringify((await (await login(name)).get('/api/v1/berichten')).body)).not.toContain('Henk');
    // Feedback to another reporter in this household may not name him, even when edited by hand.
    const other = (await intake(vt, { melder: { naam: 'Greet Buurvrouw', relatie: 'buurvrouw' }, betrokkenen: [{ bsn: sibling, rol: 'kind' }] })).body.id;
    await assess(other, { uitkomst: 'beeindigen', redenenVtHoudt: [] });
    await approveVb(other);
    const sent = await vt.post(`/api/v1/vt-zaken/${other}/terugkoppelingen`, { moment: 'na_veiligheidsbeoordeling', tekst: 'Ook Henk Anoniem maakte zich zorgen.', kanaal: 'telefoon' });
    expect(sent.body.code).toBe('feedback-contains-protected-identity');
    const concept = (await vt.get(`/api/v1/vt-zaken/${other}/terugkoppelingen/concept?moment=na_veiligheidsbeoordeling`)).body.tekst;
    expect(concept).not.toContain('Henk');
    expect((await vt.post(`/api/v1/vt-zaken/${other}/terugkoppelingen`, { moment: 'na_veiligheidsbeoordeling', tekst: concept })).body.code).toBe('channel-required');
    expect((await vt.post(`/api/v1/vt-zaken/${other}/terugkoppelingen`, { moment: 'na_veiligheidsbeoordeling', tekst: concept, kanaal: 'telefoon' })).status).toBe(201);
  });

  it('keeps a handover addressed to a named professional to them and their aandachtsfunctionaris', async () => {
    const id = (await intake(vt, {})).body.id;
    const vb = await assess(id, { uitkomst: 'overdragen', redenenVtHoudt: [], overdracht: { ...handover(), naarOrganisationId: w.orgs.school, naarUserId: w.users.leerkracht.id } });
    expect(vb.status).toBe(201);
    expect((await approveVb(id)).body.status).toBe('overdracht');
    const [named, colleague, officer] = [school, await login('collega'), await login('af')];
    const mine = (await named.get('/api/v1/vt-overdrachten')).body.items;
    expect(mine).toHaveLength(1);
    expect((await colleague.get('/api/v1/vt-overdrachten')).body.items).toHaveLength(0);
    expect((await colleague.get(`/api/v1/vt-overdrachten/${mine[0].id}`)).body.code).toBe('not-the-receiver');
    expect((await colleague.post(`/api/v1/vt-overdrachten/${mine[0].id}/ontvangst`)).body.code).toBe('not-the-receiver');
    expect((await officer.get(`/api/v1/vt-overdrachten/${mine[0].id}`)).status).toBe(200);
    expect((await named.post(`/api/v1/vt-overdrachten/${mine[0].id}/ontvangst`)).body.bevestigdDoor).toBe('Naam leerkracht');
  });

  it('gives no feedback to a reporter who asked for none, nor to an anonymous advice', async () => {
    const id = (await intake(vt, { terugkoppelingGewenst: false })).body.id;
    await assess(id, { uitkomst: 'beeindigen', redenenVtHoudt: [] });
    expect((await approveVb(id)).body.status).toBe('afgesloten');
    expect((await vt.get(`/api/v1/vt-zaken/${id}/terugkoppelingen/concept?moment=na_veiligheidsbeoordeling`)).body.code).toBe('feedback-not-wanted');
    expect((await vt.post(`/api/v1/vt-zaken/${id}/terugkoppelingen`, { moment: 'na_veiligheidsbeoordeling', tekst: 'x', kanaal: 'brief' })).body.code).toBe('feedback-not-wanted');
    const anon = (await vt.post('/api/v1/vt-zaken', { soort: 'advies', bron: 'burger', anoniem: true, zorg: 'Zorg.' })).body.id;
    expect((await vt.post(`/api/v1/vt-zaken/${anon}/terugkoppelingen`, { moment: 'na_veiligheidsbeoordeling', tekst: 'x', kanaal: 'brief' })).body.code).toBe('feedback-no-reporter');
  });

  it('enforces four eyes: a team leader cannot approve their own proposal; a rejection goes back', async () => {
    const id = (await intake(lead2, {})).body.id;
    const own = await lead2.post(`/api/v1/vt-zaken/${id}/veiligheidsbeoordelingen`, {
      alarmsignalen: [], directeVeiligheid: 'Geen direct gevaar.', acuteOnveiligheid: false, structureleOnveiligheid: false, toelichting: 't', uitkomst: 'beeindigen', onderbouwing: 'o',
    });
    const vbId = own.body.veiligheidsbeoordelingen[0].id;
    const self = await lead2.post(`/api/v1/vt-veiligheidsbeoordelingen/${vbId}/goedkeuring`, { akkoord: true });
    expect(self.status).toBe(403);
    expect(self.body.code).toBe('four-eyes');
    const back = await lead.post(`/api/v1/vt-veiligheidsbeoordelingen/${vbId}/afwijzing`, { reden: 'Onderbouwing te mager.' });
    expect(back.body).toMatchObject({ status: 'veiligheidsbeoordeling', veiligheidsbeoordelingen: [] });
    expect((await lead2.post(`/api/v1/vt-zaken/${id}/besluiten`, { besluiten: ['geen_actie'], onderbouwing: 'x' })).body.code).toBe('wrong-status');
  });

  it('reports the KPIs per team and period; the regional coordinator sees suppressed aggregates only', async () => {
    const k = (await lead.get('/api/v1/vt-kpis?van=2026-01-01&tot=2026-12-31')).body;
    const team = k.teams[0];
    expect(team.team).toBe('Veilig Thuis Noord');
    expect(team.veiligheidsbeoordelingen.totaal).toBeGreaterThanOrEqual(4);
    expect(team.veiligheidsbeoordelingen.binnenTermijn).toBe(team.veiligheidsbeoordelingen.totaal);
    expect(team.veiligheidsbeoordelingen.aandeel).toBe(100);
    expect(team.onderzoeken).toMatchObject({ totaal: 3, binnenTermijn: 3, aandeel: 100 });
    // One assessment approved late lowers the share.
    t.clock.set('2026-07-01');
    vt = await login('vt');
    const late = (await intake(vt, {})).body.id;
    t.clock.set('2026-07-20');
    [vt, lead] = [await login('vt'), await login('teamleider')];
    await assess(late, { uitkomst: 'beeindigen', redenenVtHoudt: [] });
    await approveVb(late);
    t.clock.set(TODAY);
    [vt, lead] = [await login('vt'), await login('teamleider')];
    const after = (await lead.get('/api/v1/vt-kpis?van=2026-01-01&tot=2026-12-31')).body.teams[0].veiligheidsbeoordelingen;
    expect(after.binnenTermijn).toBe(after.totaal - 1);
    const regio = (await (await login('regio')).get('/api/v1/vt-kpis?van=2026-01-01&tot=2026-12-31')).body.teams;
    expect(regio.map((r: any) => r.team)).toEqual(['Veilig Thuis Noord']);
    expect(regio[0].onderzoeken).toEqual({ totaal: null, binnenTermijn: null, aandeel: null });
    expect(JSON.stringify(regio)).not.toContain('Lotte');
    expect((await school.get('/api/v1/vt-kpis?van=2026-01-01&tot=2026-12-31')).status).toBe(403);
    expect((await lead.get('/api/v1/vt-kpis?van=2026-12-31&tot=2026-01-01')).body.code).toBe('period-invalid');
  });
});
