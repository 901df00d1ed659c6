// Warm handover to the primary school through the HTTP API, on every engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { buildWorld, importPersons, type ApiClient, type World } from '../../../tests/support/fixtures.ts';

const TODAY = '2026-06-15';
const CONTENT = { ontwikkeling: 'Taal loopt wat achter; motoriek goed.', ondersteuningsbehoeften: 'Extra taalaanbod; rustige plek.' };

describe.each(ENGINES)('warm handover on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let jgz: ApiClient, school: ApiClient;
  let dossierId: string;

  beforeAll(async () => {
    t = await startTestApp(engine, { today: TODAY });
    w = await buildWorld(t);
    const bsn = w.bsn();
    await importPersons(w, [{ bsn, givenNames: 'Ties', familyName: 'Kok', dateOfBirth: '2022-07-07' }]);
    jgz = await w.as('jgz');
    school = await w.as('leerkracht');
    dossierId = (await jgz.post('/api/v1/dossiers', { bsn, relationship: { reason: 'client_in_zorg' } })).body.id;
  });
  afterAll(async () => t?.close());

  const send = (body: Record<string, unknown>) => jgz.post(`/api/v1/dossiers/${dossierId}/overdrachten`, { toOrganisationId: w.orgs.school, content: CONTENT, ...body });

  it('refuses a handover without consent, without the parents having seen it, or to another than a primary school', async () => {
    expect((await send({ parentsSeenOn: TODAY })).body.code).toBe('consent-required');
    expect((await send({ consentDate: TODAY })).body.code).toBe('parents-not-informed');
    expect((await send({ consentDate: '2026-06-20', parentsSeenOn: TODAY })).body.code).toBe('date-in-future');
    expect((await send({ consentDate: TODAY, parentsSeenOn: TODAY, toOrganisationId: w.orgs.huisarts })).body.code).toBe('recipient-not-primary-school');
    const fromSchool = await school.post('/api/v1/dossiers', { bsn: (await t.db.selectFrom('persons').select('bsn').where('given_names', '=', 'Ties').executeTakeFirstOrThrow()).bsn, relationship: { reason: 'leerling' } });
    expect((await school.post(`/api/v1/dossiers/${fromSchool.body.id}/overdrachten`, { toOrganisationId: w.orgs.school2, content: CONTENT, consentDate: TODAY, parentsSeenOn: TODAY })).body.code).toBe('sector-not-allowed');
    expect(await t.db.selectFrom('overdrachten').selectAll().execute()).toEqual([]);
  });

  it('sends development and support needs; the school receives, acknowledges, and the sender sees it', async () => {
    const res = await send({ consentDate: '2026-06-10', parentsSeenOn: '2026-06-10' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ toOrganisation: 'Basisschool Noord', content: CONTENT, acknowledgedAt: null });
    const inbox = (await school.get('/api/v1/overdrachten')).body.ontvangen;
    expect(inbox.map((h: any) => h.child.name)).toEqual(['Ties Kok']);
    expect((await school.get('/api/v1/berichten')).body.items.some((n: any) => n.subject === 'Warme overdracht ontvangen')).toBe(true);
    expect((await (await w.as('leerkracht2')).get('/api/v1/overdrachten')).body.ontvangen).toEqual([]);
    expect((await school.get(`/api/v1/overdrachten/${res.body.id}`)).body.content).toEqual(CONTENT);
    expect((await (await w.as('leerkracht2')).get(`/api/v1/overdrachten/${res.body.id}`)).status).toBe(403);
    const pdf = await t.app.inject({ url: `/api/v1/overdrachten/${res.body.id}/ouderversie`, headers: { cookie: jgz.cookie! } });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((await jgz.post(`/api/v1/overdrachten/${res.body.id}/ontvangst`)).body.code).toBe('not-the-recipient');
    const ack = await school.post(`/api/v1/overdrachten/${res.body.id}/ontvangst`);
    expect(ack.body.acknowledgedBy).toBe('Naam leerkracht');
    const timeline = (await jgz.get(`/api/v1/dossiers/${dossierId}`)).body.timeline;
    expect(timeline.slice(-2).map((e: any) => e.kind)).toEqual(['overdracht', 'overdracht-ontvangen']);
    expect((await jgz.get('/api/v1/berichten')).body.items.some((n: any) => n.subject === 'De school heeft uw overdracht ontvangen')).toBe(true);
  });
});
