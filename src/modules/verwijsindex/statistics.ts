// Aggregate figures for the regional coordinator: never a person. Counts per municipality and
// the region's total pass the disclosure layer (decision 0009): small counts suppressed, and
// enough others that none can be recovered from the region total.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { protect, ruleOf, type DisclosureSettings, type Line, type Reason } from '../../platform/disclosure/index.ts';

const MEASURES = ['activeSignals', 'childMatches', 'familyMatches'] as const;
type Measure = (typeof MEASURES)[number];
const REGION = '*';

export async function regionStatistics(db: Kysely<DB>, regionId: number, settings: DisclosureSettings) {
  const region = await db.selectFrom('regions').select('name').where('id', '=', regionId).executeTakeFirstOrThrow();
  const matchesIn = (type: string, where: ReturnType<typeof sql>) => sql<number>`(select count(distinct mm.match_id)::int from match_members mm
    join signals s on s.id = mm.signal_id join organisations o on o.id = s.organisation_id join matches x on x.id = mm.match_id
    join municipalities mu on mu.code = o.municipality_code where ${where} and x.type = ${type})`;
  const signalsIn = (where: ReturnType<typeof sql>) => sql<number>`(select count(*)::int from signals s join organisations o on o.id = s.organisation_id
    join municipalities mu on mu.code = o.municipality_code where ${where} and s.status = 'actief')`;
  const inMunicipality = sql`mu.code = m.code`;
  const rows = (await sql<{ name: string } & Record<Measure, number>>`
    select m.name, ${signalsIn(inMunicipality)} as "activeSignals", ${matchesIn('kind', inMunicipality)} as "childMatches",
      ${matchesIn('gezin', inMunicipality)} as "familyMatches"
    from municipalities m where m.region_id = ${regionId} order by m.name`.execute(db)).rows;
  // The region's own count: a match with members in two municipalities counts once here.
  const inRegion = sql`mu.region_id = ${regionId}`;
  const total = (await sql<Record<Measure, number>>`select ${signalsIn(inRegion)} as "activeSignals",
    ${matchesIn('kind', inRegion)} as "childMatches", ${matchesIn('gezin', inRegion)} as "familyMatches"`.execute(db)).rows[0];

  const cell = (row: string, m: Measure) => `${row}|${m}`;
  const values = new Map<string, number>();
  rows.forEach((r, i) => MEASURES.forEach((m) => values.set(cell(String(i), m), r[m])));
  MEASURES.forEach((m) => values.set(cell(REGION, m), total[m]));
  const lines: Line[] = MEASURES.map((m) => ({ total: cell(REGION, m), parts: rows.map((_, i) => cell(String(i), m)) }));
  const safe = protect(values, lines, settings);
  const rowOf = (row: string) => {
    const onderdrukking: Partial<Record<Measure, Reason>> = {};
    const out = {} as Record<Measure, number | null>;
    for (const m of MEASURES) {
      const c = safe.get(cell(row, m))!;
      out[m] = c.value;
      if (c.reason) onderdrukking[m] = c.reason;
    }
    return { ...out, onderdrukking };
  };
  return {
    region: region.name,
    items: rows.map((r, i) => ({ municipality: r.name, ...rowOf(String(i)) })),
    totaal: rowOf(REGION),
    beveiliging: ruleOf(settings),
  };
}
