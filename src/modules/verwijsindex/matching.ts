// Matching. A child match joins the active signals of different professionals on one youth.
// A family match joins active signals on different youths who share a parent, and a young
// parent with their child. Each family match is keyed by a parent; co-parents whose children
// are exactly the same are one key, so full siblings get one family match, not two.
//
// Registration is the hot path, so the work is done in a fixed, small number of statements:
// one for the family neighbourhood, one lock, one for the active signals around the youth,
// and one each to read, create and extend the matches it touches.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { addYears } from '../../platform/dates.ts';
import { ACTIVE_YEARS, MATCHING_PARENT_KINDS } from './rules.ts';

export interface MatchChange {
  matchId: string;
  type: 'kind' | 'gezin';
  created: boolean;
  addedUserIds: string[];
  existingUserIds: string[];
}

export interface FamilyGroup {
  /** The lowest parent id of the group: the family match's key. */
  key: string;
  parents: string[];
  children: string[];
}

type ActiveSignal = { id: string; person_id: string; user_id: string };
type MatchType = 'kind' | 'gezin';

const KINDS = sql.join(MATCHING_PARENT_KINDS.map((k) => sql.lit(k)));
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
const distinct = <T>(xs: T[]) => new Set(xs).size;

/**
 * The family groups a youth belongs to: as a child of each parent, and as a parent. Reads the
 * two-step neighbourhood in one statement: every parent of a child of the youth's anchors
 * (the youth and its parents), with all of that parent's children.
 */
export async function familyGroupsOf(db: Kysely<DB>, personId: string): Promise<FamilyGroup[]> {
  const rows = (await sql<{ parent_id: string; child_id: string }>`
    with anchors as (
      select ${personId}::uuid as id
      union select parent_id from parent_child where child_id = ${personId} and kind in (${KINDS})
    ), kids as (
      select child_id from parent_child where parent_id in (select id from anchors) and kind in (${KINDS})
    ), coparents as (
      select parent_id from parent_child where child_id in (select child_id from kids) and kind in (${KINDS})
    )
    select distinct parent_id, child_id from parent_child
    where parent_id in (select parent_id from coparents) and kind in (${KINDS})`.execute(db)).rows;

  const childrenOf = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!childrenOf.has(r.parent_id)) childrenOf.set(r.parent_id, new Set());
    childrenOf.get(r.parent_id)!.add(r.child_id);
  }
  const anchors = [personId, ...rows.filter((r) => r.child_id === personId).map((r) => r.parent_id)];
  const groups = new Map<string, FamilyGroup>();
  for (const anchor of new Set(anchors)) {
    const kids = childrenOf.get(anchor);
    if (!kids) continue;
    const parents = [...childrenOf].filter(([, c]) => sameSet(c, kids)).map(([p]) => p).sort();
    groups.set(parents[0], { key: parents[0], parents, children: [...kids] });
  }
  return [...groups.values()];
}

/**
 * Serialises registrations that could match each other: the youth itself and every family
 * key it belongs to. Without it, two concurrent registrations on siblings could each miss the
 * other's uncommitted signal. Held until the transaction ends; taken in a fixed order.
 */
export async function lockMatchKeys(db: Kysely<DB>, personId: string, groups: FamilyGroup[]): Promise<void> {
  const keys = [...new Set([personId, ...groups.map((g) => g.key)])].sort();
  await sql`select pg_advisory_xact_lock(hashtextextended(k, 0)) from unnest(${keys}::text[]) as k order by k`.execute(db);
}

