// The audit log: append-only, hash-chained, verifiable; and the privacy officer's view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ENGINES, startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { buildWorld, importPersons, type World } from '../../../tests/support/fixtures.ts';
import { recordAudit, sealAuditLog, systemActor, verifyAuditChain } from './audit.ts';

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

  it('refuses to change or delete an entry', async () => {
    await expect(sql`update audit_log set outcome = 'success' where outcome = 'refused'`.execute(t.db)).rejects.toThrow(/immutable/);
    await expect(sql`delete from audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('detects tampering that bypasses the guard', async () => {
    await sealAuditLog(t.db);
    const victim = await t.db.selectFrom('audit_log').select(['seq', 'chain_pos']).where('chain_pos', 'is not', null).orderBy('chain_pos').offset(2).limit(1).executeTakeFirstOrThrow();
    await sql`alter table audit_log disable trigger audit_log_guard`.execute(t.db);
    await sql`update audit_log set username = 'iemand-anders' where seq = ${victim.seq}`.execute(t.db);
    await sql`alter table audit_log enable trigger audit_log_guard`.execute(t.db);
    const report = await verifyAuditChain(t.db);
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
      await sealAuditLog(t.db);
      // The committed entry is chained although an earlier one is still in an open transaction.
      const sealed = await t.db.selectFrom('audit_log').select(['record_type', 'chain_pos']).where('hash', 'is not', null).execute();
      expect(sealed.map((r) => r.record_type)).toContain('snel');
      expect(sealed.map((r) => r.record_type)).not.toContain('langzaam');
    } finally {
      release();
      await slow;
    }
    await sealAuditLog(t.db);
    const report = await verifyAuditChain(t.db);
    expect(report).toMatchObject({ ok: true, unsealed: 0 });
    const order = await t.db.selectFrom('audit_log').select(['record_type', 'chain_pos']).where('action', '=', 'test').orderBy('chain_pos').execute();
    expect(order.map((r) => r.record_type)).toEqual(['snel', 'langzaam']);
  });
});
