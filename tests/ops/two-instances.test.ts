// Two app processes on one PostgreSQL database, as behind a load balancer: a session made on
// one works on the other (sessions live in the database), writes on one are read on the other,
// and a logout on one ends the session on the other within the 1-second session cache.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from '../support/server-process.ts';
import { HttpSession } from '../support/write-load.ts';
import { dropSchema } from '../../src/platform/db/database.ts';
import pg from 'pg';

const url = process.env.TEST_DATABASE_URL;

describe.runIf(url)('two app instances on one PostgreSQL', () => {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kv-two-'));
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema "${schema}"`);
    await admin.end();
    const dbUrl = `${url}${url!.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    // The first migrates and loads the demo; the second finds both done.
    a = await startServer({ DATABASE_URL: dbUrl, DATA_DIR: path.join(dataDir, 'a'), DEMO: 'true', LOG_LEVEL: 'warn' });
    b = await startServer({ DATABASE_URL: dbUrl, DATA_DIR: path.join(dataDir, 'b'), DEMO: 'true', LOG_LEVEL: 'warn' });
  }, 180_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await dropSchema(url!, schema);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('shares sessions, writes and logouts between the processes', async () => {
    const onA = new HttpSession(a.url);
    await onA.login('leerkracht');
    const onB = new HttpSession(b.url);
    onB.cookie = onA.cookie;
    onB.csrf = onA.csrf;

    const mine = await onB.request('GET', '/api/v1/signalen');
    expect(mine.status).toBe(200);
    // Tim de Boer (demo): a signal registered through B with A's session and CSRF token.
    const created = await onB.request('POST', '/api/v1/signalen', { bsn: '111100100', informedOn: new Date().toISOString().slice(0, 10), relationship: { reason: 'client_in_zorg' } });
    expect(created.status).toBe(201);
    const seenOnA = await onA.request('GET', `/api/v1/signalen/${created.body.signal.id}`);
    expect(seenOnA.status).toBe(200);

    const out = await onB.request('DELETE', '/api/v1/sessions/current');
    expect(out.status).toBeLessThan(300);
    await new Promise((r) => setTimeout(r, 1100)); // A's session cache holds an entry at most 1 s
    const after = await onA.request('GET', '/api/v1/signalen');
    expect(after.status).toBe(401);
    onA.close();
    onB.close();
  });
});
