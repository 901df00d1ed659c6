// npm run restore -- <file> [--force]: puts a backup back and checks it (migration version, row
// counts against the manifest, audit chain). PGlite: only while no server holds DATA_DIR.
import { parseArgs } from 'node:util';
import { loadConfig } from '../platform/config.ts';
import { openAuditChain } from '../platform/audit/audit.ts';
import { OpsError, openBackup, restorePglite, restorePostgres } from '../platform/ops/backup.ts';
import { LockHeldError, lockDataDir } from '../platform/ops/lock.ts';
import { cliMain } from '../platform/ops/operator.ts';

await cliMain(async () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new OpsError('Gebruik: npm run restore -- <bestand> [--force]', 2);
  const started = Date.now();
  const opened = openBackup(file);
  const config = loadConfig();
  let result: { auditChecked: number; keptAside?: string | null };
  if (config.databaseUrl) {
    result = await restorePostgres(file, opened, config.databaseUrl, values.force, openAuditChain(config));
  } else {
    let lock;
    try {
      lock = lockDataDir(config.dataDir, 'restore');
    } catch (error) {
      if (error instanceof LockHeldError) throw new OpsError(`${error.message} Herstel vervangt de hele database en kan dus niet terwijl die in gebruik is. Er is niets gewijzigd.`, 2);
      throw error;
    }
    try {
      result = await restorePglite(file, opened, config.dataDir, values.force, openAuditChain(config));
    } finally {
      lock.release();
    }
  }
  const m = opened.manifest;
  console.log(`Hersteld uit ${file} (${m.engine}, gemaakt ${m.createdAt}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log(`  gecontroleerd: migratie ${m.migration.latest}, rijen in ${Object.keys(m.tables).length} tabellen gelijk aan het manifest, auditketen intact (${result.auditChecked} regels).`);
  if (result.keptAside) console.log(`  de vervangen database staat nog in ${result.keptAside}; verwijder die map als alles klopt.`);
});
