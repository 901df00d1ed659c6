// npm run retentie -- --peildatum YYYY-MM-DD [--dry-run]
// On a PGlite folder held by a running server this goes through the server's admin API.
import { parseArgs } from 'node:util';
import { migrateToLatest } from '../platform/db/migrations.ts';
import { isValidDate, systemClock } from '../platform/dates.ts';
import { runRetention, type RetentionReport } from '../modules/verwijsindex/retention.ts';
import { cliMain, runOperatorCommand } from '../platform/ops/operator.ts';

await cliMain(async () => {
  const { values } = parseArgs({ options: { peildatum: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } });
  const peildatum = values.peildatum ?? systemClock.today();
  if (!isValidDate(peildatum)) {
    console.error('Ongeldige peildatum; gebruik JJJJ-MM-DD.');
    return 2;
  }
  const dryRun = values['dry-run'];
  const report = await runOperatorCommand<RetentionReport & { via: string }>('retentie', {
    async direct(db) {
      await migrateToLatest(db);
      return { ...(await runRetention(db, peildatum, { dryRun })), via: 'database' };
    },
    async viaServer(call) {
      return { ...((await (await call('/beheer/v1/retentie', { peildatum, dryRun })).json()) as RetentionReport), via: 'server' };
    },
  });
  if (report.via === 'server') console.log('(via de draaiende server)');
  console.log(`${report.dryRun ? 'PROEFDRAAI (er is niets gewijzigd)' : 'Uitgevoerd'} voor peildatum ${peildatum}:`);
  console.log(`  signalen die inactief worden (2 jaar verlopen): ${report.expired}`);
  console.log(`  gearchiveerde signalen te vernietigen (5 jaar inactief): ${report.destroyedArchived}`);
  console.log(`  signalen te vernietigen (jeugdige 23 jaar of overleden): ${report.destroyedYouth}`);
  console.log(`  matches zonder leden te verwijderen: ${report.matchesRemoved}`);
  for (const [label, ids] of Object.entries(report.sample)) {
    for (const id of ids) console.log(`  ${label}\t${id}`);
  }
});
