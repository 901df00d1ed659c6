// Sharing a worry with a chain partner, with the legal basis recorded each time.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table zorg_delingen (
      id uuid primary key default gen_random_uuid(),
      dossier_id uuid not null references dossiers(id) on delete cascade,
      person_id uuid not null references persons(id) on delete cascade,
      from_user_id uuid not null references users(id),
      from_organisation_id uuid not null references organisations(id),
      to_organisation_id uuid not null references organisations(id),
      to_user_id uuid references users(id),
      message text not null,
      legal_basis text not null check (legal_basis in ('toestemming', 'conflict_van_plichten', 'meldrecht')),
      consent_by text,
      consent_date date,
      conflict_answers jsonb,
      created_at timestamptz not null default now(),
      acknowledged_by uuid references users(id),
      acknowledged_at timestamptz,
      feedback text
    );
    create index zorg_delingen_to on zorg_delingen(to_organisation_id, created_at desc);
    create index zorg_delingen_dossier on zorg_delingen(dossier_id);
  `.execute(db);
}
