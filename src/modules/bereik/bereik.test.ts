// The reach protocol "niet verschenen zonder bericht" through the HTTP API, on every engine:
// each failure to reach the family creates the next task; in the end it proposes escalation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { buildWorld, importPersons, type ApiClient, type World } from '../../../tests/support/fixtures.ts';

const TODAY = '2026-06-15';

describe.each(ENGINES)('reach protocol on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let jgz: ApiClient;
  let dossierId: string;

  beforeAll(async () => {
    t = await startTestApp(engine, { today: TODAY });
    w = await buildWorld(t);
    const bsn = w.bsn();
    await importPersons(w, [{ bsn, givenNames: 'Vera', familyName: 'Mol', dateOfBirth: '2025-03-03' }]);
    jgz = await w.as('jgz');
    dossierId = (await jgz.post('/api/v1/dossiers', { bsn, relationship: { reason: 'client_in_zorg' } })).body.id;
  });
  afterAll(async () => t?.close());

  const missed = (note?: string) => jgz.post(`/api/v1/dossiers/${dossierId}/niet-verschenen`, { onDate: TODAY, ...(note ? { note } : {}) });
  const outcome = (o: string) => jgz.post(`/api/v1/dossiers/${dossierId}/bereik-uitkomsten`, { onDate: TODAY, outcome: o });

  it('walks the default protocol from a contact attempt to a home visit to the escalation proposal', async () => {
    expect((await jgz.get('/api/v1/bereik-protocol')).body.isDefault).toBe(true);
    const first = await missed('Consultatiebureau, 9.30 uur.');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ failures: 1, step: { action: 'contactpoging' }, escalation: null, task: { dueDate: '2026-06-17' } });
    expect((await jgz.get('/api/v1/taken')).body.items.find((x: any) => x.source === 'bereik')).toMatchObject({ dueDate: '2026-06-17' });
    expect((await outcome('onbereikbaar')).body).toMatchObject({ failures: 2, step: { action: 'contactpoging' } });
    expect((await missed()).body).toMatchObject({ failures: 3, step: { action: 'huisbezoek' } });
    const escalate = await outcome('onbereikbaar');
    expect(escalate.body).toMatchObject({ failures: 4, step: { action: 'escalatie' }, escalation: { options: ['zorg_delen', 'meldcode_starten'] } });
    const timeline = (await jgz.get(`/api/v1/dossiers/${dossierId}`)).body.timeline;
    expect(timeline.at(-1).kind).toBe('bereik-escalatie');
    // Contact ends the episode: the next miss starts again at the first step.
    expect((await outcome('contact')).body).toEqual({ failures: 0, step: null, taskId: null, task: null, escalation: null });
    expect((await missed()).body).toMatchObject({ failures: 1, step: { action: 'contactpoging' } });
  });

  it('follows the organisation’s own decision tree, set by its aandachtsfunctionaris', async () => {
    const steps = [{ action: 'huisbezoek', title: 'Direct op huisbezoek', dueDays: 1 }, { action: 'escalatie', title: 'Escaleren', dueDays: 0 }];
    expect((await jgz.put('/api/v1/bereik-protocol', { steps })).status).toBe(403);
    // JGZ's own aandachtsfunctionaris (the fixture's is at the school).
    await t.db.insertInto('users').values({
      username: 'af.jgz', password_hash: (await t.db.selectFrom('users').select('password_hash').where('username', '=', 'jgz').executeTakeFirstOrThrow()).password_hash,
      display_name: 'AF JGZ', email: 'af.jgz@test.nl', phone: '010-1', organisation_id: w.orgs.jgz, role: 'aandachtsfunctionaris',
    }).execute();
    const afClient = await w.as('af.jgz');
    expect((await afClient.put('/api/v1/bereik-protocol', { steps: [steps[0]] })).status).toBe(400); // must end in escalation
    expect((await afClient.put('/api/v1/bereik-protocol', { steps })).body.isDefault).toBe(false);
    await outcome('verklaring');
    expect((await missed()).body.step.action).toBe('huisbezoek');
    expect((await outcome('onbereikbaar')).body.step.action).toBe('escalatie');
    expect((await outcome('onbereikbaar')).body.step.action).toBe('escalatie'); // stays at the last step
  });

  it('refuses a future date and anyone not involved', async () => {
    expect((await jgz.post(`/api/v1/dossiers/${dossierId}/niet-verschenen`, { onDate: '2026-06-16' })).body.code).toBe('date-in-future');
    expect((await (await w.as('leerkracht')).post(`/api/v1/dossiers/${dossierId}/niet-verschenen`, { onDate: TODAY })).status).toBe(403);
    expect((await jgz.post(`/api/v1/dossiers/${dossierId}/bereik-uitkomsten`, { onDate: TODAY, outcome: 'weg' })).status).toBe(400);
  });
});
