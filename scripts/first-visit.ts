// Measures a first visit of the web UI on a throttled connection (1.6 Mbit/s down, 750 kbit/s up,
// 150 ms round trip, Chromium's CDP network emulation): bytes transferred, first paint, first
// contentful paint and the load event; then a repeat visit, which cached assets should make cheap.
//
//   npx vite build && npm run measure:first-visit            (starts its own server on 127.0.0.1)
//   npm run measure:first-visit -- http://127.0.0.1:3000     (a server that already runs)
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createKindveilig } from '../src/app.ts';
import { loadConfig } from '../src/platform/config.ts';
import { openDatabase } from '../src/platform/db/database.ts';

const PROFILE = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) };

async function startServer() {
  if (!fs.existsSync(path.resolve(import.meta.dirname, '../web/dist/index.html'))) {
    throw new Error('web/dist ontbreekt: voer eerst `npx vite build` uit.');
  }
  const db = await openDatabase({});
  const { app } = await createKindveilig({ ...loadConfig({ NODE_ENV: 'test' }), demo: false }, db);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: async () => { await app.close(); await db.destroy(); } };
}

const server = process.argv[2] ? { url: process.argv[2], close: async () => undefined } : await startServer();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', PROFILE);
  const resources = new Map<string, { url: string; status: number; encoding: string; cache: string; bytes: number; fromCache: boolean }>();
  cdp.on('Network.responseReceived', (e) => {
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    resources.set(e.requestId, {
      url: new URL(e.response.url).pathname, status: e.response.status, encoding: headers['content-encoding'] ?? '-',
      cache: headers['cache-control'] ?? '-', bytes: 0, fromCache: !!e.response.fromDiskCache || !!e.response.fromServiceWorker,
    });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = resources.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });

  const visit = async (label: string, go: () => Promise<unknown>) => {
    resources.clear();
    const started = Date.now();
    await go();
    await page.waitForLoadState('networkidle');
    const timing = await page.evaluate(() => {
      const paint = Object.fromEntries(performance.getEntriesByType('paint').map((p) => [p.name, Math.round(p.startTime)]));
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { firstPaint: paint['first-paint'], firstContentfulPaint: paint['first-contentful-paint'], load: Math.round(nav.loadEventEnd), domContentLoaded: Math.round(nav.domContentLoadedEventEnd) };
    });
    const list = [...resources.values()];
    const bytes = list.reduce((sum, r) => sum + r.bytes, 0);
    console.log(`\n${label}: ${list.length} requests, ${(bytes / 1024).toFixed(1)} KiB transferred, first paint ${timing.firstPaint} ms, first contentful paint ${timing.firstContentfulPaint} ms, DOMContentLoaded ${timing.domContentLoaded} ms, load ${timing.load} ms (wall ${Date.now() - started} ms)`);
    for (const r of list) console.log(`  ${String(r.status).padEnd(4)} ${(r.bytes / 1024).toFixed(1).padStart(8)} KiB  ${r.encoding.padEnd(5)} ${r.fromCache ? 'cache ' : '      '}${r.cache.padEnd(36)} ${r.url}`);
    return { requests: list.length, bytes, ...timing };
  };

  const first = await visit('first visit', () => page.goto(server.url, { waitUntil: 'load' }));
  const repeat = await visit('repeat visit', () => page.reload({ waitUntil: 'load' }));
  console.log(`\n${JSON.stringify({ profile: '1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT', first, repeat })}`);
} finally {
  await browser.close();
  await server.close();
}
