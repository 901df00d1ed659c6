// TOTP replay protection: remember the last time step used, so one code works once.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table users add column totp_last_step bigint`.execute(db);
}
