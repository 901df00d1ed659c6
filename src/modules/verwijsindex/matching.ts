// Matching. A child match joins the active signals of different professionals on one youth.
// A family match joins active signals on different youths who share a parent, and a young
// parent with their child. Each family match is keyed by a parent; co-parents whose children
// are exactly the same are one key, so full siblings get one family match, not two.
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

type ActiveSignal = { id: string; person_id: string; user_id: string };

async function activeSignalsOn(db: Kysely<DB>, personIds: string[], today: string): Promise<ActiveSignal[]> {
  if (personIds.length === 0) return [];
  return db.selectFrom('signals').select(['id', 'person_id', 'user_id'])
    .where('person_id', 'in', personIds)
    .where('status', '=', 'actief')
    .where('start_date', '>', addYears(today, -ACTIVE_YEARS))
    .execute();
}

async function childrenOf(db: Kysely<DB>, parentIds: string[]): Promise<Map<string, Set<string>>> {
  const result = new Map<string, Set<string>>(parentIds.map((p) => [p, new Set<string>()]));
  if (parentIds.length === 0) return result;
  const rows = await db.selectFrom('parent_child').select(['parent_id', 'child_id'])
    .where('parent_id', 'in', parentIds).where('kind', 'in', MATCHING_PARENT_KINDS).execute();
  for (const r of rows) result.get(r.parent_id)!.add(r.child_id);
  return result;
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/** The family groups a youth belongs to: as a child of each parent, and as a parent. */
export async function familyGroupsOf(db: Kysely<DB>, personId: string) {
  const parents = (await db.selectFrom('parent_child').select('parent_id')
    .where('child_id', '=', personId).where('kind', 'in', MATCHING_PARENT_KINDS).execute()).map((r) => r.parent_id);
  const anchors = [...new Set([...parents, personId])];
  const children = await childrenOf(db, anchors);
  const allChildren = [...new Set([...children.values()].flatMap((s) => [...s]))];
  const coParents = allChildren.length === 0 ? [] : (await db.selectFrom('parent_child').select('parent_id').distinct()
    .where('child_id', 'in', allChildren).where('kind', 'in', MATCHING_PARENT_KINDS).execute()).map((r) => r.parent_id);
  const coChildren = await childrenOf(db, coParents.filter((p) => !children.has(p)));
  for (const [p, c] of children) coChildren.set(p, c);

  const groups = new Map<string, { key: string; parents: string[]; children: string[] }>();
  for (const anchor of anchors) {
    const kids = children.get(anchor)!;
    if (kids.size === 0) continue;
    const coParentsSame = coParents.filter((q) => sameSet(coChildren.get(q) ?? new Set(), kids));
    const groupParents = [...new Set([anchor, ...coParentsSame])].sort();
    const key = groupParents[0];
    groups.set(key, { key, parents: groupParents, children: [...kids] });
  }
  return [...groups.values()];
}

async function joinMatch(db: Kysely<DB>, type: 'kind' | 'gezin', keyPersonId: string, signals: ActiveSignal[], now: Date): Promise<MatchChange> {
  const inserted = await db.insertInto('matches').values({ type, key_person_id: keyPersonId, created_at: now })
    .onConflict((oc) => oc.columns(['type', 'key_person_id']).doNothing()).returning('id').executeTakeFirst();
  const matchId = inserted?.id ?? (await db.selectFrom('matches').select('id')
    .where('type', '=', type).where('key_person_id', '=', keyPersonId).executeTakeFirstOrThrow()).id;
  const before = await db.selectFrom('match_members as mm').innerJoin('signals as s', 's.id', 'mm.signal_id')
    .select(['mm.signal_id', 's.user_id']).where('mm.match_id', '=', matchId).execute();
  const known = new Set(before.map((b) => b.signal_id));
  const fresh = signals.filter((s) => !known.has(s.id));
  if (fresh.length) {
    await db.insertInto('match_members').values(fresh.map((s) => ({ match_id: matchId, signal_id: s.id, joined_at: now })))
      .onConflict((oc) => oc.doNothing()).execute();
  }
  const existingUsers = new Set(before.map((b) => b.user_id));
  return {
    matchId,
    type,
    created: !!inserted,
    addedUserIds: [...new Set(fresh.map((s) => s.user_id))].filter((u) => !existingUsers.has(u)),
    existingUserIds: [...existingUsers],
  };
}

const distinct = <T>(xs: T[]) => new Set(xs).size;

export type FamilyGroup = Awaited<ReturnType<typeof familyGroupsOf>>[number];

/**
 * Serialises registrations that could match each other: the youth itself and every family
 * key it belongs to. Without it, two concurrent registrations on siblings could each miss the
 * other's uncommitted signal. Held until the transaction ends.
 */
export async function lockMatchKeys(db: Kysely<DB>, personId: string, groups: FamilyGroup[]): Promise<void> {
  const keys = [...new Set([personId, ...groups.map((g) => g.key)])].sort();
  for (const key of keys) await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(db);
}

/** Runs after a signal on `personId` became active; returns the matches it created or joined. */
export async function matchSignal(db: Kysely<DB>, personId: string, now: Date, today: string, groups: FamilyGroup[]): Promise<MatchChange[]> {
  const changes: MatchChange[] = [];

  const own = await activeSignalsOn(db, [personId], today);
  if (distinct(own.map((s) => s.user_id)) >= 2) changes.push(await joinMatch(db, 'kind', personId, own, now));

  const candidates = [];
  for (const group of groups) {
    const signals = await activeSignalsOn(db, [...group.children, ...group.parents], today);
    const childIds = new Set(group.children);
    const childSignals = signals.filter((s) => childIds.has(s.person_id));
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
    changes.push(await joinMatch(db, 'gezin', c.group.key, c.signals, now));
  }
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
