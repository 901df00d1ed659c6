// Reach protocol "niet verschenen zonder bericht" (seed 004, Apeldoorn): missed appointments,
// the steps that follow them, and each organisation's own decision tree.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table bereik_protocollen (
      organisation_id uuid primary key references organisations(id) on delete cascade,
      steps jsonb not null,
      updated_by uuid not null references users(id),
      updated_at timestamptz not null default now()
    );
    create table bereik_gebeurtenissen (
      id uuid primary key default gen_random_uuid(),
      seq bigint generated always as identity,
      dossier_id uuid not null references dossiers(id) on delete cascade,
      kind text not null check (kind in ('niet_verschenen', 'uitkomst')),
      on_date date not null,
      outcome text check (outcome in ('contact', 'verklaring', 'andere_hulp', 'onbereikbaar')),
      note text,
      author_id uuid not null references users(id),
      created_at timestamptz not null default now()
    );
    create index bereik_dossier on bereik_gebeurtenissen(dossier_id, seq);
  `.execute(db);
}
