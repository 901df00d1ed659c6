// Zorgdossier: a child's file at the organisation that works with it, with one timeline.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table dossiers (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references persons(id) on delete cascade,
      organisation_id uuid not null references organisations(id),
      created_by uuid not null references users(id),
      created_at timestamptz not null default now(),
      status text not null default 'open' check (status in ('open', 'gesloten')),
      closed_at timestamptz
    );
    create unique index dossiers_one_open on dossiers(person_id, organisation_id) where status = 'open';
    create index dossiers_organisation on dossiers(organisation_id, status);
    create table dossier_members (
      dossier_id uuid not null references dossiers(id) on delete cascade,
      user_id uuid not null references users(id),
      role text not null check (role in ('betrokken', 'aandachtsfunctionaris')),
      added_by uuid not null references users(id),
      added_at timestamptz not null default now(),
      primary key (dossier_id, user_id)
    );
    create index dossier_members_user on dossier_members(user_id);
    create table dossier_entries (
      id uuid primary key default gen_random_uuid(),
      seq bigint generated always as identity,
      dossier_id uuid not null references dossiers(id) on delete cascade,
      at timestamptz not null default now(),
      author_id uuid not null references users(id),
      kind text not null,
      summary text not null,
      record_type text,
      record_id uuid,
      body text
    );
    create index dossier_entries_dossier on dossier_entries(dossier_id, seq);
  `.execute(db);
}
