// Issue 17 item 2: need-to-know made visible and costly. The relationship a professional claims
// when opening a dossier or registering a signal, the search result without an address, and the
// privacy officer's list of unusual access — through the HTTP API, on every engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { buildWorld, importPersons, type ApiClient, type World } from '../../../tests/support/fixtures.ts';

const TODAY = '2026-06-15';
const ADDRESS_FIELDS = ['street', 'houseNumber', 'postcode', 'city', 'municipalityCode'];

describe.each(ENGINES)('reason of relationship and unusual access on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let school: ApiClient, huisarts: ApiClient, ggz: ApiClient, admin: ApiClient;
  const p: Record<string, string> = {};
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp(engine, { today: TODAY });
    w = await buildWorld(t);
    for (const k of ['sanne', 'mark', 'ahmed', 'daan', 'noor', 'a', 'b', 'c', 'd', 'client', 'clientKind']) p[k] = w.bsn();
    // Daan lives in Noordstad (Regio Noord); his half-sister Noor in Zuidstad (Regio Zuid), where the GGZ is.
    await importPersons(w, [
      { bsn: p.sanne, givenNames: 'Sanne', familyName: 'Jansen', dateOfBirth: '1990-02-02', municipalityCode: 'GM9001' },
      { bsn: p.mark, givenNames: 'Mark', familyName: 'Bakker', dateOfBirth: '1988-03-03', municipalityCode: 'GM9001' },
      { bsn: p.ahmed, givenNames: 'Ahmed', familyName: 'el Amrani', dateOfBirth: '1987-04-04', municipalityCode: 'GM9003' },
      { bsn: p.daan, givenNames: 'Daan', familyName: 'Bakker', dateOfBirth: '2016-05-05', municipalityCode: 'GM9001' },
      { bsn: p.noor, givenNames: 'Noor', familyName: 'el Amrani', dateOfBirth: '2019-06-06', municipalityCode: 'GM9003' },
      ...['a', 'b', 'c', 'd'].map((k) => ({ bsn: p[k], givenNames: `Kind ${k.toUpperCase()}`, familyName: 'Noord', dateOfBirth: '2015-01-01', municipalityCode: 'GM9001' })),
      { bsn: p.client, givenNames: 'Client', familyName: 'Zuid', dateOfBirth: '1985-01-01', municipalityCode: 'GM9003' },
      { bsn: p.clientKind, givenNames: 'Kind', familyName: 'Zuid', dateOfBirth: '2018-01-01', municipalityCode: 'GM9003' },
    ], [
      { parentBsn: p.sanne, childBsn: p.daan }, { parentBsn: p.mark, childBsn: p.daan },
      { parentBsn: p.sanne, childBsn: p.noor }, { parentBsn: p.ahmed, childBsn: p.noor },
      { parentBsn: p.client, childBsn: p.clientKind },
    ]);
    for (const r of await t.db.selectFrom('persons').select(['id', 'bsn']).execute()) {
      const key = Object.keys(p).find((k) => p[k] === r.bsn);
      if (key) id[key] = r.id;
    }
    [school, huisarts, ggz, admin] = await Promise.all(['leerkracht', 'huisarts', 'ggz', 'beheerder'].map((u) => w.as(u)));
    // The family match of the demo: the school on Daan, the GP (Regio Zuid) on his half-sister Noor.
    expect((await school.post('/api/v1/signalen', { bsn: p.daan, informedOn: TODAY, relationship: { reason: 'leerling' } })).status).toBe(201);
    expect((await huisarts.post('/api/v1/signalen', { bsn: p.noor, informedOn: TODAY, relationship: { reason: 'client_in_zorg' } })).body.matches).toHaveLength(1);
  });
  afterAll(async () => t?.close());

  /** Moves the clock, and signs in again: sessions end after 30 idle minutes. */
  const later = async (minutes: number) => {
    t.clock.advanceMinutes(minutes);
    [school, huisarts, ggz, admin] = await Promise.all(['leerkracht', 'huisarts', 'ggz', 'beheerder'].map((u) => w.as(u)));
  };
  const search = (c: ApiClient, bsn: string, geboortedatum: string) => c.post('/api/v1/personen/_zoek', { bsn, geboortedatum });
  const flags = async () => {
    const res = await admin.get('/api/v1/privacy/opvallende-toegang');
    expect(res.status).toBe(200);
    return res.body.items as any[];
  };

  it('returns name and date of birth for confirmation, never the address, to someone without a relationship', async () => {
    const hit = await search(ggz, p.daan, '2016-05-05');
    expect(hit.status).toBe(200);
    expect(hit.body.items).toEqual([{ id: id.daan, bsn: p.daan, givenNames: 'Daan', tussenvoegsel: null, familyName: 'Bakker', fullName: 'Daan Bakker', dateOfBirth: '2016-05-05' }]);
    // The school has a signal on Daan: its search shows the record as it may see it anyway.
    expect((await search(school, p.daan, '2016-05-05')).body.items[0]).toMatchObject({ municipalityCode: 'GM9001' });
    // The functioneel beheerder searches before entering a person: no address either.
    for (const field of ADDRESS_FIELDS) expect((await search(admin, p.daan, '2016-05-05')).body.items[0]).not.toHaveProperty(field);
  });

  it('the GGZ professional in the other region: opening Daan’s dossier requires a reason, then it is stored and audited', async () => {
    const open = (body: Record<string, unknown>) => ggz.post('/api/v1/dossiers', { bsn: p.daan, ...body });
    const missing = await open({});
    expect(missing.status).toBe(422);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.body).toMatchObject({ code: 'relationship-required', detail: expect.stringContaining('relatie met het kind') });
    expect((await open({ relationship: { reason: 'anders' } })).body.code).toBe('relationship-explanation-required');
    expect((await open({ relationship: { reason: 'anders', explanation: '   ' } })).body.code).toBe('relationship-explanation-required');
    expect((await open({ relationship: { reason: 'nieuwsgierig' } })).body.code).toBe('validation-failed');
    expect(await t.db.selectFrom('dossiers').select('id').execute()).toEqual([]);

    const res = await open({ relationship: { reason: 'anders', explanation: 'Moeder is cliënt bij ons.' } });
    expect(res.status).toBe(201);
    id.dossier = res.body.id;
    const stored = await t.db.selectFrom('relationship_reasons').select(['person_id', 'user_id', 'reason', 'explanation', 'signal_id'])
      .where('dossier_id', '=', id.dossier).executeTakeFirstOrThrow();
    expect(stored).toEqual({ person_id: id.daan, user_id: w.users.ggz.id, reason: 'anders', explanation: 'Moeder is cliënt bij ons.', signal_id: null });
    const audit = await t.db.selectFrom('audit_log').select(['action', 'person_id', 'detail']).where('record_type', '=', 'betrokkenheid')
      .where('record_id', '=', id.dossier).execute();
    expect(audit).toEqual([{ action: 'create', person_id: id.daan, detail: { for: 'dossier', reason: 'anders', explanation: 'Moeder is cliënt bij ons.' } }]);
    // Now the professional has a recorded relationship: the search gives the full record.
    expect((await search(ggz, p.daan, '2016-05-05')).body.items[0]).toMatchObject({ municipalityCode: 'GM9001' });
  });

  it('a signal requires a reason too, written with the signal or not at all, and never shown in the match', async () => {
    const register = (body: Record<string, unknown>) => ggz.post('/api/v1/signalen', { bsn: p.daan, informedOn: TODAY, ...body });
    expect((await register({})).body.code).toBe('relationship-required');
    expect((await register({ relationship: { reason: 'anders' } })).body.code).toBe('relationship-explanation-required');
    expect(await t.db.selectFrom('signals').select('id').where('user_id', '=', w.users.ggz.id).execute()).toEqual([]);

    // The GGZ reads the family it found through the dossier, then joins the family's match.
    expect((await ggz.get(`/api/v1/dossiers/${id.dossier}`)).body.family.siblings.map((s: any) => s.name)).toEqual(['Noor el Amrani']);
    expect((await ggz.get(`/api/v1/personen/${id.daan}`)).status).toBe(200);
    const res = await register({ relationship: { reason: 'gezinslid_van_client', explanation: 'Zoon van een cliënte.' } });
    expect(res.status).toBe(201);
    expect(res.body.matches.length).toBeGreaterThan(0);
    const stored = await t.db.selectFrom('relationship_reasons').select(['reason', 'explanation', 'person_id'])
      .where('signal_id', '=', res.body.signal.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ reason: 'gezinslid_van_client', explanation: 'Zoon van een cliënte.', person_id: id.daan });
    const audit = await t.db.selectFrom('audit_log').select(['detail', 'person_id']).where('record_type', '=', 'betrokkenheid')
      .where('record_id', '=', res.body.signal.id).execute();
    expect(audit).toEqual([{ person_id: id.daan, detail: { for: 'signaal', reason: 'gezinslid_van_client', explanation: 'Zoon van een cliënte.' } }]);
    // The others in the match learn that the GGZ is involved, not why.
    expect(JSON.stringify((await school.get('/api/v1/matches')).body)).not.toContain('cliënte');
    // A duplicate is refused and leaves no second reason behind.
    expect((await register({ relationship: { reason: 'consult' } })).body.code).toBe('signal-duplicate');
    expect(await t.db.selectFrom('relationship_reasons').select('id').where('user_id', '=', w.users.ggz.id).execute()).toHaveLength(2);
  });

  it('flags the GGZ professional to the privacy officer: outside the region, and a dossier opened shortly before a match, with the audit trail', async () => {
    const items = await flags();
    const mine = items.filter((f) => f.user.name === 'Naam ggz');
    const outside = mine.filter((f) => f.kind === 'buiten-regio');
    expect(outside.map((f) => f.children[0].record).sort()).toEqual(['dossier', 'signaal']);
    expect(outside[0]).toMatchObject({ user: { organisation: 'GGZ Zuid', role: 'professional' }, children: [{ name: 'Daan Bakker', municipality: 'Noordstad' }] });
    const dossierFlag = outside.find((f) => f.children[0].record === 'dossier');
    expect(dossierFlag.children[0].relationship).toEqual({ reason: 'anders', explanation: 'Moeder is cliënt bij ons.' });
    // The trail: opening the dossier with its reason, and reading the family.
    const trail = dossierFlag.trail.map((e: any) => `${e.action} ${e.recordType} ${e.person ?? '-'}`);
    expect(trail).toEqual(expect.arrayContaining([
      'create dossier Daan Bakker', 'create betrokkenheid Daan Bakker', 'read persoon Daan Bakker', 'read dossier Sanne Jansen', 'read dossier Noor el Amrani',
    ]));
    expect(dossierFlag.trail.every((e: any) => e.user === 'ggz')).toBe(true);

    const beforeMatch = mine.filter((f) => f.kind === 'kort-voor-match');
    expect(beforeMatch).toHaveLength(1);
    expect(beforeMatch[0]).toMatchObject({ match: { type: expect.any(String) }, children: [{ name: 'Daan Bakker', record: 'dossier' }] });
    expect(beforeMatch[0].trail.map((e: any) => `${e.action} ${e.recordType}`)).toEqual(expect.arrayContaining(['create signaal', 'create dossier']));
    // Inside the own region nothing is flagged: the school on Daan, the GP on Noor.
    expect(items.filter((f) => f.user.name !== 'Naam ggz')).toEqual([]);
    // The privacy officer's look at the list is audited, with the children shown.
    const read = await t.db.selectFrom('audit_log').select('person_id').where('record_type', '=', 'opvallende-toegang').where('username', '=', 'beheerder').execute();
    expect(read.map((r) => r.person_id)).toEqual(expect.arrayContaining([null, id.daan, id.sanne]));
  });

  it('does not flag a match long after the dossier, per the setting', async () => {
    const put = await admin.put('/api/v1/privacy/opvallende-toegang/instellingen', { bulkCount: 10, bulkHours: 24, matchWithinHours: 72, outsideScope: 'gemeente', periodDays: 30 });
    expect(put.status).toBe(200);
    // JGZ Noord (Noorddorp) opens a dossier on a child in Noordstad: outside its municipality, inside its region.
    expect((await (await w.as('jgz')).post('/api/v1/dossiers', { bsn: p.a, relationship: { reason: 'client_in_zorg' } })).status).toBe(201);
    await later(73 * 60);
    const jgz = await w.as('jgz');
    expect((await jgz.post('/api/v1/signalen', { bsn: p.a, informedOn: t.clock.today(), relationship: { reason: 'client_in_zorg' } })).status).toBe(201);
    expect((await school.post('/api/v1/signalen', { bsn: p.a, informedOn: t.clock.today(), relationship: { reason: 'leerling' } })).body.matches).toHaveLength(1);
    const jgzFlags = (await flags()).filter((f) => f.user.name === 'Naam jgz');
    expect(jgzFlags.map((f) => f.kind)).toEqual(['buiten-regio', 'buiten-regio']); // dossier and signal outside Noorddorp; no match flag after 73 h
    await admin.put('/api/v1/privacy/opvallende-toegang/instellingen', { bulkCount: 10, bulkHours: 24, matchWithinHours: 80, outsideScope: 'regio', periodDays: 30 });
    expect((await flags()).filter((f) => f.user.name === 'Naam jgz').map((f) => f.kind)).toEqual(['kort-voor-match']);
  });

  it('flags many new dossiers by one user in a short time, per the thresholds', async () => {
    await admin.put('/api/v1/privacy/opvallende-toegang/instellingen', { bulkCount: 3, bulkHours: 1, matchWithinHours: 1, outsideScope: 'regio', periodDays: 30 });
    const open = async (k: string) => (await w.as('leerkracht2')).post('/api/v1/dossiers', { bsn: p[k], relationship: { reason: 'leerling' } });
    expect((await open('b')).status).toBe(201);
    await later(40);
    expect((await open('c')).status).toBe(201);
    await later(40); // b and d are 80 minutes apart: two within the hour only
    expect((await open('d')).status).toBe(201);
    expect((await flags()).filter((f) => f.kind === 'veel-nieuw')).toEqual([]);
    await later(10);
    expect((await (await w.as('leerkracht2')).post('/api/v1/signalen', { bsn: p.c, informedOn: t.clock.today(), relationship: { reason: 'leerling' } })).status).toBe(201);
    const bulk = (await flags()).filter((f) => f.kind === 'veel-nieuw');
    expect(bulk).toHaveLength(1);
    expect(bulk[0]).toMatchObject({ user: { name: 'Naam leerkracht2' }, count: 3 });
    expect(bulk[0].children.map((c: any) => `${c.record} ${c.name}`)).toEqual(['dossier Kind C Noord', 'dossier Kind D Noord', 'signaal Kind C Noord']);
    expect(bulk[0].trail.map((e: any) => `${e.action} ${e.recordType} ${e.person}`)).toEqual(expect.arrayContaining(['create dossier Kind D Noord', 'create signaal Kind C Noord']));
  });

  it('keeps the list and its thresholds to the privacy officer; bad thresholds are refused', async () => {
    for (const c of [school, ggz, await w.as('regio')]) {
      expect((await c.get('/api/v1/privacy/opvallende-toegang')).status).toBe(403);
      expect((await c.put('/api/v1/privacy/opvallende-toegang/instellingen', { bulkCount: 3, bulkHours: 1, matchWithinHours: 1, outsideScope: 'regio', periodDays: 30 })).status).toBe(403);
    }
    const bad = await admin.put('/api/v1/privacy/opvallende-toegang/instellingen', { bulkCount: 1, bulkHours: 0, matchWithinHours: 1, outsideScope: 'land', periodDays: 30 });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation-failed');
    expect((await admin.get('/api/v1/privacy/opvallende-toegang')).body.settings).toMatchObject({ bulkCount: 3, bulkHours: 1 });
    const changes = await t.db.selectFrom('audit_log').select('detail').where('record_type', '=', 'instellingen').where('username', '=', 'beheerder').execute();
    expect(changes.length).toBe(3);
  });

  it('the kindcheck lookup shows the children for confirmation without BSN or address; the kindcheck records its relationship', async () => {
    const lookup = await ggz.post('/api/v1/kindchecks/_kinderen', { clientBsn: p.client, clientDateOfBirth: '1985-01-01' });
    expect(lookup.status).toBe(200);
    expect(lookup.body).toEqual({
      client: { id: id.client, name: 'Client Zuid', dateOfBirth: '1985-01-01' },
      children: [{ id: id.clientKind, name: 'Kind Zuid', dateOfBirth: '2018-01-01', relation: 'juridisch', sameAddress: false }],
    });
    expect(JSON.stringify(lookup.body)).not.toContain(p.clientKind);
    for (const field of ADDRESS_FIELDS) expect((await search(ggz, p.client, '1985-01-01')).body.items[0]).not.toHaveProperty(field);
    const check = await ggz.post('/api/v1/kindchecks', {
      clientBsn: p.client, clientDateOfBirth: '1985-01-01', childrenInCare: 'ja',
      children: [{ personId: id.clientKind, name: 'Kind Zuid', safe: 'twijfel' }],
    });
    expect(check.status).toBe(201);
    expect(check.body.offers).toEqual([{ childId: id.clientKind, bsn: p.clientKind, name: 'Kind Zuid', action: 'screening' }]);
    const stored = await t.db.selectFrom('relationship_reasons').select(['reason', 'person_id']).where('kindcheck_id', '=', check.body.id).execute();
    expect(stored).toEqual([{ reason: 'client_in_zorg', person_id: id.client }]);
    expect((await search(ggz, p.client, '1985-01-01')).body.items[0]).toMatchObject({ municipalityCode: 'GM9003' });
  });
});
