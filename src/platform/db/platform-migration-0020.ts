// Login and search limits shared by every app instance (docs/decisions/0007): fixed-window
// counters per bucket and key, and the failure count of user names that do not exist, kept like
// the users' own count so a locked name never tells whether it exists.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table rate_limits (
      bucket text not null,
      key text not null,
      hits int not null,
      reset_at timestamptz not null,
      primary key (bucket, key)
    );
    create index rate_limits_reset on rate_limits(reset_at);
    create table unknown_login_failures (
      username text primary key,
      failed_logins int not null,
      last_failed_at timestamptz not null,
      locked_until timestamptz
    );
    alter table users add column last_failed_at timestamptz;
  `.execute(db);
}
