// npm run bench:verwijsindex
//
// Generates a national-scale population in PostgreSQL (5 million youths, 10 million signals at
// BENCH_SCALE=1) and a smaller one in PGlite, then measures on each engine:
//   1. register-and-match latency through the real code path (one transaction as the HTTP
//      route runs it: registerSignal + audit), with a per-query breakdown;
//   2. a plain indexed point query (person by BSN) and the ratio of the two;
//   3. sustained registrations per second over HTTP (the real app on 127.0.0.1, C clients);
//   4. the retention pass (dry run, nightly pass, and a catch-up pass);
//   5. peak memory of this process and the database size.
// Prints a table with the targets and writes bench/results-<engine>.json. See bench/README.md.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase, dropSchema, type Database } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrations.ts';
import { createKindveilig } from '../src/app.ts';
import { loadConfig, type Config } from '../src/platform/config.ts';
import { addYears, systemClock } from '../src/platform/dates.ts';
import type { AuthUser } from '../src/platform/http/context.ts';
import type { Actor } from '../src/platform/audit/audit.ts';
import { hashPassword } from '../src/platform/auth/passwords.ts';
import { sessionCookieName } from '../src/platform/auth/sessions.ts';
import { createNotifier } from '../src/platform/notifications/notifier.ts';
import { Problem } from '../src/platform/http/problem.ts';
import type { Role } from '../src/platform/auth/roles.ts';
import { isValidBsn } from '../src/modules/persons/bsn.ts';
import { registerAsRoute } from './lib/register.ts';
import { runRetention, type RetentionReport } from '../src/modules/verwijsindex/retention.ts';
import { defaultParams, generatePopulation, kyselyRunner, pgRunner, type PopulationReport } from './lib/population.ts';
import { QueryTimer } from './lib/query-timer.ts';
import { addDays, benchBsn, CpuWindow, envNumber, fmt, log, mb, MemorySampler, now, prng, summarize, type Summary } from './lib/util.ts';
import { startJobs } from '../src/jobs.ts';
import { generatedAuditKey } from '../src/platform/audit/audit.ts';

type Engine = 'postgres' | 'pglite';

const ENV = {
  url: process.env.BENCH_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/test',
  schema: process.env.BENCH_SCHEMA || 'bench',
  engines: (process.env.BENCH_ENGINES || 'postgres,pglite').split(',').map((s) => s.trim()).filter(Boolean) as Engine[],
  scale: envNumber('BENCH_SCALE', 1),
  pgliteYouths: envNumber('BENCH_PGLITE_YOUTHS', 100_000),
  pgliteDir: process.env.BENCH_PGLITE_DIR || undefined,
  registrations: envNumber('BENCH_REGISTRATIONS', 2000),
  pointQueries: envNumber('BENCH_POINT_QUERIES', 2000),
  httpSeconds: envNumber('BENCH_HTTP_SECONDS', 20),
  httpWarmupSeconds: envNumber('BENCH_HTTP_WARMUP_SECONDS', 3),
  httpConcurrency: envNumber('BENCH_HTTP_CONCURRENCY', 32),
  httpUsers: Math.min(20, envNumber('BENCH_HTTP_USERS', 16)), // login is limited to 20 per minute per address
  httpPool: envNumber('BENCH_HTTP_POOL', 32),
  httpClient: process.env.BENCH_HTTP_CLIENT === 'fetch' ? 'fetch' : 'http',
  httpMaxRequests: envNumber('BENCH_HTTP_MAX_REQUESTS', 200_000),
  // 1 = run the server's background jobs (audit sealer every 5 s, outbox, retention) during the HTTP phase, as `npm start` does.
  httpJobs: process.env.BENCH_HTTP_JOBS === '1',
  retentionBacklogDays: envNumber('BENCH_RETENTION_BACKLOG_DAYS', 1),
  retentionCatchupDays: envNumber('BENCH_RETENTION_CATCHUP_DAYS', 30),
  retentionLimitSeconds: envNumber('BENCH_RETENTION_LIMIT_SECONDS', 300),
  // On a reused population the same seed would pick the same youths for the same HTTP users
  // again (rightful 409s); a reused run therefore varies it unless BENCH_SEED is given.
  seed: envNumber('BENCH_SEED', process.env.BENCH_REUSE === '1' ? 20260615 + (process.pid % 100000) : 20260615),
  quietLoad: envNumber('BENCH_QUIET_LOAD', 0.8),
  quietWaitSeconds: envNumber('BENCH_QUIET_WAIT_SECONDS', 900),
  keepSchema: process.env.BENCH_KEEP_SCHEMA === '1',
  reuse: process.env.BENCH_REUSE === '1',
  phases: new Set((process.env.BENCH_PHASES || 'register,point,http,retention').split(',').map((s) => s.trim())),
};

const HTTP_PASSWORD = 'Kindveilig-bench-2026';
const TARGETS = { p99Ms: 10, registrationsPerSecond: 1000, retentionSeconds: 60 };

const memory = new MemorySampler();

interface TargetRow {
  metric: string;
  value: number;
  unit: string;
  target: string;
  pass: boolean | null;
}

function gitInfo() {
  // When run from an exported snapshot (git archive), the caller names the commit.
  if (process.env.BENCH_SRC_COMMIT) return { head: process.env.BENCH_SRC_COMMIT, uncommittedSrcFiles: 0, snapshot: true };
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8' }).split('\n').filter(Boolean).length;
    return { head, uncommittedSrcFiles: dirty };
  } catch {
    return null;
  }
}

