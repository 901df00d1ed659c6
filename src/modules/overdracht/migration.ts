// Warm handover (seed 004, Breda): a preschool, child care or JGZ passes a child's development
// and support needs to the primary school, with the parents' consent and in their sight.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table overdrachten (
      id uuid primary key default gen_random_uuid(),
      dossier_id uuid not null references dossiers(id) on delete cascade,
      person_id uuid not null references persons(id) on delete cascade,
      from_organisation_id uuid not null references organisations(id),
      from_user_id uuid not null references users(id),
      to_organisation_id uuid not null references organisations(id),
      created_at timestamptz not null default now(),
      content jsonb not null,
      consent_date date not null,
      parents_seen_on date not null,
      acknowledged_by uuid references users(id),
      acknowledged_at timestamptz
    );
    create index overdrachten_to on overdrachten(to_organisation_id, created_at desc);
  `.execute(db);
}
