// Server-side sessions. The cookie holds a random token; the database holds only its SHA-256,
// so a leaked database does not hand out live sessions.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Config } from '../config.ts';
import type { Auth, AuthUser } from '../http/context.ts';
import type { Role } from './roles.ts';
import { SESSION_CACHE_TTL_MS } from './session-cache.ts';

/** The session cookie. Over HTTPS (production) a `__Host-` name: the browser then takes it only
 * with Secure, Path=/ and no Domain, so a sibling subdomain cannot plant or shadow it. */
export const sessionCookieName = (config: Pick<Config, 'secureCookies'>) => (config.secureCookies ? '__Host-kv_session' : 'kv_session');

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Kysely<DB>,
  userId: string,
  meta: { ip: string | null; userAgent: string | null; totpEnrolmentRequired: boolean },
  now: Date,
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.insertInto('sessions').values({
    id: hashToken(token),
    user_id: userId,
    csrf_token: csrfToken,
    created_at: now,
    last_seen_at: now,
    ip: meta.ip,
    user_agent: meta.userAgent,
    totp_enrolment_required: meta.totpEnrolmentRequired,
  }).execute();
  return { token, csrfToken };
}

export type SessionLookup = { auth: Auth; createdAt: number; lastSeenAt: number } | { expired: true } | null;

export const sessionIdOf = hashToken;

const TOUCH_INTERVAL_MS = 60_000;

export async function loadSession(db: Kysely<DB>, config: Config, token: string, now: Date): Promise<SessionLookup> {
  const id = hashToken(token);
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .innerJoin('municipalities as m', 'm.code', 'o.municipality_code')
    .select([
      's.id as sessionId', 's.csrf_token', 's.created_at', 's.last_seen_at', 's.totp_enrolment_required',
      'u.id', 'u.username', 'u.display_name', 'u.email', 'u.phone', 'u.role', 'u.active', 'u.totp_enabled',
      'u.organisation_id', 'o.name as organisation_name', 'o.sector', 'o.municipality_code', 'm.region_id', 'm.verwijsindex_enabled',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  // last_seen_at lags the last request by up to a touch interval plus a cache lifetime (requests
  // answered from the session cache write nothing): counting from it alone would end a session up
  // to a minute early, so the idle limit allows for that lag.
  const idleLimit = new Date(row.last_seen_at).getTime() + TOUCH_INTERVAL_MS + SESSION_CACHE_TTL_MS + config.sessionIdleMinutes * 60_000;
  const absoluteLimit = new Date(row.created_at).getTime() + config.sessionAbsoluteHours * 3_600_000;
  if (!row.active || now.getTime() > idleLimit || now.getTime() > absoluteLimit) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return { expired: true };
  }
  // Touch at most once a minute: keeps the idle clock right without a write per request.
  let lastSeenAt = new Date(row.last_seen_at).getTime();
  if (now.getTime() - lastSeenAt > TOUCH_INTERVAL_MS) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
    lastSeenAt = now.getTime();
  }
  const user: AuthUser = {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    email: row.email,
    phone: row.phone,
    role: row.role as Role,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    sector: row.sector,
    municipalityCode: row.municipality_code,
    regionId: row.region_id,
    totpEnabled: row.totp_enabled,
    verwijsindexEnabled: row.verwijsindex_enabled,
  };
  return {
    auth: { user, sessionId: id, csrfToken: row.csrf_token, totpEnrolmentRequired: row.totp_enrolment_required },
    createdAt: new Date(row.created_at).getTime(), lastSeenAt,
  };
}

export async function endSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}
