// Retention (bewaartermijnen):
// 1. all Verwijsindex data about a youth is destroyed when they turn 23 or die;
// 2. inactive signals are destroyed 5 years after they became inactive;
// 3. active signals older than 2 years turn inactive ('verlopen');
// 4. matches left without members are removed.
// Every step is an index range (signals.youth_until, persons_deceased, the partial indexes on
// active start dates and inactive end dates), so a daily pass reads only what it changes.
// The persons register itself is the BRP mirror and is governed by its own rules.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { addYears } from '../../platform/dates.ts';
import { recordAudit, systemActor } from '../../platform/audit/audit.ts';
import { ACTIVE_YEARS, ARCHIVE_YEARS } from './rules.ts';

export interface RetentionReport {
  peildatum: string;
  dryRun: boolean;
  expired: number;
  destroyedArchived: number;
  destroyedYouth: number;
  matchesRemoved: number;
  /** Up to `listLimit` signal ids per category, for the dry-run listing. */
  sample: { expired: string[]; destroyedArchived: string[]; destroyedYouth: string[] };
}

export async function runRetention(db: Kysely<DB>, peildatum: string, options: { dryRun?: boolean; listLimit?: number } = {}): Promise<RetentionReport> {
  const dryRun = options.dryRun ?? false;
  const listLimit = options.listLimit ?? 1000;
  const expireBefore = addYears(peildatum, -ACTIVE_YEARS); // start_date <= this → expired
  const archiveBefore = addYears(peildatum, -ARCHIVE_YEARS); // end_date <= this → destroyed

  // The categories are disjoint and applied in this order: youth, then archive, then expiry.
  const youthQ = sql`
    select id from signals where youth_until <= ${peildatum}
    union
    select s.id from persons p join signals s on s.person_id = p.id where p.date_of_death <= ${peildatum}`;
  const notYouth = sql`youth_until > ${peildatum} and person_id not in (select id from persons where date_of_death <= ${peildatum})`;
  const archivedQ = sql`select id from signals where status = 'inactief' and end_date <= ${archiveBefore} and ${notYouth}`;
  const expiredQ = sql`select id from signals where status = 'actief' and start_date <= ${expireBefore} and ${notYouth}`;
  const destroyedQ = sql`${youthQ} union ${archivedQ}`;

  return db.transaction().execute(async (tx) => {
    const count = async (q: RawBuilder<unknown>) => (await sql<{ n: number }>`select count(*)::int as n from (${q}) x`.execute(tx)).rows[0].n;
    const ids = async (q: RawBuilder<unknown>) =>
      (await sql<{ id: string }>`select id from (${q}) x order by id limit ${listLimit}`.execute(tx)).rows.map((r) => r.id);
    // Matches that lose members; only those can end up empty.
    const affected = (await sql<{ match_id: string; emptied: boolean }>`
      with destroyed as (${destroyedQ})
      select mm.match_id, bool_and(mm.signal_id in (select id from destroyed)) as emptied
      from match_members mm
      where mm.match_id in (select match_id from match_members where signal_id in (select id from destroyed))
      group by mm.match_id`.execute(tx)).rows;

    const report: RetentionReport = {
      peildatum, dryRun,
      destroyedYouth: await count(youthQ),
      destroyedArchived: await count(archivedQ),
      expired: await count(expiredQ),
      matchesRemoved: affected.filter((a) => a.emptied).length,
      sample: { expired: await ids(expiredQ), destroyedArchived: await ids(archivedQ), destroyedYouth: await ids(youthQ) },
    };
    if (dryRun) return report;

    await sql`delete from signals where id in (${destroyedQ})`.execute(tx);
    await sql`
      update signals set status = 'inactief', end_reason = 'verlopen', end_date = (start_date + make_interval(years => ${ACTIVE_YEARS}))::date
      where status = 'actief' and start_date <= ${expireBefore}`.execute(tx);
    const emptied = affected.filter((a) => a.emptied).map((a) => a.match_id);
    if (emptied.length) await tx.deleteFrom('matches').where('id', 'in', emptied).execute();
    await recordAudit(tx, systemActor, [{
      action: 'retention', recordType: 'verwijsindex',
      detail: { peildatum, expired: report.expired, destroyedArchived: report.destroyedArchived, destroyedYouth: report.destroyedYouth, matchesRemoved: report.matchesRemoved },
    }]);
    return report;
  });
}