async function postgresAnswers(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const r = await client.query<{ version: string }>('select version()');
    return r.rows[0].version;
  } catch (error) {
    log(`PostgreSQL at ${url.replace(/\/\/[^@]*@/, '//…@')} does not answer (${(error as Error).message}); skipping the PostgreSQL part.`);
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function loadUsers(db: Database): Promise<AuthUser[]> {
  const rows = await db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .innerJoin('municipalities as m', 'm.code', 'o.municipality_code')
    .select(['u.id', 'u.username', 'u.display_name', 'u.email', 'u.phone', 'u.role', 'u.organisation_id', 'o.name', 'o.sector', 'o.municipality_code', 'm.region_id'])
    .where('u.username', 'like', 'bench.u%').orderBy('u.username').execute();
  return rows.map((u) => ({
    id: u.id, username: u.username, displayName: u.display_name, email: u.email, phone: u.phone, role: u.role as Role,
    organisationId: u.organisation_id, organisationName: u.name, sector: u.sector, municipalityCode: u.municipality_code,
    regionId: u.region_id, totpEnabled: false, verwijsindexEnabled: true,
  }));
}

/** A few dozen professionals with a known password, phone and e-mail, for the HTTP phase. */
async function createHttpUsers(db: Database, count: number): Promise<string[]> {
  const existing = await db.selectFrom('users').select('username').where('username', 'like', 'bench.http.%').execute();
  if (existing.length >= count) return existing.map((u) => u.username).sort().slice(0, count);
  const hash = await hashPassword(HTTP_PASSWORD);
  const orgs = await db.selectFrom('organisations').select('id').orderBy('name').limit(count).execute();
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const username = `bench.http.${String(i + 1).padStart(2, '0')}`;
    names.push(username);
    await db.insertInto('users').values({
      username, password_hash: hash, display_name: `HTTP-professional ${i + 1}`, email: `${username}@bench.kindveilig.nl`,
      phone: `06-${String(10000000 + i)}`, organisation_id: orgs[i % orgs.length].id, role: 'professional',
    }).onConflict((oc) => oc.column('username').doNothing()).execute();
  }
  return names;
}

/**
 * The machine may be shared: before measuring, wait (bounded) until the 1-minute load average
 * of the machine is below BENCH_QUIET_LOAD, and record what it was.
 */
async function waitForQuiet(): Promise<{ waitedSeconds: number; loadAvg1m: number }> {
  const t = now();
  let load = os.loadavg()[0];
  if (load >= ENV.quietLoad && ENV.quietWaitSeconds > 0) {
    log(`  load average ${load.toFixed(2)} ≥ ${ENV.quietLoad}: waiting up to ${ENV.quietWaitSeconds} s for a quieter machine…`);
    while (load >= ENV.quietLoad && now() - t < ENV.quietWaitSeconds * 1000) {
      await new Promise((r) => setTimeout(r, 5000));
      load = os.loadavg()[0];
    }
    log(`  load average now ${load.toFixed(2)} after ${Math.round((now() - t) / 1000)} s`);
  }
  return { waitedSeconds: Math.round((now() - t) / 1000), loadAvg1m: Math.round(load * 100) / 100 };
}

const cpuText = (c?: ReturnType<CpuWindow['end']>) =>
  c ? `CPU: this process ${c.thisProcessCores} cores, PostgreSQL ${c.postgresCores ?? 'n/a'} cores, machine busy ${c.machineBusyCores} of ${c.cores} (load ${c.loadAvg1mBefore} before)` : '';

/**
 * Generated youths a registration would rightly refuse (deceased, or turned 23 since the last
 * retention pass): left out of the random picks, so that errors mean errors.
 */
async function ineligibleBsns(db: Database, today: string): Promise<Set<string>> {
  const born = addYears(today, -23);
  const rows = await db.selectFrom('persons').select('bsn').where('source', '=', 'bench')
    .where((eb) => eb.or([
      eb.and([eb('date_of_death', 'is not', null), eb('date_of_birth', '>', addYears(today, -24))]),
      eb.and([eb('date_of_birth', '<=', born), eb('date_of_birth', '>', addDays(born, -ENV.retentionBacklogDays - 1))]),
    ])).execute();
  return new Set(rows.map((r) => r.bsn));
}

/** A random youth's BSN, skipping the ineligible ones. */
function youthPicker(rand: () => number, youths: number, skip: Set<string>) {
  return () => {
    for (;;) {
      const bsn = benchBsn(1 + Math.floor(rand() * youths));
      if (!skip.has(bsn)) return bsn;
    }
  };
}

const actorFor = (u: AuthUser): Actor => ({ userId: u.id, username: u.username, organisationId: u.organisationId, role: u.role, ip: '127.0.0.1', userAgent: 'bench' });

