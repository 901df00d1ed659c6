// Stap 0 screenings through the HTTP API: complete lists, the professional's judgement,
// burden against capacity without a score, and who may write — on every database engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { buildWorld, importPersons, type ApiClient, type World } from '../../../tests/support/fixtures.ts';

const TODAY = '2026-06-15';

describe.each(ENGINES)('stap 0 screening on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let school: ApiClient;
  let dossierId: string;
  let groups: { id: string; kind: 'risico' | 'beschermend'; factors: { id: string; nl: string }[] }[];
  const childBsn: string[] = [];

  const allAnswers = (present: string[] = [], unknown: string[] = []) => groups.flatMap((g) => g.factors.map((f) => ({
    factorId: f.id,
    answer: present.includes(f.id) ? 'aanwezig' : unknown.includes(f.id) ? 'onbekend' : 'niet_aanwezig',
    ...(present.includes(f.id) ? { note: `gezien: ${f.id}`, source: 'eigen waarneming' } : {}),
  })));

  beforeAll(async () => {
    t = await startTestApp(engine, { today: TODAY });
    w = await buildWorld(t);
    childBsn.push(w.bsn(), w.bsn());
    await importPersons(w, [
      { bsn: childBsn[0], givenNames: 'Sam', familyName: 'Peters', dateOfBirth: '2016-06-06' },
      { bsn: childBsn[1], givenNames: 'Bijna', familyName: 'Volwassen', dateOfBirth: '2008-06-20' },
    ]);
    school = await w.as('leerkracht');
    dossierId = (await school.post('/api/v1/dossiers', { bsn: childBsn[0], relationship: { reason: 'leerling' } })).body.id;
    groups = (await school.get('/api/v1/stap0/factoren')).body.groups;
  });
  afterAll(async () => t?.close());

  it('offers the risk and protective factor groups with a seed reference on every item', async () => {
    expect(groups.filter((g) => g.kind === 'risico').length).toBeGreaterThanOrEqual(4);
    expect(groups.filter((g) => g.kind === 'beschermend').length).toBeGreaterThanOrEqual(2);
    const all = (await school.get('/api/v1/stap0/factoren')).body.groups.flatMap((g: any) => g.factors);
    expect(all.every((f: any) => /seed 00[14]/.test(f.ref))).toBe(true);
  });

  it('records a screening and shows draaglast against draagkracht side by side, never a score', async () => {
    const risk = groups.find((g) => g.kind === 'risico')!.factors[0];
    const protective = groups.find((g) => g.kind === 'beschermend')!.factors[0];
    const res = await school.post(`/api/v1/dossiers/${dossierId}/screenings`, {
      answers: allAnswers([risk.id, protective.id], [groups.at(-1)!.factors.at(-1)!.id]),
      judgement: 'zorg', judgementNote: 'Zorgen over de spanning thuis.', nextAction: 'bespreken_met_ouders',
    });
    expect(res.status).toBe(201);
    const risico = res.body.balance.draaglast.flatMap((g: any) => g.factors);
    const beschermend = res.body.balance.draagkracht.flatMap((g: any) => g.factors);
    expect(risico).toEqual([{ id: risk.id, label: risk.nl, note: `gezien: ${risk.id}`, source: 'eigen waarneming' }]);
    expect(beschermend.map((f: any) => f.id)).toEqual([protective.id]);
    expect(res.body.balance.unknown).toBe(1);
    expect(JSON.stringify(res.body)).not.toMatch(/score/i);
    const again = await school.get(`/api/v1/dossiers/${dossierId}/screenings/${res.body.id}`);
    expect(again.body.balance).toEqual(res.body.balance);
    const timeline = (await school.get(`/api/v1/dossiers/${dossierId}`)).body.timeline;
    expect(timeline.at(-1)).toMatchObject({ kind: 'screening', recordId: res.body.id, summary: expect.stringContaining('bespreken met de ouders') });
  });

  it('refuses an incomplete list, unknown or doubled factors, and a judgement without a fitting next step', async () => {
    const post = (body: unknown) => school.post(`/api/v1/dossiers/${dossierId}/screenings`, body);
    const full = allAnswers();
    const incomplete = await post({ answers: full.slice(1), judgement: 'geen_zorg', nextAction: 'geen_actie' });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body).toMatchObject({ code: 'screening-incomplete', fields: [full[0].factorId] });
    expect((await post({ answers: [...full, { factorId: 'bestaat-niet', answer: 'onbekend' }], judgement: 'geen_zorg', nextAction: 'geen_actie' })).body.code).toBe('factor-unknown');
    expect((await post({ answers: [...full, full[0]], judgement: 'geen_zorg', nextAction: 'geen_actie' })).body.code).toBe('factor-twice');
    expect((await post({ answers: full, judgement: 'ernstige_zorg', nextAction: 'geen_actie' })).body.code).toBe('next-action-required');
    expect((await post({ answers: full, judgement: 'vermoeden_kindermishandeling', nextAction: 'zorg_delen' })).body.code).toBe('meldcode-required');
    expect((await post({ answers: full, judgement: 'misschien', nextAction: 'geen_actie' })).status).toBe(400);
    const unsourced = full.map((a, i) => (i === 0 ? { factorId: a.factorId, answer: 'aanwezig', note: 'gezien' } : a));
    expect((await post({ answers: unsourced, judgement: 'zorg', nextAction: 'zorg_delen' })).body).toMatchObject({ code: 'source-required', fields: [full[0].factorId] });
    const count = await t.db.selectFrom('screenings').select(t.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('only members write; the aandachtsfunctionaris reads, and writes after joining; outsiders are refused', async () => {
    const body = { answers: allAnswers(), judgement: 'geen_zorg', nextAction: 'geen_actie' };
    const af = await w.as('af');
    const before = await af.post(`/api/v1/dossiers/${dossierId}/screenings`, body);
    expect(before.status).toBe(403);
    expect(before.body.code).toBe('not-a-member');
    await af.post(`/api/v1/dossiers/${dossierId}/betrokkenen`, {});
    expect((await af.post(`/api/v1/dossiers/${dossierId}/screenings`, body)).status).toBe(201);
    for (const name of ['collega', 'jgz', 'regio']) {
      expect((await (await w.as(name)).post(`/api/v1/dossiers/${dossierId}/screenings`, body)).status, name).toBe(403);
    }
  });

  it('refuses a screening once the child has become an adult', async () => {
    const id = (await school.post('/api/v1/dossiers', { bsn: childBsn[1], relationship: { reason: 'leerling' } })).body.id;
    t.clock.set('2026-06-20');
    const later = await w.as('leerkracht'); // days later: a new session
    const res = await later.post(`/api/v1/dossiers/${id}/screenings`, { answers: allAnswers(), judgement: 'geen_zorg', nextAction: 'geen_actie' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('not-a-child');
    t.clock.set(TODAY);
  });
});
