// The session cache: an entry is served for at most a second, never past idle or absolute expiry,
// never when the clock went back, and writes to auth state empty it (through the HTTP app).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionCache } from './session-cache.ts';
import type { Auth } from '../http/context.ts';
import { startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { buildWorld, type World } from '../../../tests/support/fixtures.ts';

const auth = { sessionId: 's1', csrfToken: 'c', totpEnrolmentRequired: false, user: { id: 'u1' } } as unknown as Auth;

describe('SessionCache', () => {
  it('serves an entry for less than a second, within idle and absolute limits only', () => {
    const cache = new SessionCache(30 * 60_000, 12 * 3_600_000);
    const t0 = 1_000_000_000_000;
    cache.set('s1', auth, { createdAt: t0, lastSeenAt: t0 }, t0);
    expect(cache.get('s1', t0 + 999)).toBe(auth);
    expect(cache.get('s1', t0 + 1000)).toBeUndefined();
    cache.set('s1', auth, { createdAt: t0, lastSeenAt: t0 }, t0);
    expect(cache.get('s1', t0 - 1)).toBeUndefined(); // the clock went back
    const idle = new SessionCache(100, 12 * 3_600_000);
    idle.set('s1', auth, { createdAt: t0, lastSeenAt: t0 - 50 }, t0);
    expect(idle.get('s1', t0 + 60)).toBeUndefined(); // idle limit passed within the second
    const absolute = new SessionCache(30 * 60_000, 200);
    absolute.set('s1', auth, { createdAt: t0 - 150, lastSeenAt: t0 }, t0);
    expect(absolute.get('s1', t0 + 60)).toBeUndefined();
  });

  it('does not store a lookup that started before the cache was emptied', () => {
    const cache = new SessionCache(30 * 60_000, 12 * 3_600_000);
    const t0 = 1_000_000_000_000;
    const started = cache.generation;
    cache.clear(); // a revocation answered while the lookup was in flight
    cache.set('s1', auth, { createdAt: t0, lastSeenAt: t0 }, t0, started);
    expect(cache.get('s1', t0)).toBeUndefined();
  });
});

describe('session cache in the app', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp('pglite');
    w = await buildWorld(t);
  });
  afterAll(async () => t?.close());

  it('takes logout and deactivation into account at once in this process', async () => {
    const c = await w.as('leerkracht');
    expect((await c.get('/api/v1/signalen')).status).toBe(200);
    expect((await c.request('DELETE', '/api/v1/sessions/current')).status).toBe(204);
    expect((await c.get('/api/v1/signalen')).status).toBe(401);

    const jgz = await w.as('jgz');
    expect((await jgz.get('/api/v1/signalen')).status).toBe(200);
    const admin = await w.as('beheerder');
    expect((await admin.patch(`/api/v1/gebruikers/${w.users.jgz.id}`, { active: false })).status).toBe(200);
    expect((await jgz.get('/api/v1/signalen')).status).toBe(401);

    // The same change through a percent-encoded path empties the cache too.
    const ggz = await w.as('ggz');
    expect((await ggz.get('/api/v1/signalen')).status).toBe(200);
    expect((await admin.patch(`/api/v1/%67ebruikers/${w.users.ggz.id}`, { active: false })).status).toBe(200);
    expect((await ggz.get('/api/v1/signalen')).status).toBe(401);
  });

  it('bounds a change made outside this process to one second', async () => {
    const c = await w.as('huisarts');
    expect((await c.get('/api/v1/signalen')).status).toBe(200);
    await t.db.deleteFrom('sessions').where('user_id', '=', w.users.huisarts.id).execute(); // as another process would
    expect((await c.get('/api/v1/signalen')).status).toBe(200); // served from the cache within the second
    t.clock.advanceMinutes(1 / 60); // one second
    expect((await c.get('/api/v1/signalen')).status).toBe(401);
  });
});
