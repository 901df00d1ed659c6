// The kindcheck: professionals who see adults record whether children are in their care and safe.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table kindchecks (
      id uuid primary key default gen_random_uuid(),
      client_person_id uuid not null references persons(id) on delete cascade,
      user_id uuid not null references users(id),
      organisation_id uuid not null references organisations(id),
      checked_at timestamptz not null default now(),
      children_in_care text not null check (children_in_care in ('ja', 'nee', 'onbekend')),
      children jsonb not null
    );
    create index kindchecks_client on kindchecks(client_person_id);
  `.execute(db);
}
