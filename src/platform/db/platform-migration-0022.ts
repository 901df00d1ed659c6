// The audit chain keyed with an HMAC (decision 0003). Entries sealed before this migration keep
// their plain SHA-256; `audit_chain.hmac_from_pos` records where the HMAC begins, and the first
// anchor written after it fixes that whole older part too (every hash covers the ones before).
// A TRUNCATE fires no row trigger, so a statement trigger refuses it.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function audit_refuse_truncate() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only', tg_table_name;
    end $$;
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_refuse_truncate();

    create table audit_chain (
      only_row boolean primary key default true check (only_row),
      hmac_from_pos bigint not null
    );
    create function audit_chain_guard() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_chain is fixed';
    end $$;
    select pg_advisory_xact_lock(7513);
    insert into audit_chain (hmac_from_pos) select coalesce(max(chain_pos), 0) + 1 from audit_log;
    create trigger audit_chain_guard before update or delete on audit_chain
      for each row execute function audit_chain_guard();
    create trigger audit_chain_no_truncate before truncate on audit_chain
      for each statement execute function audit_refuse_truncate();
  `.execute(db);
}
