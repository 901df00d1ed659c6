// Matching. A child match joins the active signals of different professionals on one youth.
// A family match joins active signals on different youths who share a parent, and a young
// parent with their child. Each family match is keyed by a parent; co-parents whose children
// are exactly the same are one key, so full siblings get one family match, not two.
//
// Registration is the hot path: this file reads the family groups (one statement); the
// database function vi_register_signal (migration 0016) then locks the youth and its family
// keys, inserts the signal and applies the rules above, in one round trip:
// - a child match needs active signals of two or more professionals on the youth;
// - a family match needs, within one group, an active signal on a child, signals on two or
//   more youths, and two or more professionals; co-parents alone are not related;
// - a group whose children all belong to another group's parent too, and that has no signal
//   on a parent of its own, adds no pair and is left out (full siblings next to a half-sibling).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { MATCHING_PARENT_KINDS } from './rules.ts';

export interface FamilyGroup {
  /** The lowest parent id of the group: the family match's key. */
  key: string;
  parents: string[];
  children: string[];
}


const KINDS = sql.join(MATCHING_PARENT_KINDS.map((k) => sql.lit(k)));
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

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
