// The web UI as the server sends it: precompressed JS and CSS, hashed assets cached for a year,
// index.html revalidated, a favicon, and a session probe that never answers 401.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { buildWorld, type World } from '../../../tests/support/fixtures.ts';
import { requireBuiltUi } from '../../../tests/support/browser.ts';

const DIST = path.resolve(import.meta.dirname, '../../../web/dist');

describe('web assets', () => {
  let t: TestApp;
  let w: World;
  let js: string;
  let css: string;
  beforeAll(async () => {
    requireBuiltUi();
    const assets = fs.readdirSync(path.join(DIST, 'assets'));
    js = assets.find((f) => f.endsWith('.js'))!;
    css = assets.find((f) => f.endsWith('.css'))!;
    if (!assets.includes(`${js}.br`)) throw new Error('web/dist heeft geen .br-bestanden: bouw opnieuw met `npx vite build`.');
    t = await startTestApp('pglite');
    w = await buildWorld(t);
  });
  afterAll(async () => t?.close());

  it('sends JS and CSS compressed as the browser accepts, and the same bytes uncompressed otherwise', async () => {
    for (const file of [js, css]) {
      const original = fs.readFileSync(path.join(DIST, 'assets', file));
      const br = await t.app.inject({ url: `/assets/${file}`, headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
      expect(br.statusCode).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
      expect(br.headers['content-type']).toMatch(file.endsWith('.js') ? /javascript/ : /text\/css/);
      expect(br.rawPayload.length).toBeLessThan(original.length / 3);
      expect(zlib.brotliDecompressSync(br.rawPayload).equals(original)).toBe(true);

      const gz = await t.app.inject({ url: `/assets/${file}`, headers: { 'accept-encoding': 'gzip' } });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(gz.rawPayload).equals(original)).toBe(true);

      const plain = await t.app.inject({ url: `/assets/${file}` });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.rawPayload.equals(original)).toBe(true);
    }
  });

  it('caches hashed assets for a year and revalidates index.html on every visit', async () => {
    for (const file of [js, css]) {
      expect((await t.app.inject({ url: `/assets/${file}`, headers: { 'accept-encoding': 'br' } })).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    for (const url of ['/', '/index.html', '/dossiers', '/vt/zaken/123']) { // the app shell, also as the fallback of client routes
      const res = await t.app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
    expect((await t.app.inject({ url: '/api/v1/health' })).headers['cache-control']).toBe('no-store');
    expect((await t.app.inject({ url: '/assets/bestaat-niet-123.js' })).statusCode).toBe(404);
  });

  it('ships a favicon that the page links to', async () => {
    const index = (await t.app.inject({ url: '/' })).body;
    const href = index.match(/<link rel="icon" href="([^"]+)"/)?.[1];
    expect(href).toBe('/favicon.svg');
    const icon = await t.app.inject({ url: href! });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toContain('image/svg+xml');
  });

  it('answers the session probe with 200 whether or not there is a session', async () => {
    const anonymous = await t.app.inject({ url: '/api/v1/sessions/probe' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ session: null, expired: false });

    const c = await w.as('leerkracht');
    const signedIn = await c.get('/api/v1/sessions/probe');
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.session.user.username).toBe('leerkracht');
    expect(signedIn.body.session.csrfToken).toBe(c.csrf);

    t.clock.advanceMinutes(32); // past the idle limit and its one-minute touch margin
    const expired = await c.get('/api/v1/sessions/probe');
    expect(expired.status).toBe(200);
    expect(expired.body).toEqual({ session: null, expired: true });
    expect(String(expired.headers['set-cookie'])).toMatch(/kv_session=;/); // the stale cookie is cleared
    expect((await c.get('/api/v1/sessions/current')).status).toBe(401); // API clients still get a 401
  });
});
