// Schema of the shared platform: regions, organisations, users, sessions, audit log, notifications.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table regions (
      id serial primary key,
      name text not null unique
    );
    create table municipalities (
      code text primary key,
      name text not null,
      region_id int not null references regions(id),
      verwijsindex_enabled boolean not null default true
    );
    create table settings (
      key text primary key,
      value jsonb not null
    );
    create table organisations (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      sector text not null,
      municipality_code text not null references municipalities(code),
      requires_totp boolean not null default false,
      created_at timestamptz not null default now()
    );
    create table users (
      id uuid primary key default gen_random_uuid(),
      username text not null unique,
      password_hash text not null,
      display_name text not null,
      email text,
      phone text,
      organisation_id uuid not null references organisations(id),
      role text not null,
      active boolean not null default true,
      totp_secret text,
      totp_enabled boolean not null default false,
      failed_logins int not null default 0,
      locked_until timestamptz,
      password_changed_at timestamptz not null default now(),
      created_at timestamptz not null default now()
    );
    create index users_organisation on users(organisation_id);
    create table recovery_codes (
      user_id uuid not null references users(id) on delete cascade,
      code_hash text not null,
      used_at timestamptz,
      primary key (user_id, code_hash)
    );
    create table sessions (
      id text primary key,
      user_id uuid not null references users(id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      totp_enrolment_required boolean not null default false,
      ip text,
      user_agent text
    );
    create index sessions_user on sessions(user_id);

    create table audit_log (
      seq bigserial primary key,
      at timestamptz not null default now(),
      xid xid8 not null default pg_current_xact_id(),
      user_id uuid,
      username text,
      organisation_id uuid,
      role text,
      action text not null,
      record_type text not null,
      record_id text,
      person_id uuid,
      ip text,
      user_agent text,
      outcome text not null,
      detail jsonb,
      chain_pos bigint unique,
      prev_hash text,
      hash text
    );
    create index audit_person on audit_log(person_id, at);
    create index audit_unsealed on audit_log(seq) where hash is null;

    -- Append-only: a sealed entry never changes and no entry is ever deleted.
    create function audit_log_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception 'audit_log is append-only';
      end if;
      if old.hash is not null
         or new.seq is distinct from old.seq or new.at is distinct from old.at
         or new.user_id is distinct from old.user_id or new.action is distinct from old.action
         or new.record_type is distinct from old.record_type or new.record_id is distinct from old.record_id
         or new.person_id is distinct from old.person_id or new.outcome is distinct from old.outcome
         or new.detail is distinct from old.detail or new.ip is distinct from old.ip
         or new.user_agent is distinct from old.user_agent or new.role is distinct from old.role
         or new.organisation_id is distinct from old.organisation_id or new.username is distinct from old.username then
        raise exception 'audit_log entries are immutable';
      end if;
      return new;
    end $$;
    create trigger audit_log_guard before update or delete on audit_log
      for each row execute function audit_log_guard();

    create table notifications (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      created_at timestamptz not null default now(),
      subject text not null,
      body text not null,
      link text,
      read_at timestamptz
    );
    create index notifications_user on notifications(user_id, created_at desc);
    create table outbox (
      id uuid primary key default gen_random_uuid(),
      notification_id uuid references notifications(id) on delete set null,
      to_address text not null,
      subject text not null,
      body text not null,
      created_at timestamptz not null default now(),
      attempts int not null default 0,
      next_attempt_at timestamptz not null default now(),
      sent_at timestamptz,
      last_error text
    );
    create index outbox_due on outbox(next_attempt_at) where sent_at is null;
  `.execute(db);
}
