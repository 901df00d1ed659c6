// Background work of a running server: seal the audit chain (and anchor its head outside the
// database now and then), deliver the e-mail outbox, and
// once a day apply the Verwijsindex retention and remind professionals of tasks that are due.
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from './platform/http/context.ts';
import { anchorAuditHead, sealPending } from './platform/audit/audit.ts';
import { runRetention } from './modules/verwijsindex/retention.ts';
import { remindDueTasks } from './modules/opvolging/tasks.ts';
import { safeError } from './platform/http/logging.ts';

type Log = Pick<FastifyBaseLogger, 'info' | 'error'>;

export interface Jobs {
  /** Stops scheduling and resolves once a pass that is running has finished. */
  stop(): Promise<void>;
}

export function startJobs(ctx: AppContext, log: Log): Jobs {
  let lastRetentionDay = '';
  let lastAnchor = 0;
  let running: Promise<void> | undefined;
  let stopped = false;
  const pass = async () => {
    await sealPending(ctx.db, ctx.auditChain);
    if (Date.now() - lastAnchor >= ctx.auditChain.anchorIntervalMs) {
      await anchorAuditHead(ctx.db, ctx.auditChain);
      lastAnchor = Date.now();
    }
    if (stopped) return;
    await ctx.notifier.deliverDue(ctx.db, ctx.clock.now());
    const today = ctx.clock.today();
    if (today !== lastRetentionDay && !stopped) {
      const report = await runRetention(ctx.db, today);
      await remindDueTasks(ctx.db, ctx.notifier, today);
      lastRetentionDay = today;
      log.info({ job: 'retentie', day: today, expired: report.expired, destroyed: report.destroyedArchived + report.destroyedYouth }, 'bewaartermijnen toegepast');
    }
  };
  const tick = () => {
    if (running || stopped) return;
    running = pass()
      .catch((error) => log.error({ job: 'achtergrond', err: safeError(error) }, 'achtergrondtaak mislukt'))
      .finally(() => { running = undefined; });
  };
  const timer = setInterval(tick, 5000);
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
