// Login, logout, current session, password change and TOTP two-factor enrolment.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import type { App } from '../http/app.ts';
import { actorOf, currentUser, type AppContext, type Auth } from '../http/context.ts';
import { Problem, unprocessable } from '../http/problem.ts';
import type { ErrorCode } from '../../contract/errors.ts';
import { recordAudit } from '../audit/audit.ts';
import { assertPasswordPolicy, hashPassword, verifyPassword } from './passwords.ts';
import { createSession, endSession, loadSession, sessionCookieName } from './sessions.ts';
import { newRecoveryCodes, newTotpSecret, otpauthUri, verifyTotp } from './totp.ts';
import { ROLES } from './roles.ts';
import { countHit, FAILURES_FORGOTTEN_MS, type Limit } from '../rate-limit.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
const IP_WINDOW_MS = 60_000;
const IP_MAX_ATTEMPTS = 20;

const sessionUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  role: z.enum(ROLES),
  organisationId: z.string(),
  organisationName: z.string(),
  sector: z.string(),
  totpEnabled: z.boolean(),
  verwijsindexEnabled: z.boolean(),
});
const sessionView = z.object({
  user: sessionUser,
  csrfToken: z.string(),
  totpEnrolmentRequired: z.boolean(),
  idleTimeoutMinutes: z.number().describe('Na zoveel minuten zonder verzoek verloopt de sessie'),
});

function viewOf(auth: Auth, idleTimeoutMinutes: number, verwijsindexInstalled: boolean) {
  const { municipalityCode: _m, regionId: _r, ...rest } = auth.user;
  const user = { ...rest, verwijsindexEnabled: rest.verwijsindexEnabled && verwijsindexInstalled };
  return { user, csrfToken: auth.csrfToken, totpEnrolmentRequired: auth.totpEnrolmentRequired, idleTimeoutMinutes };
}

const hashRecovery = (code: string) => createHash('sha256').update(code.trim().toLowerCase()).digest('hex');

/** Login attempts per client address, against password guessing; shared by all app instances. */
const LOGIN_ADDRESS_LIMIT: Limit = { bucket: 'login-address', max: IP_MAX_ATTEMPTS, windowSeconds: IP_WINDOW_MS / 1000 };

/**
 * The columns of one more failed login, computed in the statement itself so that parallel
 * failures all count. The count starts again after a lock has ended or a day without failures.
 * The same expressions serve users and unknown user names (`unknown_login_failures`), so a
 * name locks the same way whether or not it exists (docs/decisions/0007).
 */
function failureColumns(table: 'users' | 'unknown_login_failures', now: Date) {
  const [lockedUntil, lastFailedAt, failed] = ['locked_until', 'last_failed_at', 'failed_logins'].map((c) => sql.ref(`${table}.${c}`));
  const restart = sql<boolean>`(${lockedUntil} is not null and ${lockedUntil} <= ${now}) or ${lastFailedAt} is null or ${lastFailedAt} < ${new Date(now.getTime() - FAILURES_FORGOTTEN_MS)}`;
  const count = sql<number>`case when ${restart} then 1 else ${failed} + 1 end`;
  return {
    failed_logins: count,
    locked_until: sql<Date | null>`case when ${count} >= ${MAX_FAILED_LOGINS} then ${new Date(now.getTime() + LOCKOUT_MINUTES * 60_000)}::timestamptz when ${restart} then null else ${lockedUntil} end`,
    last_failed_at: now,
  };
}

