// NEN 7513-style audit log. Writers only insert (cheap, no lock, in the same transaction as the
// work they log). A sealer later chains the committed entries with SHA-256 in a fixed order, so
// any later change or removal of an entry breaks the chain that `npm run audit:verify` checks.
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export interface Actor {
  userId: string | null;
  username: string | null;
  organisationId: string | null;
  role: string | null;
  ip: string | null;
  userAgent: string | null;
}

export type AuditOutcome = 'success' | 'refused' | 'failed';

export interface AuditEvent {
  action: string; // read | create | update | delete | login | export | ...
  recordType: string;
  recordId?: string | null;
  personId?: string | null;
  outcome?: AuditOutcome;
  detail?: Record<string, unknown>;
}

export const systemActor: Actor = { userId: null, username: 'systeem', organisationId: null, role: 'systeem', ip: null, userAgent: null };

export async function recordAudit(db: Kysely<DB>, actor: Actor, events: AuditEvent[]): Promise<void> {
  // Chunks keep each insert under PostgreSQL's limit of 65,535 bind parameters.
  for (let i = 0; i < events.length; i += 2000) {
    await insertAuditRows(db, actor, events.slice(i, i + 2000));
  }
}

async function insertAuditRows(db: Kysely<DB>, actor: Actor, events: AuditEvent[]): Promise<void> {
  await db
    .insertInto('audit_log')
    .values(
      events.map((e) => ({
        user_id: actor.userId,
        username: actor.username,
        organisation_id: actor.organisationId,
        role: actor.role,
        action: e.action,
        record_type: e.recordType,
        record_id: e.recordId ?? null,
        person_id: e.personId ?? null,
        ip: actor.ip,
        user_agent: actor.userAgent,
        outcome: e.outcome ?? 'success',
        detail: e.detail ? JSON.stringify(e.detail) : null,
      })),
    )
    .execute();
}

type AuditRow = DB['audit_log'] extends infer T ? { [K in keyof T]: any } : never;

function entryDigest(prevHash: string, row: AuditRow): string {
  const canonical = JSON.stringify([
    row.seq, new Date(row.at).toISOString(), row.user_id, row.username, row.organisation_id, row.role,
    row.action, row.record_type, row.record_id, row.person_id, row.ip, row.user_agent, row.outcome,
    row.detail ?? null,
  ]);
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}

const GENESIS = '0'.repeat(64);

/**
 * Chains every committed entry not chained yet, in insertion order. An entry of a transaction
 * still running is not visible here; it is chained by a later pass, after the ones before it.
 * The chain order is the order of sealing, so no entry is ever skipped or waits for others.
 */
export async function sealAuditLog(db: Kysely<DB>, batch = 5000): Promise<number> {
  return db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(7513)`.execute(tx);
    const last = await tx.selectFrom('audit_log').select(['chain_pos', 'hash'])
      .where('chain_pos', 'is not', null).orderBy('chain_pos', 'desc').limit(1).executeTakeFirst();
    let pos = Number(last?.chain_pos ?? 0);
    let prev = last?.hash ?? GENESIS;
    const rows = (await sql<AuditRow>`
      select * from audit_log where hash is null order by seq limit ${batch}`.execute(tx)).rows;
    for (const row of rows) {
      pos += 1;
      const hash = entryDigest(prev, row);
      await tx.updateTable('audit_log').set({ chain_pos: pos, prev_hash: prev, hash }).where('seq', '=', row.seq).execute();
      prev = hash;
    }
    return rows.length;
  });
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  unsealed: number;
  firstBadPosition?: number;
  reason?: string;
}

export async function verifyAuditChain(db: Kysely<DB>): Promise<ChainReport> {
  let prev = GENESIS;
  let expectedPos = 1;
  let checked = 0;
  const page = 10000;
  for (;;) {
    const rows = (await sql<AuditRow>`
      select * from audit_log where chain_pos >= ${expectedPos} order by chain_pos limit ${page}`.execute(db)).rows;
    for (const row of rows) {
      if (Number(row.chain_pos) !== expectedPos) {
        return { ok: false, checked, unsealed: 0, firstBadPosition: expectedPos, reason: 'ontbrekende regel in de keten' };
      }
      if (row.prev_hash !== prev || entryDigest(prev, row) !== row.hash) {
        return { ok: false, checked, unsealed: 0, firstBadPosition: expectedPos, reason: 'hash klopt niet: regel gewijzigd' };
      }
      prev = row.hash;
      expectedPos += 1;
      checked += 1;
    }
    if (rows.length < page) break;
  }
  const unsealed = await db.selectFrom('audit_log').select(sql<number>`count(*)::int`.as('n')).where('hash', 'is', null).executeTakeFirstOrThrow();
  return { ok: true, checked, unsealed: unsealed.n };
}
