// Health endpoints for a load balancer or orchestrator. Public, and they show nothing but the
// state of each check: no personal data, no versions, no error messages.
//   GET /health/live   200 while the process serves requests at all
//   GET /health/ready  200 when this instance can do its work; 503 (and why) when not, or while
//                      it is shutting down, so the balancer sends requests elsewhere
import { sql } from 'kysely';
import type { App, RouteModule } from './app.ts';
import { pendingMigrations } from '../db/migrations.ts';

/** A due e-mail not picked up in this time means the delivery job is not running. */
export const OUTBOX_STUCK_MINUTES = 10;
const CHECK_TIMEOUT_MS = 2000;

const draining = new WeakSet<object>();

/** From now on /health/ready answers 503: the server is shutting down. */
export function markDraining(app: App): void {
  draining.add(app);
}

type Check = 'ok' | 'unreachable' | 'pending' | 'stuck' | 'unknown' | 'skipped';

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS); });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export const healthRoutes: RouteModule = (app, ctx) => {
  const noStore = { 'cache-control': 'no-store' };

  app.get('/health/live', { config: { public: true }, schema: { hide: true } }, async (_req, reply) => {
    return reply.headers(noStore).send({ status: 'ok' });
  });

  app.get('/health/ready', { config: { public: true }, schema: { hide: true } }, async (_req, reply) => {
    const checks: Record<'database' | 'migrations' | 'outbox', Check> = { database: 'unknown', migrations: 'unknown', outbox: 'unknown' };
    try {
      await withTimeout(sql`select 1`.execute(ctx.db));
      checks.database = 'ok';
    } catch {
      checks.database = 'unreachable';
    }
    if (checks.database === 'ok') {
      try {
        checks.migrations = (await withTimeout(pendingMigrations(ctx.db))).length === 0 ? 'ok' : 'pending';
        // Only the instance that delivers is unready when delivery stalls; the others can serve.
        if (ctx.config.backgroundJobs) {
          const stuckBefore = new Date(ctx.clock.now().getTime() - OUTBOX_STUCK_MINUTES * 60_000);
          const stuck = await withTimeout(ctx.db.selectFrom('outbox').select('id').where('sent_at', 'is', null)
            .where('next_attempt_at', '<', stuckBefore).limit(1).executeTakeFirst());
          checks.outbox = stuck ? 'stuck' : 'ok';
        } else {
          checks.outbox = 'skipped';
        }
      } catch {
        /* left 'unknown': not ready */
      }
    }
    const shuttingDown = draining.has(app);
    const ready = !shuttingDown && Object.values(checks).every((c) => c === 'ok' || c === 'skipped');
    return reply.code(ready ? 200 : 503).headers(noStore).send({ status: ready ? 'ok' : shuttingDown ? 'shutting-down' : 'unavailable', checks });
  });
};
