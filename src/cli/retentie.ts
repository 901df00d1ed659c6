// npm run retentie -- --peildatum YYYY-MM-DD [--dry-run]
import { parseArgs } from 'node:util';
import { loadConfig } from '../platform/config.ts';
import { openDatabase } from '../platform/db/database.ts';
import { migrateToLatest } from '../platform/db/migrations.ts';
import { isValidDate, systemClock } from '../platform/dates.ts';
import { runRetention } from '../modules/verwijsindex/retention.ts';

const { values } = parseArgs({ options: { peildatum: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } });
const peildatum = values.peildatum ?? systemClock.today();
if (!isValidDate(peildatum)) {
  console.error('Ongeldige peildatum; gebruik JJJJ-MM-DD.');
  process.exit(2);
}
const config = loadConfig();
const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
await migrateToLatest(db);
const report = await runRetention(db, peildatum, { dryRun: values['dry-run'] });
console.log(`${report.dryRun ? 'PROEFDRAAI (er is niets gewijzigd)' : 'Uitgevoerd'} voor peildatum ${peildatum}:`);
console.log(`  signalen die inactief worden (2 jaar verlopen): ${report.expired}`);
console.log(`  gearchiveerde signalen te vernietigen (5 jaar inactief): ${report.destroyedArchived}`);
console.log(`  signalen te vernietigen (jeugdige 23 jaar of overleden): ${report.destroyedYouth}`);
console.log(`  matches zonder leden te verwijderen: ${report.matchesRemoved}`);
for (const [label, ids] of Object.entries(report.sample)) {
  for (const id of ids) console.log(`  ${label}\t${id}`);
}
await db.destroy();
