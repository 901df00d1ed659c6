// Limits shared by app instances, trusted proxies only, and the production hardening, through the HTTP API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { ApiClient, buildWorld, importPersons, type World } from '../../../tests/support/fixtures.ts';
import { loadConfig } from '../config.ts';

const login = (c: ApiClient, username: string, password: string, forwardedFor?: string) =>
  c.request('POST', '/api/v1/sessions', { username, password }, forwardedFor ? { 'x-forwarded-for': forwardedFor } : {});

describe.each(ENGINES)('login limits and production hardening on %s', (engine) => {
  // Production mode, as behind a load balancer: HTTPS cookies, one trusted proxy, a search limit.
  let t: TestApp;
  let second: TestApp;
  let w: World;
  beforeAll(async () => {
    const config = { production: true, secureCookies: true, trustedProxies: ['10.0.0.1'], personSearchPerHour: 3 };
    t = await startTestApp(engine, { config });
    w = await buildWorld(t);
    second = await startTestApp(engine, { config, sameDatabaseAs: t });
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  const auditOf = (ip: string) => t.db.selectFrom('audit_log').select(['ip', 'outcome', 'detail']).where('ip', '=', ip).where('action', '=', 'login').execute();

  it('ignores X-Forwarded-For from a client that is not a trusted proxy: the limit and the audit keep its own address', async () => {
    const c = new ApiClient(t, '10.9.0.7');
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await login(c, `niemand${i}`, 'x', `203.0.113.${i}`)).status);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
    const rows = await auditOf('10.9.0.7');
    expect(rows).toHaveLength(22);
    // The limiter's refusals are audited too.
    expect(rows.filter((r) => (r.detail as { code?: string })?.code === 'too-many-requests')).toHaveLength(2);
    const spoofed = await t.db.selectFrom('audit_log').select('seq').where('ip', 'like', '203.0.113.%').execute();
    expect(spoofed).toHaveLength(0);
  });

  it('takes the client address from X-Forwarded-For when the request comes through the trusted proxy', async () => {
    const proxy = new ApiClient(t, '10.0.0.1');
    expect((await login(proxy, 'niemand', 'x', '198.51.100.9')).status).toBe(401);
    expect(await auditOf('198.51.100.9')).toHaveLength(1);
    expect(await auditOf('10.0.0.1')).toHaveLength(0);
  });

  it('holds the login limit per address across two app instances on one database', async () => {
    const one = new ApiClient(t, '10.9.0.8');
    const two = new ApiClient(second, '10.9.0.8');
    for (let i = 0; i < 10; i++) {
      expect((await login(one, `een${i}`, 'x')).status).toBe(401);
      expect((await login(two, `twee${i}`, 'x')).status).toBe(401);
    }
    const over = await login(two, 'drie', 'x');
    expect(over.status).toBe(429);
    expect(over.body.code).toBe('too-many-requests');
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login(one, 'vier', 'x')).status).toBe(429);
  });

  it('locks an account across instances, and a session from one instance works on the other', async () => {
    for (let i = 0; i < 5; i++) {
      const c = new ApiClient(i % 2 ? second : t, `10.9.1.${i}`);
      expect((await login(c, 'collega', 'fout-wachtwoord-123')).status).toBe(401);
    }
    expect((await new ApiClient(second, '10.9.1.9').login('collega')).status).toBe(423);
    const c = await w.as('leerkracht');
    const elsewhere = new ApiClient(second);
    elsewhere.cookie = c.cookie;
    expect((await elsewhere.get('/api/v1/sessions/current')).body.user.username).toBe('leerkracht');
  });

  it('uses a __Host- session cookie with Secure, and sends HSTS', async () => {
    const c = new ApiClient(t, '10.9.2.1');
    const res = await c.login('jgz');
    expect(res.status).toBe(201);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-kv_session=[\w-]+;/);
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Domain');
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect((await c.get('/api/v1/sessions/current')).status).toBe(200);
    // A cookie without the prefix is not the session cookie.
    const plain = new ApiClient(t);
    plain.cookie = c.cookie!.replace('__Host-', '');
    expect((await plain.get('/api/v1/sessions/current')).status).toBe(401);
    const out = await c.delete('/api/v1/sessions/current');
    expect(String(out.headers['set-cookie'])).toMatch(/^__Host-kv_session=;.*Secure/);
  });

  it('audits a refused lookup under the person its BSN names, so the child\u2019s audit trail shows it', async () => {
    const bsn = w.bsn();
    await importPersons(w, [{ bsn, givenNames: 'Fenna', familyName: 'Gezocht', dateOfBirth: '2016-02-02' }]);
    const person = await t.db.selectFrom('persons').select('id').where('bsn', '=', bsn).executeTakeFirstOrThrow();
    const jgz = await w.as('jgz');
    for (let i = 0; i < 3; i++) expect((await jgz.post('/api/v1/personen/_zoek', { bsn, geboortedatum: '2016-02-02' })).status).toBe(200);
    expect((await jgz.post('/api/v1/personen/_zoek', { bsn, geboortedatum: '2016-02-02' })).status).toBe(429);
    const refusal = await t.db.selectFrom('audit_log').select(['person_id', 'detail'])
      .where('username', '=', 'jgz').where('outcome', '=', 'refused').executeTakeFirstOrThrow();
    expect(refusal.person_id).toBe(person.id);
    expect((refusal.detail as { code: string }).code).toBe('search-limit-reached');
  });

  it('limits person lookups by BSN per user across instances (person search and kindcheck), auditing each refusal', async () => {
    const here = await w.as('huisarts');
    const there = new ApiClient(second);
    there.cookie = here.cookie;
    there.csrf = here.csrf;
    const search = (c: ApiClient) => c.post('/api/v1/personen/_zoek', { bsn: w.bsn(), geboortedatum: '2015-01-01' });
    expect((await search(here)).status).toBe(200);
    expect((await search(there)).status).toBe(200);
    expect((await search(here)).status).toBe(200);
    const refused = await search(there);
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.code).toBe('search-limit-reached');
    expect(refused.headers['retry-after']).toBe('3600');
    const kindcheck = await here.post('/api/v1/kindchecks/_kinderen', { clientBsn: w.bsn(), clientDateOfBirth: '1980-01-01' });
    expect(kindcheck.status).toBe(429);
    const audit = await t.db.selectFrom('audit_log').select(['action', 'record_type', 'outcome', 'detail'])
      .where('username', '=', 'huisarts').where('outcome', '=', 'refused').execute();
    expect(audit.map((a) => [a.action, a.record_type, (a.detail as { code: string }).code])).toEqual([
      ['search', 'persoon', 'search-limit-reached'],
      ['POST /api/v1/kindchecks/_kinderen', 'kindcheck', 'search-limit-reached'],
    ]);
    // Another user has a limit of their own.
    expect((await search(await w.as('ggz'))).status).toBe(200);
    // After the hour the user may search again.
    t.clock.advanceMinutes(61);
    expect((await search(await w.as('huisarts'))).status).toBe(200);
    t.clock.set('2026-06-15');
  });
});

describe('TRUSTED_PROXIES', () => {
  it('takes addresses and CIDR ranges, and refuses anything else with a clear message', () => {
    expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.1, 192.168.0.0/16,::1' }).trustedProxies).toEqual(['10.0.0.1', '192.168.0.0/16', '::1']);
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(() => loadConfig({ TRUSTED_PROXIES: 'proxy.example' })).toThrow(/TRUSTED_PROXIES bevat "proxy.example"/);
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(/TRUSTED_PROXIES/);
  });
});
