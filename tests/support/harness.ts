// Test harness: the full application on a real database — in-memory PGlite always, and
// PostgreSQL (one fresh schema per app) when TEST_DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createKindveilig } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/platform/config.ts';
import { dropSchema, openDatabase, type Database } from '../../src/platform/db/database.ts';
import type { Clock } from '../../src/platform/dates.ts';
import type { App } from '../../src/platform/http/app.ts';
import type { AppContext } from '../../src/platform/http/context.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { generatedAuditKey } from '../../src/platform/audit/audit.ts';

export type Engine = 'pglite' | 'postgres';

/** The engines every database suite runs on. */
export const ENGINES: Engine[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  private current: Date;
  constructor(today: string) {
    this.current = new Date(`${today}T10:00:00Z`);
  }
  set(today: string) {
    this.current = new Date(`${today}T10:00:00Z`);
  }
  advanceMinutes(minutes: number) {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
  today() {
    return this.current.toISOString().slice(0, 10);
  }
  now() {
    return new Date(this.current);
  }
}

export interface TestApp {
  engine: Engine;
  schema: string;
  app: App;
  ctx: AppContext;
  db: Database;
  clock: TestClock;
  close(): Promise<void>;
}

export interface TestAppOptions {
  today?: string;
  config?: Partial<Config>;
  demo?: boolean;
  /** A second app instance on this one's database: its own pool on the same PostgreSQL schema
   * (the same embedded database on PGlite, which one process owns). Closing it keeps the data. */
  sameDatabaseAs?: TestApp;
}

export async function startTestApp(engine: Engine, options: TestAppOptions = {}): Promise<TestApp> {
  const shared = options.sameDatabaseAs;
  const schema = shared?.schema ?? `t_${randomBytes(6).toString('hex')}`;
  const url = process.env.TEST_DATABASE_URL;
  const db = shared && engine === 'pglite' ? shared.db : await openDatabase(engine === 'postgres' ? { url, schema, poolSize: 5 } : {});
  const clock = new TestClock(options.today ?? '2026-06-15');
  // Each app its own audit key and anchor file, outside the worktree.
  // A second app on the same database shares the first one's key and anchors: one chain.
  const anchorFile = shared?.ctx.config.auditAnchorFile ?? path.join(os.tmpdir(), `kv-audit-anchors-${schema}.log`);
  const auditKey = shared?.ctx.config.auditKey ?? generatedAuditKey();
  const config: Config = { ...loadConfig({ NODE_ENV: 'test' }), demo: false, auditKey, auditAnchorFile: anchorFile, ...options.config };
  const { app, ctx } = await createKindveilig(config, db, clock);
  if (options.demo) await seedDemo(ctx);
  return {
    engine, schema, app, ctx, db, clock,
    async close() {
      await app.close();
      if (shared && engine === 'pglite') return;
      await db.destroy();
      if (engine === 'postgres' && url && !shared) await dropSchema(url, schema);
      if (!shared) fs.rmSync(anchorFile, { force: true });
    },
  };
}

/** The app listening on a free localhost port, for browser tests. */
export async function startTestServer(options: TestAppOptions & { engine?: Engine } = {}): Promise<TestApp & { url: string }> {
  const t = await startTestApp(options.engine ?? 'pglite', { today: new Date().toISOString().slice(0, 10), ...options });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { ...t, url: `http://127.0.0.1:${port}` };
}
