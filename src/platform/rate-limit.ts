// Rate limits kept in the database, so that every app instance counts against one limit
// (docs/decisions/0007-login-limits-and-lockout.md). A fixed window per bucket and key: the
// first hit opens a window of `windowSeconds`, every hit in it counts (refused ones too), and
// one statement both counts and answers, so parallel requests on any instance cannot slip by.
import { sql } from 'kysely';
import type { FastifyRequest } from 'fastify';
import type { Database } from './db/database.ts';
import type { AppContext } from './http/context.ts';
import { actorOf } from './http/context.ts';
import { Problem } from './http/problem.ts';
import { personNamedInBody, recordAudit, type AuditEvent } from './audit/audit.ts';

export interface Limit {
  bucket: string;
  max: number;
  windowSeconds: number;
}

export interface LimitAnswer {
  allowed: boolean;
  retryAfterSeconds: number;
}

const PRUNE_EVERY_MS = 60_000;
const lastPrune = new WeakMap<Database, number>();

export async function countHit(db: Database, limit: Limit, key: string, now: Date): Promise<LimitAnswer> {
  const resetAt = new Date(now.getTime() + limit.windowSeconds * 1000);
  const { rows } = await sql<{ hits: number; reset_at: Date }>`
    insert into rate_limits as r (bucket, key, hits, reset_at) values (${limit.bucket}, ${key}, 1, ${resetAt})
    on conflict (bucket, key) do update set
      hits = case when r.reset_at <= ${now} then 1 else r.hits + 1 end,
      reset_at = case when r.reset_at <= ${now} then excluded.reset_at else r.reset_at end
    returning hits, reset_at`.execute(db);
  await pruneNowAndThen(db, now);
  const { hits, reset_at } = rows[0];
  return { allowed: hits <= limit.max, retryAfterSeconds: Math.max(1, Math.ceil((new Date(reset_at).getTime() - now.getTime()) / 1000)) };
}

/** Drops windows that have ended, at most once a minute per process. */
async function pruneNowAndThen(db: Database, now: Date): Promise<void> {
  const last = lastPrune.get(db) ?? 0;
  if (Math.abs(now.getTime() - last) < PRUNE_EVERY_MS) return;
  lastPrune.set(db, now.getTime());
  await db.deleteFrom('rate_limits').where('reset_at', '<=', now).execute();
  await db.deleteFrom('unknown_login_failures').where('last_failed_at', '<', new Date(now.getTime() - FAILURES_FORGOTTEN_MS))
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)])).execute();
}

/** Failures older than this without a new one are forgotten (see lockout in auth/routes.ts). */
export const FAILURES_FORGOTTEN_MS = 24 * 3_600_000;

/**
 * Counts a person lookup by BSN (person search, kindcheck) of the signed-in user against their
 * hourly limit, which slows BSN fishing; over it, audits the refusal and answers 429 with Retry-After.
 */
export async function enforcePersonSearchLimit(ctx: AppContext, req: FastifyRequest, refused: Omit<AuditEvent, 'outcome'>): Promise<void> {
  const limit: Limit = { bucket: 'person-search', max: ctx.config.personSearchPerHour, windowSeconds: 3600 };
  if (limit.max <= 0 || !req.auth) return;
  const answer = await countHit(ctx.db, limit, req.auth.user.id, ctx.clock.now());
  if (answer.allowed) return;
  // Under the person the BSN names, so "who tried to look at this child" finds the refusal too.
  const personId = refused.personId ?? (await personNamedInBody(ctx.db, req.body));
  await recordAudit(ctx.db, actorOf(req), [{ ...refused, personId, outcome: 'refused', detail: { ...refused.detail, code: 'search-limit-reached' } }]);
  const minutes = Math.ceil(answer.retryAfterSeconds / 60);
  throw new Problem(429, 'search-limit-reached', `U heeft het afgelopen uur het maximum van ${limit.max} zoekvragen op BSN bereikt. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`, { retryAfterSeconds: answer.retryAfterSeconds });
}
