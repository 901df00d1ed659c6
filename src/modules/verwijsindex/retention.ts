// Retention (bewaartermijnen), set-based so one pass stays fast on national volumes:
// 1. active signals older than 2 years turn inactive ('verlopen');
// 2. inactive signals are destroyed 5 years after they became inactive;
// 3. all Verwijsindex data about a youth is destroyed when they turn 23 or die;
// 4. matches left without members are removed.
// The persons register itself is the BRP mirror and is governed by its own rules.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { addYears } from '../../platform/dates.ts';
import { recordAudit, systemActor } from '../../platform/audit/audit.ts';
import { ACTIVE_YEARS, ARCHIVE_YEARS, MAX_AGE_YEARS } from './rules.ts';

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
  const bornBefore = addYears(peildatum, -MAX_AGE_YEARS); // born on or before → 23 today

  const youthSignals = sql`
    select s.id from signals s join persons p on p.id = s.person_id
    where p.date_of_birth <= ${bornBefore} or p.date_of_death <= ${peildatum}`;

  return db.transaction().execute(async (tx) => {
    const count = async (q: ReturnType<typeof sql>) =>
      (await sql<{ n: number }>`select count(*)::int as n from (${q}) x`.execute(tx)).rows[0].n;
    const ids = async (q: ReturnType<typeof sql>) =>
      (await sql<{ id: string }>`select id from (${q}) x order by id limit ${listLimit}`.execute(tx)).rows.map((r) => r.id);

    const youthQ = youthSignals;
    const archivedQ = sql`select id from signals where status = 'inactief' and end_date <= ${archiveBefore} and id not in (${youthSignals})`;
    const expiredQ = sql`select id from signals where status = 'actief' and start_date <= ${expireBefore} and id not in (${youthSignals})`;

    const report: RetentionReport = {
      peildatum, dryRun,
      destroyedYouth: await count(youthQ),
      destroyedArchived: await count(archivedQ),
      expired: await count(expiredQ),
      matchesRemoved: 0,
      sample: { expired: await ids(expiredQ), destroyedArchived: await ids(archivedQ), destroyedYouth: await ids(youthQ) },
    };

    if (dryRun) {
      report.matchesRemoved = (await sql<{ n: number }>`
        select count(*)::int as n from matches m where not exists (
          select 1 from match_members mm join signals s on s.id = mm.signal_id
          where mm.match_id = m.id and s.id not in (${youthSignals})
            and not (s.status = 'inactief' and s.end_date <= ${archiveBefore}))`.execute(tx)).rows[0].n;
      return report;
    }

    await sql`delete from signals where id in (${youthSignals})`.execute(tx);
    await sql`delete from signals where status = 'inactief' and end_date <= ${archiveBefore}`.execute(tx);
    await sql`
      update signals set status = 'inactief', end_reason = 'verlopen', end_date = (start_date + make_interval(years => ${ACTIVE_YEARS}))::date
      where status = 'actief' and start_date <= ${expireBefore}`.execute(tx);
    const removed = await sql`delete from matches m where not exists (select 1 from match_members mm where mm.match_id = m.id)`.execute(tx);
    report.matchesRemoved = Number(removed.numAffectedRows ?? 0);
    await recordAudit(tx, systemActor, [{
      action: 'retention', recordType: 'verwijsindex',
      detail: { peildatum, expired: report.expired, destroyedArchived: report.destroyedArchived, destroyedYouth: report.destroyedYouth, matchesRemoved: report.matchesRemoved },
    }]);
    return report;
  });
}