async function measureRegistrations(db: Database, users: AuthUser[], youths: number, skip: Set<string>, count: number, today: string, seed: number) {
  const timer = new QueryTimer();
  const tdb = db.withPlugin(timer);
  const notifier = createNotifier(undefined, 'http://127.0.0.1');
  const rand = prng(seed);
  const pickYouth = youthPicker(rand, youths, skip);
  const warmup = Math.min(200, Math.ceil(count / 10));
  const latencies: number[] = [];
  const queryTimes: number[] = [];
  const byMatches = new Map<string, { latencies: number[]; statements: number }>();
  const refused: Record<string, number> = {};
  const changes = { kindCreated: 0, kindJoined: 0, gezinCreated: 0, gezinJoined: 0, registrationsWithMatch: 0 };
  let measured = 0;
  const t = now();
  let cpu: CpuWindow | undefined;
  for (let i = 0; i < warmup + count; i++) {
    if (i === warmup) cpu = new CpuWindow();
    const user = users[Math.floor(rand() * users.length)];
    const bsn = pickYouth();
    timer.enabled = i >= warmup;
    const t0 = now();
    // Exactly what POST /api/v1/signalen runs: one autocommit statement (since migration 0017
    // there is no BEGIN/COMMIT around it; the statement is atomic by itself).
    try {
      const { changes: result } = await registerAsRoute(tdb, notifier, user, actorFor(user), { bsn, informedOn: today }, new Date(), today);
      const t1 = now();
      const q = timer.take();
      if (i >= warmup) {
        measured++;
        latencies.push(t1 - t0);
        queryTimes.push(q.ms);
        const bucket = `${Math.min(result.length, 3)}${result.length >= 3 ? '+' : ''}`;
        const b = byMatches.get(bucket) ?? { latencies: [], statements: 0 };
        b.latencies.push(t1 - t0);
        b.statements += q.statements;
        byMatches.set(bucket, b);
        if (result.length) changes.registrationsWithMatch++;
        for (const c of result) {
          const key = `${c.type}${c.created ? 'Created' : 'Joined'}` as keyof typeof changes;
          changes[key]++;
        }
      }
    } catch (error) {
      timer.take();
      if (!(error instanceof Problem)) throw error;
      if (i >= warmup) refused[error.code] = (refused[error.code] ?? 0) + 1;
    }
  }
  const seconds = (now() - t) / 1000;
  const breakdown = timer.breakdown(measured);
  return {
    summary: summarize(latencies),
    statementsPerRegistration: Math.round(breakdown.reduce((a, q) => a + q.callsPerRegistration, 0) * 10) / 10,
    cpu: cpu?.end(),
    /** Time inside the statements (from compilation to result), per registration. */
    queryTimeSummary: summarize(queryTimes),
    attempted: count,
    succeeded: measured,
    refused,
    changes,
    sequentialPerSecond: Math.round((warmup + count) / seconds),
    queryBreakdown: breakdown,
    /** Latency by the number of matches the registration created or joined. */
    byMatchesTouched: [...byMatches.entries()].sort().map(([matches, b]) => ({
      matches, registrations: b.latencies.length, statementsPerRegistration: Math.round((b.statements / b.latencies.length) * 10) / 10,
      p50: summarize(b.latencies).p50, p99: summarize(b.latencies).p99,
    })),
  };
}

async function measurePointQueries(db: Database, youths: number, count: number, seed: number): Promise<Summary> {
  const rand = prng(seed);
  const warmup = Math.min(200, Math.ceil(count / 10));
  const latencies: number[] = [];
  for (let i = 0; i < warmup + count; i++) {
    const bsn = benchBsn(1 + Math.floor(rand() * youths));
    const t0 = now();
    const row = await db.selectFrom('persons').select(['id', 'bsn', 'given_names', 'family_name', 'date_of_birth'])
      .where('bsn', '=', bsn).executeTakeFirst();
    const ms = now() - t0;
    if (!row) throw new Error(`generated youth with BSN ${bsn} not found`);
    if (i >= warmup) latencies.push(ms);
  }
  return summarize(latencies);
}

interface HttpResult {
  client: string;
  concurrency: number;
  clients: number;
  poolSize: number | null;
  seconds: number;
  registrationsPerSecond: number;
  requestsPerSecond: number;
  created: number;
  completed: number;
  errors: number;
  status: Record<string, number>;
  errorSamples: string[];
  latency: Summary;
  cpu: ReturnType<CpuWindow['end']> | undefined;
  serverEventLoopUtilization: number | null;
  clientEventLoopUtilization: number | null;
  peakRssMB: number;
  jobs: boolean;
  /** The longest time in the window in which no request completed (a stall of the server). */
  longestGapMs: number;
  /** Per second of the window: completed requests, the slowest one, and this process's RSS at its end. */
  perSecond: { completed: number; maxMs: number; rssMB: number }[];
  rssMB: { beforeLoad: number; endOfWindow: number; afterIdle: number };
  /** Audit entries not yet chained at the end of the window. */
  unsealedAtEnd: number;
}

