// Sharing a worry with its legal basis, the recipient's acknowledgement seen by the sender, a
// Verwijsindex signal from the dossier, and the kindcheck — through the HTTP API, on every engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { buildWorld, importPersons, type ApiClient, type World } from '../../../tests/support/fixtures.ts';

const TODAY = '2026-06-15';
const CONFLICT = { doel: 'Veiligheid van het kind.', zonderDoorbreken: 'Nee.', geenToestemming: 'Vader is dreigend.', belang: 'Ja, acuut.', beperking: 'Alleen de zorg, alleen aan JGZ.' };

describe.each(ENGINES)('sharing a worry and the kindcheck on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let school: ApiClient, jgz: ApiClient;
  let dossierId: string;
  const p: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp(engine, { today: TODAY });
    w = await buildWorld(t);
    for (const k of ['kind', 'moeder', 'baby', 'tiener']) p[k] = w.bsn();
    await importPersons(w, [
      { bsn: p.kind, givenNames: 'Noa', familyName: 'Smit', dateOfBirth: '2016-05-05' },
      { bsn: p.moeder, givenNames: 'Ellen', familyName: 'Smit', dateOfBirth: '1990-01-01' },
      { bsn: p.baby, givenNames: 'Mees', familyName: 'Smit', dateOfBirth: '2026-01-01' },
      { bsn: p.tiener, givenNames: 'Lars', familyName: 'Smit', dateOfBirth: '2007-01-01' },
    ], [{ parentBsn: p.moeder, childBsn: p.kind }, { parentBsn: p.moeder, childBsn: p.baby }, { parentBsn: p.moeder, childBsn: p.tiener }]);
    school = await w.as('leerkracht');
    jgz = await w.as('jgz');
    dossierId = (await school.post('/api/v1/dossiers', { bsn: p.kind, relationship: { reason: 'leerling' } })).body.id;
  });
  afterAll(async () => t?.close());

  const share = (body: Record<string, unknown>) => school.post(`/api/v1/dossiers/${dossierId}/zorg-delingen`, {
    toOrganisationId: w.orgs.jgz, message: 'Noa komt vaak hongerig op school.', ...body,
  });

  it('refuses sharing without a legal basis, consent in the future, or without the conflict-of-duties answers', async () => {
    expect((await share({})).body.code).toBe('legal-basis-required');
    expect((await share({ legalBasis: 'toestemming' })).body.code).toBe('consent-required');
    expect((await share({ legalBasis: 'toestemming', consent: { by: 'ouders', date: '2026-06-16' } })).body.code).toBe('consent-date-in-future');
    expect((await share({ legalBasis: 'conflict_van_plichten' })).body.code).toBe('conflict-answers-required');
    expect((await share({ legalBasis: 'meldrecht', toUserId: w.users.huisarts.id })).body.code).toBe('recipient-not-in-organisation');
    expect((await share({ legalBasis: 'meldrecht', toOrganisationId: w.orgs.school })).body.code).toBe('share-within-organisation');
    expect((await t.db.selectFrom('zorg_delingen').selectAll().execute())).toEqual([]);
  });

  it('shares with consent to a named professional, who acknowledges; the sender sees it in the dossier', async () => {
    const res = await share({ legalBasis: 'toestemming', consent: { by: 'ouders', date: '2026-06-14' }, toUserId: w.users.jgz.id });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ legalBasis: 'toestemming', consent: { by: 'ouders', date: '2026-06-14' }, toOrganisation: 'JGZ Noord', acknowledgedAt: null });
    const received = (await jgz.get('/api/v1/zorg-delingen')).body.ontvangen;
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ message: 'Noa komt vaak hongerig op school.', from: { organisation: 'Basisschool Noord' }, dossierId: null, sentByMe: false });
    expect((await jgz.get('/api/v1/berichten')).body.items[0].link).toBe(`/zorg-delingen/${res.body.id}`);
    // The recipient may now see the child; others may not see the sharing.
    expect((await jgz.get(`/api/v1/personen/${received[0].child.id}`)).status).toBe(200);
    expect((await (await w.as('ggz')).get(`/api/v1/zorg-delingen/${res.body.id}`)).status).toBe(403);
    expect((await school.post(`/api/v1/zorg-delingen/${res.body.id}/ontvangst`, {})).body.code).toBe('not-the-recipient');

    const ack = await jgz.post(`/api/v1/zorg-delingen/${res.body.id}/ontvangst`, { feedback: 'We nodigen het gezin uit op het consultatiebureau.' });
    expect(ack.status).toBe(201);
    expect((await jgz.post(`/api/v1/zorg-delingen/${res.body.id}/ontvangst`, {})).body.code).toBe('already-acknowledged');
    const mine = (await school.get(`/api/v1/zorg-delingen/${res.body.id}`)).body;
    expect(mine).toMatchObject({ acknowledgedBy: 'Naam jgz', feedback: 'We nodigen het gezin uit op het consultatiebureau.', dossierId });
    const timeline = (await school.get(`/api/v1/dossiers/${dossierId}`)).body.timeline;
    expect(timeline.slice(-2).map((e: any) => e.kind)).toEqual(['zorg-gedeeld', 'zorg-ontvangen']);
    expect((await school.get('/api/v1/berichten')).body.items.some((n: any) => n.subject === 'Uw gedeelde zorg is ontvangen')).toBe(true);
  });

  it('shares without consent after the conflict of duties, to a whole organisation, and records the answers', async () => {
    const res = await share({ legalBasis: 'conflict_van_plichten', conflictAnswers: CONFLICT });
    expect(res.status).toBe(201);
    const stored = await t.db.selectFrom('zorg_delingen').select(['conflict_answers', 'to_user_id']).where('id', '=', res.body.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ conflict_answers: CONFLICT, to_user_id: null });
    const audit = await t.db.selectFrom('audit_log').select(['action', 'detail']).where('record_id', '=', res.body.id).execute();
    expect(audit[0]).toMatchObject({ action: 'share', detail: { legalBasis: 'conflict_van_plichten' } });
  });

  it('places a Verwijsindex signal from the dossier in one step', async () => {
    const res = await school.post(`/api/v1/dossiers/${dossierId}/verwijsindex-signaal`, { informedOn: TODAY });
    expect(res.status).toBe(201);
    expect((await school.get('/api/v1/signalen')).body.items.map((s: any) => s.youth.bsn)).toEqual([p.kind]);
    const timeline = (await school.get(`/api/v1/dossiers/${dossierId}`)).body.timeline;
    expect(timeline.at(-1)).toMatchObject({ kind: 'verwijsindex', body: null });
  });

  it('runs the kindcheck for a professional who sees adults and offers the screening per child', async () => {
    const ggz = await w.as('ggz');
    const list = await ggz.post('/api/v1/kindchecks/_kinderen', { clientBsn: p.moeder, clientDateOfBirth: '1990-01-01' });
    expect(list.status).toBe(200);
    expect(list.body.children.map((c: any) => c.name)).toEqual(['Noa Smit', 'Mees Smit']); // Lars is 19
    expect((await ggz.post('/api/v1/kindchecks/_kinderen', { clientBsn: p.moeder, clientDateOfBirth: '1990-01-02' })).status).toBe(404);
    expect((await ggz.post('/api/v1/kindchecks/_kinderen', { clientBsn: p.kind, clientDateOfBirth: '2016-05-05' })).body.code).toBe('client-not-adult');
    expect((await school.post('/api/v1/kindchecks/_kinderen', { clientBsn: p.moeder, clientDateOfBirth: '1990-01-01' })).body.code).toBe('sector-not-adult-care');

    const [noa, mees] = list.body.children;
    const check = (body: Record<string, unknown>) => ggz.post('/api/v1/kindchecks', { clientBsn: p.moeder, clientDateOfBirth: '1990-01-01', ...body });
    expect((await check({ childrenInCare: 'ja' })).body.code).toBe('children-required');
    expect((await check({ childrenInCare: 'ja', children: [{ name: 'Lars', dateOfBirth: '2007-01-01', safe: 'ja' }] })).body.code).toBe('not-a-child');
    const res = await check({ childrenInCare: 'ja', children: [
      { personId: noa.id, name: noa.name, safe: 'twijfel', note: 'Moeder is opgenomen geweest.' },
      { personId: mees.id, name: mees.name, safe: 'ja' },
      { name: 'Pleegkind Sara', safe: 'nee' },
    ] });
    expect(res.status).toBe(201);
    expect(res.body.offers).toEqual([
      { childId: noa.id, bsn: p.kind, name: 'Noa Smit', action: 'screening' },
      { childId: null, bsn: null, name: 'Pleegkind Sara', action: 'kind-vastleggen' },
    ]);
    // The offered screening: the GGZ professional opens a dossier for Noa at the GGZ.
    expect((await ggz.post('/api/v1/dossiers', { bsn: res.body.offers[0].bsn, relationship: { reason: 'kind_van_client' } })).status).toBe(201);
  });
});
