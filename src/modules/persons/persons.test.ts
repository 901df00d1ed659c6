// Persons: the elfproef, manual entry with search-before-create, exact lookup, need-to-know,
// parent–child relations and the BRP-like import — through the public HTTP API, on every engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { buildWorld, type ApiClient, type World } from '../../../tests/support/fixtures.ts';
import { bsnFromPrefix, bsnProblemText, isValidBsn, validBsns } from './bsn.ts';

const TODAY = '2026-06-15';
const TOMORROW = '2026-06-16';

describe('elfproef (BSN)', () => {
  it('accepts known valid BSNs', () => {
    for (const bsn of ['111222333', '123456782', '999999990', '000000012']) expect(isValidBsn(bsn), bsn).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    // 123456782 is valid; every other last digit breaks the sum.
    for (let d = 0; d <= 9; d++) {
      if (d === 2) continue;
      expect(isValidBsn(`12345678${d}`), `12345678${d}`).toBe(false);
    }
    expect(isValidBsn('111222334')).toBe(false);
    expect(isValidBsn('123456789')).toBe(false);
    // Two swapped digits are caught too.
    expect(isValidBsn('213456782')).toBe(false);
  });

  it('rejects a wrong length, letters, spaces and 000000000', () => {
    for (const bsn of ['', '12345678', '1234567820', '0123456782', '12345678a', 'abcdefghi', '123 45678', ' 123456782', '123456782\n', '000000000']) {
      expect(isValidBsn(bsn), JSON.stringify(bsn)).toBe(false);
    }
  });

  it('gives Dutch messages: 9 digits, or the elfproef', () => {
    expect(bsnProblemText('123456782')).toBeNull();
    expect(bsnProblemText('12345')).toContain('9 cijfers');
    expect(bsnProblemText('12345678a')).toContain('9 cijfers');
    expect(bsnProblemText('123456789')).toContain('elfproef');
    expect(bsnProblemText('000000000')).toContain('elfproef');
  });

  it('bsnFromPrefix completes 8 digits with the check digit, or null when none exists', () => {
    expect(bsnFromPrefix('12345678')).toBe('123456782');
    expect(bsnFromPrefix(11122233)).toBe('111222333');
    expect(bsnFromPrefix(1)).toBe('000000012'); // padded to 8 digits
    // 00000005: 5 × 2 = 10, remainder 10 → no digit makes the sum divisible by 11.
    expect(bsnFromPrefix('00000005')).toBeNull();
    for (let prefix = 30_000_000; prefix < 30_000_200; prefix++) {
      const bsn = bsnFromPrefix(prefix);
      if (bsn) expect(isValidBsn(bsn), bsn).toBe(true);
    }
  });

  it('validBsns yields distinct valid BSNs', () => {
    const gen = validBsns(0);
    const list = Array.from({ length: 200 }, () => gen.next().value as string);
    expect(new Set(list).size).toBe(200);
    expect(list).not.toContain('000000000');
    for (const bsn of list) expect(isValidBsn(bsn), bsn).toBe(true);
  });
});

/** The documented CSV header (docs/brp-import.md). */
const COLUMNS = [
  'soort', 'bsn', 'voornamen', 'tussenvoegsel', 'geslachtsnaam', 'geboortedatum', 'geslacht', 'straat',
  'huisnummer', 'postcode', 'woonplaats', 'gemeentecode', 'overlijdensdatum', 'ouder_bsn', 'kind_bsn', 'relatie',
] as const;
type CsvRow = Partial<Record<(typeof COLUMNS)[number], string>>;

function csv(rows: CsvRow[], sep = ';', columns: readonly string[] = COLUMNS): string {
  return [columns.join(sep), ...rows.map((r) => columns.map((c) => r[c as keyof CsvRow] ?? '').join(sep))].join('\n');
}
const personRow = (bsn: string, extra: CsvRow = {}): CsvRow => ({
  soort: 'persoon', bsn, voornamen: 'Jan', geslachtsnaam: 'Jansen', geboortedatum: '2015-01-01', geslacht: 'M', ...extra,
});
const relationRow = (parent: string, child: string, kind = 'juridisch'): CsvRow => ({ soort: 'relatie', ouder_bsn: parent, kind_bsn: child, relatie: kind });

const parseDetail = (d: unknown) => (typeof d === 'string' ? JSON.parse(d) : d) as Record<string, unknown> | null;

