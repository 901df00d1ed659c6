// Matching. A child match joins the active signals of different professionals on one youth.
// A family match joins active signals on different youths who share a parent, and a young
// parent with their child. Each family match is keyed by a parent; co-parents whose children
// are exactly the same are one key, so full siblings get one family match, not two.
//
// Registration is the hot path, so the rules run in the database function vi_register_signal
// (migration 0017), in one autocommit statement. Family groups: per parent the set of its
// children; parents with the same set are one group, keyed by the lowest parent id. The function
// locks the youth and its family keys, inserts the signal and applies:
// - a child match needs active signals of two or more professionals on the youth;
// - a family match needs, within one group, an active signal on a child, signals on two or
//   more youths, and two or more professionals; co-parents alone are not related;
// - a group whose children all belong to another group's parent too, and that has no signal
//   on a parent of its own, adds no pair and is left out (full siblings next to a half-sibling).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';

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
