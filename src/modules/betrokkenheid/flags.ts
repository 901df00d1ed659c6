// The privacy officer's list of unusual access (issue 17): need-to-know is the professional's
// own claim, so what looks like fishing is put in front of someone who can ask about it.
// - veel-nieuw: many new dossiers or signals by one user in a short time;
// - buiten-regio: a dossier or signal on a child living outside the organisation's region (or
//   municipality);
// - kort-voor-match: a dossier opened shortly before the user's signal joined a match on that child.
// Each flag carries the user's audit entries about the children, their family and the records.
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../platform/db/schema.ts';
import { fullName } from '../persons/service.ts';

export const settingsSchema = z.strictObject({
  bulkCount: z.number().int().min(2).max(1000).describe('Zoveel nieuwe dossiers of signalen van één gebruiker …'),
  bulkHours: z.number().int().min(1).max(720).describe('… binnen zoveel uur vallen op'),
  matchWithinHours: z.number().int().min(1).max(720).describe('Een match binnen zoveel uur na het openen van een dossier valt op'),
  outsideScope: z.enum(['regio', 'gemeente']).describe('Buiten de regio of buiten de gemeente van de organisatie valt op'),
  periodDays: z.number().int().min(1).max(366).describe('Zoveel dagen terug kijken'),
});
export type FlagSettings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: FlagSettings = { bulkCount: 10, bulkHours: 24, matchWithinHours: 72, outsideScope: 'regio', periodDays: 30 };
const SETTINGS_KEY = 'privacy.opvallende-toegang';

export async function loadSettings(db: Kysely<DB>): Promise<FlagSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', SETTINGS_KEY).executeTakeFirst();
  const stored = settingsSchema.partial().safeParse(row?.value ?? {});
  return { ...DEFAULT_SETTINGS, ...(stored.success ? stored.data : {}) };
}

export async function saveSettings(db: Kysely<DB>, settings: FlagSettings): Promise<void> {
  await db.insertInto('settings').values({ key: SETTINGS_KEY, value: JSON.stringify(settings) as never })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(settings) as never })).execute();
}

const TRAIL_LIMIT = 50;

export const flagSchema = z.object({
  key: z.string(),
  kind: z.enum(['veel-nieuw', 'buiten-regio', 'kort-voor-match']),
  user: z.object({ name: z.string(), organisation: z.string(), role: z.string() }),
  from: z.string(), to: z.string(), count: z.number(),
  children: z.array(z.object({
    name: z.string(), dateOfBirth: z.string(), municipality: z.string().nullable(), record: z.enum(['dossier', 'signaal']), at: z.string(),
    relationship: z.object({ reason: z.string(), explanation: z.string().nullable() }),
  })),
  match: z.object({ type: z.enum(['kind', 'gezin']), at: z.string() }).nullable(),
  trail: z.array(z.object({
    at: z.string(), user: z.string().nullable(), organisation: z.string().nullable(), role: z.string().nullable(), action: z.string(),
    recordType: z.string(), person: z.string().nullable(), outcome: z.string(),
  })),
});
export type Flag = z.infer<typeof flagSchema>;

