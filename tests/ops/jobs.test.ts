// The background jobs stop cleanly: stop() resolves only after a pass that is running has
// finished, and no pass starts after it — so the server closes the database under no job.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.ts';
import { startJobs } from '../../src/jobs.ts';

describe('background jobs', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp('pglite'); });
  afterAll(async () => t?.close());

  it('stop() waits for the running pass and starts no new one', async () => {
    const events: string[] = [];
    let release!: () => void;
    const notifier = {
      ...t.ctx.notifier,
      async deliverDue() {
        events.push('delivery started');
        await new Promise<void>((r) => { release = r; });
        events.push('delivery finished');
        return { sent: 0, failed: 0 };
      },
    };
    const errors: unknown[] = [];
    const jobs = startJobs({ ...t.ctx, notifier }, { info: () => undefined, error: (e: unknown) => { errors.push(e); } });
    while (!events.includes('delivery started')) await new Promise((r) => setTimeout(r, 10));
    let stopped = false;
    const stopping = jobs.stop().then(() => { stopped = true; });
    await new Promise((r) => setTimeout(r, 100));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(events).toEqual(['delivery started', 'delivery finished']);
    await new Promise((r) => setTimeout(r, 200));
    expect(events).toHaveLength(2);
    expect(errors).toEqual([]);
  });
});
