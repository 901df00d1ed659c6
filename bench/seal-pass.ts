// How long one sealing transaction holds the database, for N pending audit entries: the measure
// behind the PGlite stall of issue 16 item 8. Usage: npx tsx bench/seal-pass.ts [entries] [old-audit.ts]
// With a second argument (the audit.ts of an older commit, e.g. from `git show`), that sealer runs
// on the same database first, for a before/after on one machine state.
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrations.ts';
import { generatedAuditKey, recordAudit, sealAuditLog, systemActor, type AuditChain } from '../src/platform/audit/audit.ts';

const entries = Number(process.argv[2] ?? 5000);
const db = await openDatabase({});
await migrateToLatest(db);
const chain: AuditChain = { key: Buffer.from(generatedAuditKey(), 'hex'), anchorFile: '/dev/null', anchorIntervalMs: 0 };
const pending = () => recordAudit(db, { ...systemActor, ip: '127.0.0.1', userAgent: 'bench' }, Array.from({ length: entries }, (_, i) => ({
  action: 'read', recordType: 'signaal', recordId: crypto.randomUUID(), personId: crypto.randomUUID(), detail: { i },
})));
const timed = async (label: string, seal: () => Promise<number>) => {
  await pending();
  const cpu0 = process.cpuUsage();
  const holds: number[] = [];
  let sealed = 0;
  const t0 = performance.now();
  for (;;) {
    const t = performance.now();
    const n = await seal();
    holds.push(performance.now() - t);
    sealed += n;
    if (sealed >= entries || n === 0) break;
  }
  const cpu = process.cpuUsage(cpu0);
  console.log(`${label}: ${sealed} entries in ${holds.length} transaction(s); longest ${Math.max(...holds).toFixed(0)} ms, total ${(performance.now() - t0).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`);
};
if (process.argv[3]) {
  const old = await import(process.argv[3]);
  await timed('row by row (old)', () => old.sealAuditLog(db, 5000));
}
await timed('one statement per batch of 1,000 (new)', () => sealAuditLog(db, chain, 1000));
await db.destroy();
