// API conventions: problem+json errors with stable codes, body limits, OpenAPI, headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { buildWorld, type World } from '../../../tests/support/fixtures.ts';

describe('HTTP conventions', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp('pglite');
    w = await buildWorld(t);
  });
  afterAll(async () => t?.close());

  it('serves an OpenAPI 3 document with the versioned resources', async () => {
    const res = await t.app.inject({ url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of ['/api/v1/signalen', '/api/v1/matches/{id}/regievoerder', '/api/v1/personen', '/api/v1/brp-imports', '/api/v1/sessions']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(doc.paths['/api/v1/signalen'].post.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
  });

  it('answers unknown API routes with problem+json 404', async () => {
    const res = await t.app.inject({ url: '/api/v1/bestaat-niet' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 404, code: 'not-found', title: 'Niet gevonden', instance: '/api/v1/bestaat-niet' });
  });

  it('rejects malformed JSON and oversized bodies', async () => {
    const c = await w.as('leerkracht');
    const bad = await c.request('POST', '/api/v1/signalen', '{"bsn": ');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('invalid-json');
    const huge = await c.request('POST', '/api/v1/signalen', JSON.stringify({ bsn: 'x'.repeat(2_000_000) }));
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('body-too-large');
    // nesting as deep as the body limit allows: refused, not a stack overflow
    const deep = await c.request('POST', '/api/v1/signalen', `{"bsn":${'['.repeat(400_000)}${']'.repeat(400_000)}}`);
    expect(deep.status).toBe(400);
    expect(deep.headers['content-type']).toContain('application/problem+json');
    const proto = await c.request('POST', '/api/v1/signalen', '{"__proto__":{"isAdmin":true},"bsn":"111100045"}');
    expect(proto.status).toBe(400);
    expect(proto.body.code).toBe('invalid-json');
  });

  it('sets security headers and no caching on the API', async () => {
    const res = await t.app.inject({ url: '/api/v1/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    const csp = String(res.headers['content-security-policy']).split(/;\s*/);
    for (const directive of ["default-src 'self'", "base-uri 'none'", "form-action 'self'", "object-src 'none'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
    const permissions = String(res.headers['permissions-policy']).split(/,\s*/);
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()']) expect(permissions).toContain(feature);
    expect(res.headers['cache-control']).toBe('no-store');
    // the same on an encoded API path, and on the web app's pages
    expect((await t.app.inject({ url: '/%61pi/v1/health' })).headers['cache-control']).toBe('no-store');
    expect((await t.app.inject({ url: '/dossiers' })).headers['permissions-policy']).toBeDefined();
  });

  it('checks the session by the matched route: no operation answers a percent-encoded or case-varied path without a session', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .flatMap(([pattern, ops]) => Object.keys(ops).map((method) => ({ method: method.toUpperCase(), pattern })));
    expect(operations.length).toBeGreaterThan(100);
    const encodeLetter = (segment: string) => segment.replace(/[a-z]/i, (c) => `%${c.charCodeAt(0).toString(16)}`);
    const variants = (url: string) => [
      url.split('/').map((segment) => (segment ? encodeLetter(segment) : segment)).join('/'), // /%61pi/%761/%6frganisaties
      url.replace('/api/', '/%61pi/'),
      url.replace('/api/', '/%41%50%49/'),
      url.replace('/api/', '/API/'),
      url.replace('/api/v1/', '/Api/V1/'),
      url.toUpperCase(),
      `/${url}`,
      `${url}/`,
      url.replace('/api/v1/', '/api/v1/./'),
    ];
    const checked: string[] = [];
    for (const { method, pattern } of operations) {
      const url = pattern.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      const plain = await t.app.inject({ method: method as 'GET', url, remoteAddress: '10.7.0.1' });
      for (const variant of variants(url)) {
        const res = await t.app.inject({ method: method as 'GET', url: variant, remoteAddress: '10.7.0.1' });
        const allowed = plain.statusCode === 401 ? [401, 404] : [plain.statusCode, 404]; // public routes (login, health) stay public
        if (!allowed.includes(res.statusCode) || (res.statusCode >= 400 && !String(res.headers['content-type']).includes('application/problem+json'))) {
          checked.push(`${method} ${variant} → ${res.statusCode} ${res.headers['content-type']}`);
        }
      }
    }
    expect(checked).toEqual([]);
    const current = await t.app.inject({ url: '/%61pi/v1/sessions/current' });
    expect(current.statusCode).toBe(401);
    expect(current.json().code).toBe('not-authenticated');
  });

  it('answers malformed percent-encoding, over-long path parameters and URLs with problem+json that does not echo the URL', async () => {
    const cases = [
      { url: '/api/v1/vt-zaken/%ZZ<script>', status: 400, code: 'invalid-url' },
      { url: '/api/v1/%ZZ', status: 400, code: 'invalid-url' },
      { url: `/api/v1/vt-zaken/${'a'.repeat(200)}<b>`, status: 414, code: 'uri-too-long' },
      { url: `/api/v1/health?q=${'a'.repeat(5000)}<b>`, status: 414, code: 'uri-too-long' },
    ];
    for (const { url, status, code } of cases) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url.slice(0, 40)).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.headers['content-security-policy']).toBeDefined();
      expect(res.json()).toMatchObject({ status, code, type: `https://kindveilig.nl/problemen/${code}` });
      expect(res.body).not.toContain('<');
      expect(res.body).not.toContain('aaaa');
    }
  });

  it('answers a request head too large for the HTTP parser with problem+json', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const address = t.app.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/health?q=${'a'.repeat(20_000)}`);
      expect(res.status).toBe(431);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      const body = await res.text();
      expect(JSON.parse(body)).toMatchObject({ status: 431, code: 'request-head-too-large', title: 'Kopregels te groot' });
      expect(body).not.toContain('aaaa');
    } finally {
      await t.app.server.close();
    }
  });
});
