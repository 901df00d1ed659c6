// Time-ordered ids (UUID version 7, RFC 9562) for the tables that grow with every registration
// and notification. A random uuid puts each new row on a random leaf page of the primary-key
// index: at national scale that page is rarely cached and, after every checkpoint, its first
// change writes a full page image to the WAL. A time-ordered id appends at one edge of the index.
// Existing rows keep their ids; only new rows get a v7 id.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function uuid_v7() returns uuid language sql volatile parallel safe as $fn$
      -- 48-bit Unix milliseconds, then version 7, then the random bits of a v4 uuid
      select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
        placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6),
        52, 1), 53, 1), 'hex')::uuid
    $fn$;
    alter table signals alter column id set default uuid_v7();
    alter table matches alter column id set default uuid_v7();
    alter table notifications alter column id set default uuid_v7();
    alter table outbox alter column id set default uuid_v7();
  `.execute(db);
}
