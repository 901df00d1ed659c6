// npm run audit:verify — seals finished entries, checks the whole chain against its HMAC and the
// anchors outside the database, and (when intact) anchors the current head.
import { loadConfig } from '../platform/config.ts';
import { openDatabase } from '../platform/db/database.ts';
import { migrateToLatest } from '../platform/db/migrations.ts';
import { anchorAuditHead, openAuditChain, sealPending, verifyAuditChain } from '../platform/audit/audit.ts';

const config = loadConfig();
const chain = openAuditChain(config);
const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
await migrateToLatest(db);
await sealPending(db, chain);
const report = await verifyAuditChain(db, chain);
if (report.ok) {
  await anchorAuditHead(db, chain);
  console.log(`Auditketen intact: ${report.checked} regels gecontroleerd, ${report.unsealed} nog niet verzegeld; ${report.anchors} ankers (tot positie ${report.anchoredUpTo ?? '-'}) in ${chain.anchorFile}.`);
} else {
  console.error(`AUDITKETEN GEBROKEN op positie ${report.firstBadPosition ?? '?'}: ${report.reason}`);
}
await db.destroy();
process.exit(report.ok ? 0 : 1);
