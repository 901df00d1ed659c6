// The relationship a professional claims with a child, per dossier, signal or kindcheck (issue 17).
// Foreign keys with cascade: the reason goes when its record goes (signal retention at 23, a
// person removed), so it is never kept longer than what it justifies.
import { sql, type Kysely } from 'kysely';
import { RELATIONSHIP_REASONS } from './relationship.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const reasons = sql.join(RELATIONSHIP_REASONS.map((r) => sql.lit(r)));
  await sql`
    create table relationship_reasons (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references persons(id) on delete cascade,
      user_id uuid not null references users(id),
      organisation_id uuid not null references organisations(id),
      dossier_id uuid references dossiers(id) on delete cascade,
      signal_id uuid references signals(id) on delete cascade,
      kindcheck_id uuid references kindchecks(id) on delete cascade,
      reason text not null check (reason in (${reasons})),
      explanation text check (explanation is null or length(explanation) <= 500),
      created_at timestamptz not null default now(),
      check (num_nonnulls(dossier_id, signal_id, kindcheck_id) = 1),
      check (reason <> 'anders' or explanation is not null)
    );
    create index relationship_reasons_created on relationship_reasons(created_at);
    create index relationship_reasons_person on relationship_reasons(person_id);
    create unique index relationship_reasons_dossier on relationship_reasons(dossier_id) where dossier_id is not null;
    create unique index relationship_reasons_signal on relationship_reasons(signal_id) where signal_id is not null;
    create unique index relationship_reasons_kindcheck on relationship_reasons(kindcheck_id) where kindcheck_id is not null;
  `.execute(db);
}