describe.each(ENGINES)('Persons on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let admin: ApiClient, school: ApiClient, collega: ApiClient, jgz: ApiClient, regio: ApiClient;

  beforeAll(async () => {
    t = await startTestApp(engine, { today: TODAY });
    w = await buildWorld(t);
    [admin, school, collega, jgz, regio] = await Promise.all(['beheerder', 'leerkracht', 'collega', 'jgz', 'regio'].map((u) => w.as(u)));
  });
  afterAll(async () => t?.close());

  const countPersons = async () =>
    Number((await t.db.selectFrom('persons').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const countRelations = async () =>
    Number((await t.db.selectFrom('parent_child').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const row = (bsn: string) => t.db.selectFrom('persons').selectAll().where('bsn', '=', bsn).executeTakeFirst();
  const idOf = async (bsn: string) => (await row(bsn))!.id;
  const relationsOf = (childId: string) =>
    t.db.selectFrom('parent_child').selectAll().where('child_id', '=', childId).execute();
  const importCsv = (content: string, client = admin) => client.post('/api/v1/brp-imports', { format: 'csv', content });
  const importJson = (doc: unknown, client = admin) =>
    client.post('/api/v1/brp-imports', { format: 'json', content: typeof doc === 'string' ? doc : JSON.stringify(doc) });
  const jsonPerson = (bsn: string, extra: Record<string, unknown> = {}) =>
    ({ bsn, givenNames: 'Piet', familyName: 'Pietersen', dateOfBirth: '2014-02-02', sex: 'M', ...extra });

  describe('manual entry', () => {
    const entry = (bsn: string, extra: Record<string, unknown> = {}) => ({
      bsn, givenNames: 'Sanne', tussenvoegsel: 'van der', familyName: 'Berg', dateOfBirth: '2015-03-04', sex: 'V',
      street: 'Kerkstraat', houseNumber: '12a', postcode: '1234 AB', city: 'Noordstad', municipalityCode: 'GM9001', ...extra,
    });

    it('creates a person with all fields (201), keeping the tussenvoegsel, and audits it', async () => {
      const bsn = w.bsn();
      const res = await school.post('/api/v1/personen', entry(bsn));
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String), bsn, givenNames: 'Sanne', tussenvoegsel: 'van der', familyName: 'Berg', fullName: 'Sanne van der Berg',
        dateOfBirth: '2015-03-04', sex: 'V', street: 'Kerkstraat', houseNumber: '12a', postcode: '1234 AB', city: 'Noordstad',
        municipalityCode: 'GM9001', dateOfDeath: null,
      });
      const stored = await row(bsn);
      expect(stored).toMatchObject({ id: res.body.id, tussenvoegsel: 'van der', family_name: 'Berg', date_of_birth: '2015-03-04', source: 'handmatig' });
      const audit = await t.db.selectFrom('audit_log').selectAll().where('person_id', '=', res.body.id).execute();
      expect(audit).toEqual([expect.objectContaining({ action: 'create', record_type: 'persoon', username: 'leerkracht', outcome: 'success' })]);
    });

    it('stores only the required fields when the rest is left out', async () => {
      const bsn = w.bsn();
      const res = await school.post('/api/v1/personen', { bsn, givenNames: 'Ali', familyName: 'Yilmaz', dateOfBirth: '2012-12-12', sex: 'M' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ tussenvoegsel: null, fullName: 'Ali Yilmaz', street: null, postcode: null, municipalityCode: null, dateOfDeath: null });
    });

    it('refuses a BSN that already exists (409 person-exists with personId) and stores nothing new', async () => {
      const bsn = w.bsn();
      const first = await school.post('/api/v1/personen', entry(bsn));
      expect(first.status).toBe(201);
      const before = await countPersons();
      const again = await collega.post('/api/v1/personen', entry(bsn, { givenNames: 'Andere', familyName: 'Naam', dateOfBirth: '2016-01-01' }));
      expect(again.status).toBe(409);
      expect(again.headers['content-type']).toContain('application/problem+json');
      expect(again.body.code).toBe('person-exists');
      expect(again.body.personId).toBe(first.body.id);
      expect(await countPersons()).toBe(before);
      expect(await row(bsn)).toMatchObject({ given_names: 'Sanne', family_name: 'Berg', date_of_birth: '2015-03-04' });
    });

    it('refuses a BSN failing the elfproef (400, Dutch message on path bsn) and stores nothing', async () => {
      const before = await countPersons();
      const res = await school.post('/api/v1/personen', entry('123456789'));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation-failed');
      expect(res.body.errors).toEqual([{ path: 'bsn', message: expect.stringContaining('elfproef') }]);
      const short = await school.post('/api/v1/personen', entry('12345'));
      expect(short.status).toBe(400);
      expect(short.body.errors).toEqual([{ path: 'bsn', message: expect.stringContaining('9 cijfers') }]);
      expect(await countPersons()).toBe(before);
    });

    it('refuses a date of birth in the future (422 person-invalid) but accepts today', async () => {
      const before = await countPersons();
      const bsn = w.bsn();
      const res = await school.post('/api/v1/personen', entry(bsn, { dateOfBirth: TOMORROW }));
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('person-invalid');
      expect(res.body.errors).toEqual([{ path: 'dateOfBirth', message: expect.stringContaining('toekomst') }]);
      expect(await countPersons()).toBe(before);
      expect(await row(bsn)).toBeUndefined();
      const born = await school.post('/api/v1/personen', entry(bsn, { dateOfBirth: TODAY }));
      expect(born.status).toBe(201);
    });

    it('refuses a date of birth before 1900', async () => {
      const res = await school.post('/api/v1/personen', entry(w.bsn(), { dateOfBirth: '1899-12-31' }));
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('person-invalid');
      expect(res.body.errors.map((e: any) => e.path)).toEqual(['dateOfBirth']);
    });

    it('refuses a date of death before the birth or in the future (422), accepts one on or after it', async () => {
      const before = await countPersons();
      const earlier = await school.post('/api/v1/personen', entry(w.bsn(), { dateOfDeath: '2015-03-03' }));
      expect(earlier.status).toBe(422);
      expect(earlier.body.code).toBe('person-invalid');
      expect(earlier.body.errors).toEqual([{ path: 'dateOfDeath', message: expect.stringContaining('voor de geboortedatum') }]);
      const future = await school.post('/api/v1/personen', entry(w.bsn(), { dateOfDeath: TOMORROW }));
      expect(future.status).toBe(422);
      expect(future.body.errors.map((e: any) => e.path)).toEqual(['dateOfDeath']);
      expect(await countPersons()).toBe(before);
      const ok = await school.post('/api/v1/personen', entry(w.bsn(), { dateOfDeath: '2020-01-01' }));
      expect(ok.status).toBe(201);
      expect(ok.body.dateOfDeath).toBe('2020-01-01');
    });

    it('refuses unknown fields (400 unknown-fields) and stores nothing', async () => {
      const before = await countPersons();
      const res = await school.post('/api/v1/personen', entry(w.bsn(), { kleur: 'blauw', nationaliteit: 'NL' }));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('unknown-fields');
      expect([...res.body.fields].sort()).toEqual(['kleur', 'nationaliteit']);
      expect(await countPersons()).toBe(before);
    });

    it('checks the postcode format (1234 AB or 1234AB)', async () => {
      const before = await countPersons();
      for (const postcode of ['12345', '1234 A', 'AB 1234', '1234  AB', '123 AB']) {
        const res = await school.post('/api/v1/personen', entry(w.bsn(), { postcode }));
        expect(res.status, postcode).toBe(400);
        expect(res.body.code).toBe('validation-failed');
        expect(res.body.errors).toEqual([{ path: 'postcode', message: expect.stringContaining('1234 AB') }]);
      }
      expect(await countPersons()).toBe(before);
      const compact = await school.post('/api/v1/personen', entry(w.bsn(), { postcode: '1234AB' }));
      expect(compact.status).toBe(201);
      expect(compact.body.postcode).toBe('1234AB');
    });

    it('refuses an unknown municipality code (422 municipality-unknown)', async () => {
      const before = await countPersons();
      const res = await school.post('/api/v1/personen', entry(w.bsn(), { municipalityCode: 'GM9999' }));
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('municipality-unknown');
      expect(res.body.detail).toContain('GM9999');
      expect(await countPersons()).toBe(before);
    });

    it('refuses impossible dates, a wrong sex and missing names (400)', async () => {
      const bad = [
        [{ dateOfBirth: '2015-02-30' }, 'dateOfBirth'],
        [{ dateOfBirth: '04-03-2015' }, 'dateOfBirth'],
        [{ sex: 'X' }, 'sex'],
        [{ familyName: '   ' }, 'familyName'],
        [{ givenNames: '' }, 'givenNames'],
      ] as const;
      for (const [extra, path] of bad) {
        const res = await school.post('/api/v1/personen', entry(w.bsn(), extra));
        expect(res.status, path).toBe(400);
        expect(res.body.errors.map((e: any) => e.path), path).toContain(path);
      }
    });

    it('is for casework roles and the beheerder only; needs a session and the CSRF token', async () => {
      const refused = await regio.post('/api/v1/personen', entry(w.bsn()));
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('role-forbidden');
      const byAdmin = await admin.post('/api/v1/personen', entry(w.bsn()));
      expect(byAdmin.status).toBe(201);
      const noCsrf = await school.request('POST', '/api/v1/personen', entry(w.bsn()), { 'x-csrf-token': 'wrong' });
      expect(noCsrf.status).toBe(403);
      expect(noCsrf.body.code).toBe('csrf-token-invalid');
      const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/personen', payload: entry(w.bsn()) });
      expect(anonymous.statusCode).toBe(401);
    });
  });

  describe('exact lookup', () => {
    let bsn: string;
    let id: string;
    beforeAll(async () => {
      bsn = w.bsn();
      const res = await admin.post('/api/v1/personen', { bsn, givenNames: 'Lotte', familyName: 'de Vries', dateOfBirth: '2014-04-04', sex: 'V' });
      id = res.body.id;
    });
    const lookup = (c: ApiClient, q: string) => c.post('/api/v1/personen/_zoek', Object.fromEntries(new URLSearchParams(q)));
    const lastSearch = async (username: string) =>
      t.db.selectFrom('audit_log').selectAll().where('action', '=', 'search').where('username', '=', username)
        .orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();

    it('returns the person only when BSN and date of birth both match', async () => {
      const hit = await lookup(school, `bsn=${bsn}&geboortedatum=2014-04-04`);
      expect(hit.status).toBe(200);
      expect(hit.body.items).toEqual([expect.objectContaining({ id, bsn, fullName: 'Lotte de Vries', dateOfBirth: '2014-04-04' })]);
      const wrongDate = await lookup(school, `bsn=${bsn}&geboortedatum=2014-04-05`);
      expect(wrongDate.status).toBe(200);
      expect(wrongDate.body.items).toEqual([]);
      const otherBsn = await lookup(school, `bsn=${w.bsn()}&geboortedatum=2014-04-04`);
      expect(otherBsn.status).toBe(200);
      expect(otherBsn.body.items).toEqual([]);
    });

    it('cannot browse: BSN and date of birth are both required, nothing else is accepted', async () => {
      const noDate = await lookup(school, `bsn=${bsn}`);
      expect(noDate.status).toBe(400);
      expect(noDate.body.code).toBe('validation-failed');
      expect(noDate.body.errors.map((e: any) => e.path)).toContain('geboortedatum');
      expect((await lookup(school, 'geboortedatum=2014-04-04')).status).toBe(400);
      expect((await school.get('/api/v1/personen')).status).toBe(404); // there is no list to browse
      const badBsn = await lookup(school, 'bsn=123456789&geboortedatum=2014-04-04');
      expect(badBsn.status).toBe(400);
      expect(badBsn.body.errors[0]).toMatchObject({ path: 'bsn', message: expect.stringContaining('elfproef') });
      const byName = await lookup(school, `bsn=${bsn}&geboortedatum=2014-04-04&naam=Lotte`);
      expect(byName.status).toBe(400);
      expect(byName.body.code).toBe('unknown-fields');
    });

    it('writes every lookup to the audit log (action search), with the person the BSN names', async () => {
      const count = async () => (await t.db.selectFrom('audit_log').select('seq').where('action', '=', 'search').where('username', '=', 'collega').execute()).length;
      const before = await count();
      await lookup(collega, `bsn=${bsn}&geboortedatum=2014-04-04`);
      const found = await lastSearch('collega');
      expect(found).toMatchObject({ record_type: 'persoon', person_id: id, record_id: id, outcome: 'success', user_id: w.users.collega.id });
      expect(parseDetail(found.detail)).toEqual({ found: true });
      await lookup(collega, `bsn=${bsn}&geboortedatum=2001-01-01`);
      const missed = await lastSearch('collega');
      expect(missed.seq).not.toBe(found.seq);
      // Nothing shown, but findable under the person the BSN names (the privacy officer's "who tried").
      expect(missed).toMatchObject({ person_id: id, record_id: id, outcome: 'refused' });
      expect(parseDetail(missed.detail)).toEqual({ found: false, reason: 'geboortedatum-wijkt-af' });
      expect(await count()).toBe(before + 2);
    });

    it('is refused to the regional coordinator', async () => {
      const res = await lookup(regio, `bsn=${bsn}&geboortedatum=2014-04-04`);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('role-forbidden');
      expect(res.body.items).toBeUndefined();
    });
  });

  describe('need-to-know: GET /api/v1/personen/:id', () => {
    // Parent P with children K and S (both juridisch); nobody has a signal yet.
    const b: Record<string, string> = {};
    const id: Record<string, string> = {};
    beforeAll(async () => {
      for (const k of ['P', 'K', 'S']) b[k] = w.bsn();
      const res = await importJson({
        personen: [jsonPerson(b.P, { dateOfBirth: '1988-08-08' }), jsonPerson(b.K, { dateOfBirth: '2016-06-06' }), jsonPerson(b.S, { dateOfBirth: '2018-08-18' })],
        relaties: [{ parentBsn: b.P, childBsn: b.K, kind: 'juridisch' }, { parentBsn: b.P, childBsn: b.S, kind: 'juridisch' }],
      });
      expect(res.status).toBe(201);
      for (const k of ['P', 'K', 'S']) id[k] = await idOf(b[k]);
    });
    const view = (c: ApiClient, personId: string) => c.get(`/api/v1/personen/${personId}`);
    const refusals = (username: string, personId: string) =>
      t.db.selectFrom('audit_log').selectAll().where('username', '=', username).where('person_id', '=', personId).where('outcome', '=', 'refused').execute();

    it('is refused (403) to a professional without a signal or match, and the refusal is audited', async () => {
      const res = await view(school, id.K);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('forbidden');
      expect(res.body.bsn).toBeUndefined();
      expect(res.body.givenNames).toBeUndefined();
      const audit = await refusals('leerkracht', id.K);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ record_type: 'persoon', record_id: id.K, action: 'GET /api/v1/personen/:id' });
    });

    it('is allowed (200) after the professional registers a signal on the person; the read is audited', async () => {
      const signal = await school.post('/api/v1/signalen', { bsn: b.K, informedOn: TODAY, relationship: { reason: 'leerling' } });
      expect(signal.status).toBe(201);
      const res = await view(school, id.K);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: id.K, bsn: b.K, dateOfBirth: '2016-06-06' });
      const reads = await t.db.selectFrom('audit_log').selectAll()
        .where('username', '=', 'leerkracht').where('person_id', '=', id.K).where('action', '=', 'read').where('record_type', '=', 'persoon').execute();
      expect(reads).toHaveLength(1);
      expect(reads[0].outcome).toBe('success');
    });

    it('is personal: a colleague at the same organisation still gets 403', async () => {
      const res = await view(collega, id.K);
      expect(res.status).toBe(403);
      expect(await refusals('collega', id.K)).toHaveLength(1);
    });

    it('a match opens the matched youths to its members, but not the parents', async () => {
      expect((await view(school, id.S)).status).toBe(403);
      const signal = await jgz.post('/api/v1/signalen', { bsn: b.S, informedOn: TODAY, relationship: { reason: 'client_in_zorg' } });
      expect(signal.status).toBe(201);
      expect(signal.body.matches).toEqual([expect.objectContaining({ type: 'gezin', created: true })]);
      expect((await view(school, id.S)).status).toBe(200);
      expect((await view(jgz, id.K)).status).toBe(200);
      expect((await view(school, id.P)).status).toBe(403);
      expect((await view(jgz, id.P)).status).toBe(403);
    });

    it('the regional coordinator is refused by role, and that refusal is audited with the person', async () => {
      const res = await view(regio, id.K);
      expect(res.status).toBe(403);
      const audit = await refusals('regio', id.K);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ record_type: 'persoon', role: 'regiocoordinator', record_id: id.K });
      expect(parseDetail(audit[0].detail)).toEqual({ code: res.body.code });
    });

    it('the beheerder, without involvement, is refused too', async () => {
      expect((await view(admin, id.K)).status).toBe(403);
      expect(await refusals('beheerder', id.K)).toHaveLength(1);
    });

    it('an unknown id is 404, a malformed id 400', async () => {
      const unknown = await view(school, '6f1c2f6e-1d5c-4f4e-9a53-2b1c3d4e5f60');
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('not-found');
      expect((await view(school, 'abc')).status).toBe(400);
    });
  });

  describe('parent–child relations', () => {
    const b: Record<string, string> = {};
    beforeAll(async () => {
      for (const k of ['child', 'p1', 'p2', 'p3', 'p4', 'p5', 'young', 'twin']) b[k] = w.bsn();
      const res = await importJson({
        personen: [
          jsonPerson(b.child, { dateOfBirth: '2012-05-05' }), jsonPerson(b.young, { dateOfBirth: '2013-01-01' }),
          jsonPerson(b.twin, { dateOfBirth: '2012-05-05' }),
          ...['p1', 'p2', 'p3', 'p4', 'p5'].map((k) => jsonPerson(b[k], { dateOfBirth: '1980-01-01' })),
        ],
      });
      expect(res.status).toBe(201);
    });
    // Relations come from the BRP or its administrator: they decide who matches as a family.
    const relate = (parentBsn: string, childBsn: string, kind = 'juridisch', c = admin) =>
      c.post('/api/v1/ouder-kindrelaties', { parentBsn, childBsn, kind });

    it('records every kind: juridisch, biologisch, stief, pleeg, voogd', async () => {
      const childId = await idOf(b.child);
      const kinds = ['juridisch', 'biologisch', 'stief', 'pleeg', 'voogd'];
      for (const [i, kind] of kinds.entries()) {
        const parentId = await idOf(b[`p${i + 1}`]);
        const res = await relate(b[`p${i + 1}`], b.child, kind);
        expect(res.status, kind).toBe(201);
        expect(res.body).toEqual({ parentId, childId, kind });
      }
      const stored = await relationsOf(childId);
      expect(stored.map((r) => r.kind).sort()).toEqual([...kinds].sort());
      const audit = await t.db.selectFrom('audit_log').selectAll().where('record_type', '=', 'ouder-kindrelatie').where('person_id', '=', childId).execute();
      expect(audit).toHaveLength(5);
    });

    it('recording the same relation twice keeps one row', async () => {
      const before = await countRelations();
      const res = await relate(b.p1, b.child, 'juridisch');
      expect(res.status).toBe(201);
      expect(await countRelations()).toBe(before);
    });

    it('refuses a parent younger than (or as old as) the child: 422 relation-parent-younger', async () => {
      const before = await countRelations();
      const younger = await relate(b.young, b.child);
      expect(younger.status).toBe(422);
      expect(younger.body.code).toBe('relation-parent-younger');
      const sameDay = await relate(b.twin, b.child);
      expect(sameDay.status).toBe(422);
      expect(sameDay.body.code).toBe('relation-parent-younger');
      expect(await countRelations()).toBe(before);
    });

    it('refuses an unknown BSN (404) for the parent or the child', async () => {
      const before = await countRelations();
      const parent = await relate(w.bsn(), b.child);
      expect(parent.status).toBe(404);
      expect(parent.body.code).toBe('not-found');
      const child = await relate(b.p1, w.bsn());
      expect(child.status).toBe(404);
      expect(await countRelations()).toBe(before);
    });

    it('refuses a person as their own parent', async () => {
      const res = await relate(b.p1, b.p1);
      expect([400, 422]).toContain(res.status);
      expect(res.body.code).toBe('relation-self');
    });

    it('refuses an unknown kind, an invalid BSN and unknown fields (400)', async () => {
      const kind = await relate(b.p1, b.child, 'oom');
      expect(kind.status).toBe(400);
      expect(kind.body.errors.map((e: any) => e.path)).toEqual(['kind']);
      const bsn = await relate('123456789', b.child);
      expect(bsn.status).toBe(400);
      expect(bsn.body.errors).toEqual([{ path: 'parentBsn', message: expect.stringContaining('elfproef') }]);
      const extra = await admin.post('/api/v1/ouder-kindrelaties', { parentBsn: b.p1, childBsn: b.child, kind: 'juridisch', sinds: '2020-01-01' });
      expect(extra.status).toBe(400);
      expect(extra.body.code).toBe('unknown-fields');
    });

    it('is refused to professionals and the regional coordinator', async () => {
      for (const c of [school, regio]) {
        const res = await relate(b.p2, b.young, 'juridisch', c);
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('role-forbidden');
      }
      expect(await relationsOf(await idOf(b.young))).toEqual([]);
    });
  });

  describe('BRP import', () => {
    it('only the functioneel beheerder may import (a professional gets 403 role-forbidden, nothing stored)', async () => {
      const bsn = w.bsn();
      const before = await countPersons();
      for (const c of [school, regio]) {
        const res = await importCsv(csv([personRow(bsn)]), c);
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('role-forbidden');
      }
      expect(await countPersons()).toBe(before);
      expect(await row(bsn)).toBeUndefined();
    });

    it('imports persons and relations from a semicolon-separated CSV', async () => {
      const [mother, father, kid1, kid2] = [w.bsn(), w.bsn(), w.bsn(), w.bsn()];
      const before = await countPersons();
      const res = await importCsv(csv([
        personRow(mother, { voornamen: 'Fatima', geslachtsnaam: 'El Amrani', geboortedatum: '1984-02-29', geslacht: 'V', straat: 'Dorpsstraat', huisnummer: '1', postcode: '9001 AA', woonplaats: 'Noordstad', gemeentecode: 'GM9001' }),
        personRow(father, { voornamen: 'Kees', tussenvoegsel: 'van', geslachtsnaam: 'Dijk', geboortedatum: '1980-07-07' }),
        personRow(kid1, { voornamen: 'Noor', tussenvoegsel: 'van', geslachtsnaam: 'Dijk', geboortedatum: '2013-03-03', geslacht: 'V', gemeentecode: 'GM9001' }),
        personRow(kid2, { voornamen: 'Mees Jan', tussenvoegsel: 'van', geslachtsnaam: 'Dijk', geboortedatum: '2017-11-11', gemeentecode: 'GM9002' }),
        relationRow(mother, kid1), relationRow(father, kid1, 'biologisch'), relationRow(mother, kid2), relationRow(father, kid2, 'voogd'),
      ]));
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ personsCreated: 4, personsUpdated: 0, relationsAdded: 4 });
      expect(await countPersons()).toBe(before + 4);
      expect(await row(kid2)).toMatchObject({
        given_names: 'Mees Jan', tussenvoegsel: 'van', family_name: 'Dijk', date_of_birth: '2017-11-11', sex: 'M',
        municipality_code: 'GM9002', source: 'brp-import', street: null, postcode: null, date_of_death: null,
      });
      expect(await row(mother)).toMatchObject({ date_of_birth: '1984-02-29', street: 'Dorpsstraat', house_number: '1', postcode: '9001 AA', city: 'Noordstad', tussenvoegsel: null });
      const rels = await relationsOf(await idOf(kid2));
      expect(rels.map((r) => r.kind).sort()).toEqual(['juridisch', 'voogd']);
      const motherId = await idOf(mother);
      expect(rels.find((r) => r.kind === 'juridisch')!.parent_id).toBe(motherId);
    });

    it('imports a comma-separated CSV, honouring quotes, CRLF, a BOM, blank lines and any column order', async () => {
      const [a, c] = [w.bsn(), w.bsn()];
      const columns = [...COLUMNS].reverse().map((col) => col.toUpperCase());
      const lines = [
        '\uFEFF' + columns.join(','),
        columns.map((col) => ({ SOORT: 'persoon', BSN: a, VOORNAMEN: 'Anne', GESLACHTSNAAM: 'Smit', GEBOORTEDATUM: '1990-01-01', GESLACHT: 'V', STRAAT: '"Laan 1940-1945, zijde ""oost"""' } as Record<string, string>)[col] ?? '').join(','),
        '',
        columns.map((col) => ({ SOORT: 'persoon', BSN: c, VOORNAMEN: 'Cor', GESLACHTSNAAM: 'Smit', GEBOORTEDATUM: '2019-01-01', GESLACHT: 'M' } as Record<string, string>)[col] ?? '').join(','),
        columns.map((col) => ({ SOORT: 'relatie', OUDER_BSN: a, KIND_BSN: c, RELATIE: 'pleeg' } as Record<string, string>)[col] ?? '').join(','),
        '',
      ];
      const res = await importCsv(lines.join('\r\n'));
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ personsCreated: 2, personsUpdated: 0, relationsAdded: 1 });
      expect(await row(a)).toMatchObject({ given_names: 'Anne', street: 'Laan 1940-1945, zijde "oost"' });
      expect((await relationsOf(await idOf(c))).map((r) => r.kind)).toEqual(['pleeg']);
    });

    it('rejects a CSV with bad rows as a whole, with exactly the bad line numbers, storing nothing', async () => {
      const [p2, p4, p5, unknown] = [w.bsn(), w.bsn(), w.bsn(), w.bsn()];
      const personsBefore = await countPersons();
      const relationsBefore = await countRelations();
      const auditBefore = (await t.db.selectFrom('audit_log').select('seq').where('action', '=', 'import').execute()).length;
      const res = await importCsv(csv([
        personRow(p2, { geboortedatum: '1985-01-01' }), // line 2: good
        personRow('123456789'), // line 3: bad BSN
        personRow(p4), // line 4: good
        personRow(p5, { geboortedatum: TOMORROW }), // line 5: future date of birth
        relationRow(p2, p4), // line 6: good
        relationRow(unknown, p4), // line 7: unknown parent
      ]));
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('import-invalid');
      expect(res.body.detail).toContain('niets geïmporteerd');
      expect(res.body.errors.map((e: any) => e.line)).toEqual([3, 5, 7]);
      expect(res.body.errors[0]).toMatchObject({ field: 'bsn', message: expect.stringContaining('elfproef') });
      expect(res.body.errors[1]).toMatchObject({ field: 'geboortedatum', message: expect.stringContaining('toekomst') }); // the CSV's own column
      expect(res.body.errors[2]).toMatchObject({ field: 'ouder_bsn' });
      expect(await countPersons()).toBe(personsBefore);
      expect(await countRelations()).toBe(relationsBefore);
      for (const bsn of [p2, p4, p5]) expect(await row(bsn)).toBeUndefined();
      expect((await t.db.selectFrom('audit_log').select('seq').where('action', '=', 'import').execute()).length).toBe(auditBefore);
    });

    it('numbers lines as in the file, counting blank lines, and reports each problem of a row', async () => {
      const [a, b2] = [w.bsn(), w.bsn()];
      const content = [
        COLUMNS.join(';'),
        '',
        csv([personRow(a)]).split('\n')[1], // line 3
        '',
        csv([{ soort: 'huisdier', bsn: b2 }]).split('\n')[1], // line 5: unknown soort
        csv([personRow(b2, { geslacht: 'X', postcode: '99999', gemeentecode: 'GM9999' })]).split('\n')[1], // line 6
        csv([relationRow(a, b2, 'oom')]).split('\n')[1], // line 7: unknown kind
        csv([relationRow(a, a)]).split('\n')[1], // line 8: own parent
      ].join('\n');
      const res = await importCsv(content);
      expect(res.status).toBe(422);
      const byLine = (line: number) => res.body.errors.filter((e: any) => e.line === line).map((e: any) => e.field ?? null);
      expect([...new Set(res.body.errors.map((e: any) => e.line))]).toEqual([5, 6, 7, 8]);
      expect(byLine(5)).toEqual(['soort']);
      expect(byLine(6).sort()).toEqual(['geslacht', 'postcode']);
      expect(byLine(7)).toEqual(['relatie']);
      expect(res.body.errors.find((e: any) => e.line === 8).message).toContain('eigen ouder');
      expect(await row(a)).toBeUndefined();
    });

    it('rejects an unknown municipality code and a parent younger than the child in the file', async () => {
      const [a, b2, c] = [w.bsn(), w.bsn(), w.bsn()];
      const res = await importCsv(csv([
        personRow(a, { gemeentecode: 'GM9999' }), // line 2
        personRow(b2, { geboortedatum: '2010-01-01' }), // line 3
        personRow(c, { geboortedatum: '2011-01-01' }), // line 4
        relationRow(c, b2), // line 5: parent born after child
      ]));
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ line: 2, field: 'gemeentecode', message: expect.stringContaining('GM9999') }),
        expect.objectContaining({ line: 5, message: expect.stringContaining('niet ouder') }),
      ]);
      expect(await row(b2)).toBeUndefined();
    });

    it('rejects a duplicate BSN within one file, naming the first line', async () => {
      const [a, b2] = [w.bsn(), w.bsn()];
      const res = await importCsv(csv([personRow(a), personRow(b2), personRow(a, { voornamen: 'Ander' })]));
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([expect.objectContaining({ line: 4, field: 'bsn', message: expect.stringContaining('regel 2') })]);
      expect(await row(a)).toBeUndefined();
      expect(await row(b2)).toBeUndefined();
    });

    it('rejects a header with a missing column on line 1, naming the column', async () => {
      const columns = COLUMNS.filter((c) => c !== 'geslacht');
      const res = await importCsv(csv([personRow(w.bsn())], ';', columns));
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining('geslacht') })]);
    });

    it('re-importing an existing BSN updates the person instead of duplicating it', async () => {
      const [parent, kid] = [w.bsn(), w.bsn()];
      const first = await importCsv(csv([personRow(parent, { geboortedatum: '1979-09-09' }), personRow(kid, { woonplaats: 'Noordstad' }), relationRow(parent, kid)]));
      expect(first.body).toEqual({ personsCreated: 2, personsUpdated: 0, relationsAdded: 1 });
      const kidId = await idOf(kid);
      const before = await countPersons();
      const second = await importCsv(csv([
        personRow(kid, { woonplaats: 'Zuidstad', gemeentecode: 'GM9003', straat: 'Nieuwe Weg', huisnummer: '8', postcode: '9003 ZZ' }),
        relationRow(parent, kid), // already there: not added again
        relationRow(parent, kid, 'biologisch'), // the parent is in the register, not in this file
      ]));
      expect(second.status).toBe(201);
      expect(second.body).toEqual({ personsCreated: 0, personsUpdated: 1, relationsAdded: 1 });
      expect(await countPersons()).toBe(before);
      expect(await row(kid)).toMatchObject({ id: kidId, city: 'Zuidstad', municipality_code: 'GM9003', street: 'Nieuwe Weg', postcode: '9003 ZZ' });
      expect((await relationsOf(kidId)).map((r) => r.kind).sort()).toEqual(['biologisch', 'juridisch']);
    });

    it('a re-import also updates a manually entered person', async () => {
      const bsn = w.bsn();
      const manual = await school.post('/api/v1/personen', { bsn, givenNames: 'Tijn', familyName: 'Bakker', dateOfBirth: '2016-02-02', sex: 'M' });
      expect(manual.status).toBe(201);
      const res = await importJson({ personen: [jsonPerson(bsn, { givenNames: 'Tijn Willem', familyName: 'Bakker', dateOfBirth: '2016-02-02' })] });
      expect(res.body).toEqual({ personsCreated: 0, personsUpdated: 1, relationsAdded: 0 });
      expect(await row(bsn)).toMatchObject({ id: manual.body.id, given_names: 'Tijn Willem' });
    });

    it('writes an audit entry with action import for every person in the file', async () => {
      const [a, b2, existing] = [w.bsn(), w.bsn(), w.bsn()];
      await importJson({ personen: [jsonPerson(existing)] });
      const res = await importJson({
        personen: [jsonPerson(a, { dateOfBirth: '1990-01-01' }), jsonPerson(b2), jsonPerson(existing, { givenNames: 'Bijgewerkt' })],
        relaties: [{ parentBsn: a, childBsn: b2, kind: 'juridisch' }],
      });
      expect(res.body).toEqual({ personsCreated: 2, personsUpdated: 1, relationsAdded: 1 });
      for (const bsn of [a, b2, existing]) {
        const personId = await idOf(bsn);
        const entries = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'import').where('person_id', '=', personId)
          .where('record_type', '=', 'persoon').execute();
        expect(entries.length, bsn).toBe(bsn === existing ? 2 : 1);
        expect(entries[entries.length - 1]).toMatchObject({ record_id: personId, username: 'beheerder', outcome: 'success' });
        // The new relation is logged for both the parent and the child.
        const relation = await t.db.selectFrom('audit_log').select('record_type').where('action', '=', 'import').where('person_id', '=', personId)
          .where('record_type', '=', 'ouder-kindrelatie').execute();
        expect(relation.length, bsn).toBe(bsn === existing ? 0 : 1);
      }
    });

    describe('JSON', () => {
      it('imports personen and relaties', async () => {
        const [a, b2] = [w.bsn(), w.bsn()];
        const res = await importJson({
          personen: [
            jsonPerson(a, { givenNames: 'Els', tussenvoegsel: "in 't", familyName: 'Veld', dateOfBirth: '1975-05-05', sex: 'V', municipalityCode: 'GM9003', postcode: '9003 AB', houseNumber: '3-II', street: 'Hoofdweg', city: 'Zuidstad' }),
            jsonPerson(b2, { dateOfBirth: '2009-09-09', dateOfDeath: '2020-02-02' }),
          ],
          relaties: [{ parentBsn: a, childBsn: b2, kind: 'stief' }],
        });
        expect(res.status).toBe(201);
        expect(res.body).toEqual({ personsCreated: 2, personsUpdated: 0, relationsAdded: 1 });
        expect(await row(a)).toMatchObject({ tussenvoegsel: "in 't", house_number: '3-II', municipality_code: 'GM9003', source: 'brp-import' });
        expect(await row(b2)).toMatchObject({ date_of_death: '2020-02-02' });
        expect((await relationsOf(await idOf(b2))).map((r) => r.kind)).toEqual(['stief']);
      });

      it('imports personen without relaties', async () => {
        const res = await importJson({ personen: [jsonPerson(w.bsn())] });
        expect(res.status).toBe(201);
        expect(res.body).toEqual({ personsCreated: 1, personsUpdated: 0, relationsAdded: 0 });
      });

      it('rejects bad entries as a whole, labelled personen[n] / relaties[n]', async () => {
        const [a, b2, c] = [w.bsn(), w.bsn(), w.bsn()];
        const before = await countPersons();
        const res = await importJson({
          personen: [jsonPerson(a, { dateOfBirth: '1980-01-01' }), jsonPerson('111222334'), jsonPerson(b2), jsonPerson(c, { dateOfBirth: TOMORROW })],
          relaties: [{ parentBsn: w.bsn(), childBsn: b2, kind: 'juridisch' }, { parentBsn: a, childBsn: b2, kind: 'juridisch' }, { parentBsn: a, childBsn: b2, kind: 'oom' }],
        });
        expect(res.status).toBe(422);
        expect(res.body.code).toBe('import-invalid');
        const lines = res.body.errors.map((e: any) => e.line);
        expect([...new Set(lines)].sort()).toEqual(['personen[2]', 'personen[4]', 'relaties[1]', 'relaties[3]']);
        expect(res.body.errors.find((e: any) => e.line === 'personen[2]')).toMatchObject({ field: 'bsn' });
        expect(res.body.errors.find((e: any) => e.line === 'relaties[3]')).toMatchObject({ field: 'kind' });
        expect(await countPersons()).toBe(before);
        expect(await row(a)).toBeUndefined();
      });

      it('rejects unknown fields in an entry', async () => {
        const res = await importJson({ personen: [jsonPerson(w.bsn(), { nationaliteit: 'NL' })] });
        expect(res.status).toBe(422);
        expect(res.body.errors).toEqual([expect.objectContaining({ line: 'personen[1]', message: expect.stringContaining('nationaliteit') })]);
      });

      it('rejects a duplicate BSN within one file', async () => {
        const a = w.bsn();
        const res = await importJson({ personen: [jsonPerson(a), jsonPerson(a)] });
        expect(res.status).toBe(422);
        expect(res.body.errors).toEqual([expect.objectContaining({ line: 'personen[2]', field: 'bsn', message: expect.stringContaining('personen[1]') })]);
        expect(await row(a)).toBeUndefined();
      });

      it('rejects content that is not JSON, or has no list personen, on line 1', async () => {
        for (const content of ['{"personen": [', '[]', '{"relaties": []}', '{"personen": {}}', 'null']) {
          const res = await importJson(content);
          expect(res.status, content).toBe(422);
          expect(res.body.code).toBe('import-invalid');
          expect(res.body.errors.map((e: any) => e.line), content).toEqual([1]);
        }
      });

      it('rejects a relaties that is not a list, on line 1', async () => {
        for (const relaties of [{}, 'geen lijst', 5]) {
          const res = await importJson({ personen: [], relaties });
          expect(res.status).toBe(422);
          expect(res.body.code).toBe('import-invalid');
          expect(res.body.errors.map((e: any) => e.line)).toEqual([1]);
        }
      });
    });

    it('refuses a malformed request body (format, empty content, unknown fields)', async () => {
      expect((await admin.post('/api/v1/brp-imports', { format: 'xml', content: 'x' })).status).toBe(400);
      expect((await admin.post('/api/v1/brp-imports', { format: 'csv', content: '' })).status).toBe(400);
      const extra = await admin.post('/api/v1/brp-imports', { format: 'csv', content: 'x', bron: 'BRP' });
      expect(extra.status).toBe(400);
      expect(extra.body.code).toBe('unknown-fields');
    });
  });
});
