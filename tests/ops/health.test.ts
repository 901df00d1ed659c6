// Health endpoints and the answer to a lost database connection, on every engine.
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from '../support/harness.ts';
import { buildWorld, type World } from '../support/fixtures.ts';
import { isDatabaseUnavailable } from '../../src/platform/db/availability.ts';

describe.each(ENGINES)('health on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(engine); });
  afterAll(async () => t?.close());

  it('live and ready answer 200 without a session, with state only', async () => {
    const live = await t.app.inject({ url: '/health/live' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    // Exactly these keys: no versions, hosts, counts or personal data.
    expect(ready.json()).toEqual({ status: 'ok', checks: { database: 'ok', migrations: 'ok', outbox: 'ok' } });
    expect(ready.headers['cache-control']).toBe('no-store');
    expect(ready.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('ready is 503 while a migration is pending', async () => {
    const last = await sql<{ name: string; timestamp: string }>`select name, timestamp from kysely_migration order by name desc limit 1`.execute(t.db);
    await sql`delete from kysely_migration where name = ${last.rows[0].name}`.execute(t.db);
    try {
      const res = await t.app.inject({ url: '/health/ready' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ status: 'unavailable', checks: { database: 'ok', migrations: 'pending', outbox: 'ok' } });
    } finally {
      await sql`insert into kysely_migration (name, timestamp) values (${last.rows[0].name}, ${last.rows[0].timestamp})`.execute(t.db);
    }
    expect((await t.app.inject({ url: '/health/ready' })).statusCode).toBe(200);
  });

  it('ready is 503 when a due e-mail has waited for delivery too long; a recent one is fine', async () => {
    const now = t.clock.now().getTime();
    const recent = await t.db.insertInto('outbox').values({ to_address: 'a@b.nl', subject: 's', body: 'b', next_attempt_at: new Date(now - 60_000) }).returning('id').executeTakeFirstOrThrow();
    expect((await t.app.inject({ url: '/health/ready' })).statusCode).toBe(200);
    const stuck = await t.db.insertInto('outbox').values({ to_address: 'a@b.nl', subject: 's', body: 'b', next_attempt_at: new Date(now - 3_600_000) }).returning('id').executeTakeFirstOrThrow();
    const res = await t.app.inject({ url: '/health/ready' });
    expect(res.statusCode).toBe(503);
    expect(res.json().checks).toEqual({ database: 'ok', migrations: 'ok', outbox: 'stuck' });
    await t.db.deleteFrom('outbox').where('id', 'in', [recent.id, stuck.id]).execute();
  });

  it('an instance that does not run the background jobs does not depend on the outbox', async () => {
    const other = await startTestApp(engine, { config: { backgroundJobs: false } });
    try {
      const stuck = new Date(other.clock.now().getTime() - 3_600_000);
      await other.db.insertInto('outbox').values({ to_address: 'a@b.nl', subject: 's', body: 'b', next_attempt_at: stuck }).execute();
      const res = await other.app.inject({ url: '/health/ready' });
      expect(res.statusCode).toBe(200);
      expect(res.json().checks.outbox).toBe('skipped');
    } finally {
      await other.close();
    }
  });
});

describe('a lost database connection', () => {
  it('is recognised by SQLSTATE, socket error or node-postgres message, and nothing else', () => {
    for (const code of ['57P01', '57P02', '57P03', '08006', '08001', '25006', 'ECONNREFUSED', 'ECONNRESET']) expect(isDatabaseUnavailable({ code })).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    for (const code of ['23505', '22P02', '42P01', '40001', undefined]) expect(isDatabaseUnavailable({ code })).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
  });
});

describe.runIf(ENGINES.includes('postgres'))('connections killed under the app on postgres', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp('postgres');
    w = await buildWorld(t);
  });
  afterAll(async () => t?.close());

  it('answers 503 problem+json with Retry-After, then works again without a restart', async () => {
    const c = await w.as('leerkracht');
    expect((await c.get('/api/v1/signalen')).status).toBe(200);
    const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(t.db)).rows[0].s;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    try {
      // Hold a request inside the database (its query waits on a table lock), then end its
      // backend as a failover or restart would (57P01).
      await admin.query('begin');
      await admin.query(`lock table "${schema}".signals in access exclusive mode`);
      const pending = c.get('/api/v1/signalen');
      let pid: number | undefined;
      for (let i = 0; i < 100 && !pid; i++) {
        await new Promise((r) => setTimeout(r, 50));
        const { rows } = await admin.query<{ pid: number }>(`select l.pid from pg_locks l where not l.granted and l.relation = '"${schema}".signals'::regclass`);
        pid = rows[0]?.pid;
      }
      expect(pid).toBeDefined();
      await admin.query('select pg_terminate_backend($1)', [pid]);
      const problem = await pending;
      expect(problem.status).toBe(503);
      expect(problem.headers['content-type']).toContain('application/problem+json');
      expect(problem.headers['retry-after']).toBe('2');
      expect(problem.body).toMatchObject({ status: 503, code: 'database-unavailable', title: 'Tijdelijk niet beschikbaar' });
    } finally {
      await admin.query('rollback');
      await admin.end();
    }
    // The pool dropped the dead connection: the same app answers again.
    for (let i = 0; i < 6; i++) expect((await c.get('/api/v1/signalen')).status).toBe(200);
  });
});
