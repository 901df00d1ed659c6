// The Verwijsindex rules, through the public HTTP API, on every database engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { buildWorld, importPersons, type ApiClient, type World } from '../../../tests/support/fixtures.ts';

const TODAY = '2026-06-15';

describe.each(ENGINES)('Verwijsindex on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let school: ApiClient, collega: ApiClient, jgz: ApiClient, huisarts: ApiClient, ggz: ApiClient;

  // Families, built through the BRP import:
  //  - mother M with Anna and Bram (full siblings, father F1) and Cas (half-sibling, father F2);
  //  - step-family at one address: Dirk (parents P1, P2) and Eva (parents P3, P4); P3 is Dirk's stepparent;
  //  - young parent Femke (20) with baby Gijs; Femke's mother O;
  //  - Hugo alone, Lotte alone; Ivo, 23 years old; Joris, deceased.
  const p: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp(engine, { today: TODAY });
    w = await buildWorld(t);
    for (const k of ['M', 'F1', 'F2', 'anna', 'bram', 'cas', 'P1', 'P2', 'P3', 'P4', 'dirk', 'eva', 'O', 'femke', 'gijs', 'hugo', 'ivo', 'joris', 'lotte']) p[k] = w.bsn();
    const adult = (k: string, dob = '1985-01-01') => ({ bsn: p[k], givenNames: k, familyName: 'Volwassen', dateOfBirth: dob });
    const kid = (k: string, dob: string, extra = {}) => ({ bsn: p[k], givenNames: k, familyName: 'Kind', dateOfBirth: dob, ...extra });
    await importPersons(w, [
      adult('M'), adult('F1'), adult('F2'), adult('P1'), adult('P2'), adult('P3'), adult('P4'), adult('O', '1980-03-03'),
      kid('anna', '2014-02-01'), kid('bram', '2016-05-05'), kid('cas', '2020-09-09'),
      kid('dirk', '2013-01-01'), kid('eva', '2012-12-12'),
      kid('femke', '2006-01-10'), kid('gijs', '2025-10-01'),
      kid('hugo', '2010-10-10'), kid('lotte', '2015-03-03'), kid('ivo', '2003-06-15'), kid('joris', '2011-01-01', { dateOfDeath: '2026-01-01' }),
    ], [
      { parentBsn: p.M, childBsn: p.anna }, { parentBsn: p.F1, childBsn: p.anna },
      { parentBsn: p.M, childBsn: p.bram }, { parentBsn: p.F1, childBsn: p.bram },
      { parentBsn: p.M, childBsn: p.cas }, { parentBsn: p.F2, childBsn: p.cas },
      { parentBsn: p.P1, childBsn: p.dirk }, { parentBsn: p.P2, childBsn: p.dirk },
      { parentBsn: p.P3, childBsn: p.eva }, { parentBsn: p.P4, childBsn: p.eva },
      { parentBsn: p.P3, childBsn: p.dirk, kind: 'stief' },
      { parentBsn: p.O, childBsn: p.femke }, { parentBsn: p.femke, childBsn: p.gijs },
    ]);
    [school, collega, jgz, huisarts, ggz] = await Promise.all(['leerkracht', 'collega', 'jgz', 'huisarts', 'ggz'].map((u) => w.as(u)));
  });
  afterAll(async () => t?.close());

  const register = (c: ApiClient, bsn: string, extra: Record<string, unknown> = {}) =>
    c.post('/api/v1/signalen', { bsn, informedOn: TODAY, relationship: { reason: 'client_in_zorg' }, ...extra });
  const matchesOf = async (c: ApiClient) => (await c.get('/api/v1/matches')).body.items as any[];
  const matchOn = async (c: ApiClient, type: string, bsns: string[]) =>
    (await matchesOf(c)).find((m) => m.type === type && bsns.every((b) => m.members.some((x: any) => x.youth.bsn === b)));

  it('registers a signal with only identity, organisation, contact and dates', async () => {
    const res = await register(school, p.hugo);
    expect(res.status).toBe(201);
    expect(res.body.signal).toMatchObject({ status: 'actief', startDate: TODAY, informedOn: TODAY, contactEmail: 'leerkracht@test.nl' });
    expect(res.body.signal.youth.bsn).toBe(p.hugo);
    expect(res.body.matches).toEqual([]);
    // The id answered is the stored signal's (not the youth's): it reads back as that signal.
    expect(res.body.signal.id).not.toBe(res.body.signal.youth.id);
    const back = await school.get(`/api/v1/signalen/${res.body.signal.id}`);
    expect(back.status).toBe(200);
    expect(back.body.youth.bsn).toBe(p.hugo);
  });

  it('answers a registration with the signal itself: read and closed by the id it returned', async () => {
    const res = await register(collega, p.lotte);
    expect(res.status).toBe(201);
    const youthId = (await t.db.selectFrom('persons').select('id').where('bsn', '=', p.lotte).executeTakeFirstOrThrow()).id;
    expect(res.body.signal.youth.id).toBe(youthId);
    expect(res.body.signal.id).not.toBe(youthId);
    const read = await collega.get(`/api/v1/signalen/${res.body.signal.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(res.body.signal);
    const closed = await collega.patch(`/api/v1/signalen/${res.body.signal.id}`, { status: 'inactief' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ id: res.body.signal.id, status: 'inactief', endReason: 'afgesloten' });
  });

  it('rejects any content or reason field, and unknown fields, storing nothing', async () => {
    const before = (await school.get('/api/v1/signalen')).body.items.length;
    const reason = await register(school, p.anna, { reden: 'zorgen over thuissituatie' });
    expect(reason.status).toBe(422);
    expect(reason.headers['content-type']).toContain('application/problem+json');
    expect(reason.body.code).toBe('signal-content-forbidden');
    const unknown = await register(school, p.anna, { kleur: 'blauw' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('unknown-fields');
    expect((await school.get('/api/v1/signalen')).body.items.length).toBe(before);
  });

  it('requires the date the youth/parents were informed, not in the future nor before birth', async () => {
    const missing = await school.post('/api/v1/signalen', { bsn: p.anna });
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('validation-failed');
    expect(missing.body.errors.map((e: any) => e.path)).toContain('informedOn');
    expect((await register(school, p.anna, { informedOn: '2026-06-16' })).body.code).toBe('date-in-future');
    expect((await register(school, p.anna, { informedOn: '2014-01-01' })).body.code).toBe('date-before-birth');
    expect((await register(school, p.anna, { startDate: '2030-01-01' })).body.code).toBe('date-in-future');
    expect((await register(school, p.anna, { informedOn: '2026-02-30' })).body.code).toBe('validation-failed');
  });

  it('validates the BSN with the elfproef', async () => {
    const wrong = await register(school, '123456789');
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0]).toMatchObject({ path: 'bsn', message: expect.stringContaining('elfproef') });
    const malformed = await register(school, '12345');
    expect(malformed.body.errors[0].message).toContain('9 cijfers');
    const unknown = await register(school, w.bsn());
    expect(unknown.status).toBe(404);
  });

  it('refuses a youth of 23 or older and a deceased youth', async () => {
    const old = await register(school, p.ivo);
    expect(old.status).toBe(422);
    expect(old.body.code).toBe('person-too-old');
    expect((await register(school, p.joris)).body.code).toBe('person-deceased');
  });

  it('refuses a duplicate active signal by the same professional', async () => {
    const dup = await register(school, p.hugo);
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('signal-duplicate');
  });

  it('makes no match with oneself (same professional on two siblings)', async () => {
    expect((await register(school, p.anna)).body.matches).toEqual([]);
    expect((await register(school, p.bram)).body.matches).toEqual([]);
    expect(await matchesOf(school)).toEqual([]);
  });

  it('child match: a second professional on the same youth; both see each other’s contact details', async () => {
    const res = await register(jgz, p.anna);
    expect(res.body.matches).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'kind', created: true })]));
    const mine = await matchOn(school, 'kind', [p.anna]);
    expect(mine.members).toHaveLength(2);
    const other = mine.members.find((m: any) => !m.mine);
    expect(other.professional).toEqual({ name: 'Naam jgz', phone: '010-1234567', email: 'jgz@test.nl' });
    expect(other.organisation).toBe('JGZ Noord');
    const theirs = await matchOn(jgz, 'kind', [p.anna]);
    expect(theirs.id).toBe(mine.id);
  });

  it('family match between full siblings: one match, not one per parent', async () => {
    // school is on Anna and Bram; jgz on Anna → the sibling pair has two professionals.
    const gezin = (await matchesOf(jgz)).filter((m) => m.type === 'gezin');
    expect(gezin).toHaveLength(1);
    expect(gezin[0].members.map((m: any) => m.youth.bsn).sort()).toEqual([p.anna, p.anna, p.bram].sort());
  });

  it('family match between half-siblings across regions (a professional in another region)', async () => {
    const res = await register(huisarts, p.cas);
    expect(res.status).toBe(201);
    // The mother's family match (Anna, Bram) already existed; Cas's GP joins it.
    expect(res.body.matches).toEqual([expect.objectContaining({ type: 'gezin', created: false })]);
    const seen = await matchOn(huisarts, 'gezin', [p.cas, p.anna, p.bram]);
    expect(seen.members.find((m: any) => m.youth.bsn === p.anna && !m.mine).organisation).toBeDefined();
    // The school (region Noord) sees the match with the GP (region Zuid).
    const schoolView = await matchOn(school, 'gezin', [p.cas]);
    expect(schoolView.members.some((m: any) => m.organisation === 'Huisarts Zuid')).toBe(true);
  });

  it('no match between youths without a shared parent, even at one address (step-siblings)', async () => {
    await register(school, p.dirk);
    const res = await register(ggz, p.eva);
    expect(res.body.matches).toEqual([]);
    expect((await matchesOf(ggz))).toEqual([]);
  });

  it('family match between a young parent and her child', async () => {
    await register(ggz, p.femke);
    const res = await register(jgz, p.gijs);
    expect(res.body.matches).toEqual([expect.objectContaining({ type: 'gezin', created: true })]);
    const m = await matchOn(ggz, 'gezin', [p.femke, p.gijs]);
    expect(m.members.map((x: any) => x.professional.name).sort()).toEqual(['Naam ggz', 'Naam jgz']);
  });

  it('notifies every professional in a new match, without content about the child', async () => {
    const inbox = (await ggz.get('/api/v1/berichten')).body;
    const note = inbox.items.find((n: any) => n.subject.includes('gezinsmatch'));
    expect(note).toBeDefined();
    expect(note.body).not.toContain('femke');
    expect(note.body).not.toContain(p.femke);
    expect(inbox.unread).toBeGreaterThan(0);
    const jgzInbox = (await jgz.get('/api/v1/berichten')).body.items;
    expect(jgzInbox.some((n: any) => n.link === `/matches/${note.link.split('/').pop()}`)).toBe(true);
  });

  it('a match survives a move of the youth to another region', async () => {
    const admin = await w.as('beheerder');
    const res = await admin.post('/api/v1/brp-imports', { format: 'json', content: JSON.stringify({
      personen: [{ bsn: p.gijs, givenNames: 'gijs', familyName: 'Kind', dateOfBirth: '2025-10-01', sex: 'O', municipalityCode: 'GM9003', city: 'Zuidstad' }],
    }) });
    expect(res.body.personsUpdated).toBe(1);
    expect(await matchOn(ggz, 'gezin', [p.femke, p.gijs])).toBeDefined();
  });

  it('nobody outside a match sees it or its signals; other organisations and roles are refused', async () => {
    const m = await matchOn(school, 'kind', [p.anna]);
    const outsider = await w.as('leerkracht2'); // another school: no signal on Anna
    const refused = await outsider.get(`/api/v1/matches/${m.id}`);
    expect(refused.status).toBe(403);
    expect(await matchesOf(outsider)).toEqual([]);
    const signalId = m.members.find((x: any) => x.mine).signalId;
    expect((await outsider.get(`/api/v1/signalen/${signalId}`)).status).toBe(403);
    expect((await outsider.patch(`/api/v1/signalen/${signalId}`, { status: 'inactief' })).status).toBe(403);
    const annaId = m.members[0].youth.id;
    expect((await outsider.get(`/api/v1/personen/${annaId}`)).status).toBe(403);
    // A colleague in the same organisation is no party either.
    expect((await collega.get(`/api/v1/matches/${m.id}`)).status).toBe(403);
    // The regional coordinator never sees persons, signals or matches.
    const regio = await w.as('regio');
    for (const url of ['/api/v1/signalen', '/api/v1/matches', `/api/v1/matches/${m.id}`, `/api/v1/personen/${annaId}`]) {
      const r = await regio.get(url);
      expect(r.status, url).toBe(403);
    }
    expect((await regio.post('/api/v1/signalen', { bsn: p.hugo, informedOn: TODAY, relationship: { reason: 'client_in_zorg' } })).status).toBe(403);
    // The administrator manages the installation, not cases.
    const admin = await w.as('beheerder');
    expect((await admin.get(`/api/v1/matches/${m.id}`)).status).toBe(403);
    // A party sees the person; refusals and reads are audited.
    expect((await school.get(`/api/v1/personen/${annaId}`)).status).toBe(200);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('person_id', '=', annaId).execute();
    expect(audit.some((a) => a.outcome === 'refused' && a.username === 'leerkracht2')).toBe(true);
    expect(audit.some((a) => a.outcome === 'refused' && a.username === 'regio')).toBe(true);
    expect(audit.some((a) => a.outcome === 'success' && a.action === 'read' && a.username === 'leerkracht')).toBe(true);
    expect(audit.some((a) => a.action === 'create' && a.record_type === 'signaal' && a.username === 'jgz')).toBe(true);
  });

  it('the regional coordinator sees counts only, with numbers below 5 suppressed', async () => {
    const regio = await w.as('regio');
    const stats = async () => (await regio.get('/api/v1/verwijsindex/statistieken')).body;
    const noordstad = async () => (await stats()).items.find((i: any) => i.municipality === 'Noordstad');
    expect((await stats()).region).toBe('Regio Noord');
    // The school (Noordstad) has 4 active signals: suppressed. A colleague's fifth shows the count.
    expect((await noordstad()).activeSignals).toBeNull();
    expect((await noordstad()).onderdrukking.activeSignals).toBe('primair');
    expect((await register(collega, p.dirk)).status).toBe(201);
    // Five is no longer small, but Noorddorp's 1–4 signals are hidden and the region total is
    // shown: Noordstad's 5 now hides too (secondary), or Noorddorp's count would follow by subtraction.
    const after = await stats();
    const dorp = after.items.find((i: any) => i.municipality === 'Noorddorp');
    expect(dorp).toMatchObject({ activeSignals: null, onderdrukking: { activeSignals: 'primair' } });
    expect(after.items.find((i: any) => i.municipality === 'Noordstad')).toMatchObject({ activeSignals: null, childMatches: null, onderdrukking: { activeSignals: 'secundair' } });
    expect(after.totaal.activeSignals).toBeGreaterThan(5);
    expect(after.beveiliging).toMatchObject({ drempel: 5, afronding: null });
    const res = { body: await stats() };
    expect(res.body.items.map((i: any) => i.municipality).sort()).toEqual(['Noorddorp', 'Noordstad']);
    expect(JSON.stringify(res.body)).not.toContain(p.anna);
    expect((await school.get('/api/v1/verwijsindex/statistieken')).status).toBe(403);
  });

  it('records the regievoerder (only someone in the match) and “afgestemd”, visible to all in the match', async () => {
    const m = await matchOn(school, 'gezin', [p.cas]);
    const outsiderId = w.users['leerkracht2'].id;
    const bad = await school.put(`/api/v1/matches/${m.id}/regievoerder`, { userId: outsiderId, since: TODAY });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('regievoerder-not-in-match');
    const future = await school.put(`/api/v1/matches/${m.id}/regievoerder`, { userId: w.users.huisarts.id, since: '2026-07-01' });
    expect(future.body.code).toBe('date-in-future');
    const ok = await school.put(`/api/v1/matches/${m.id}/regievoerder`, { userId: w.users.huisarts.id, since: TODAY });
    expect(ok.status).toBe(200);
    expect(ok.body.regievoerder).toMatchObject({ userId: w.users.huisarts.id, organisation: 'Huisarts Zuid', since: TODAY });
    const afgestemd = await huisarts.post(`/api/v1/matches/${m.id}/afstemmingen`, { afgestemdOp: TODAY });
    expect(afgestemd.status).toBe(200);
    const seenByJgz = await matchOn(jgz, 'gezin', [p.cas]);
    expect(seenByJgz.regievoerder.userId).toBe(w.users.huisarts.id);
    expect(seenByJgz.members.find((x: any) => x.youth.bsn === p.cas).afgestemdOp).toBe(TODAY);
    expect((await jgz.get('/api/v1/berichten')).body.items.some((n: any) => n.subject === 'Regievoerder vastgelegd')).toBe(true);
  });

  it('a professional closes their own signal early; a closed signal makes no new matches', async () => {
    const mine = (await school.get('/api/v1/signalen')).body.items.find((s: any) => s.youth.bsn === p.hugo);
    const future = await school.patch(`/api/v1/signalen/${mine.id}`, { status: 'inactief', endDate: '2026-07-01' });
    expect(future.body.code).toBe('date-in-future');
    const closed = await school.patch(`/api/v1/signalen/${mine.id}`, { status: 'inactief' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'inactief', endReason: 'afgesloten', endDate: TODAY });
    expect((await school.patch(`/api/v1/signalen/${mine.id}`, { status: 'inactief' })).body.code).toBe('signal-not-active');
    const res = await register(jgz, p.hugo);
    expect(res.body.matches).toEqual([]);
    // …but a third party that does match later sees the closed signal as history.
    const third = await register(ggz, p.hugo);
    expect(third.body.matches).toHaveLength(1);
    const m = await matchOn(ggz, 'kind', [p.hugo]);
    expect(m.historicalSignals.map((h: any) => h.signalId)).toContain(mine.id);
  });

  it('the module can be switched off per municipality', async () => {
    const admin = await w.as('beheerder');
    expect((await admin.patch('/api/v1/gemeenten/GM9003', { verwijsindexEnabled: false })).status).toBe(200);
    const off = await huisarts.get('/api/v1/signalen');
    expect(off.status).toBe(403);
    expect(off.body.code).toBe('module-disabled');
    expect((await school.get('/api/v1/signalen')).status).toBe(200);
    await admin.patch('/api/v1/gemeenten/GM9003', { verwijsindexEnabled: true });
    expect((await huisarts.get('/api/v1/signalen')).status).toBe(200);
  });
});

describe.each(ENGINES)('Verwijsindex retention on %s', (engine) => {
  let t: TestApp;
  let w: World;
  const p: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp(engine, { today: '2024-03-01' });
    w = await buildWorld(t);
    for (const k of ['a', 'b', 'c', 'd']) p[k] = w.bsn();
    await importPersons(w, [
      { bsn: p.a, givenNames: 'A', familyName: 'Kind', dateOfBirth: '2015-05-05' },
      { bsn: p.b, givenNames: 'B', familyName: 'Kind', dateOfBirth: '2003-03-10' }, // turns 23 on 2026-03-10
      { bsn: p.c, givenNames: 'C', familyName: 'Kind', dateOfBirth: '2012-01-01' },
      { bsn: p.d, givenNames: 'D', familyName: 'Kind', dateOfBirth: '2012-01-01' },
    ]);
  });
  afterAll(async () => t?.close());

  const signalsIn = async () => t.db.selectFrom('signals').innerJoin('persons', 'persons.id', 'signals.person_id')
    .select(['persons.bsn', 'signals.status', 'signals.end_date', 'signals.end_reason']).execute();
  const retention = async (peildatum: string, dryRun = false) => {
    const { runRetention } = await import('./retention.ts');
    return runRetention(t.db, peildatum, { dryRun });
  };

  it('applies every boundary: active 2 years, archive 5 years, destroyed at 23 or death', async () => {
    const school = await w.as('leerkracht');
    const jgz = await w.as('jgz');
    for (const k of ['a', 'b', 'c']) expect((await school.post('/api/v1/signalen', { bsn: p[k], informedOn: '2024-03-01', relationship: { reason: 'leerling' } })).status).toBe(201);
    expect((await jgz.post('/api/v1/signalen', { bsn: p.a, informedOn: '2024-03-01', relationship: { reason: 'client_in_zorg' } })).body.matches).toHaveLength(1);

    // One day before two years: still active. Dry run lists, changes nothing.
    expect((await retention('2026-02-28')).expired).toBe(0);
    const dry = await retention('2026-03-01', true);
    expect(dry.expired).toBe(4);
    expect(dry.sample.expired).toHaveLength(4);
    expect((await signalsIn()).every((s) => s.status === 'actief')).toBe(true);

    // On the second anniversary: inactive ('verlopen'), and no longer matching.
    const run = await retention('2026-03-01');
    expect(run.expired).toBe(4);
    expect((await signalsIn()).every((s) => s.status === 'inactief' && s.end_reason === 'verlopen' && s.end_date === '2026-03-01')).toBe(true);
    t.clock.set('2026-03-02');
    const ggz = await w.as('ggz');
    expect((await ggz.post('/api/v1/signalen', { bsn: p.a, informedOn: '2026-03-02', relationship: { reason: 'client_in_zorg' } })).body.matches).toEqual([]);

    // B turns 23 on 2026-03-10: all B's data is destroyed that day, not the day before.
    expect((await retention('2026-03-09')).destroyedYouth).toBe(0);
    expect((await retention('2026-03-10')).destroyedYouth).toBe(1);
    expect((await signalsIn()).some((s) => s.bsn === p.b)).toBe(false);

    // Archived signals stay for 5 years after becoming inactive, then are destroyed.
    expect((await retention('2031-02-28')).destroyedArchived).toBe(0);
    const destroyed = await retention('2031-03-01');
    expect(destroyed.destroyedArchived).toBe(3); // A (school, jgz) and C
    expect((await signalsIn()).map((s) => s.bsn)).toEqual([p.a]); // ggz's signal from 2026-03-02, expired 2028
    expect(destroyed.matchesRemoved).toBe(1);
  });

  it('destroys the data of a youth who died', async () => {
    t.clock.set('2026-04-01');
    const school = await w.as('leerkracht');
    expect((await school.post('/api/v1/signalen', { bsn: p.d, informedOn: '2026-04-01', relationship: { reason: 'leerling' } })).status).toBe(201);
    await t.db.updateTable('persons').set({ date_of_death: '2026-05-01' }).where('bsn', '=', p.d).execute();
    expect((await retention('2026-04-30')).destroyedYouth).toBe(0);
    expect((await retention('2026-05-01')).destroyedYouth).toBe(1);
  });
});

describe('Verwijsindex switched off for the whole installation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite', { config: { verwijsindexEnabled: false } });
  });
  afterAll(async () => t?.close());

  it('refuses every Verwijsindex route with module-disabled', async () => {
    const w = await buildWorld(t);
    const school = await w.as('leerkracht');
    for (const res of [await school.get('/api/v1/signalen'), await school.get('/api/v1/matches'), await school.post('/api/v1/signalen', { bsn: w.bsn(), informedOn: '2026-06-15', relationship: { reason: 'leerling' } })]) {
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('module-disabled');
    }
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('concurrent registrations on postgres', () => {
  let t: TestApp;
  afterAll(async () => t?.close());

  it('never misses a family match when siblings are registered at the same moment', async () => {
    t = await startTestApp('postgres', { today: TODAY });
    const w = await buildWorld(t);
    const pairs = Array.from({ length: 12 }, () => ({ parent: w.bsn(), a: w.bsn(), b: w.bsn() }));
    await importPersons(w,
      pairs.flatMap((p) => [
        { bsn: p.parent, givenNames: 'Ouder', familyName: 'X', dateOfBirth: '1980-01-01' },
        { bsn: p.a, givenNames: 'A', familyName: 'X', dateOfBirth: '2015-01-01' },
        { bsn: p.b, givenNames: 'B', familyName: 'X', dateOfBirth: '2016-01-01' },
      ]),
      pairs.flatMap((p) => [{ parentBsn: p.parent, childBsn: p.a }, { parentBsn: p.parent, childBsn: p.b }]),
    );
    const [school, jgz] = [await w.as('leerkracht'), await w.as('jgz')];
    await Promise.all(pairs.flatMap((p) => [
      school.post('/api/v1/signalen', { bsn: p.a, informedOn: TODAY, relationship: { reason: 'leerling' } }),
      jgz.post('/api/v1/signalen', { bsn: p.b, informedOn: TODAY, relationship: { reason: 'client_in_zorg' } }),
    ]));
    const matches = (await school.get('/api/v1/matches')).body.items;
    expect(matches.filter((m: any) => m.type === 'gezin')).toHaveLength(pairs.length);
  });
});
