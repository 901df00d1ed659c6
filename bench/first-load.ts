// What the browser loads for the login page and for a child's dossier page: every script and
// stylesheet of the app (same origin), with its raw and gzip size, and the totals. Runs the real
// server (in-memory PGlite, demo data) and Debian's Chromium; needs a built UI (`npx vite build`).
//   npm run bench:first-load            (table)
//   npm run bench:first-load -- --json  (machine-readable)
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { startTestServer } from '../tests/support/harness.ts';
import { launchBrowser, login, newPage, openDossier, requireBuiltUi } from '../tests/support/browser.ts';

interface Loaded { url: string; type: string; raw: number; gzip: number }

/** Records the app's scripts and stylesheets the page fetches while `action` runs. */
async function recordLoads(page: Page, origin: string, action: () => Promise<void>): Promise<Loaded[]> {
  const seen = new Map<string, Promise<Loaded | undefined>>();
  const onResponse = (res: import('playwright-core').Response) => {
    const url = res.url();
    const type = res.request().resourceType();
    if (!url.startsWith(origin) || !['script', 'stylesheet', 'document'].includes(type) || seen.has(url)) return;
    seen.set(url, res.body().then((body) => ({ url: url.slice(origin.length), type, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }), () => undefined));
  };
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return (await Promise.all(seen.values())).filter((l): l is Loaded => !!l && !l.url.startsWith('/api/'));
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

requireBuiltUi();
const server = await startTestServer({ demo: true });
const browser = await launchBrowser();
try {
  const report: Record<string, { resources: Loaded[]; total: { raw: number; gzip: number } }> = {};
  const { page, context } = await newPage(browser, server.url);
  const add = (name: string, resources: Loaded[]) => {
    const total = resources.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
    report[name] = { resources, total };
  };
  // A fresh load of the login page: everything it needs before anyone logs in.
  add('login', await recordLoads(page, server.url, async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  }));
  // What the dossier page loads on top of that, navigating inside the app as a user does.
  await login(page, 'leerkracht');
  add('dossier (extra after login)', await recordLoads(page, server.url, async () => {
    await openDossier(page, '111100045', 'Daan Bakker', { orExisting: true });
  }));
  // The dossier page opened directly in a fresh browser (empty cache, same session): all it needs.
  const dossierUrl = page.url();
  const fresh = await browser.newContext({ baseURL: server.url, locale: 'nl-NL', storageState: await context.storageState() });
  const freshPage = await fresh.newPage();
  add('dossier (fresh load)', await recordLoads(freshPage, server.url, async () => {
    await freshPage.goto(dossierUrl);
    await freshPage.getByRole('heading', { level: 1, name: 'Dossier van Daan Bakker' }).waitFor();
  }));
  await fresh.close();
  await context.close();

  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else {
    for (const [name, { resources, total }] of Object.entries(report)) {
      console.log(`\n${name}: ${kB(total.gzip)} gzip (${kB(total.raw)} raw), ${resources.length} files`);
      for (const r of resources) console.log(`  ${r.type.padEnd(10)} ${kB(r.gzip).padStart(10)} gzip ${kB(r.raw).padStart(10)} raw  ${r.url}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
