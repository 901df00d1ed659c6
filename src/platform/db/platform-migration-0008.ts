// The audit sealer chains committed entries in sealing order and no longer needs the writer's
// transaction id (see docs/decisions/0003-audit-chain-sealing.md).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table audit_log drop column xid`.execute(db);
}
