// Calls registerSignal the way POST /api/v1/signalen does: one autocommit statement that also
// writes the audit entries (signature since migration 0017).
import type { Kysely } from 'kysely';
import type { DB } from '../../src/platform/db/schema.ts';
import type { AuthUser } from '../../src/platform/http/context.ts';
import type { Notifier } from '../../src/platform/notifications/notifier.ts';
import type { Actor } from '../../src/platform/audit/audit.ts';
import { registerSignal } from '../../src/modules/verwijsindex/signals.ts';

export interface Registered {
  signal: { id: string; person_id: string };
  changes: { matchId: string; type: 'kind' | 'gezin'; created: boolean }[];
}

export function registerAsRoute(db: Kysely<DB>, notifier: Notifier, user: AuthUser, actor: Actor, input: { bsn: string; informedOn: string }, now: Date, today: string): Promise<Registered> {
  return registerSignal(db, notifier, user, actor, { ...input, relationship: { reason: 'client_in_zorg' } }, now, today);
}