/** Runs after a signal on `personId` became active; returns the matches it created or joined. */
export async function matchSignal(db: Kysely<DB>, personId: string, now: Date, today: string, groups: FamilyGroup[]): Promise<MatchChange[]> {
  const around = [...new Set([personId, ...groups.flatMap((g) => [...g.children, ...g.parents])])];
  const active = await db.selectFrom('signals').select(['id', 'person_id', 'user_id'])
    .where('person_id', 'in', around)
    .where('status', '=', 'actief')
    .where('start_date', '>', addYears(today, -ACTIVE_YEARS))
    .execute();
  const on = (ids: string[]) => active.filter((s) => ids.includes(s.person_id));

  const wanted: { type: MatchType; key: string; signals: ActiveSignal[] }[] = [];
  const own = on([personId]);
  if (distinct(own.map((s) => s.user_id)) >= 2) wanted.push({ type: 'kind', key: personId, signals: own });

  const candidates = [];
  for (const group of groups) {
    const signals = on([...group.children, ...group.parents]);
    const childSignals = on(group.children);
    if (childSignals.length === 0) continue; // co-parents alone are not related to each other
    if (distinct(signals.map((s) => s.person_id)) < 2) continue; // one youth is a child match, not a family match
    if (distinct(signals.map((s) => s.user_id)) < 2) continue; // no match with oneself
    candidates.push({ group, signals, parentSignals: signals.length - childSignals.length });
  }
  // A parent whose children all share another parent adds no pair that the other parent's
  // match lacks (full siblings next to a half-sibling): that smaller match is left out.
  const covered = (small: FamilyGroup, big: FamilyGroup) => small !== big && small.children.every((c) => big.children.includes(c));
  for (const c of candidates) {
    if (c.parentSignals === 0 && candidates.some((o) => covered(c.group, o.group))) continue;
    wanted.push({ type: 'gezin', key: c.group.key, signals: c.signals });
  }
  return wanted.length ? joinMatches(db, wanted, now) : [];
}

/** Creates the matches that do not exist yet and adds the signals that are not members yet. */
async function joinMatches(db: Kysely<DB>, wanted: { type: MatchType; key: string; signals: ActiveSignal[] }[], now: Date): Promise<MatchChange[]> {
  const existing = (await sql<{ id: string; type: MatchType; key_person_id: string; signal_id: string | null; user_id: string | null }>`
    select m.id, m.type, m.key_person_id, mm.signal_id, s.user_id
    from matches m left join match_members mm on mm.match_id = m.id left join signals s on s.id = mm.signal_id
    where (m.type, m.key_person_id) in (${sql.join(wanted.map((w) => sql`(${w.type}, ${w.key}::uuid)`))})`.execute(db)).rows;
  const idOf = new Map(existing.map((r) => [`${r.type}:${r.key_person_id}`, r.id]));

  const missing = wanted.filter((w) => !idOf.has(`${w.type}:${w.key}`));
  if (missing.length) {
    const created = await db.insertInto('matches')
      .values(missing.map((w) => ({ type: w.type, key_person_id: w.key, created_at: now })))
      .returning(['id', 'type', 'key_person_id']).execute();
    for (const m of created) idOf.set(`${m.type}:${m.key_person_id}`, m.id);
  }

  const changes: MatchChange[] = [];
  const rows: { match_id: string; signal_id: string; joined_at: Date }[] = [];
  for (const w of wanted) {
    const matchId = idOf.get(`${w.type}:${w.key}`)!;
    const before = existing.filter((r) => r.id === matchId && r.signal_id);
    const known = new Set(before.map((b) => b.signal_id));
    const fresh = w.signals.filter((s) => !known.has(s.id));
    rows.push(...fresh.map((s) => ({ match_id: matchId, signal_id: s.id, joined_at: now })));
    const existingUsers = new Set(before.map((b) => b.user_id!));
    changes.push({
      matchId,
      type: w.type,
      created: missing.includes(w),
      addedUserIds: [...new Set(fresh.map((s) => s.user_id))].filter((u) => !existingUsers.has(u)),
      existingUserIds: [...existingUsers],
    });
  }
  if (rows.length) await db.insertInto('match_members').values(rows).onConflict((oc) => oc.doNothing()).execute();
  return changes;
}

/** Persons whose data a user may see through the Verwijsindex: own signals and matches they are in. */
export async function userSeesPerson(db: Kysely<DB>, userId: string, personId: string): Promise<boolean> {
  const row = await sql<{ ok: number }>`
    select 1 as ok from signals s where s.user_id = ${userId} and s.person_id = ${personId}
    union all
    select 1 from match_members mine
      join signals ms on ms.id = mine.signal_id and ms.user_id = ${userId}
      join match_members other on other.match_id = mine.match_id
      join signals os on os.id = other.signal_id and os.person_id = ${personId}
    limit 1`.execute(db);
  return row.rows.length > 0;
}
