// npm run audit:verify — seals finished entries, checks the whole chain against its HMAC and the
// anchors outside the database, and (when intact) anchors the current head. On a PGlite folder
// held by a running server this goes through the server's admin API.
import { loadConfig } from '../platform/config.ts';
import { migrateToLatest } from '../platform/db/migrations.ts';
import { anchorAuditHead, openAuditChain, sealPending, verifyAuditChain, type ChainReport } from '../platform/audit/audit.ts';
import { cliMain, runOperatorCommand } from '../platform/ops/operator.ts';

await cliMain(async () => {
  const report = await runOperatorCommand<ChainReport & { via: string }>('audit:verify', {
    async direct(db) {
      const chain = openAuditChain(loadConfig());
      await migrateToLatest(db);
      await sealPending(db, chain);
      const verified = await verifyAuditChain(db, chain);
      if (verified.ok) await anchorAuditHead(db, chain);
      return { ...verified, via: 'database' };
    },
    async viaServer(call) {
      return { ...((await (await call('/beheer/v1/auditketen')).json()) as ChainReport), via: 'server' };
    },
  });
  if (report.via === 'server') console.log('(via de draaiende server)');
  if (report.ok) {
    console.log(`Auditketen intact: ${report.checked} regels gecontroleerd, ${report.unsealed} nog niet verzegeld; ${report.anchors} ankers (tot positie ${report.anchoredUpTo ?? '-'}).`);
  } else {
    console.error(`AUDITKETEN GEBROKEN op positie ${report.firstBadPosition ?? '?'}: ${report.reason}`);
  }
  return report.ok ? 0 : 1;
});
