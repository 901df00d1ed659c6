// npm run backup -- <file>: a consistent backup with manifest, while the server keeps running.
// PGlite: through the running server's admin API, or directly on a free folder.
// PostgreSQL: pg_dump in custom format under an exported snapshot.
import { parseArgs } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { backupPglite, backupPostgres, OpsError, pgliteFolderInUse, reason, writeFileAtomically, type Manifest } from '../platform/ops/backup.ts';
import { cliMain, runOperatorCommand } from '../platform/ops/operator.ts';

function parseHeader(bytes: Uint8Array): Manifest {
  const text = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).toString('utf8');
  return JSON.parse(text.split('\n')[1]) as Manifest;
}

const writeBytes = (file: string, bytes: Uint8Array) =>
  writeFileAtomically(file, async (fd) => {
    for (let off = 0; off < bytes.length;) off += fs.writeSync(fd, bytes, off);
  });

await cliMain(async () => {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const target = positionals[0];
  if (!target || positionals.length > 1) throw new OpsError('Gebruik: npm run backup -- <bestand>', 2);
  const file = path.resolve(target);
  // Fail on an unwritable path before the server does any work.
  if (fs.existsSync(file)) throw new OpsError(`Het bestand ${file} bestaat al; kies een nieuwe naam (een back-up wordt nooit overschreven).`, 2);
  try {
    if (!fs.statSync(path.dirname(file)).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
  } catch (error) {
    throw new OpsError(`Kan de back-up niet schrijven naar ${file}: ${reason(error, true)}. Er is niets aangemaakt.`, 2);
  }
  const started = Date.now();
  const manifest = await runOperatorCommand<Manifest & { pausedMs?: number }>('backup', {
    beforeOpen(config) {
      if (!config.databaseUrl && !pgliteFolderInUse(config.dataDir)) {
        throw new OpsError(`In ${config.dataDir} staat geen database om te back-uppen.`, 2);
      }
    },
    async direct(db, config) {
      if (config.databaseUrl) return backupPostgres(config.databaseUrl, file);
      const { file: bytes, pausedMs } = await backupPglite(db);
      await writeBytes(file, bytes);
      return { ...parseHeader(bytes), pausedMs };
    },
    async viaServer(call) {
      const res = await call('/beheer/v1/backup');
      const bytes = new Uint8Array(await res.arrayBuffer());
      await writeBytes(file, bytes);
      console.log(`(via de draaiende server; verzoeken wachtten ${res.headers.get('x-kindveilig-pauze-ms')} ms)`);
      return parseHeader(bytes);
    },
  });
  const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
  console.log(`Back-up geschreven: ${file}`);
  console.log(`  ${manifest.engine}, migratie ${manifest.migration.latest}, ${Object.keys(manifest.tables).length} tabellen, ${rows} rijen, ` +
    `auditketen tot positie ${manifest.audit.head?.position ?? 0}; ${fs.statSync(file).size} bytes in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