async function measureHttp(engine: Engine, db: Database, usernames: string[], youths: number, skip: Set<string>, today: string, seed: number): Promise<HttpResult> {
  const poolSize = engine === 'postgres' ? ENV.httpPool : null;
  const appDb = engine === 'postgres' ? await openDatabase({ url: ENV.url, schema: ENV.schema, poolSize: poolSize! }) : db;
  const config: Config = { ...loadConfig({ NODE_ENV: 'benchmark' }), demo: false, host: '127.0.0.1', port: 0, publicUrl: 'http://127.0.0.1', auditKey: generatedAuditKey(), auditAnchorFile: path.join(os.tmpdir(), `kv-bench-anchors-${process.pid}.log`) };
  const { app, ctx } = await createKindveilig(config, appDb);
  const jobs = ENV.httpJobs ? startJobs(ctx, app.log) : undefined;
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  memory.mark();
  try {
    const sessions: { cookie: string; csrf: string }[] = [];
    for (const username of usernames) {
      const res = await fetch(`${url}/api/v1/sessions`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: HTTP_PASSWORD }),
      });
      if (res.status !== 201) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { csrfToken: string };
      const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith(`${sessionCookieName(config)}=`));
      if (!cookie) throw new Error('no session cookie');
      sessions.push({ cookie, csrf: body.csrfToken });
    }
    log(`  ${sessions.length} professionals logged in; ${ENV.httpConcurrency} clients (${ENV.httpClient}) for ${ENV.httpWarmupSeconds} s warm-up + ${ENV.httpSeconds} s`);
    // Distinct youths, so that no professional meets their own active signal (a rightful 409).
    const pickYouth = youthPicker(prng(seed), youths, skip);
    const distinctYouths = new Set<string>();
    while (distinctYouths.size < Math.min(ENV.httpMaxRequests, Math.floor(youths / 2))) distinctYouths.add(pickYouth());
    const bsns = [...distinctYouths];
    const rssBeforeLoad = mb(process.memoryUsage().rss);
    const rssTimeline: number[] = [];
    let rssTimer: NodeJS.Timeout | undefined;
    const worker = new Worker(new URL('./lib/http-load-worker.mjs', import.meta.url), {
      workerData: {
        url, sessions, bsns, today, client: ENV.httpClient, concurrency: ENV.httpConcurrency, maxRequests: ENV.httpMaxRequests,
        warmupMs: ENV.httpWarmupSeconds * 1000, durationMs: ENV.httpSeconds * 1000,
      },
    });
    const limitMs = (ENV.httpWarmupSeconds + ENV.httpSeconds + 120) * 1000;
    let cpu: CpuWindow | undefined;
    let elu0: ReturnType<typeof performance.eventLoopUtilization> | undefined;
    const cpuTimer = setTimeout(() => {
      cpu = new CpuWindow(); elu0 = performance.eventLoopUtilization(); memory.mark();
      rssTimer = setInterval(() => rssTimeline.push(mb(process.memoryUsage().rss)), 1000);
    }, ENV.httpWarmupSeconds * 1000);
    const r = await new Promise<{
      latencies: number[]; longestGapMs: number; perSecond: { completed: number; maxMs: number }[]; status: Record<string, number>; errorSamples: string[]; networkErrors: number;
      completedInWindow: number; createdInWindow: number; windowMs: number; clientEventLoopUtilization: number | null;
    }>((resolve, reject) => {
      const timer = setTimeout(() => { void worker.terminate(); reject(new Error('HTTP load generator exceeded its time limit')); }, limitMs);
      worker.once('message', (m) => { clearTimeout(timer); resolve(m); });
      worker.once('error', (e) => { clearTimeout(timer); reject(e); });
    });
    clearTimeout(cpuTimer);
    clearInterval(rssTimer);
    const rssEndOfWindow = mb(process.memoryUsage().rss);
    const cpuUse = cpu?.end();
    const serverElu = elu0 ? performance.eventLoopUtilization(elu0).utilization : null;
    await worker.terminate();
    const unsealed = await appDb.selectFrom('audit_log').select(sql<number>`count(*)::int`.as('n')).where('hash', 'is', null).executeTakeFirstOrThrow();
    // Does the memory come back once the load stops (and the sealer has caught up)?
    await new Promise((r) => setTimeout(r, 10_000));
    const rssAfterIdle = mb(process.memoryUsage().rss);
    const seconds = r.windowMs / 1000;
    return {
      client: ENV.httpClient,
      concurrency: ENV.httpConcurrency,
      clients: sessions.length,
      poolSize,
      seconds,
      registrationsPerSecond: Math.round(r.createdInWindow / seconds),
      requestsPerSecond: Math.round(r.completedInWindow / seconds),
      created: r.createdInWindow,
      completed: r.completedInWindow,
      errors: r.completedInWindow - r.createdInWindow + r.networkErrors,
      status: r.status,
      errorSamples: r.errorSamples,
      latency: summarize(r.latencies),
      cpu: cpuUse,
      /** Busy fraction of the server's event loop (main thread) and of the load generator's thread. */
      serverEventLoopUtilization: serverElu === null ? null : Math.round(serverElu * 100) / 100,
      clientEventLoopUtilization: r.clientEventLoopUtilization === null ? null : Math.round(r.clientEventLoopUtilization * 100) / 100,
      peakRssMB: memory.peak().rssMB,
      jobs: ENV.httpJobs,
      longestGapMs: r.longestGapMs,
      perSecond: r.perSecond.map((x, i) => ({ ...x, rssMB: rssTimeline[i] ?? rssEndOfWindow })),
      rssMB: { beforeLoad: rssBeforeLoad, endOfWindow: rssEndOfWindow, afterIdle: rssAfterIdle },
      unsealedAtEnd: unsealed.n,
    };
  } finally {
    jobs?.stop();
    await app.close();
    if (appDb !== db) await appDb.destroy();
  }
}

interface RetentionRun extends Partial<Omit<RetentionReport, 'sample'>> {
  peildatum: string;
  seconds: number;
  /** Cancelled after BENCH_RETENTION_LIMIT_SECONDS; `seconds` is then a lower bound. */
  timedOut: boolean;
  skipped?: boolean;
  error?: string;
}

/**
 * Runs runRetention with a wall-clock limit: on PostgreSQL a watchdog cancels the pass's
 * statement (pg_cancel_backend on its application_name) when the limit is reached; the
 * transaction then rolls back and the pass is reported as timed out.
 */
