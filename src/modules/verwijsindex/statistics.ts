// Aggregate figures for the regional coordinator: never a person, and counts below 5 suppressed
// (null) so a small number cannot point at a family.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';

export const SMALL_NUMBER = 5;
const suppress = (n: number) => (n < SMALL_NUMBER ? null : n);

export async function regionStatistics(db: Kysely<DB>, regionId: number) {
  const region = await db.selectFrom('regions').select('name').where('id', '=', regionId).executeTakeFirstOrThrow();
  const rows = (await sql<{ name: string; signals: number; kind: number; gezin: number }>`
    select m.name,
      (select count(*)::int from signals s join organisations o on o.id = s.organisation_id
        where o.municipality_code = m.code and s.status = 'actief') as signals,
      (select count(distinct mm.match_id)::int from match_members mm join signals s on s.id = mm.signal_id
        join organisations o on o.id = s.organisation_id join matches x on x.id = mm.match_id
        where o.municipality_code = m.code and x.type = 'kind') as kind,
      (select count(distinct mm.match_id)::int from match_members mm join signals s on s.id = mm.signal_id
        join organisations o on o.id = s.organisation_id join matches x on x.id = mm.match_id
        where o.municipality_code = m.code and x.type = 'gezin') as gezin
    from municipalities m where m.region_id = ${regionId} order by m.name`.execute(db)).rows;
  return {
    region: region.name,
    items: rows.map((r) => ({ municipality: r.name, activeSignals: suppress(r.signals), childMatches: suppress(r.kind), familyMatches: suppress(r.gezin) })),
  };
}
