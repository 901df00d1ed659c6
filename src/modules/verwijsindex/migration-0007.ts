// Retention at national scale: each signal carries the day its youth turns 23 (indexed), and
// deaths are found through a small partial index, so the daily pass reads only what it changes.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table signals add column youth_until date;
    update signals s set youth_until = (p.date_of_birth + interval '23 years')::date from persons p where p.id = s.person_id;
    alter table signals alter column youth_until set not null;
    create index signals_youth_until on signals(youth_until);
    create index persons_deceased on persons(date_of_death) where date_of_death is not null;
  `.execute(db);
}