async function timedRetention(db: Database, peildatum: string, dryRun: boolean, watchdog?: { appName: string }): Promise<RetentionRun> {
  const t = now();
  let cancelling: Promise<void> | undefined;
  const timer = watchdog ? setTimeout(() => {
    cancelling = cancelBackends(watchdog.appName);
  }, ENV.retentionLimitSeconds * 1000) : undefined;
  try {
    const report = await runRetention(db, peildatum, { dryRun });
    const seconds = Math.round((now() - t) / 10) / 100;
    const { sample: _sample, ...counts } = report;
    log(`  retention ${dryRun ? 'dry run' : 'pass'} (peildatum ${peildatum}): ${seconds} s — expired ${counts.expired}, destroyed (archive) ${counts.destroyedArchived}, destroyed (23/deceased) ${counts.destroyedYouth}, matches removed ${counts.matchesRemoved}`);
    return { ...counts, seconds, timedOut: false };
  } catch (error) {
    const seconds = Math.round((now() - t) / 10) / 100;
    if (!cancelling) {
      log(`  retention ${dryRun ? 'dry run' : 'pass'} (peildatum ${peildatum}) failed after ${seconds} s: ${(error as Error).message}`);
      return { peildatum, dryRun, seconds, timedOut: false, error: String((error as Error).message ?? error) };
    }
    log(`  retention ${dryRun ? 'dry run' : 'pass'} (peildatum ${peildatum}): cancelled after ${seconds} s (limit ${ENV.retentionLimitSeconds} s); rolled back`);
    return { peildatum, dryRun, seconds, timedOut: true };
  } finally {
    if (timer) clearTimeout(timer);
    // The cancel must have landed before the next pass starts on the same application_name.
    if (cancelling) await cancelling;
  }
}

