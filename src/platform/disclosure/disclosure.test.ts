// The disclosure layer through the HTTP API, on every engine, on constructed Veilig Thuis data
// with known answers: primary and secondary suppression across teams, the region total and the
// periods of a year; CBS rounding; free periods refused; the differencing rule; and an attacker
// that fetches every publication period and tries to recover each hidden count by subtraction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { ApiClient, buildWorld, type World } from '../../../tests/support/fixtures.ts';
import { recoverBySubtraction, type Relation } from '../../../tests/support/disclosure-attack.ts';
import { yearPeriods } from './periods.ts';

const YEAR = 2025;

describe.each(ENGINES)('disclosure control on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let regio: ApiClient;
  let teamB: string;
  const kpis = (van: string, tot: string, extra = '') => regio.get(`/api/v1/vt-kpis?van=${van}&tot=${tot}${extra}`);

  beforeAll(async () => {
    t = await startTestApp(engine, { today: '2026-06-15' });
    w = await buildWorld(t);
    teamB = (await t.db.insertInto('organisations').values({ name: 'Veilig Thuis Noord-Oost', sector: 'veilig_thuis', municipality_code: 'GM9002' })
      .returning('id').executeTakeFirstOrThrow()).id;
    const by = w.users.vt.id;
    const zaak = async (team: string, soort: 'melding' | 'advies', at: string) => (await t.db.insertInto('vt_zaken').values({
      organisation_id: team, soort, bron: 'professional', ontvangen_at: new Date(`${at}T10:00:00Z`), zorg: 'Zorg.', status: 'afgesloten', created_by: by,
    }).returning('id').executeTakeFirstOrThrow()).id;
    /** A report received and its safety assessment approved on `at`, within or past its deadline. */
    const assessed = async (team: string, at: string, withinDeadline: boolean) => t.db.insertInto('vt_veiligheidsbeoordelingen').values({
      zaak_id: await zaak(team, 'melding', at), ronde: 1, deadline: withinDeadline ? '2025-12-31' : '2025-01-01', gegevens: {} as never, uitkomst: 'beeindigen',
      vastgelegd_by: by, vastgelegd_at: new Date(`${at}T10:00:00Z`), goedgekeurd_by: by, goedgekeurd_at: new Date(`${at}T11:00:00Z`),
    }).execute();
    // March: team A 20 within and 2 late, team B 12 within and 6 late. July: 3 advices at team A.
    for (let i = 0; i < 20; i++) await assessed(w.orgs.vt, '2025-03-10', true);
    for (let i = 0; i < 2; i++) await assessed(w.orgs.vt, '2025-03-11', false);
    for (let i = 0; i < 12; i++) await assessed(teamB, '2025-03-12', true);
    for (let i = 0; i < 6; i++) await assessed(teamB, '2025-03-13', false);
    for (let i = 0; i < 3; i++) await zaak(w.orgs.vt, 'advies', '2025-07-02');
    regio = await w.as('regio');
  });
  afterAll(async () => t?.close());

  it('primary and secondary suppression with known answers: a small late count hides its team, the other team, never the region', async () => {
    const res = await kpis(`${YEAR}-01-01`, `${YEAR}-12-31`);
    expect(res.status).toBe(200);
    const [a, b] = res.body.teams;
    expect([a.team, b.team]).toEqual(['Veilig Thuis Noord', 'Veilig Thuis Noord-Oost']);
    // Team A: 2 late is small (primary), so its 20 within hides too, or 22 - 20 gives it away.
    expect(a.veiligheidsbeoordelingen).toEqual({ totaal: 22, binnenTermijn: null, aandeel: null });
    expect(a.onderdrukking['veiligheidsbeoordelingen.binnenTermijn']).toBe('secundair');
    // Team B's 12 within and 6 late are safe by themselves, but the region's 32 within and 8 late
    // are shown: B hides (secondary), or A's late count follows from 8 - 6.
    expect(b.veiligheidsbeoordelingen).toEqual({ totaal: 18, binnenTermijn: null, aandeel: null });
    expect(b.onderdrukking['veiligheidsbeoordelingen.binnenTermijn']).toBe('secundair');
    expect(res.body.regio.veiligheidsbeoordelingen).toEqual({ totaal: 40, binnenTermijn: 32, aandeel: 80 });
    // Counts: A's 3 advices are small (primary); meldingen 22 and 18 are shown, the region 40.
    expect([a.meldingen, a.adviezen, a.onderdrukking.adviezen, b.meldingen, b.adviezen]).toEqual([22, null, 'primair', 18, 0]);
    expect([res.body.regio.meldingen, res.body.regio.adviezen]).toEqual([40, null]);
    expect(res.body.beveiliging).toMatchObject({ drempel: 5, afronding: null });
    // The team's own view is not an aggregate-only view: exact, unsuppressed, any period.
    const lead = await w.as('teamleider');
    const own = (await lead.get(`/api/v1/vt-kpis?van=${YEAR}-03-01&tot=${YEAR}-03-12`)).body.teams[0];
    expect(own.veiligheidsbeoordelingen).toEqual({ totaal: 22, binnenTermijn: 20, aandeel: 90.9 });
  });

  it('rounds to multiples of 5 on request, and says so', async () => {
    const res = await kpis(`${YEAR}-01-01`, `${YEAR}-12-31`, '&afronden=ja');
    expect(res.body.teams.map((x: any) => [x.meldingen, x.veiligheidsbeoordelingen.totaal])).toEqual([[20, 20], [20, 20]]);
    expect(res.body.regio.veiligheidsbeoordelingen).toEqual({ totaal: 40, binnenTermijn: 30, aandeel: 80 });
    expect(res.body.beveiliging.afronding).toBe(5);
    expect(res.body.beveiliging.regel).toContain('veelvoud van 5');
  });

  it('refuses a free period, and a period that differs from an enclosing one by fewer than 5 cases, without the count', async () => {
    const free = await kpis(`${YEAR}-01-01`, `${YEAR}-07-01`);
    expect(free.status).toBe(422);
    expect(free.body.code).toBe('disclosure-period');
    // The first half year lacks only July's 3 advices compared with the whole year.
    const h1 = await kpis(`${YEAR}-01-01`, `${YEAR}-06-30`);
    expect(h1.status).toBe(422);
    expect(h1.body).toMatchObject({ code: 'disclosure-differencing', title: 'Niet te verwerken' });
    expect(h1.body.detail).toContain(`${YEAR}`);
    expect(h1.body.detail).toContain('minder dan 5');
    expect(h1.body.detail).not.toMatch(/\b3\b/);
    expect((await kpis(`${YEAR}-07-01`, `${YEAR}-12-31`)).status).toBe(200);
  });

  it('an attacker with every publication period recovers no hidden count by subtraction', async () => {
    const { periods } = yearPeriods(YEAR);
    const answered = new Map<string, any>();
    const refused: string[] = [];
    for (const p of periods) {
      const res = await kpis(p.van, p.tot);
      if (res.status === 200) answered.set(p.id, res.body); else { expect(res.body.code).toBe('disclosure-differencing'); refused.push(p.id); }
    }
    // Refused: every period that an enclosing one exceeds by just July's 3 advices: H1 and K1 and March (against the year), K4 (against H2), August
    // and September (against K3), October to December (against H2).
    expect(refused.sort()).toEqual(['H1', 'K1', 'K4', 'M03', 'M08', 'M09', 'M10', 'M11', 'M12']);
    // What the reader sees and knows: per view, per row (A, B, region), counts and the shares'
    // parts; the relations within a row, across rows to the region, and across periods.
    const shown = new Map<string, number | null>();
    const relations: Relation[] = [];
    const rows = ['A', 'B', 'R'];
    const id = (p: string, row: string, m: string) => `${p}|${row}|${m}`;
    for (const [p, body] of answered) {
      const byRow: Record<string, any> = { A: body.teams[0], B: body.teams[1], R: body.regio };
      for (const row of rows) {
        const f = byRow[row];
        shown.set(id(p, row, 'meldingen'), f.meldingen);
        shown.set(id(p, row, 'adviezen'), f.adviezen);
        for (const k of ['veiligheidsbeoordelingen', 'onderzoeken']) {
          shown.set(id(p, row, `${k}.totaal`), f[k].totaal);
          shown.set(id(p, row, `${k}.binnen`), f[k].binnenTermijn);
          shown.set(id(p, row, `${k}.buiten`), null);
          relations.push({ total: id(p, row, `${k}.totaal`), parts: [id(p, row, `${k}.binnen`), id(p, row, `${k}.buiten`)] });
        }
      }
      for (const m of ['meldingen', 'adviezen', ...['veiligheidsbeoordelingen', 'onderzoeken'].flatMap((k) => [`${k}.totaal`, `${k}.binnen`, `${k}.buiten`])]) {
        relations.push({ total: id(p, 'R', m), parts: [id(p, 'A', m), id(p, 'B', m)] });
        for (const row of rows) {
          const children = periods.filter((c) => c.parent === p).map((c) => c.id);
          if (children.length && children.every((c) => answered.has(c))) relations.push({ total: id(p, row, m), parts: children.map((c) => id(c, row, m)) });
        }
      }
    }
    const recovered = recoverBySubtraction(shown, relations);
    const suppressed = [...shown].filter(([key, v]) => v === null && !key.endsWith('.buiten')).map(([key]) => key);
    // A late count is hidden exactly when its share's within-count is.
    for (const [key] of shown) if (key.endsWith('.buiten') && shown.get(key.replace('.buiten', '.binnen')) === null) suppressed.push(key);
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed.filter((key) => recovered.has(key)), 'recovered hidden cells').toEqual([]);
    // The attacker is not idle: it finds what is deducible by design (the region's 8 late), and
    // had team B's 12 within been shown (no secondary suppression), team A's 2 late would follow.
    expect(recovered.get(id('J', 'R', 'veiligheidsbeoordelingen.buiten'))).toBe(8);
    const withoutSecondary = new Map(shown).set(id('J', 'B', 'veiligheidsbeoordelingen.binnen'), 12);
    expect(recoverBySubtraction(withoutSecondary, relations).get(id('J', 'A', 'veiligheidsbeoordelingen.buiten'))).toBe(2);
    // Pairs of nested views: no region total differs by 1..4 between two answered views.
    for (const [p, body] of answered) {
      for (const [q, other] of answered) {
        if (p === q || !periods.find((x) => x.id === q)!.months.every((m) => periods.find((x) => x.id === p)!.months.includes(m))) continue;
        for (const f of ['meldingen', 'adviezen']) {
          const [x, y] = [body.regio[f], other.regio[f]];
          if (x !== null && y !== null) expect(x - y === 0 || x - y >= 5, `${p} - ${q} ${f}`).toBe(true);
        }
      }
    }
  });

  it('takes the threshold from the setting, and CBS rounding can be forced on', async () => {
    const other = await startTestApp(engine, { sameDatabaseAs: t, today: '2026-06-15', config: { disclosureThreshold: 3, disclosureRounding: true } });
    try {
      const c = new ApiClient(other, '10.9.0.1');
      expect((await c.login('regio')).status).toBe(201);
      // With 3, July's 3 advices are no longer small: the first half year is answered, A's 3 advices shown.
      const year = await c.get(`/api/v1/vt-kpis?van=${YEAR}-01-01&tot=${YEAR}-12-31&afronden=nee`);
      expect(year.body.beveiliging).toMatchObject({ drempel: 3, afronding: 5 });
      expect(year.body.teams[0].adviezen).toBe(5);
      expect(year.body.teams[0].veiligheidsbeoordelingen.binnenTermijn).toBeNull();
      expect((await c.get(`/api/v1/vt-kpis?van=${YEAR}-01-01&tot=${YEAR}-06-30`)).status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('the Verwijsindex statistics round on request, with the rule', async () => {
    const res = await regio.get('/api/v1/verwijsindex/statistieken?afronden=ja');
    expect(res.status).toBe(200);
    expect(res.body.beveiliging).toMatchObject({ drempel: 5, afronding: 5 });
    for (const row of [...res.body.items, res.body.totaal]) for (const v of [row.activeSignals, row.childMatches, row.familyMatches]) expect(v === null || v % 5 === 0).toBe(true);
    expect((await regio.get('/api/v1/verwijsindex/statistieken?afronden=misschien')).status).toBe(400);
  });
});
