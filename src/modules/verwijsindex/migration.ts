// Verwijsindex: signals (only *that* a professional is involved), matches and their members.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table signals (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references persons(id) on delete cascade,
      organisation_id uuid not null references organisations(id),
      user_id uuid not null references users(id),
      contact_name text not null,
      contact_phone text not null,
      contact_email text not null,
      start_date date not null,
      informed_on date not null,
      status text not null check (status in ('actief', 'inactief')),
      end_date date,
      end_reason text check (end_reason in ('afgesloten', 'verlopen')),
      created_at timestamptz not null default now()
    );
    create index signals_person_active on signals(person_id) where status = 'actief';
    create unique index signals_one_active_per_user on signals(person_id, user_id) where status = 'actief';
    create index signals_user on signals(user_id, created_at desc);
    create index signals_active_start on signals(start_date) where status = 'actief';
    create index signals_inactive_end on signals(end_date) where status = 'inactief';

    create table matches (
      id uuid primary key default gen_random_uuid(),
      type text not null check (type in ('kind', 'gezin')),
      key_person_id uuid not null references persons(id) on delete cascade,
      created_at timestamptz not null default now(),
      regievoerder_user_id uuid references users(id),
      regie_since date,
      regie_set_by uuid references users(id),
      regie_set_at timestamptz,
      unique (type, key_person_id)
    );
    create table match_members (
      match_id uuid not null references matches(id) on delete cascade,
      signal_id uuid not null references signals(id) on delete cascade,
      joined_at timestamptz not null default now(),
      afgestemd_op date,
      afgestemd_at timestamptz,
      primary key (match_id, signal_id)
    );
    create index match_members_signal on match_members(signal_id);
  `.execute(db);
}