async function cancelBackends(appName: string) {
  const client = new pg.Client({ connectionString: ENV.url });
  try {
    await client.connect();
    await client.query(`select pg_cancel_backend(pid) from pg_stat_activity where application_name = $1 and pid <> pg_backend_pid()`, [appName]);
  } catch (error) {
    log(`  (could not cancel the retention pass: ${(error as Error).message})`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function databaseInfo(db: Database, engine: Engine) {
  const version = (await sql<{ v: string }>`select version() as v`.execute(db)).rows[0].v;
  const settings: Record<string, string> = {};
  for (const name of ['shared_buffers', 'work_mem', 'synchronous_commit', 'max_connections', 'effective_cache_size', 'random_page_cost']) {
    settings[name] = (await sql<{ v: string }>`select current_setting(${name}) as v`.execute(db)).rows[0].v;
  }
  const tables = (await sql<{ name: string; bytes: number; rows: number }>`
    select c.relname as name, pg_total_relation_size(c.oid)::bigint as bytes, c.reltuples::bigint as rows
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind = 'r' order by 2 desc`.execute(db)).rows;
  const databaseBytes = Number((await sql<{ b: number }>`select pg_database_size(current_database())::bigint as b`.execute(db)).rows[0].b);
  const schemaBytes = tables.reduce((a, t) => a + Number(t.bytes), 0);
  return {
    version, settings, engine,
    databaseMB: Math.round(databaseBytes / 1048576),
    schemaMB: Math.round(schemaBytes / 1048576),
    tables: tables.filter((t) => Number(t.bytes) > 0).map((t) => ({ table: t.name, MB: Math.round((Number(t.bytes) / 1048576) * 10) / 10, rowsEstimate: Number(t.rows) })),
  };
}

async function runEngine(engine: Engine) {
  const today = systemClock.today();
  const lastRetention = addDays(today, -ENV.retentionBacklogDays);
  const youths = engine === 'postgres' ? Math.round(5_000_000 * ENV.scale) : Math.round(ENV.pgliteYouths);
  const signals = engine === 'postgres' ? Math.round(10_000_000 * ENV.scale) : 2 * youths;
  const params = defaultParams(youths, signals, today, lastRetention);
  log(`=== ${engine}: ${fmt(youths)} youths, ${fmt(signals)} signals, today ${today}, last retention pass ${lastRetention}`);
  memory.mark();
  const phaseMemory: Record<string, number> = {};

  let db: Database;
  let population: PopulationReport | { reused: true; seconds: 0 };
  if (engine === 'postgres') {
    const version = await postgresAnswers(ENV.url);
    if (!version) return null;
    log(`  ${version}`);
    const reuse = ENV.reuse && (await schemaHasData(ENV.url, ENV.schema));
    if (!reuse) await dropSchema(ENV.url, ENV.schema);
    db = await openDatabase({ url: ENV.url, schema: ENV.schema, poolSize: 4 });
    await migrateToLatest(db);
    if (reuse) {
      log(`  reusing the population in schema "${ENV.schema}" (BENCH_REUSE=1)`);
      population = { reused: true, seconds: 0 };
    } else {
      const client = new pg.Client({ connectionString: ENV.url, options: `-c search_path="${ENV.schema}"` });
      await client.connect();
      try {
        log('  generating the population (set-based SQL)…');
        population = await generatePopulation(pgRunner(client), params, { postgres: true });
        await client.query('checkpoint').catch(() => log('  (checkpoint not allowed; continuing)'));
      } finally {
        await client.end();
      }
    }
  } else {
    // A PGlite folder kept from an earlier run is measured as it is: this process's memory then
    // starts from an opened database, as a server's does, not from a generation.
    const reuse = ENV.reuse && !!ENV.pgliteDir && fs.existsSync(path.join(ENV.pgliteDir, 'PG_VERSION'));
    db = await openDatabase({ dataDir: ENV.pgliteDir });
    await migrateToLatest(db);
    if (reuse) {
      log(`  reusing the PGlite population in ${ENV.pgliteDir} (BENCH_REUSE=1)`);
      population = { reused: true, seconds: 0 };
    } else {
      log(`  PGlite ${ENV.pgliteDir ? `in ${ENV.pgliteDir}` : 'in memory'}; generating the population (set-based SQL)…`);
      population = await generatePopulation(kyselyRunner(db), params, { postgres: false });
    }
  }
  phaseMemory.generation = memory.peak().rssMB;
  if ('steps' in population) {
    log(`  population ready in ${population.seconds} s: ${fmt(population.persons)} persons (${fmt(population.youths)} youths, ${fmt(population.parents)} parents), ` +
      `${fmt(population.parentChild)} parent–child, ${fmt(population.signals)} signals (${fmt(population.activeSignals)} active), ` +
      `${fmt(population.childMatches)} child + ${fmt(population.familyMatches)} family matches, ${fmt(population.matchMembers)} members`);
  }

  // The TypeScript numbering must address the generated youths.
  const sample = Array.from({ length: 200 }, (_, i) => benchBsn(1 + Math.floor(((i + 0.5) / 200) * youths)));
  if (!sample.every(isValidBsn)) throw new Error('benchBsn produced an invalid BSN');
  const found = await db.selectFrom('persons').select(sql<number>`count(*)::int`.as('n')).where('bsn', 'in', sample).executeTakeFirstOrThrow();
  if (found.n !== sample.length) throw new Error(`only ${found.n} of ${sample.length} sampled youths found by BSN`);

  const users = await loadUsers(db);
  const skip = await ineligibleBsns(db, today);
  const httpUsers = await createHttpUsers(db, ENV.httpUsers);
  const result: Record<string, unknown> = {
    engine,
    startedAt: new Date().toISOString(),
    git: gitInfo(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, totalMemoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    params: { ...params, scale: engine === 'postgres' ? ENV.scale : null, registrations: ENV.registrations, pointQueries: ENV.pointQueries,
      http: { seconds: ENV.httpSeconds, warmupSeconds: ENV.httpWarmupSeconds, concurrency: ENV.httpConcurrency, users: httpUsers.length, pool: engine === 'postgres' ? ENV.httpPool : null },
      retentionBacklogDays: ENV.retentionBacklogDays, retentionCatchupDays: ENV.retentionCatchupDays, seed: ENV.seed },
    population,
  };
  const targets: TargetRow[] = [];

  result.quiet = await waitForQuiet();
  let register: Awaited<ReturnType<typeof measureRegistrations>> | undefined;
  if (ENV.phases.has('register')) {
    log(`  register-and-match: ${ENV.registrations} registrations (sequential, one transaction each)…`);
    memory.mark();
    register = await measureRegistrations(db, users, youths, skip, ENV.registrations, today, ENV.seed);
    phaseMemory.register = memory.peak().rssMB;
    const s = register.summary;
    log(`  register-and-match p50 ${s.p50} ms, p95 ${s.p95} ms, p99 ${s.p99} ms, max ${s.max} ms (${register.succeeded} ok, refused ${JSON.stringify(register.refused)})`);
    log(`  of which (p50): statements ${register.queryTimeSummary.p50} ms; matches ${JSON.stringify(register.changes)}`);
    log(`    ${register.statementsPerRegistration} statements per registration; ${cpuText(register.cpu)}`);
    for (const b of register.byMatchesTouched) log(`    ${b.matches} matches touched: ${b.registrations} registrations, ${b.statementsPerRegistration} statements, p50 ${b.p50} ms, p99 ${b.p99} ms`);
    for (const q of register.queryBreakdown.slice(0, 8)) {
      log(`    ${q.msPerRegistration.toFixed(3).padStart(7)} ms/reg  ${String(q.callsPerRegistration).padStart(5)}×  ${q.msPerCall.toFixed(3)} ms  ${q.query}`);
    }
    result.registerAndMatch = register;
    targets.push({ metric: 'register-and-match p99', value: s.p99, unit: 'ms', target: `≤ ${TARGETS.p99Ms} ms`, pass: s.p99 <= TARGETS.p99Ms });
  }

  if (ENV.phases.has('point')) {
    log(`  point query (person by BSN): ${ENV.pointQueries} queries…`);
    const point = await measurePointQueries(db, youths, ENV.pointQueries, ENV.seed + 1);
    log(`  point query p50 ${point.p50} ms, p99 ${point.p99} ms`);
    result.pointQuery = point;
    if (register) {
      result.ratio = {
        p50OverPointP50: Math.round((register.summary.p50 / point.p50) * 10) / 10,
        p99OverPointP50: Math.round((register.summary.p99 / point.p50) * 10) / 10,
        p99OverPointP99: Math.round((register.summary.p99 / point.p99) * 10) / 10,
      };
      log(`  ratio register-and-match / point query: p50/p50 ${(result.ratio as Record<string, number>).p50OverPointP50}×, p99/p50 ${(result.ratio as Record<string, number>).p99OverPointP50}×`);
    }
  }

  if (ENV.phases.has('http')) {
    log('  HTTP: starting the app on 127.0.0.1…');
    const http = await measureHttp(engine, db, httpUsers, youths, skip, today, ENV.seed + 2);
    phaseMemory.http = http.peakRssMB;
    log(`  HTTP: ${http.registrationsPerSecond} registrations/s (${http.requestsPerSecond} req/s), errors ${http.errors}, p50 ${http.latency.p50} ms, p99 ${http.latency.p99} ms, max ${http.latency.max} ms, status ${JSON.stringify(http.status)}`);
    log(`    background jobs ${http.jobs ? 'on' : 'off'}; longest time without any completed request ${http.longestGapMs} ms; RSS ${http.rssMB.beforeLoad} MB before the load, ${http.rssMB.endOfWindow} MB at its end, ${http.rssMB.afterIdle} MB 10 s later; ${http.unsealedAtEnd} audit entries unsealed at the end`);
    log(`    per second (requests/slowest ms/RSS MB): ${http.perSecond.map((x) => `${x.completed}/${x.maxMs}/${Math.round(x.rssMB)}`).join(' ')}`);
    log(`    ${cpuText(http.cpu)}; event loop busy: server ${http.serverEventLoopUtilization}, load generator ${http.clientEventLoopUtilization}`);
    if (http.errorSamples.length) log(`    e.g. ${http.errorSamples.slice(0, 3).join(' | ')}`);
    result.http = http;
    targets.push({ metric: 'HTTP registrations/s', value: http.registrationsPerSecond, unit: '/s', target: `≥ ${fmt(TARGETS.registrationsPerSecond)}/s`, pass: http.registrationsPerSecond >= TARGETS.registrationsPerSecond });
  }

  if (ENV.phases.has('retention')) {
    memory.mark();
    log(`  retention (each pass limited to ${ENV.retentionLimitSeconds} s)…`);
    const cpu = new CpuWindow();
    // On PostgreSQL the passes run on their own pool, named so that the watchdog can cancel them.
    const appName = `kindveilig-bench-retention-${process.pid}`;
    const retentionDb = engine === 'postgres'
      ? await openDatabase({ url: `${ENV.url}${ENV.url.includes('?') ? '&' : '?'}application_name=${appName}`, schema: ENV.schema, poolSize: 2 })
      : db;
    const watchdog = engine === 'postgres' ? { appName } : undefined;
    try {
      const dry = await timedRetention(retentionDb, today, true, watchdog);
      const pass = await timedRetention(retentionDb, today, false, watchdog);
      const catchupDate = addDays(today, ENV.retentionCatchupDays);
      const catchup = ENV.retentionCatchupDays <= 0 ? null
        : pass.timedOut || pass.error ? { peildatum: catchupDate, seconds: 0, timedOut: false, skipped: true }
        : await timedRetention(retentionDb, catchupDate, false, watchdog);
      phaseMemory.retention = memory.peak().rssMB;
      result.retention = { limitSeconds: ENV.retentionLimitSeconds, dryRun: dry, pass, catchup, cpu: cpu.end() };
      const verdict = (r: RetentionRun) => !r.timedOut && !r.error && r.seconds <= TARGETS.retentionSeconds;
      const shown = (r: RetentionRun) => (r.timedOut ? Math.max(r.seconds, ENV.retentionLimitSeconds) : r.seconds);
      targets.push({ metric: `retention pass (${ENV.retentionBacklogDays} d backlog)`, value: shown(pass), unit: 's', target: `≤ ${TARGETS.retentionSeconds} s`, pass: verdict(pass) });
      if (catchup && !catchup.skipped) targets.push({ metric: `retention catch-up (+${ENV.retentionCatchupDays} d)`, value: shown(catchup), unit: 's', target: `≤ ${TARGETS.retentionSeconds} s`, pass: verdict(catchup) });
    } finally {
      if (retentionDb !== db) await retentionDb.destroy();
    }
  }

  const info = await databaseInfo(db, engine);
  result.database = info;
  result.memory = { peakRssMB: Math.max(...Object.values(phaseMemory), memory.peak().rssMB), phasesPeakRssMB: phaseMemory };
  result.targets = targets.map((t) => ({ ...t, appliesTo: 'postgres', pass: engine === 'postgres' ? t.pass : null, passIfApplied: t.pass }));

  await db.destroy();
  if (engine === 'postgres' && !ENV.keepSchema) {
    await dropSchema(ENV.url, ENV.schema);
    log(`  dropped schema "${ENV.schema}" (set BENCH_KEEP_SCHEMA=1 to keep it)`);
  }
  return { result, targets, info };
}

async function schemaHasData(url: string, schema: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query(`select to_regclass($1) as t`, [`"${schema}".signals`]);
    if (!r.rows[0].t) return false;
    const n = await client.query(`select exists (select 1 from "${schema}".signals) as e`);
    return n.rows[0].e;
  } finally {
    await client.end();
  }
}

function printReport(engine: Engine, out: NonNullable<Awaited<ReturnType<typeof runEngine>>>) {
  const r = out.result as Record<string, any>;
  const lines: [string, string, string, string][] = [];
  const add = (metric: string, value: string, target = '', verdict = '') => lines.push([metric, value, target, verdict]);
  const verdict = (t?: TargetRow) => (!t ? '' : engine === 'postgres' ? (t.pass ? 'PASS' : 'FAIL') : `(${t.pass ? 'pass' : 'fail'})`);
  const find = (prefix: string) => out.targets.find((t) => t.metric.startsWith(prefix));
  const p = r.population as PopulationReport & { reused?: boolean };
  if (!p.reused) {
    add('youths / parents / persons', `${fmt(p.youths)} / ${fmt(p.parents)} / ${fmt(p.persons)}`);
    add('parent–child relations', fmt(p.parentChild));
    add('signals (active)', `${fmt(p.signals)} (${fmt(p.activeSignals)})`);
    add('child / family matches (members)', `${fmt(p.childMatches)} / ${fmt(p.familyMatches)} (${fmt(p.matchMembers)})`);
    add('generation time', `${fmt(p.seconds, 1)} s`);
  }
  if (r.registerAndMatch) {
    const s = r.registerAndMatch.summary as Summary;
    add('register-and-match p50', `${s.p50.toFixed(2)} ms`);
    add('register-and-match p95', `${s.p95.toFixed(2)} ms`);
    add('register-and-match p99', `${s.p99.toFixed(2)} ms`, `≤ ${TARGETS.p99Ms} ms`, verdict(find('register-and-match p99')));
    add('register-and-match max', `${s.max.toFixed(2)} ms`);
  }
  if (r.pointQuery) {
    add('point query (BSN) p50 / p99', `${r.pointQuery.p50.toFixed(3)} / ${r.pointQuery.p99.toFixed(3)} ms`);
  }
  if (r.ratio) add('ratio register-and-match / point', `p50 ${r.ratio.p50OverPointP50}×, p99 ${r.ratio.p99OverPointP50}× (of point p50)`);
  if (r.http) {
    add(`HTTP registrations/s (C=${r.http.concurrency})`, fmt(r.http.registrationsPerSecond), `≥ ${fmt(TARGETS.registrationsPerSecond)}/s`, verdict(find('HTTP')));
    add('HTTP latency p50 / p99 / max', `${r.http.latency.p50.toFixed(1)} / ${r.http.latency.p99.toFixed(1)} / ${r.http.latency.max.toFixed(0)} ms`);
    add('HTTP RSS before / end / 10 s later', `${fmt(r.http.rssMB.beforeLoad)} / ${fmt(r.http.rssMB.endOfWindow)} / ${fmt(r.http.rssMB.afterIdle)} MB${r.http.jobs ? ' (jobs on)' : ''}`);
    add('HTTP errors', `${r.http.errors} of ${fmt(r.http.completed)}`);
  }
  if (r.retention) {
    const secs = (x: RetentionRun) => (x.error ? `failed: ${x.error.slice(0, 40)}` : x.timedOut ? `> ${fmt(x.seconds, 0)} s (cancelled)` : `${x.seconds.toFixed(2)} s`);
    const changed = (x: RetentionRun) => (x.timedOut || x.error ? 'n/a (rolled back)' : `exp ${fmt(x.expired!)}, del ${fmt(x.destroyedArchived!)}+${fmt(x.destroyedYouth!)}, m ${fmt(x.matchesRemoved!)}`);
    add('retention dry run', secs(r.retention.dryRun));
    add('retention pass (nightly)', secs(r.retention.pass), `≤ ${TARGETS.retentionSeconds} s`, verdict(find('retention pass')));
    add('  changed', changed(r.retention.pass));
    if (r.retention.catchup && !r.retention.catchup.skipped) {
      add(`retention catch-up (+${ENV.retentionCatchupDays} d)`, secs(r.retention.catchup), `≤ ${TARGETS.retentionSeconds} s`, verdict(find('retention catch-up')));
      add('  changed', changed(r.retention.catchup));
    } else if (r.retention.catchup?.skipped) {
      add(`retention catch-up (+${ENV.retentionCatchupDays} d)`, 'skipped (nightly pass did not finish)');
    }
  }
  add('peak RSS (this process)', `${fmt(r.memory.peakRssMB)} MB`);
  add('database / schema size', `${fmt(out.info.databaseMB)} / ${fmt(out.info.schemaMB)} MB`);
  const w = [0, 1, 2, 3].map((i) => Math.max(...lines.map((l) => l[i].length), ['metric', 'value', 'target', 'result'][i].length));
  const row = (l: string[]) => l.map((c, i) => c.padEnd(w[i])).join('  ');
  console.log('');
  console.log(`Verwijsindex benchmark — ${engine} (${out.info.version.split(' on ')[0]}), ${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)}`);
  if (engine !== 'postgres') console.log('(targets apply to PostgreSQL; shown in parentheses for reference)');
  console.log(row(['metric', 'value', 'target', 'result']));
  console.log(row(w.map((n) => '-'.repeat(n))));
  for (const l of lines) console.log(row(l));
  console.log('');
}

async function main() {
  memory.start();
  log(`Verwijsindex benchmark: engines ${ENV.engines.join(', ')}; scale ${ENV.scale}; PGlite youths ${fmt(ENV.pgliteYouths)}; ${os.cpus().length} cores`);
  const dir = path.dirname(new URL(import.meta.url).pathname);
  for (const engine of ENV.engines) {
    if (engine !== 'postgres' && engine !== 'pglite') throw new Error(`unknown engine ${engine}`);
    const out = await runEngine(engine);
    if (!out) continue;
    printReport(engine, out);
    if (process.env.BENCH_RESULTS !== '0') {
      const file = path.join(dir, `results-${engine}.json`);
      fs.writeFileSync(file, `${JSON.stringify(out.result, null, 2)}\n`);
      log(`  wrote ${path.relative(process.cwd(), file)}`);
    }
  }
  memory.stop();
  log(`done; peak RSS of this process over the whole run ${fmt(memory.overallPeakRss / 1048576)} MB`);
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
