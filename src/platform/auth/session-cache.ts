// A one-second, in-process cache of session lookups. Every API request needs its session (a
// four-table join); at a thousand requests a second that lookup is a measurable share of the
// database's work (issue #3's throughput target). The cache is kept short and safe:
// - an entry lives at most TTL_MS on the application clock, so a change made by another process
//   (logout, a deactivated user, a new two-factor policy) takes effect within a second;
// - every unsafe request to a route that changes sessions, users or organisations empties the
//   whole cache before its response is sent, so in this process such a change is immediate;
// - idle and absolute expiry are checked again on every hit.
import type { Auth } from '../http/context.ts';

export const SESSION_CACHE_TTL_MS = 1000;
const TTL_MS = SESSION_CACHE_TTL_MS;
const MAX_ENTRIES = 10_000;

/** Routes whose writes change what a session lookup returns. */
export const AUTH_STATE_ROUTES = ['/api/v1/sessions', '/api/v1/account', '/api/v1/gebruikers', '/api/v1/organisaties', '/api/v1/gemeenten', '/api/v1/regios'];

interface Entry {
  auth: Auth;
  loadedAt: number;
  createdAt: number;
  lastSeenAt: number;
}

export class SessionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly idleMs: number, private readonly absoluteMs: number) {}

  get(sessionId: string, now: number): Auth | undefined {
    const e = this.entries.get(sessionId);
    if (!e) return undefined;
    const fresh = now >= e.loadedAt && now - e.loadedAt < TTL_MS;
    const valid = now <= e.lastSeenAt + this.idleMs && now <= e.createdAt + this.absoluteMs;
    if (fresh && valid) return e.auth;
    this.entries.delete(sessionId);
    return undefined;
  }

  /** Bumped by every clear: a lookup that started before a clear must not be stored after it. */
  generation = 0;

  set(sessionId: string, auth: Auth, times: { createdAt: number; lastSeenAt: number }, now: number, lookupGeneration = this.generation): void {
    if (lookupGeneration !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(sessionId, { auth, loadedAt: now, ...times });
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }
}
