// npm run audit:verify — seals finished entries and checks the whole hash chain.
// On a PGlite folder held by a running server this goes through the server's admin API.
import { migrateToLatest } from '../platform/db/migrations.ts';
import { sealAuditLog, verifyAuditChain, type ChainReport } from '../platform/audit/audit.ts';
import { cliMain, runOperatorCommand } from '../platform/ops/operator.ts';

await cliMain(async () => {
  const report = await runOperatorCommand<ChainReport & { via: string }>('audit:verify', {
    async direct(db) {
      await migrateToLatest(db);
      while ((await sealAuditLog(db)) > 0);
      return { ...(await verifyAuditChain(db)), via: 'database' };
    },
    async viaServer(call) {
      return { ...((await (await call('/beheer/v1/auditketen')).json()) as ChainReport), via: 'server' };
    },
  });
  if (report.via === 'server') console.log('(via de draaiende server)');
  if (report.ok) console.log(`Auditketen intact: ${report.checked} regels gecontroleerd, ${report.unsealed} nog niet verzegeld.`);
  else console.error(`AUDITKETEN GEBROKEN op positie ${report.firstBadPosition}: ${report.reason}`);
  return report.ok ? 0 : 1;
});
