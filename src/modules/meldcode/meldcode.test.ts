// The Meldcode through the HTTP API: the five steps, the decision rules, the report that
// reaches Veilig Thuis, help with evaluation, pause and resume — on every database engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { buildWorld, importPersons, type ApiClient, type World } from '../../../tests/support/fixtures.ts';

const TODAY = '2026-06-15';
const why = (answer: 'ja' | 'nee') => ({ answer, reasoning: `Onderbouwing: ${answer}.` });

describe.each(ENGINES)('meldcode on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let school: ApiClient, vt: ApiClient;
  const kids: string[] = [];
  const dossiers: string[] = [];

  const start = async (i: number) => (await school.post('/api/v1/meldcode-trajecten', { dossierId: dossiers[i] })).body;
  const step = (id: string, body: Record<string, unknown>) => school.post(`/api/v1/meldcode-trajecten/${id}/stappen`, body);
  const allSteps = async (id: string) => {
    expect((await step(id, { kind: 'signaal', observedOn: '2026-06-10', observationType: 'lichamelijk_letsel', source: 'eigen waarneming', description: 'Blauwe plek op de bovenarm.', forms: ['lichamelijke_mishandeling'] })).status).toBe(201);
    expect((await step(id, { kind: 'consultatie', consultedOn: '2026-06-11', who: 'aandachtsfunctionaris', name: 'Naam af', advice: 'Gesprek met moeder voeren.' })).status).toBe(201);
    expect((await step(id, { kind: 'gesprek', heldOn: '2026-06-12', withWhom: 'moeder', summary: 'Zorgen besproken.', reaction: 'Moeder herkent de zorgen.' })).status).toBe(201);
    expect((await step(id, { kind: 'weging', weighedOn: '2026-06-13', framework: 'Afwegingskader onderwijs', forms: ['lichamelijke_mishandeling'], seriousness: 'ernstig', risk: 'Herhaling is waarschijnlijk.', reasoning: 'Patroon van letsel.' })).status).toBe(201);
  };

  beforeAll(async () => {
    t = await startTestApp(engine, { today: TODAY });
    w = await buildWorld(t);
    for (let i = 0; i < 5; i++) kids.push(w.bsn());
    await importPersons(w, kids.map((bsn, i) => ({ bsn, givenNames: `Kind${i}`, familyName: 'Meldcode', dateOfBirth: '2016-01-01', municipalityCode: 'GM9001' })));
    school = await w.as('leerkracht');
    vt = await w.as('vt');
    for (const bsn of kids) dossiers.push((await school.post('/api/v1/dossiers', { bsn, relationship: { reason: 'leerling' } })).body.id);
  });
  afterAll(async () => t?.close());

  it('starts a trajectory from the dossier; one at a time; only members of the dossier', async () => {
    const tr = await start(0);
    expect(tr).toMatchObject({ status: 'open', nextStep: 1, dossierId: dossiers[0], records: [] });
    const again = await school.post('/api/v1/meldcode-trajecten', { dossierId: dossiers[0] });
    expect(again.body).toMatchObject({ code: 'traject-running', trajectId: tr.id });
    expect((await (await w.as('collega')).post('/api/v1/meldcode-trajecten', { dossierId: dossiers[0] })).status).toBe(403);
    expect((await (await w.as('jgz')).get(`/api/v1/meldcode-trajecten/${tr.id}`)).status).toBe(403);
    expect((await (await w.as('regio')).get(`/api/v1/meldcode-trajecten/${tr.id}`)).status).toBe(403);
    // Directly, by BSN: the child's dossier at the organisation is used.
    expect((await school.post('/api/v1/meldcode-trajecten', { bsn: kids[0] })).body.code).toBe('traject-running');
  });

  it('documents the steps and refuses future dates, unknown kinds and content outside the schema', async () => {
    const tr = await start(1);
    expect((await step(tr.id, { kind: 'signaal', observedOn: '2026-07-01', observationType: 'waarneming', source: 'x', description: 'y' })).body.code).toBe('date-in-future');
    expect((await step(tr.id, { kind: 'signaal', observedOn: TODAY, source: 'x', description: 'y' })).body.errors.map((e: any) => e.path)).toEqual(['observationType']);
    expect((await step(tr.id, { kind: 'roddel', description: 'y' })).status).toBe(400);
    expect((await step(tr.id, { kind: 'weging', weighedOn: TODAY, framework: 'x', forms: [], seriousness: 'ernstig', risk: 'r', reasoning: 'r' })).status).toBe(400);
    expect((await step(tr.id, { kind: 'gesprek_overgeslagen', reason: 'veiligheid_kind', explanation: 'Vader is dreigend.', extra: 1 })).body.code).toBe('unknown-fields');
    await allSteps(tr.id);
    const view = (await school.get(`/api/v1/meldcode-trajecten/${tr.id}`)).body;
    expect(view.records.map((r: any) => r.step)).toEqual([1, 2, 3, 4]);
    expect(view.nextStep).toBe(5);
    expect(view.records[0]).toMatchObject({ kind: 'signaal', author: 'Naam leerkracht', data: { observationType: 'lichamelijk_letsel', forms: ['lichamelijke_mishandeling'] } });
  });

  it('refuses a decision while an earlier step is empty without a stated reason', async () => {
    const tr = await start(2);
    const decide = (extra: Record<string, unknown> = {}) => school.post(`/api/v1/meldcode-trajecten/${tr.id}/besluiten`, {
      decidedOn: TODAY, q1Vermoeden: why('nee'), outcome: 'afsluiten', reasoning: 'Geen vermoeden.', ...extra,
    });
    const res = await decide();
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'step-missing', fields: ['emptyStepReasons.1', 'emptyStepReasons.2', 'emptyStepReasons.3', 'emptyStepReasons.4'] });
    await step(tr.id, { kind: 'signaal', observedOn: TODAY, observationType: 'uitspraak_kind', source: 'kind', description: 'Vertelde iets over thuis.' });
    await step(tr.id, { kind: 'gesprek_overgeslagen', reason: 'veiligheid_kind', explanation: 'Een gesprek brengt het kind in gevaar.' });
    expect((await decide()).body.fields).toEqual(['emptyStepReasons.2', 'emptyStepReasons.4']);
    const ok = await decide({ emptyStepReasons: { '2': 'Niemand bereikbaar en geen twijfel.', '4': 'Geen vermoeden, dus niets te wegen.' } });
    expect(ok.status).toBe(201);
    expect(ok.body.status).toBe('afgesloten');
  });

  it('holds the answers to the five questions against the outcome', async () => {
    const tr = await start(3);
    await allSteps(tr.id);
    const decide = (body: Record<string, unknown>) => school.post(`/api/v1/meldcode-trajecten/${tr.id}/besluiten`, { decidedOn: TODAY, reasoning: 'Zie antwoorden.', ...body });
    expect((await decide({ q1Vermoeden: why('ja'), outcome: 'melden' })).body.code).toBe('decision-incomplete');
    const wrong = await decide({ q1Vermoeden: why('ja'), q2AcuutStructureel: why('ja'), outcome: 'hulp', agreements: 'x', followUpDate: '2026-08-01' });
    expect(wrong.body).toMatchObject({ code: 'decision-inconsistent', expected: 'melden' });
    expect((await decide({ q1Vermoeden: why('ja'), q2AcuutStructureel: why('nee'), q3HulpMogelijk: why('nee'), outcome: 'hulp' })).body.expected).toBe('melden');
    const hulp = { q1Vermoeden: why('ja'), q2AcuutStructureel: why('nee'), q3HulpMogelijk: why('ja'), q4HulpAanvaard: why('ja'), outcome: 'hulp' };
    expect((await decide(hulp)).body.code).toBe('agreements-required');
    expect((await decide({ ...hulp, agreements: 'Opvoedondersteuning via het wijkteam.', followUpDate: TODAY })).body.code).toBe('follow-up-in-past');
    expect((await decide({ ...hulp, q1Vermoeden: { answer: 'ja', reasoning: '' }, agreements: 'x', followUpDate: '2026-08-01' })).status).toBe(400);
    const ok = await decide({ ...hulp, agreements: 'Opvoedondersteuning via het wijkteam.', followUpDate: '2026-08-01' });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ status: 'hulp', followUpDate: '2026-08-01' });

    // Pause and resume, back to where it was.
    const paused = await school.post(`/api/v1/meldcode-trajecten/${tr.id}/pauze`, { reason: 'Gezin op vakantie.' });
    expect(paused.body).toMatchObject({ status: 'gepauzeerd', pauseReason: 'Gezin op vakantie.' });
    expect((await step(tr.id, { kind: 'signaal', observedOn: TODAY, observationType: 'gedrag', source: 'x', description: 'y' })).body.code).toBe('traject-paused');
    const resumed = (await school.post(`/api/v1/meldcode-trajecten/${tr.id}/hervatting`)).body;
    expect(resumed.status).toBe('hulp');
    expect(resumed.records.filter((r: any) => r.step === 0).map((r: any) => r.kind)).toEqual(['pauze', 'hervatting']); // not a step

    // Question 5: the help does not achieve the results in time → report after all.
    const noMonitoring = await school.post(`/api/v1/meldcode-trajecten/${tr.id}/evaluaties`, { evaluatedOn: TODAY, q5ResultaatBereikt: why('ja') });
    expect(noMonitoring.body.code).toBe('monitoring-required');
    const reReport = await school.post(`/api/v1/meldcode-trajecten/${tr.id}/evaluaties`, { evaluatedOn: TODAY, q5ResultaatBereikt: why('nee') });
    expect(reReport.status).toBe(201);
    expect(reReport.body.status).toBe('gemeld');
    expect(reReport.body.meldingen).toHaveLength(1);
  });

  it('reports to Veilig Thuis with every documented step; Veilig Thuis receives, confirms, and the reporter sees it', async () => {
    const tr = await start(4);
    await allSteps(tr.id);
    const res = await school.post(`/api/v1/meldcode-trajecten/${tr.id}/besluiten`, {
      decidedOn: TODAY, q1Vermoeden: why('ja'), q2AcuutStructureel: why('ja'), outcome: 'melden', reasoning: 'Acute onveiligheid.',
    });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('gemeld');
    const meldingId = res.body.meldingen[0].id;

    const inbox = (await vt.get('/api/v1/berichten')).body.items;
    expect(inbox.some((n: any) => n.link === `/veilig-thuis/meldingen/${meldingId}`)).toBe(true);
    expect((await (await w.as('teamleider')).get('/api/v1/berichten')).body.items.some((n: any) => n.subject === 'Nieuwe melding via de meldcode')).toBe(true);
    const melding = (await vt.get(`/api/v1/veilig-thuis/meldingen/${meldingId}`)).body;
    expect(melding.fromOrganisation).toBe('Basisschool Noord');
    expect(melding.payload.kind.bsn).toBe(kids[4]);
    expect(melding.payload.melder).toMatchObject({ naam: 'Naam leerkracht', organisatie: 'Basisschool Noord' });
    expect(melding.payload.stappen.map((s: any) => s.soort)).toEqual(['signaal', 'consultatie', 'gesprek', 'weging', 'besluit']);
    expect((await vt.get('/api/v1/veilig-thuis/meldingen')).body.items.map((m: any) => m.id)).toContain(meldingId);

    // Nobody else reads it.
    expect((await school.get(`/api/v1/veilig-thuis/meldingen/${meldingId}`)).status).toBe(403);
    expect((await (await w.as('regio')).get('/api/v1/veilig-thuis/meldingen')).status).toBe(403);

    expect((await vt.post(`/api/v1/veilig-thuis/meldingen/${meldingId}/ontvangst`)).status).toBe(201);
    expect((await vt.post(`/api/v1/veilig-thuis/meldingen/${meldingId}/ontvangst`)).body.code).toBe('already-received');
    const mine = (await school.get(`/api/v1/meldcode-trajecten/${tr.id}`)).body;
    expect(mine.meldingen[0]).toMatchObject({ toOrganisation: 'Veilig Thuis Noord', receivedAt: expect.any(String) });
    expect(mine.member).toBe(true);
    const list = (await school.get(`/api/v1/dossiers/${dossiers[4]}/meldcode-trajecten`)).body.items;
    expect(list).toEqual([expect.objectContaining({ id: tr.id, status: 'gemeld', receivedByVeiligThuisAt: expect.any(String) })]);
    const timeline = (await school.get(`/api/v1/dossiers/${dossiers[4]}`)).body.timeline;
    expect(timeline.at(-1)).toMatchObject({ kind: 'vt-ontvangst' });
    expect((await school.get('/api/v1/berichten')).body.items.some((n: any) => n.subject === 'Veilig Thuis heeft uw melding ontvangen')).toBe(true);
  });

  it('gives the aandachtsfunctionaris an overview of running trajectories with their age and next date', async () => {
    t.clock.set('2026-06-25');
    const af = await w.as('af');
    const res = await af.get('/api/v1/meldcode/overzicht');
    expect(res.status).toBe(200);
    // Kid 0 (nothing documented) and kid 1 (steps 1–4, no decision) are running; the others ended.
    expect(res.body.trajecten.map((x: any) => [x.dossierId, x.status, x.ageDays, x.nextStep])).toEqual([
      [dossiers[0], 'open', 10, 1],
      [dossiers[1], 'open', 10, 5],
    ]);
    expect((await (await w.as('leerkracht')).get('/api/v1/meldcode/overzicht')).status).toBe(403);
    t.clock.set(TODAY);
  });
});
