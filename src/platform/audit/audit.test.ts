// The audit log: append-only, hash-chained, verifiable; and the privacy officer's view.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ENGINES, startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrations.ts';
import { buildWorld, importPersons, type World } from '../../../tests/support/fixtures.ts';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { anchorAuditHead, AuditKeyMismatch, entryDigest, generatedAuditKey, recordAudit, sealAuditLog, sealPending, systemActor, verifyAuditChain } from './audit.ts';

describe.each(ENGINES)('audit log on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let childBsn: string;
  beforeAll(async () => {
    t = await startTestApp(engine, { today: '2026-06-15' });
    w = await buildWorld(t);
    childBsn = w.bsn();
    await importPersons(w, [{ bsn: childBsn, givenNames: 'Ella', familyName: 'Kind', dateOfBirth: '2018-04-04' }]);
    const school = await w.as('leerkracht');
    await school.post('/api/v1/signalen', { bsn: childBsn, informedOn: '2026-06-15', relationship: { reason: 'leerling' } });
    await school.get('/api/v1/signalen');
  });
  afterAll(async () => t?.close());

  it('answers "who looked at this child’s data" for the privacy officer, including refusals', async () => {
    const outsider = await w.as('leerkracht2');
    const person = await t.db.selectFrom('persons').select('id').where('bsn', '=', childBsn).executeTakeFirstOrThrow();
    expect((await outsider.get(`/api/v1/personen/${person.id}`)).status).toBe(403);
    const admin = await w.as('beheerder');
    const res = await admin.post('/api/v1/audit-entries/_zoek', { bsn: childBsn });
    expect(res.status).toBe(200);
    const rows = res.body.items as any[];
    expect(rows.find((r) => r.username === 'leerkracht' && r.action === 'create' && r.recordType === 'signaal')).toMatchObject({
      organisation: 'Basisschool Noord', role: 'professional', outcome: 'success', ip: '127.0.0.1',
    });
    expect(rows.some((r) => r.username === 'leerkracht' && r.action === 'read')).toBe(true);
    expect(rows.some((r) => r.username === 'leerkracht2' && r.outcome === 'refused')).toBe(true);
    expect(rows.some((r) => r.action === 'import')).toBe(true);
    // Only the privacy officer may ask.
    const school = await w.as('leerkracht');
    expect((await school.post('/api/v1/audit-entries/_zoek', { bsn: childBsn })).status).toBe(403);
  });

  it('seals entries into a hash chain that verifies', async () => {
    const admin = await w.as('beheerder');
    const res = await admin.post('/api/v1/audit-verifications');
    expect(res.status).toBe(201);
    expect(res.body.ok).toBe(true);
    expect(res.body.checked).toBeGreaterThan(5);
  });

  it('seals a backlog in bounded transactions, letting other work through in between (no stall on PGlite)', async () => {
    await sealPending(t.db, t.ctx.auditChain);
    await recordAudit(t.db, systemActor, Array.from({ length: 2500 }, (_, i) => ({ action: 'test', recordType: 'achterstand', recordId: String(i) })));
    // One pass seals at most one batch, however long the backlog.
    expect(await sealAuditLog(t.db, t.ctx.auditChain)).toBe(1000);
    // Between passes another statement gets its turn on the (single) connection.
    const order: string[] = [];
    const sealing = sealPending(t.db, t.ctx.auditChain, 500).then((n) => { order.push('sealed'); return n; });
    await new Promise((resolve) => setImmediate(resolve));
    await sql`select 1`.execute(t.db).then(() => order.push('other'));
    expect(await sealing).toBe(1500);
    expect(order).toEqual(['other', 'sealed']);
    expect(await verifyAuditChain(t.db, t.ctx.auditChain)).toMatchObject({ ok: true, unsealed: 0 });
  });

  it('refuses to change or delete an entry', async () => {
    await expect(sql`update audit_log set outcome = 'success' where outcome = 'refused'`.execute(t.db)).rejects.toThrow(/immutable/);
    await expect(sql`delete from audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`update audit_chain set hmac_from_pos = 1`.execute(t.db)).rejects.toThrow(/fixed/);
  });

  it('detects tampering that bypasses the guard', async () => {
    await sealAuditLog(t.db, t.ctx.auditChain);
    const victim = await t.db.selectFrom('audit_log').select(['seq', 'chain_pos']).where('chain_pos', 'is not', null).orderBy('chain_pos').offset(2).limit(1).executeTakeFirstOrThrow();
    await sql`alter table audit_log disable trigger audit_log_guard`.execute(t.db);
    await sql`update audit_log set username = 'iemand-anders' where seq = ${victim.seq}`.execute(t.db);
    await sql`alter table audit_log enable trigger audit_log_guard`.execute(t.db);
    const report = await verifyAuditChain(t.db, t.ctx.auditChain);
    expect(report.ok).toBe(false);
    expect(report.firstBadPosition).toBe(Number(victim.chain_pos));
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('audit sealing with concurrent transactions on postgres', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('postgres');
  });
  afterAll(async () => t?.close());

  it('chains the entry of a transaction that commits late in a later pass, skipping nothing', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let inserted!: () => void;
    const written = new Promise<void>((r) => (inserted = r));
    const slow = t.db.transaction().execute(async (tx) => {
      await recordAudit(tx, systemActor, [{ action: 'test', recordType: 'langzaam' }]);
      inserted();
      await held;
    });
    try {
      await written;
      await recordAudit(t.db, systemActor, [{ action: 'test', recordType: 'snel' }]);
      await sealAuditLog(t.db, t.ctx.auditChain);
      // The committed entry is chained although an earlier one is still in an open transaction.
      const sealed = await t.db.selectFrom('audit_log').select(['record_type', 'chain_pos']).where('hash', 'is not', null).execute();
      expect(sealed.map((r) => r.record_type)).toContain('snel');
      expect(sealed.map((r) => r.record_type)).not.toContain('langzaam');
    } finally {
      release();
      await slow;
    }
    await sealAuditLog(t.db, t.ctx.auditChain);
    const report = await verifyAuditChain(t.db, t.ctx.auditChain);
    expect(report).toMatchObject({ ok: true, unsealed: 0 });
    const order = await t.db.selectFrom('audit_log').select(['record_type', 'chain_pos']).where('action', '=', 'test').orderBy('chain_pos').execute();
    expect(order.map((r) => r.record_type)).toEqual(['snel', 'langzaam']);
  });
});

/** The attacks of the security probe: whoever controls the database, bypassing its guard. */
describe.each(ENGINES)('audit chain against a database superuser on %s', (engine) => {
  let t: TestApp;
  const entries = (n: number, recordType: string) =>
    recordAudit(t.db, systemActor, Array.from({ length: n }, (_, i) => ({ action: 'test', recordType, recordId: String(i), outcome: 'refused' as const })));
  // As `npm run audit:verify` does: seal what is pending, then check.
  const check = async () => {
    // Sealing refuses to chain on a head its key does not verify; the check still reports.
    await sealPending(t.db, t.ctx.auditChain).catch((error) => expect(error).toBeInstanceOf(AuditKeyMismatch));
    return verifyAuditChain(t.db, t.ctx.auditChain);
  };
  beforeEach(async () => {
    t = await startTestApp(engine, { today: '2026-06-15' });
    await entries(40, 'eerder');
    await sealPending(t.db, t.ctx.auditChain);
    await anchorAuditHead(t.db, t.ctx.auditChain);
    await entries(30, 'later');
    await sealPending(t.db, t.ctx.auditChain);
    await anchorAuditHead(t.db, t.ctx.auditChain);
    expect(await check()).toMatchObject({ ok: true, anchors: 2 });
  });
  afterEach(async () => t?.close());

  /** Runs `work` with the guard bypassed: replica mode on PostgreSQL, the triggers dropped on PGlite. */
  async function bypassingGuard(work: (tx: typeof t.db) => Promise<unknown>) {
    if (engine === 'postgres') {
      await t.db.transaction().execute(async (tx) => {
        await sql`set local session_replication_role = replica`.execute(tx);
        await work(tx);
      });
    } else {
      await sql`drop trigger audit_log_guard on audit_log; drop trigger audit_log_no_truncate on audit_log; drop trigger audit_chain_guard on audit_chain`.execute(t.db);
      await work(t.db);
    }
  }
  const head = async () => Number((await sql<{ n: number }>`select max(chain_pos) as n from audit_log`.execute(t.db)).rows[0].n);
  /** The attacker's own chain from `from` on, with a changed username, hashed with `digest`. */
  const rewrite = (from: number, digest: (prev: string, row: any) => string) => bypassingGuard(async (tx) => {
    const rows = (await sql<any>`select * from audit_log where chain_pos >= ${from} order by chain_pos`.execute(tx)).rows;
    let prev = rows[0].prev_hash as string;
    for (const row of rows) {
      const hash = digest(prev, { ...row, username: 'iemand-anders' });
      await sql`update audit_log set username = 'iemand-anders', prev_hash = ${prev}, hash = ${hash} where seq = ${row.seq}`.execute(tx);
      prev = hash;
    }
  });

  it('detects deleting the newest entries, also when new ones were chained after them', async () => {
    const last = await head();
    await bypassingGuard((tx) => sql`delete from audit_log where chain_pos > ${last - 5}`.execute(tx));
    expect(await check()).toMatchObject({ ok: false, checked: last - 5, firstBadPosition: last - 4, reason: expect.stringMatching(/verwijderd/) });
    await entries(10, 'nadien');
    expect(await check()).toMatchObject({ ok: false, firstBadPosition: last, reason: expect.stringMatching(/anker/) });
  });

  it('detects rewriting the chain from some entry onward with plain SHA-256', async () => {
    const from = (await head()) - 20;
    await rewrite(from, (prev, row) => createHash('sha256').update(prev).update(JSON.stringify([
      row.seq, new Date(row.at).toISOString(), row.user_id, row.username, row.organisation_id, row.role,
      row.action, row.record_type, row.record_id, row.person_id, row.ip, row.user_agent, row.outcome, row.detail ?? null,
    ])).digest('hex'));
    expect(await check()).toMatchObject({ ok: false, firstBadPosition: from, reason: expect.stringMatching(/hash klopt niet/) });
  });

  it('detects a rewrite that even holds the key, by the anchor', async () => {
    const last = await head();
    await rewrite(last - 10, (prev, row) => entryDigest(prev, row, t.ctx.auditChain.key));
    expect(await check()).toMatchObject({ ok: false, firstBadPosition: last, reason: expect.stringMatching(/anker/) });
  });

  it('detects an emptied log, also when new entries were chained after it', async () => {
    await bypassingGuard((tx) => sql`truncate audit_log`.execute(tx));
    expect(await check()).toMatchObject({ ok: false, checked: 0, firstBadPosition: 1, reason: expect.stringMatching(/verwijderd/) });
    await entries(3, 'nadien');
    expect(await check()).toMatchObject({ ok: false, checked: 3, firstBadPosition: 4, reason: expect.stringMatching(/verwijderd/) });
  });

  it('refuses to seal with another key, so a second instance with a new key file cannot break the chain', async () => {
    const other = { ...t.ctx.auditChain, key: Buffer.from(generatedAuditKey(), 'hex') };
    await entries(5, 'andere-sleutel');
    await expect(sealPending(t.db, other)).rejects.toBeInstanceOf(AuditKeyMismatch);
    expect(await check()).toMatchObject({ ok: true, unsealed: 0 });
  });

  it('detects the start of the HMAC part moved past the first anchor', async () => {
    const last = await head();
    await bypassingGuard((tx) => sql`update audit_chain set hmac_from_pos = ${last + 1}`.execute(tx));
    expect(await check()).toMatchObject({ ok: false, reason: expect.stringMatching(/HMAC-keten verschoven/) });
  });

  it('detects a changed anchor file', async () => {
    const file = t.ctx.auditChain.anchorFile;
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/"pos":(\d+)/, (_, n) => `"pos":${Number(n) - 1}`));
    expect(await check()).toMatchObject({ ok: false, reason: expect.stringMatching(/ankerbestand ongeldig op regel 1/) });
  });
});

describe('audit chain sealed before the switch to HMAC', () => {
  it('keeps its SHA-256 part verifiable, chains on with the HMAC, and the first anchor fixes the older part', async () => {
    const db = await openDatabase({});
    const chain = { key: Buffer.from(generatedAuditKey(), 'hex'), anchorFile: `${fs.mkdtempSync('/tmp/kv-audit-')}/anchors.log`, anchorIntervalMs: 0 };
    try {
      await migrateToLatest(db, '0019_time_ordered_ids');
      await recordAudit(db, systemActor, Array.from({ length: 12 }, (_, i) => ({ action: 'test', recordType: 'oud', recordId: String(i) })));
      // Sealed as the code before the switch did: plain SHA-256.
      let prev = '0'.repeat(64);
      const old = (await sql<any>`select * from audit_log order by seq`.execute(db)).rows;
      for (const [i, row] of old.entries()) {
        const hash = entryDigest(prev, row, null);
        await sql`update audit_log set chain_pos = ${i + 1}, prev_hash = ${prev}, hash = ${hash} where seq = ${row.seq}`.execute(db);
        prev = hash;
      }
      await migrateToLatest(db);
      expect((await sql<{ p: number }>`select hmac_from_pos as p from audit_chain`.execute(db)).rows[0].p).toBe(13);
      await recordAudit(db, systemActor, [{ action: 'test', recordType: 'nieuw' }]);
      await sealPending(db, chain);
      const sealed = await db.selectFrom('audit_log').select(['hash', 'prev_hash']).where('chain_pos', '=', 13).executeTakeFirstOrThrow();
      expect(sealed.prev_hash).toBe(prev);
      await anchorAuditHead(db, chain);
      expect(await verifyAuditChain(db, chain)).toMatchObject({ ok: true, checked: 13, anchors: 1, anchoredUpTo: 13 });
      // Rewriting the SHA-256 part consistently breaks the link to the first HMAC entry.
      await sql`alter table audit_log disable trigger audit_log_guard`.execute(db);
      let forgedPrev = '0'.repeat(64);
      for (const row of (await sql<any>`select * from audit_log where chain_pos <= 12 order by chain_pos`.execute(db)).rows) {
        const hash = entryDigest(forgedPrev, { ...row, username: 'iemand-anders' }, null);
        await sql`update audit_log set username = 'iemand-anders', prev_hash = ${forgedPrev}, hash = ${hash} where seq = ${row.seq}`.execute(db);
        forgedPrev = hash;
      }
      expect(await verifyAuditChain(db, chain)).toMatchObject({ ok: false, firstBadPosition: 13 });
    } finally {
      await db.destroy();
      fs.rmSync(path.dirname(chain.anchorFile), { recursive: true, force: true });
    }
  });
});
