// The zorgdossier through the HTTP API: who may open, see and write it, the family view,
// the timeline and the PDF — on every database engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { buildWorld, importPersons, type ApiClient, type World } from '../../../tests/support/fixtures.ts';
import { pdfTagging, pdfText, structElements } from '../../../tests/support/pdf.ts';

const TODAY = '2026-06-15';

describe.each(ENGINES)('zorgdossier on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let school: ApiClient, collega: ApiClient, af: ApiClient, jgz: ApiClient;
  const p: Record<string, string> = {};
  let dossierId: string;

  beforeAll(async () => {
    t = await startTestApp(engine, { today: TODAY });
    w = await buildWorld(t);
    for (const k of ['mother', 'father', 'child', 'sister', 'adult', 'accented']) p[k] = w.bsn();
    await importPersons(w, [
      { bsn: p.mother, givenNames: 'Moeder', familyName: 'Kaya', dateOfBirth: '1988-01-01' },
      { bsn: p.father, givenNames: 'Vader', familyName: 'Kaya', dateOfBirth: '1986-01-01' },
      { bsn: p.child, givenNames: 'Elif', familyName: 'Kaya', dateOfBirth: '2017-03-03' },
      { bsn: p.sister, givenNames: 'Defne', familyName: 'Kaya', dateOfBirth: '2020-04-04' },
      { bsn: p.adult, givenNames: 'Volwassen', familyName: 'Kaya', dateOfBirth: '2007-01-01' },
      { bsn: p.accented, givenNames: 'Zoë', familyName: 'Çelik', dateOfBirth: '2019-02-03' },
    ], [
      { parentBsn: p.mother, childBsn: p.child }, { parentBsn: p.father, childBsn: p.child },
      { parentBsn: p.mother, childBsn: p.sister },
    ]);
    [school, collega, af, jgz] = await Promise.all(['leerkracht', 'collega', 'af', 'jgz'].map((u) => w.as(u)));
  });
  afterAll(async () => t?.close());

  it('opens a dossier for a child with the family and the creator on the timeline', async () => {
    const res = await school.post('/api/v1/dossiers', { bsn: p.child, relationship: { reason: 'leerling' } });
    expect(res.status).toBe(201);
    dossierId = res.body.id;
    expect(res.body).toMatchObject({ status: 'open', organisation: 'Basisschool Noord', child: { bsn: p.child, fullName: 'Elif Kaya' } });
    expect(res.body.family.parents.map((x: any) => x.name).sort()).toEqual(['Moeder Kaya', 'Vader Kaya']);
    expect(res.body.family.siblings.map((x: any) => x.name)).toEqual(['Defne Kaya']);
    expect(res.body.members).toEqual([{ userId: w.users.leerkracht.id, name: 'Naam leerkracht', role: 'betrokken' }]);
    expect(res.body.timeline).toEqual([expect.objectContaining({ kind: 'aangemaakt', author: 'Naam leerkracht' })]);
  });

  it('keeps one open dossier per child per organisation; another organisation has its own', async () => {
    const again = await collega.post('/api/v1/dossiers', { bsn: p.child, relationship: { reason: 'client_in_zorg' } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'dossier-exists', dossierId });
    const other = await jgz.post('/api/v1/dossiers', { bsn: p.child, relationship: { reason: 'client_in_zorg' } });
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(dossierId);
  });

  it('refuses an adult, an unknown BSN and unknown fields', async () => {
    expect((await school.post('/api/v1/dossiers', { bsn: p.adult, relationship: { reason: 'leerling' } })).body.code).toBe('not-a-child');
    expect((await school.post('/api/v1/dossiers', { bsn: w.bsn(), relationship: { reason: 'leerling' } })).body.code).toBe('person-unknown');
    expect((await school.post('/api/v1/dossiers', { bsn: p.sister, reden: 'zorg' })).body.code).toBe('unknown-fields');
  });

  it('is seen only by its members and the organisation’s aandachtsfunctionaris', async () => {
    expect((await school.get(`/api/v1/dossiers/${dossierId}`)).status).toBe(200);
    // A colleague in the same school who is not involved: refused, and not in their list.
    expect((await collega.get(`/api/v1/dossiers/${dossierId}`)).status).toBe(403);
    expect((await collega.get('/api/v1/dossiers')).body.items).toEqual([]);
    // The school's aandachtsfunctionaris sees all the school's dossiers.
    expect((await af.get(`/api/v1/dossiers/${dossierId}`)).status).toBe(200);
    expect((await af.get('/api/v1/dossiers')).body.items.map((d: any) => d.id)).toEqual([dossierId]);
    // Another organisation, other roles: refused.
    expect((await jgz.get(`/api/v1/dossiers/${dossierId}`)).status).toBe(403);
    for (const name of ['leerkracht2', 'regio', 'beheerder', 'vt']) {
      const c = await w.as(name);
      const res = await c.get(`/api/v1/dossiers/${dossierId}`);
      expect(res.status, name).toBe(403);
      expect((await c.get(`/api/v1/dossiers/${dossierId}/pdf`)).status, name).toBe(403);
    }
    const childId = (await school.get(`/api/v1/dossiers/${dossierId}`)).body.child.id;
    const refusals = await t.db.selectFrom('audit_log').select(['username', 'outcome']).where('person_id', '=', childId).where('outcome', '=', 'refused').execute();
    expect(refusals.map((r) => r.username)).toEqual(expect.arrayContaining(['collega', 'jgz', 'leerkracht2', 'regio', 'beheerder', 'vt']));
    const reads = await t.db.selectFrom('audit_log').select(['username', 'record_type']).where('person_id', '=', childId).where('action', '=', 'read').execute();
    expect(reads.some((r) => r.username === 'af' && r.record_type === 'dossier')).toBe(true);
  });

  it('lets a member add a colleague, who is notified and then sees it; the aandachtsfunctionaris joins by themselves', async () => {
    const colleagues = (await school.get(`/api/v1/dossiers/${dossierId}/collegas`)).body.items;
    expect(colleagues.map((c: any) => c.userId).sort()).toEqual([w.users.collega.id, w.users.af.id].sort());
    expect((await af.get(`/api/v1/dossiers/${dossierId}/collegas`)).body.code).toBe('not-a-member');
    expect((await af.post(`/api/v1/dossiers/${dossierId}/notities`, { text: 'Nog niet aangesloten.' })).body.code).toBe('not-a-member');
    const outsider = await jgz.post(`/api/v1/dossiers/${dossierId}/betrokkenen`, { userId: w.users.jgz.id });
    expect(outsider.status).toBe(403);
    const otherOrg = await school.post(`/api/v1/dossiers/${dossierId}/betrokkenen`, { userId: w.users.jgz.id });
    expect(otherOrg.body.code).toBe('colleague-not-eligible');
    const added = await school.post(`/api/v1/dossiers/${dossierId}/betrokkenen`, { userId: w.users.collega.id });
    expect(added.status).toBe(201);
    expect((await collega.get(`/api/v1/dossiers/${dossierId}`)).status).toBe(200);
    expect((await collega.get('/api/v1/berichten')).body.items[0]).toMatchObject({ subject: 'U bent toegevoegd aan een zorgdossier', link: `/dossiers/${dossierId}` });
    expect((await school.post(`/api/v1/dossiers/${dossierId}/betrokkenen`, { userId: w.users.collega.id })).body.code).toBe('already-member');
    const joined = await af.post(`/api/v1/dossiers/${dossierId}/betrokkenen`, {});
    expect(joined.status).toBe(201);
    expect(joined.body.members.find((m: any) => m.userId === w.users.af.id).role).toBe('aandachtsfunctionaris');
    expect(joined.body.timeline.map((e: any) => e.summary)).toEqual(expect.arrayContaining([expect.stringContaining('sloot aan als aandachtsfunctionaris')]));
  });

  it('keeps notes on the timeline with who wrote what and when, and gives members access to the child’s person record', async () => {
    t.clock.advanceMinutes(5);
    const res = await collega.post(`/api/v1/dossiers/${dossierId}/notities`, { text: 'Elif was vandaag stil in de klas.' });
    expect(res.status).toBe(201);
    const last = res.body.timeline.at(-1);
    expect(last).toMatchObject({ kind: 'notitie', author: 'Naam collega', body: 'Elif was vandaag stil in de klas.' });
    expect(new Date(last.at).getTime()).toBeGreaterThan(new Date(res.body.timeline[0].at).getTime());
    expect((await collega.post(`/api/v1/dossiers/${dossierId}/notities`, { text: '   ' })).status).toBe(400);
    expect((await collega.get(`/api/v1/personen/${res.body.child.id}`)).status).toBe(200);
    expect((await (await w.as('leerkracht2')).get(`/api/v1/personen/${res.body.child.id}`)).status).toBe(403);
  });

  it('prints the dossier as a PDF, audited as an export', async () => {
    const res = await t.app.inject({ url: `/api/v1/dossiers/${dossierId}/pdf`, headers: { cookie: school.cookie! } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.rawPayload.length).toBeGreaterThan(1500);
    const exports = await t.db.selectFrom('audit_log').select('username').where('action', '=', 'export').where('record_id', '=', dossierId).execute();
    expect(exports.map((e) => e.username)).toContain('leerkracht');
  });

  it('prints Dutch dates and Amsterdam times in the PDF, never ISO dates', async () => {
    const res = await t.app.inject({ url: `/api/v1/dossiers/${dossierId}/pdf`, headers: { cookie: school.cookie! } });
    const text = pdfText(res.rawPayload);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).toContain('geboren op 3 maart 2017'); // the child
    expect(text).toContain('Moeder Kaya, geboren op 1 januari 1988');
    // Opened at 10:00 UTC, the note five minutes later: 12:00 and 12:05 in Amsterdam summer time.
    expect(text).toContain('geopend op 15 juni 2026, 12:00');
    expect(text).toContain('15 juni 2026, 12:05 · Naam collega');
  });

  it('is a tagged PDF in Dutch with its title shown and the headings in the structure tree', async () => {
    const res = await t.app.inject({ url: `/api/v1/dossiers/${dossierId}/pdf`, headers: { cookie: school.cookie! } });
    const tags = pdfTagging(res.rawPayload);
    expect(tags).toMatchObject({ marked: true, lang: 'nl-NL', displayDocTitle: true, title: 'Zorgdossier Elif Kaya', metadataTitle: 'Zorgdossier Elif Kaya', untagged: [] });
    const elements = structElements(tags.structure);
    expect(elements.filter((e) => e.type === 'H1').map((e) => e.text)).toEqual(['Zorgdossier Elif Kaya']);
    expect(elements.filter((e) => e.type === 'H2').map((e) => e.text)).toEqual(['Kind', 'Gezin', 'Betrokken', 'Tijdlijn']);
    // The timeline and the family are lists a screen reader can step through.
    const lists = elements.filter((e) => e.type === 'L');
    expect(lists.some((l) => l.children.length >= 3 && l.children.every((i) => i.type === 'LI') && l.text.includes('Elif was vandaag stil in de klas.'))).toBe(true);
    expect(lists.some((l) => l.text.includes('Broer/zus: Defne Kaya'))).toBe(true);
  });

  it('downloads under the child’s name and the date, in UTF-8 where the name needs it', async () => {
    const res = await t.app.inject({ url: `/api/v1/dossiers/${dossierId}/pdf`, headers: { cookie: school.cookie! } });
    expect(res.headers['content-disposition']).toBe('attachment; filename="dossier-elif-kaya-2026-06-15.pdf"');
    const zoe = await school.post('/api/v1/dossiers', { bsn: p.accented, relationship: { reason: 'leerling' } });
    expect(zoe.status).toBe(201);
    const pdf = await t.app.inject({ url: `/api/v1/dossiers/${zoe.body.id}/pdf`, headers: { cookie: school.cookie! } });
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="dossier-zoe-celik-2026-06-15.pdf"; filename*=UTF-8''dossier-zo%C3%AB-%C3%A7elik-2026-06-15.pdf`);
    expect(pdfTagging(pdf.rawPayload).title).toBe('Zorgdossier Zoë Çelik');
  });
});
