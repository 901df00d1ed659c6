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
  });

  it('sets security headers and no caching on the API', async () => {
    const res = await t.app.inject({ url: '/api/v1/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
