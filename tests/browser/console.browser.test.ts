// A page load leaves a quiet console: no 401 from the session probe and no favicon 404, signed
// out, signed in, and after the session expired (which the login page still reports).
// Needs a built UI (`npx vite build`) and Chromium at /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer } from '../support/harness.ts';
import { launchBrowser, login, newPage, requireBuiltUi } from '../support/browser.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

describe('console on page load', () => {
  beforeAll(async () => {
    requireBuiltUi();
    server = await startTestServer({ demo: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('logs no failed request, signed out, signed in and after expiry', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') failed.push(`console: ${m.text()}`);
    });
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(failed).toEqual([]);

    await login(page, 'leerkracht');
    await page.reload();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(failed).toEqual([]);

    server.clock.advanceMinutes(32); // past the idle limit and its one-minute touch margin
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByText(/sessie is verlopen/i).waitFor();
    await page.waitForLoadState('networkidle');
    expect(failed).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
