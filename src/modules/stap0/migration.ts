// Stap 0: screenings of risk and protective factors, with the professional's own judgement.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table screenings (
      id uuid primary key default gen_random_uuid(),
      dossier_id uuid not null references dossiers(id) on delete cascade,
      person_id uuid not null references persons(id) on delete cascade,
      created_by uuid not null references users(id),
      created_at timestamptz not null default now(),
      judgement text not null check (judgement in ('geen_zorg', 'zorg', 'ernstige_zorg', 'vermoeden_kindermishandeling')),
      judgement_note text,
      next_action text not null,
      answers jsonb not null
    );
    create index screenings_dossier on screenings(dossier_id, created_at);
  `.execute(db);
}
