// Follow-up that does not forget: conversations whose agreements become tasks, the overdue
// lists, completing tasks and daily reminders — through the HTTP API, on every engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { buildWorld, importPersons, type ApiClient, type World } from '../../../tests/support/fixtures.ts';
import { remindDueTasks } from './tasks.ts';

const TODAY = '2026-06-15';
const PARENT_STEPS = {
  doel: 'Uitgelegd waarom we praten.', zorgen: 'Vaak te laat en moe.', reactie: 'Moeder herkent het.', oorzaken: 'Nachtdiensten.',
  zorgenUitgesproken: 'Slaaptekort schaadt de ontwikkeling.', verwachtingen: 'Ouders zorgen voor vaste bedtijden.', afronding: 'Afspraken gemaakt.',
};

describe.each(ENGINES)('follow-up on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let school: ApiClient;
  let dossierId: string;
  let toddlerDossier: string;

  beforeAll(async () => {
    t = await startTestApp(engine, { today: TODAY });
    w = await buildWorld(t);
    const [kid, toddler] = [w.bsn(), w.bsn()];
    await importPersons(w, [
      { bsn: kid, givenNames: 'Lina', familyName: 'Vos', dateOfBirth: '2017-02-02' },
      { bsn: toddler, givenNames: 'Pim', familyName: 'Vos', dateOfBirth: '2024-09-09' },
    ]);
    school = await w.as('leerkracht');
    dossierId = (await school.post('/api/v1/dossiers', { bsn: kid, relationship: { reason: 'leerling' } })).body.id;
    toddlerDossier = (await school.post('/api/v1/dossiers', { bsn: toddler, relationship: { reason: 'leerling' } })).body.id;
  });
  afterAll(async () => t?.close());

  const talk = (id: string, body: Record<string, unknown>) => school.post(`/api/v1/dossiers/${id}/gesprekken`, {
    with: 'ouders', heldOn: TODAY, participants: 'moeder, leerkracht', steps: PARENT_STEPS, ...body,
  });

  it('records the conversation with the parents step by step and turns agreements into tasks', async () => {
    const res = await talk(dossierId, { agreements: [
      { description: 'Bellen met moeder over bedtijden', dueDate: '2026-06-22' },
      { description: 'Evaluatiegesprek plannen', dueDate: '2026-06-17' },
    ] });
    expect(res.status).toBe(201);
    expect(res.body.taskIds).toHaveLength(2);
    const timeline = (await school.get(`/api/v1/dossiers/${dossierId}`)).body.timeline;
    const entry = timeline.find((e: any) => e.kind === 'gesprek');
    expect(entry.body).toContain('Concreet de zorgen over het kind benoemen: Vaak te laat en moe.');
    const tasks = (await school.get('/api/v1/taken')).body;
    expect(tasks.items.map((x: any) => [x.title, x.dueDate, x.source])).toEqual([
      ['Evaluatiegesprek plannen', '2026-06-17', 'afspraak'],
      ['Bellen met moeder over bedtijden', '2026-06-22', 'afspraak'],
    ]);
    expect(tasks.overdue).toBe(0);
  });

  it('refuses a missing step, a future date, a past due date and a conversation with a child under four — saving nothing', async () => {
    const { afronding: _a, ...sixSteps } = PARENT_STEPS;
    expect((await talk(dossierId, { steps: sixSteps })).status).toBe(400);
    expect((await talk(dossierId, { heldOn: '2026-06-16' })).body.code).toBe('date-in-future');
    const past = await talk(dossierId, { agreements: [{ description: 'Te laat', dueDate: '2026-06-01' }] });
    expect(past.body.code).toBe('due-date-in-past');
    const toddler = await school.post(`/api/v1/dossiers/${toddlerDossier}/gesprekken`, {
      with: 'kind', heldOn: TODAY, participants: 'Pim', steps: { weetWaarom: 'a', doel: 'b', thuissituatie: 'c', verantwoordelijkheid: 'd', oplossingen: 'e', afronding: 'f', opvang: 'g' },
    });
    expect(toddler.body.code).toBe('child-too-young');
    const stored = await t.db.selectFrom('conversations').select(t.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(1);
  });

  it('gives a task only to someone involved, and lets members complete it once', async () => {
    expect((await school.post(`/api/v1/dossiers/${dossierId}/taken`, { title: 'x', dueDate: '2026-06-20', assigneeId: w.users.collega.id })).body.code).toBe('assignee-not-member');
    const task = (await school.post(`/api/v1/dossiers/${dossierId}/taken`, { title: 'Huisbezoek', dueDate: '2026-06-20' })).body;
    expect(task).toMatchObject({ title: 'Huisbezoek', source: 'handmatig', status: 'open', overdue: false });
    expect((await (await w.as('collega')).patch(`/api/v1/taken/${task.id}`, { status: 'gedaan' })).status).toBe(403);
    const done = await school.patch(`/api/v1/taken/${task.id}`, { status: 'gedaan', note: 'Gezin thuis getroffen.' });
    expect(done.body).toMatchObject({ status: 'gedaan', doneNote: 'Gezin thuis getroffen.' });
    expect((await school.patch(`/api/v1/taken/${task.id}`, { status: 'gedaan' })).body.code).toBe('task-not-open');
  });

  it('lists overdue tasks for the professional and for the aandachtsfunctionaris, and reminds once a day without naming the child', async () => {
    t.clock.set('2026-06-18');
    const me = await w.as('leerkracht');
    const mine = (await me.get('/api/v1/taken')).body;
    expect(mine.overdue).toBe(1);
    expect(mine.items.find((x: any) => x.overdue).title).toBe('Evaluatiegesprek plannen');
    expect((await me.get('/api/v1/taken/aantal')).body).toEqual({ open: mine.items.length, overdue: 1 });
    const af = await w.as('af');
    const org = (await af.get('/api/v1/taken/over-datum')).body.items;
    expect(org.map((x: any) => [x.title, x.assignee, x.child])).toEqual([['Evaluatiegesprek plannen', 'Naam leerkracht', 'Lina Vos']]);
    expect((await me.get('/api/v1/taken/over-datum')).status).toBe(403);

    expect(await remindDueTasks(t.db, t.ctx.notifier, '2026-06-18')).toBe(1);
    expect(await remindDueTasks(t.db, t.ctx.notifier, '2026-06-18')).toBe(0); // once a day
    const reminder = (await me.get('/api/v1/berichten')).body.items.find((n: any) => n.link === '/taken');
    expect(reminder.subject).toContain('over datum');
    expect(reminder.body).not.toContain('Lina');
    expect(await remindDueTasks(t.db, t.ctx.notifier, '2026-06-19')).toBe(1); // still overdue the next day
    t.clock.set(TODAY);
  });
});
