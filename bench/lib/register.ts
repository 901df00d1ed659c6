// Calls registerSignal the way POST /api/v1/signalen does, inside the caller's transaction.
// The module is being reworked while this benchmark is in use: older versions take
// (db, notifier, user, input, now, today) and leave the audit entries to the route; newer ones
// take the actor too and write the audit entries themselves. Both are supported, chosen by the
// function's arity, so that the benchmark always measures the code as it is.
import type { Kysely } from 'kysely';
import type { DB } from '../../src/platform/db/schema.ts';
import type { AuthUser } from '../../src/platform/http/context.ts';
import type { Notifier } from '../../src/platform/notifications/notifier.ts';
import { recordAudit, type Actor } from '../../src/platform/audit/audit.ts';
import { registerSignal } from '../../src/modules/verwijsindex/signals.ts';

export interface Registered {
  signal: { id: string; person_id: string };
  changes: { matchId: string; type: 'kind' | 'gezin'; created: boolean }[];
}

type Register = (...args: unknown[]) => Promise<Registered>;

/** True when registerSignal records the audit entries itself (it takes the actor). */
export const auditInside = registerSignal.length >= 7;

export async function registerAsRoute(tx: Kysely<DB>, notifier: Notifier, user: AuthUser, actor: Actor, input: { bsn: string; informedOn: string }, now: Date, today: string): Promise<Registered> {
  const register = registerSignal as unknown as Register;
  if (auditInside) return register(tx, notifier, user, actor, input, now, today);
  const result = await register(tx, notifier, user, input, now, today);
  await recordAudit(tx, actor, [
    { action: 'create', recordType: 'signaal', recordId: result.signal.id, personId: result.signal.person_id },
    ...result.changes.map((c) => ({ action: c.created ? 'create' : 'update', recordType: 'match', recordId: c.matchId, personId: result.signal.person_id, detail: { type: c.type } })),
  ]);
  return result;
}