/** Dossiers and signals claimed, with who claimed them and where the child lives. */
function claims(db: Kysely<DB>) {
  return db.selectFrom('relationship_reasons as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .innerJoin('municipalities as om', 'om.code', 'o.municipality_code')
    .innerJoin('persons as p', 'p.id', 'r.person_id')
    .leftJoin('municipalities as pm', 'pm.code', 'p.municipality_code')
    .select(['r.id', 'r.user_id', 'r.person_id', 'r.dossier_id', 'r.signal_id', 'r.reason', 'r.explanation', 'r.created_at',
      'u.display_name', 'u.role', 'o.name as organisation', 'p.given_names', 'p.tussenvoegsel', 'p.family_name', 'p.date_of_birth',
      'pm.name as child_municipality_name'])
    .where((eb) => eb.or([eb('r.dossier_id', 'is not', null), eb('r.signal_id', 'is not', null)]))
    .orderBy('r.created_at').orderBy('r.id');
}
type Claim = Awaited<ReturnType<ReturnType<typeof claims>['execute']>>[number];

const iso = (d: Date | string) => new Date(d).toISOString();
const childOf = (c: Claim) => ({
  name: fullName(c), dateOfBirth: c.date_of_birth, municipality: c.child_municipality_name, record: c.dossier_id ? 'dossier' as const : 'signaal' as const,
  at: iso(c.created_at), relationship: { reason: c.reason, explanation: c.explanation },
});
const userOf = (c: Claim) => ({ name: c.display_name, organisation: c.organisation, role: c.role });

interface Draft extends Omit<Flag, 'trail'> {
  userId: string;
  /** Whose and which records' audit entries make up the trail. */
  persons: string[];
  records: string[];
}

/**
 * The flags since `periodDays`. The database selects what stands out, so only flagged claims
 * are read, however many dossiers and signals the period holds.
 */
export async function unusualAccess(db: Kysely<DB>, s: FlagSettings, now: Date): Promise<{ flags: Flag[]; personIds: string[] }> {
  const since = new Date(now.getTime() - s.periodDays * 86_400_000);
  const drafts: Draft[] = [];
  const hours = s.bulkHours * 3_600_000;

  // Many new: the claims that end a window of bulkHours holding bulkCount or more of one user's
  // claims; the windows of one user that overlap form one run.
  const { rows: ends } = await sql<{ user_id: string; created_at: Date }>`
    select user_id, created_at from (
      select r.user_id, r.created_at, count(*) over (partition by r.user_id order by r.created_at
        range between make_interval(hours => ${s.bulkHours}) preceding and current row) as n
      from relationship_reasons r
      where r.created_at >= ${since.toISOString()}::timestamptz and (r.dossier_id is not null or r.signal_id is not null)
    ) w where n >= ${s.bulkCount} order by user_id, created_at`.execute(db);
  const spans: { userId: string; from: number; to: number }[] = [];
  for (const e of ends) {
    const at = new Date(e.created_at).getTime();
    const last = spans.at(-1);
    if (last && last.userId === e.user_id && at - hours <= last.to) last.to = at;
    else spans.push({ userId: e.user_id, from: at - hours, to: at });
  }
  for (const span of spans) {
    const run = await claims(db).where('r.user_id', '=', span.userId)
      .where('r.created_at', '>=', new Date(Math.max(span.from, since.getTime()))).where('r.created_at', '<=', new Date(span.to)).execute();
    drafts.push({
      key: `veel-nieuw:${run[0].id}`, kind: 'veel-nieuw', userId: span.userId, user: userOf(run[0]),
      from: iso(run[0].created_at), to: iso(run.at(-1)!.created_at), count: run.length, children: run.map(childOf), match: null,
      persons: run.map((c) => c.person_id), records: run.map((c) => (c.dossier_id ?? c.signal_id)!),
    });
  }

  // Outside: the child's municipality lies outside the organisation's region (or municipality).
  const outside = await claims(db).where('r.created_at', '>=', since).where('pm.code', 'is not', null)
    .where((eb) => (s.outsideScope === 'regio' ? eb('pm.region_id', '<>', eb.ref('om.region_id')) : eb('pm.code', '<>', eb.ref('om.code'))))
    .execute();
  for (const c of outside) {
    drafts.push({
      key: `buiten-regio:${c.id}`, kind: 'buiten-regio', userId: c.user_id, user: userOf(c), from: iso(c.created_at), to: iso(c.created_at),
      count: 1, children: [childOf(c)], match: null, persons: [c.person_id], records: [(c.dossier_id ?? c.signal_id)!],
    });
  }

  // Shortly before a match: the user's signal joined a match within matchWithinHours after the
  // user opened the dossier, and that match holds a signal on the dossier's child (the user's
  // own, or another professional's).
  const { rows: matched } = await sql<{ claim_id: string; match_id: string; type: 'kind' | 'gezin'; joined_at: Date; signal_id: string }>`
    select distinct on (r.id) r.id as claim_id, m.id as match_id, m.type, mm.joined_at, s.id as signal_id
    from relationship_reasons r
    join signals s on s.user_id = r.user_id
    join match_members mm on mm.signal_id = s.id
    join matches m on m.id = mm.match_id
    where r.dossier_id is not null and r.created_at >= ${since.toISOString()}::timestamptz
      and mm.joined_at >= r.created_at and mm.joined_at <= r.created_at + make_interval(hours => ${s.matchWithinHours})
      and exists (select 1 from match_members mm2 join signals s2 on s2.id = mm2.signal_id where mm2.match_id = m.id and s2.person_id = r.person_id)
    order by r.id, mm.joined_at`.execute(db);
  if (matched.length) {
    const byId = new Map((await claims(db).where('r.id', 'in', matched.map((m) => m.claim_id)).execute()).map((c) => [c.id, c]));
    for (const row of matched) {
      const c = byId.get(row.claim_id)!;
      const inMatch = (await db.selectFrom('match_members as mm').innerJoin('signals as s', 's.id', 'mm.signal_id')
        .select('s.person_id').distinct().where('mm.match_id', '=', row.match_id).execute()).map((r) => r.person_id);
      drafts.push({
        key: `kort-voor-match:${c.id}`, kind: 'kort-voor-match', userId: c.user_id, user: userOf(c), from: iso(c.created_at), to: iso(row.joined_at),
        count: 1, children: [childOf(c)], match: { type: row.type, at: iso(row.joined_at) },
        persons: [c.person_id, ...inMatch], records: [c.dossier_id!, row.match_id, row.signal_id],
      });
    }
  }

  drafts.sort((a, b) => b.to.localeCompare(a.to) || a.key.localeCompare(b.key));
  const shown = new Set<string>(drafts.flatMap((d) => d.persons));
  const flags: Flag[] = [];
  for (const { userId, persons, records, ...flag } of drafts) {
    const trail = await trailOf(db, userId, await withFamily(db, persons), records);
    for (const e of trail) if (e.person_id) shown.add(e.person_id);
    flags.push({ ...flag, trail: trail.map(({ person_id: _, ...e }) => e) });
  }
  return { flags, personIds: [...shown] };
}

/** The persons and their parents and (half-)siblings: reading the family is part of the trail. */
async function withFamily(db: Kysely<DB>, persons: string[]): Promise<string[]> {
  const parents = (await db.selectFrom('parent_child').select('parent_id').where('child_id', 'in', persons).execute()).map((r) => r.parent_id);
  const siblings = parents.length
    ? (await db.selectFrom('parent_child').select('child_id').where('parent_id', 'in', parents).execute()).map((r) => r.child_id) : [];
  return [...new Set([...persons, ...parents, ...siblings])];
}

async function trailOf(db: Kysely<DB>, userId: string, persons: string[], records: string[]) {
  const rows = await db.selectFrom('audit_log as a').leftJoin('organisations as o', 'o.id', 'a.organisation_id').leftJoin('persons as p', 'p.id', 'a.person_id')
    .select(['a.seq', 'a.at', 'a.username', 'o.name as organisation', 'a.role', 'a.action', 'a.record_type', 'a.person_id', 'a.outcome', 'p.given_names', 'p.tussenvoegsel', 'p.family_name'])
    .where('a.user_id', '=', userId)
    .where((eb) => eb.or([eb('a.person_id', 'in', persons), eb('a.record_id', 'in', records)]))
    .orderBy('a.seq', 'desc').limit(TRAIL_LIMIT).execute();
  return rows.map((r) => ({
    at: iso(r.at), user: r.username, organisation: r.organisation, role: r.role, action: r.action, recordType: r.record_type,
    person: r.given_names !== null && r.family_name !== null ? fullName({ given_names: r.given_names, tussenvoegsel: r.tussenvoegsel, family_name: r.family_name }) : null,
    outcome: r.outcome, person_id: r.person_id,
  }));
}
