// Background work of a running server: seal the audit chain (and anchor its head outside the
// database now and then), deliver the e-mail outbox, and
// once a day apply the Verwijsindex retention and remind professionals of tasks that are due.
import type { AppContext } from './platform/http/context.ts';
import { anchorAuditHead, sealPending } from './platform/audit/audit.ts';
import { runRetention } from './modules/verwijsindex/retention.ts';
import { remindDueTasks } from './modules/opvolging/tasks.ts';

export function startJobs(ctx: AppContext): { stop(): void } {
  let lastRetentionDay = '';
  let lastAnchor = 0;
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      await sealPending(ctx.db, ctx.auditChain);
      if (Date.now() - lastAnchor >= ctx.auditChain.anchorIntervalMs) {
        await anchorAuditHead(ctx.db, ctx.auditChain);
        lastAnchor = Date.now();
      }
      await ctx.notifier.deliverDue(ctx.db, ctx.clock.now());
      const today = ctx.clock.today();
      if (today !== lastRetentionDay) {
        const report = await runRetention(ctx.db, today);
        await remindDueTasks(ctx.db, ctx.notifier, today);
        lastRetentionDay = today;
        console.log(`Bewaartermijnen toegepast voor ${today}: ${report.expired} verlopen, ${report.destroyedArchived + report.destroyedYouth} vernietigd.`);
      }
    } catch (error) {
      console.error('achtergrondtaak mislukt:', error);
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(tick, 5000);
  void tick();
  return { stop: () => clearInterval(timer) };
}
