// Login, lockout, sessions, CSRF, password change and TOTP, through the HTTP API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { ApiClient, buildWorld, PASSWORD, type World } from '../../../tests/support/fixtures.ts';
import { totpCode } from './totp.ts';
import { MAX_FAILED_LOGINS } from './routes.ts';
import { DEMO_PASSWORD } from './passwords.ts';

describe.each(ENGINES)('authentication on %s', (engine) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp(engine, { today: '2026-06-15' });
    w = await buildWorld(t);
  });
  afterAll(async () => t?.close());

  it('logs in with an HttpOnly, SameSite=Strict session cookie and returns a CSRF token', async () => {
    const c = new ApiClient(t);
    const res = await c.login('leerkracht');
    expect(res.status).toBe(201);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(res.body.user).toMatchObject({ username: 'leerkracht', role: 'professional', organisationName: 'Basisschool Noord' });
    expect(res.body.csrfToken).toMatch(/^[\w-]{20,}$/);
    expect((await c.get('/api/v1/sessions/current')).body.user.username).toBe('leerkracht');
  });

  it('refuses a wrong password with one message for unknown users and wrong passwords', async () => {
    const c = new ApiClient(t);
    const wrong = await c.login('leerkracht', 'niet-het-wachtwoord');
    const unknown = await c.login('niemand', 'niet-het-wachtwoord');
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('invalid-credentials');
    expect(unknown.body).toMatchObject({ code: 'invalid-credentials', detail: wrong.body.detail });
    expect(wrong.headers['content-type']).toContain('application/problem+json');
  });

  it('locks an account after repeated failures, also for the right password, and logs the attempts', async () => {
    const c = new ApiClient(t, '10.0.0.5');
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) expect((await c.login('collega', 'fout-wachtwoord-123')).status).toBe(401);
    const locked = await c.login('collega');
    expect(locked.status).toBe(423);
    expect(locked.body.code).toBe('account-locked');
    const audit = await t.db.selectFrom('audit_log').selectAll().where('username', '=', 'collega').where('action', '=', 'login').execute();
    expect(audit.filter((a) => a.outcome === 'refused').length).toBe(MAX_FAILED_LOGINS + 1);
    // After the lockout period the right password works again.
    t.clock.advanceMinutes(16);
    expect((await c.login('collega')).status).toBe(201);
    t.clock.set('2026-06-15');
  });

  it('locks the account when 15 wrong passwords arrive at once; the right one then gets the lockout answer', async () => {
    const c = new ApiClient(t, '10.0.1.1');
    const wrong = await Promise.all(Array.from({ length: 15 }, () => c.login('leerkracht2', 'fout-wachtwoord-123')));
    expect(wrong.map((r) => r.status).every((s) => s === 401 || s === 423)).toBe(true);
    const right = await c.login('leerkracht2');
    expect(right.status).toBe(423);
    expect(right.body.code).toBe('account-locked');
    const row = await t.db.selectFrom('users').select(['failed_logins', 'locked_until']).where('username', '=', 'leerkracht2').executeTakeFirstOrThrow();
    expect(row.failed_logins).toBe(wrong.filter((r) => r.status === 401).length);
    t.clock.advanceMinutes(16);
    expect((await c.login('leerkracht2')).status).toBe(201);
    t.clock.set('2026-06-15');
  });

  it('answers a locked unknown user name exactly as a locked account, so the lock does not tell that an account exists', async () => {
    const c = new ApiClient(t, '10.0.1.2');
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      expect((await c.login('huisarts', 'fout-wachtwoord-123')).body.code).toBe('invalid-credentials');
      expect((await c.login('bestaat.niet', 'fout-wachtwoord-123')).body.code).toBe('invalid-credentials');
    }
    const known = await c.login('huisarts');
    const unknown = await c.login('bestaat.niet');
    expect(known.status).toBe(423);
    expect(unknown.status).toBe(423);
    expect(unknown.body).toEqual(known.body);
    expect(unknown.headers['retry-after']).toBe(known.headers['retry-after']);
    // Both end after the lockout, and the count starts again.
    t.clock.advanceMinutes(16);
    expect((await c.login('bestaat.niet', 'fout-wachtwoord-123')).body.code).toBe('invalid-credentials');
    expect((await c.login('huisarts')).status).toBe(201);
    t.clock.set('2026-06-15');
  });

  it('rate-limits login attempts per client address', async () => {
    const c = new ApiClient(t, '10.9.9.9');
    let last = 0;
    for (let i = 0; i < 25; i++) last = (await c.login(`nobody${i}`, 'x')).status;
    expect(last).toBe(429);
    expect((await new ApiClient(t, '10.9.9.8').login('jgz')).status).toBe(201);
  });

  it('requires a session for the API and the CSRF token for every change', async () => {
    const anonymous = new ApiClient(t);
    const res = await anonymous.get('/api/v1/signalen');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('not-authenticated');
    const c = await w.as('leerkracht');
    const noToken = await c.request('POST', '/api/v1/signalen', { bsn: w.bsn(), informedOn: '2026-06-15' }, { 'x-csrf-token': '' });
    expect(noToken.status).toBe(403);
    expect(noToken.body.code).toBe('csrf-token-invalid');
    const wrongToken = await c.request('PATCH', '/api/v1/berichten/00000000-0000-0000-0000-000000000000', { read: true }, { 'x-csrf-token': 'abc' });
    expect(wrongToken.body.code).toBe('csrf-token-invalid');
    const refused = await t.db.selectFrom('audit_log').selectAll().where('username', '=', 'leerkracht').where('outcome', '=', 'refused').execute();
    expect(refused.some((a) => (a.detail as any)?.code === 'csrf-token-invalid')).toBe(true);
  });

  it('expires a session after idle time and after the absolute limit', async () => {
    const c = await w.as('jgz');
    t.clock.advanceMinutes(29);
    expect((await c.get('/api/v1/sessions/current')).status).toBe(200);
    t.clock.advanceMinutes(29); // touched at minute 29: still within 30 idle minutes
    expect((await c.get('/api/v1/sessions/current')).status).toBe(200);
    t.clock.advanceMinutes(32); // idle time plus at most the touch lag (see the next test)
    const expired = await c.get('/api/v1/signalen');
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('session-expired');
    t.clock.set('2026-06-15');

    const d = await w.as('jgz');
    for (let i = 0; i < 28; i++) {
      t.clock.advanceMinutes(25);
      expect((await d.get('/api/v1/sessions/current')).status).toBe(200); // up to 11 h 40 min
    }
    t.clock.advanceMinutes(25); // 12 h 5 min after login, never idle for long
    expect((await d.get('/api/v1/sessions/current')).body.code).toBe('session-expired');
    t.clock.set('2026-06-15');
  });

  it('never ends a session before its idle time, although last_seen_at is written at most once a minute', async () => {
    const c = await w.as('jgz');
    t.clock.advanceMinutes(59 / 60); // last request 59 s after login: last_seen_at stays at the login
    expect((await c.get('/api/v1/sessions/current')).status).toBe(200);
    t.clock.advanceMinutes(29.5); // 29 min 30 s after the last request
    expect((await c.get('/api/v1/sessions/current')).status).toBe(200);
    t.clock.advanceMinutes(30 + 62 / 60); // idle for longer than 30 min plus the touch lag
    expect((await c.get('/api/v1/sessions/current')).body.code).toBe('session-expired');
    t.clock.set('2026-06-15');
  });

  it('logs out', async () => {
    const c = await w.as('huisarts');
    expect((await c.delete('/api/v1/sessions/current')).status).toBe(204);
    expect((await c.get('/api/v1/sessions/current')).status).toBe(401);
  });

  it('changes the own password, ending other sessions', async () => {
    const first = await w.as('ggz');
    const second = await w.as('ggz');
    const tooShort = await first.post('/api/v1/account/password', { currentPassword: PASSWORD, newPassword: 'kort' });
    expect(tooShort.body.code).toBe('password-too-short');
    const refused = async (newPassword: string) => (await first.post('/api/v1/account/password', { currentPassword: PASSWORD, newPassword })).body.code;
    expect(await refused('aaaaaaaaaaaa')).toBe('password-predictable');
    expect(await refused('zyxwvutsrqponm')).toBe('password-predictable');
    expect(await refused('34567890123456')).toBe('password-predictable');
    expect(await refused('abcabcabcabc')).toBe('password-predictable');
    expect(await refused('password1234')).toBe('password-common');
    expect(await refused('Sunshine123456!')).toBe('password-common'); // a breached word with padding
    expect(await refused(DEMO_PASSWORD)).toBe('password-context');
    expect(await refused('mijn-eigen-ggz-sleutel')).toBe('password-context'); // the user name
    const wrongCurrent = await first.post('/api/v1/account/password', { currentPassword: 'fout', newPassword: 'een-nieuw-lang-wachtwoord' });
    expect(wrongCurrent.body.code).toBe('password-incorrect');
    expect((await first.post('/api/v1/account/password', { currentPassword: PASSWORD, newPassword: 'een-nieuw-lang-wachtwoord' })).status).toBe(204);
    expect((await first.get('/api/v1/sessions/current')).status).toBe(200);
    expect((await second.get('/api/v1/sessions/current')).status).toBe(401);
    expect((await new ApiClient(t).login('ggz')).status).toBe(401);
    expect((await new ApiClient(t).login('ggz', 'een-nieuw-lang-wachtwoord')).status).toBe(201);
  });

  it('enrols TOTP, then requires a code or a one-time recovery code at login', async () => {
    const c = await w.as('af');
    const enrol = await c.post('/api/v1/account/totp');
    expect(enrol.status).toBe(201);
    expect(enrol.body.otpauthUri).toContain(`secret=${enrol.body.secret}`);
    const now = t.clock.now().getTime();
    expect((await c.post('/api/v1/account/totp/activation', { code: '000000' === totpCode(enrol.body.secret, now) ? '111111' : '000000' })).body.code).toBe('totp-invalid');
    const activated = await c.post('/api/v1/account/totp/activation', { code: totpCode(enrol.body.secret, now) });
    expect(activated.status).toBe(201);
    expect(activated.body.recoveryCodes).toHaveLength(10);

    const fresh = new ApiClient(t);
    const noCode = await fresh.login('af');
    expect(noCode.status).toBe(401);
    expect(noCode.body.code).toBe('totp-required');
    expect((await fresh.login('af', PASSWORD, { totpCode: '123456' === totpCode(enrol.body.secret, now) ? '654321' : '123456' })).body.code).toBe('totp-invalid');
    // The activation used the current step; a new login needs the next code, once.
    const next = totpCode(enrol.body.secret, now + 30_000);
    expect((await fresh.login('af', PASSWORD, { totpCode: totpCode(enrol.body.secret, now) })).body.code).toBe('totp-invalid');
    expect((await fresh.login('af', PASSWORD, { totpCode: next })).status).toBe(201);
    expect((await new ApiClient(t).login('af', PASSWORD, { totpCode: next })).body.code).toBe('totp-invalid'); // replay
    // Six parallel logins with one fresh code: exactly one gets in.
    t.clock.advanceMinutes(1);
    const fresher = totpCode(enrol.body.secret, t.clock.now().getTime());
    const parallel = await Promise.all(Array.from({ length: 6 }, (_, i) => new ApiClient(t, `10.0.2.${i}`).login('af', PASSWORD, { totpCode: fresher })));
    t.clock.set('2026-06-15');
    expect(parallel.filter((r) => r.status === 201)).toHaveLength(1);
    expect(parallel.filter((r) => r.body.code === 'totp-invalid')).toHaveLength(5);
    // The replays counted as failed logins; reset the count for the rest of this test.
    await t.db.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('username', '=', 'af').execute();
    const recovery = activated.body.recoveryCodes[0];
    expect((await new ApiClient(t).login('af', PASSWORD, { recoveryCode: recovery })).status).toBe(201);
    expect((await new ApiClient(t).login('af', PASSWORD, { recoveryCode: recovery })).body.code).toBe('recovery-code-invalid');
  });

  it('makes users of an organisation that requires two-factor enrol before anything else', async () => {
    await t.db.updateTable('organisations').set({ requires_totp: true }).where('id', '=', w.orgs.vt).execute();
    const c = new ApiClient(t);
    const res = await c.login('vt');
    expect(res.body.totpEnrolmentRequired).toBe(true);
    const blocked = await c.get('/api/v1/signalen');
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('totp-enrolment-required');
    const enrol = await c.post('/api/v1/account/totp');
    await c.post('/api/v1/account/totp/activation', { code: totpCode(enrol.body.secret, t.clock.now().getTime()) });
    expect((await c.get('/api/v1/signalen')).status).toBe(200);
  });
});
