// npm run audit:verify — seals finished entries and checks the whole hash chain.
import { loadConfig } from '../platform/config.ts';
import { openDatabase } from '../platform/db/database.ts';
import { migrateToLatest } from '../platform/db/migrations.ts';
import { sealAuditLog, verifyAuditChain } from '../platform/audit/audit.ts';

const config = loadConfig();
const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
await migrateToLatest(db);
while ((await sealAuditLog(db)) > 0);
const report = await verifyAuditChain(db);
if (report.ok) console.log(`Auditketen intact: ${report.checked} regels gecontroleerd, ${report.unsealed} nog niet verzegeld.`);
else console.error(`AUDITKETEN GEBROKEN op positie ${report.firstBadPosition}: ${report.reason}`);
await db.destroy();
process.exit(report.ok ? 0 : 1);