export function authRoutes(app: App, ctx: AppContext) {
  const { db, config, clock } = ctx;
  const timingDummy = hashPassword('no-such-user-timing-dummy');
  const cookieName = sessionCookieName(config);
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: config.secureCookies };

  app.post('/api/v1/sessions', {
    config: { public: true },
    schema: {
      tags: ['sessie'],
      summary: 'Inloggen met gebruikersnaam, wachtwoord en zo nodig een TOTP- of herstelcode',
      body: z.strictObject({
        username: z.string().min(1).max(100),
        password: z.string().min(1).max(200),
        totpCode: z.string().max(10).optional(),
        recoveryCode: z.string().max(20).optional(),
      }),
      response: { 201: sessionView },
    },
  }, async (req, reply) => {
    const now = clock.now();
    const { username, password, totpCode, recoveryCode } = req.body;
    const byAddress = await countHit(db, LOGIN_ADDRESS_LIMIT, req.ip, now);
    if (!byAddress.allowed) {
      await recordAudit(db, { ...actorOf(req), username }, [{ action: 'login', recordType: 'sessie', outcome: 'refused', detail: { code: 'too-many-requests' } }]);
      throw new Problem(429, 'too-many-requests', 'Te veel inlogpogingen vanaf dit adres. Wacht een minuut.', { retryAfterSeconds: byAddress.retryAfterSeconds });
    }
    const user = await db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['u.id', 'u.username', 'u.password_hash', 'u.active', 'u.locked_until', 'u.totp_enabled', 'u.totp_secret', 'u.totp_last_step', 'u.role', 'u.organisation_id', 'o.requires_totp'])
      .where('u.username', '=', username).executeTakeFirst();
    const actor = { ...actorOf(req), userId: user?.id ?? null, username, role: user?.role ?? null, organisationId: user?.organisation_id ?? null };
    const countFailure = async () => {
      if (user) {
        await db.updateTable('users').set(failureColumns('users', now)).where('id', '=', user.id).execute();
      } else {
        await db.insertInto('unknown_login_failures').values({ username, failed_logins: 1, last_failed_at: now, locked_until: null })
          .onConflict((oc) => oc.column('username').doUpdateSet(failureColumns('unknown_login_failures', now))).execute();
      }
    };
    const fail = async (code: ErrorCode, detail: string, status = 401, countsAsFailure = true, extra: Record<string, unknown> = {}) => {
      if (countsAsFailure) await countFailure();
      await recordAudit(db, actor, [{ action: 'login', recordType: 'sessie', outcome: 'refused', detail: { code } }]);
      return new Problem(status, code, detail, extra);
    };
    const locked = async (until: Date) => {
      const minutes = Math.ceil((until.getTime() - now.getTime()) / 60_000);
      return fail('account-locked', `Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over ${minutes} minuten opnieuw.`, 423, false, { retryAfterSeconds: minutes * 60 });
    };
    const lockedUntil = user
      ? user.locked_until
      : (await db.selectFrom('unknown_login_failures').select('locked_until').where('username', '=', username).executeTakeFirst())?.locked_until;
    if (lockedUntil && new Date(lockedUntil) > now) throw await locked(new Date(lockedUntil));
    if (!user || !user.active) {
      await verifyPassword(await timingDummy, password); // same cost as for a real user
      throw await fail('invalid-credentials', 'Gebruikersnaam of wachtwoord onjuist.');
    }
    if (!(await verifyPassword(user.password_hash, password))) {
      throw await fail('invalid-credentials', 'Gebruikersnaam of wachtwoord onjuist.');
    }
    if (user.totp_enabled && user.totp_secret) {
      if (!totpCode && !recoveryCode) {
        throw await fail('totp-required', 'Vul de code uit uw authenticator-app in.', 401, false);
      }
      if (totpCode) {
        const step = verifyTotp(user.totp_secret, totpCode, now.getTime(), user.totp_last_step);
        // Taken in one statement: of parallel logins with the same code, one wins.
        const taken = step === null ? undefined : await db.updateTable('users').set({ totp_last_step: step }).where('id', '=', user.id)
          .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)])).executeTakeFirst();
        if (!taken || Number(taken.numUpdatedRows) !== 1) throw await fail('totp-invalid', 'De tweestapscode klopt niet of is al gebruikt.');
      } else {
        const used = await db.updateTable('recovery_codes').set({ used_at: now })
          .where('user_id', '=', user.id).where('code_hash', '=', hashRecovery(recoveryCode!)).where('used_at', 'is', null)
          .executeTakeFirst();
        if (Number(used.numUpdatedRows) !== 1) throw await fail('recovery-code-invalid', 'Deze herstelcode is onjuist of al gebruikt.');
      }
    }
    // Clears the count, unless parallel failures locked the account while this password was checked.
    const cleared = await db.updateTable('users').set({ failed_logins: 0, locked_until: null, last_failed_at: null }).where('id', '=', user.id)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)])).returning('id').executeTakeFirst();
    if (!cleared) {
      const row = await db.selectFrom('users').select('locked_until').where('id', '=', user.id).executeTakeFirstOrThrow();
      throw await locked(new Date(row.locked_until ?? now.getTime() + LOCKOUT_MINUTES * 60_000)); // unlocked meanwhile: rare, answer as locked
    }
    const totpEnrolmentRequired = user.requires_totp && !user.totp_enabled;
    const { token, csrfToken } = await createSession(db, user.id, { ip: req.ip, userAgent: actor.userAgent, totpEnrolmentRequired }, now);
    await recordAudit(db, actor, [{ action: 'login', recordType: 'sessie', outcome: 'success' }]);
    reply.setCookie(cookieName, token, cookieOptions);
    const loaded = await loadSession(db, config, token, now);
    if (!loaded || !('auth' in loaded)) throw new Error('new session not found');
    return reply.code(201).send(viewOf(loaded.auth, config.sessionIdleMinutes, config.verwijsindexEnabled));
  });

  app.get('/api/v1/sessions/current', {
    config: { allowDuringTotpEnrolment: true },
    schema: { tags: ['sessie'], summary: 'De huidige sessie en gebruiker', response: { 200: sessionView } },
  }, async (req) => viewOf(req.auth!, config.sessionIdleMinutes, config.verwijsindexEnabled));

  // The web's probe on page load: always 200, so that a visitor who is not signed in does not
  // get a 401 in the browser console on every page. API clients use GET /sessions/current.
  app.get('/api/v1/sessions/probe', {
    config: { public: true },
    schema: {
      tags: ['sessie'],
      summary: 'Is er een sessie? Altijd 200: de sessie, of null (en of een sessiecookie verlopen was)',
      response: { 200: z.object({ session: sessionView.nullable(), expired: z.boolean().describe('Er was een sessiecookie, maar de sessie bestaat niet meer') }) },
    },
  }, async (req, reply) => {
    if (req.auth) return { session: viewOf(req.auth, config.sessionIdleMinutes, config.verwijsindexEnabled), expired: false };
    const stale = !!req.cookies[cookieName];
    if (stale) reply.clearCookie(cookieName, cookieOptions);
    return { session: null, expired: stale };
  });

  app.delete('/api/v1/sessions/current', {
    config: { allowDuringTotpEnrolment: true },
    schema: { tags: ['sessie'], summary: 'Uitloggen' },
  }, async (req, reply) => {
    await endSession(db, req.auth!.sessionId);
    await recordAudit(db, actorOf(req), [{ action: 'logout', recordType: 'sessie' }]);
    reply.clearCookie(cookieName, cookieOptions);
    return reply.code(204).send();
  });

  app.post('/api/v1/account/password', {
    config: { allowDuringTotpEnrolment: true },
    schema: {
      tags: ['sessie'],
      summary: 'Eigen wachtwoord wijzigen; beëindigt andere sessies',
      body: z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: z.string().max(200) }),
    },
  }, async (req, reply) => {
    const me = currentUser(req);
    const row = await db.selectFrom('users').select('password_hash').where('id', '=', me.id).executeTakeFirstOrThrow();
    if (!(await verifyPassword(row.password_hash, req.body.currentPassword))) {
      throw unprocessable('password-incorrect', 'Het huidige wachtwoord klopt niet.');
    }
    assertPasswordPolicy(req.body.newPassword, me.username);
    if (req.body.newPassword === req.body.currentPassword) {
      throw unprocessable('password-unchanged', 'Kies een ander wachtwoord dan het huidige.');
    }
    const password_hash = await hashPassword(req.body.newPassword);
    await db.transaction().execute(async (tx) => {
      await tx.updateTable('users').set({ password_hash, password_changed_at: clock.now() }).where('id', '=', me.id).execute();
      await tx.deleteFrom('sessions').where('user_id', '=', me.id).where('id', '<>', req.auth!.sessionId).execute();
      await recordAudit(tx, actorOf(req), [{ action: 'update', recordType: 'wachtwoord', recordId: me.id }]);
    });
    return reply.code(204).send();
  });

  app.post('/api/v1/account/totp', {
    config: { allowDuringTotpEnrolment: true },
    schema: {
      tags: ['sessie'],
      summary: 'Tweestapsverificatie instellen: een nieuw geheim (nog niet actief)',
      response: { 201: z.object({ secret: z.string(), otpauthUri: z.string() }) },
    },
  }, async (req, reply) => {
    const me = currentUser(req);
    if (me.totpEnabled) throw new Problem(409, 'totp-already-enabled', 'Tweestapsverificatie is al actief.');
    const secret = newTotpSecret();
    await db.updateTable('users').set({ totp_secret: secret }).where('id', '=', me.id).execute();
    await recordAudit(db, actorOf(req), [{ action: 'create', recordType: 'totp-geheim', recordId: me.id }]);
    return reply.code(201).send({ secret, otpauthUri: otpauthUri(secret, me.username) });
  });

  app.post('/api/v1/account/totp/activation', {
    config: { allowDuringTotpEnrolment: true },
    schema: {
      tags: ['sessie'],
      summary: 'Tweestapsverificatie activeren met een eerste code; geeft eenmalig herstelcodes',
      body: z.strictObject({ code: z.string().max(10) }),
      response: { 201: z.object({ recoveryCodes: z.array(z.string()) }) },
    },
  }, async (req, reply) => {
    const me = currentUser(req);
    const row = await db.selectFrom('users').select(['totp_secret', 'totp_enabled']).where('id', '=', me.id).executeTakeFirstOrThrow();
    if (row.totp_enabled) throw new Problem(409, 'totp-already-enabled', 'Tweestapsverificatie is al actief.');
    if (!row.totp_secret) throw unprocessable('totp-not-enrolled', 'Vraag eerst een nieuw geheim aan.');
    const step = verifyTotp(row.totp_secret, req.body.code, clock.now().getTime());
    if (step === null) throw unprocessable('totp-invalid', 'De tweestapscode klopt niet.');
    const codes = newRecoveryCodes();
    await db.transaction().execute(async (tx) => {
      await tx.updateTable('users').set({ totp_enabled: true, totp_last_step: step }).where('id', '=', me.id).execute();
      await tx.deleteFrom('recovery_codes').where('user_id', '=', me.id).execute();
      await tx.insertInto('recovery_codes').values(codes.map((c) => ({ user_id: me.id, code_hash: hashRecovery(c), used_at: null }))).execute();
      await tx.updateTable('sessions').set({ totp_enrolment_required: false }).where('id', '=', req.auth!.sessionId).execute();
      await recordAudit(tx, actorOf(req), [{ action: 'update', recordType: 'totp', recordId: me.id, detail: { enabled: true } }]);
    });
    return reply.code(201).send({ recoveryCodes: codes });
  });
}
