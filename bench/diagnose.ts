// Diagnosis on a population the benchmark left behind (BENCH_KEEP_SCHEMA=1):
//   npx tsx bench/diagnose.ts [retention] [register]
// - retention: runs runRetention as a dry run with every statement timed, then EXPLAIN
//   (ANALYZE, BUFFERS) of the slowest statements with the same parameters;
// - rewrite: the same retention pass with NOT EXISTS on persons instead of NOT IN (youth
//   signals), the change proposed for src/modules/verwijsindex/retention.ts, run for real inside
//   a transaction that is rolled back, every statement timed;
// - register: one registration on a youth from a large family inside a transaction that is
//   rolled back, every statement timed and explained (EXPLAIN ANALYZE inside the same
//   transaction, rolled back too).
// PostgreSQL only: BENCH_DATABASE_URL and BENCH_SCHEMA as for the benchmark.
import pg from 'pg';
import { Kysely, PostgresDialect, type LogEvent } from 'kysely';
import '../src/platform/db/database.ts'; // registers the DATE and BIGINT type parsers
import type { DB } from '../src/platform/db/schema.ts';
import { migrateToLatest } from '../src/platform/db/migrations.ts';
import { addYears, systemClock } from '../src/platform/dates.ts';
import type { Role } from '../src/platform/auth/roles.ts';
import type { AuthUser } from '../src/platform/http/context.ts';
import { createNotifier } from '../src/platform/notifications/notifier.ts';
import { runRetention } from '../src/modules/verwijsindex/retention.ts';
import { registerAsRoute } from './lib/register.ts';

const url = process.env.BENCH_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/test';
const schema = process.env.BENCH_SCHEMA || 'bench';
const what = new Set(process.argv.slice(2).length ? process.argv.slice(2) : ['rewrite', 'register']);
const peildatum = process.env.BENCH_PEILDATUM || systemClock.today();

interface Logged { sql: string; parameters: readonly unknown[]; ms: number }
const logged: Logged[] = [];
const pool = new pg.Pool({ connectionString: url, max: 2, options: `-c search_path="${schema}"` });
// With DIAG_AUTO_EXPLAIN=1 every statement, including those inside PL/pgSQL functions, is
// explained with its actual times (auto_explain, sent to this client as NOTICE messages).
const notices: string[] = [];
if (process.env.DIAG_AUTO_EXPLAIN === '1') {
  pool.on('connect', (client) => {
    client.on('notice', (n) => notices.push(n.message ?? ''));
    void client.query(`load 'auto_explain'`).then(() => client.query(`set auto_explain.log_min_duration = 0; set auto_explain.log_analyze = on;
      set auto_explain.log_buffers = on; set auto_explain.log_nested_statements = on; set auto_explain.log_level = notice`)).catch(() => undefined);
  });
}
const db = new Kysely<DB>({
  dialect: new PostgresDialect({ pool }),
  log: (e: LogEvent) => {
    logged.push({ sql: e.query.sql, parameters: e.query.parameters, ms: e.queryDurationMillis });
  },
});

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

async function explain(client: pg.PoolClient | pg.Pool, q: Logged) {
  const r = await client.query(`explain (analyze, buffers) ${q.sql}`, q.parameters as unknown[]);
  return r.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
}

async function retention() {
  console.log(`\n== runRetention dry run, peildatum ${peildatum}, schema ${schema}`);
  logged.length = 0;
  const t = performance.now();
  const report = await runRetention(db, peildatum, { dryRun: true });
  console.log(`total ${((performance.now() - t) / 1000).toFixed(2)} s; expired ${report.expired}, archive ${report.destroyedArchived}, youth ${report.destroyedYouth}, matches ${report.matchesRemoved}`);
  const statements = logged.filter((q) => !/^(begin|commit|rollback)/i.test(q.sql));
  for (const q of statements) console.log(`${q.ms.toFixed(1).padStart(10)} ms  ${oneLine(q.sql).slice(0, 160)}`);
  const slow = [...statements].sort((a, b) => b.ms - a.ms).slice(0, 3);
  for (const q of slow) {
    console.log(`\n-- EXPLAIN ANALYZE (${q.ms.toFixed(0)} ms in the run), parameters ${JSON.stringify(q.parameters)}\n${oneLine(q.sql)}`);
    console.log(await explain(pool, q));
  }
}

/** The proposed retention statements (same counts, same effect), timed; rolled back. */
async function retentionRewrite() {
  const born = addYears(peildatum, -23);
  const expireBefore = addYears(peildatum, -2);
  const archiveBefore = addYears(peildatum, -5);
  console.log(`\n== proposed retention (NOT EXISTS), peildatum ${peildatum}, schema ${schema}; rolled back`);
  const client = await pool.connect();
  const youth = `(p.date_of_birth <= $1 or p.date_of_death <= $2)`;
  const notYouth = `not exists (select 1 from persons p where p.id = s.person_id and ${youth})`;
  const youthQ = `select s.id from signals s join persons p on p.id = s.person_id where ${youth}`;
  const archivedQ = `select s.id from signals s where s.status = 'inactief' and s.end_date <= $3 and ${notYouth}`;
  const expiredQ = `select s.id from signals s where s.status = 'actief' and s.start_date <= $3 and ${notYouth}`;
  const total = performance.now();
  const timed = async (label: string, text: string, params: unknown[]) => {
    const t = performance.now();
    const r = await client.query(text, params);
    const value = r.command === 'SELECT' ? (r.rows[0]?.n ?? `${r.rowCount} rows`) : `${r.rowCount} rows`;
    console.log(`${(performance.now() - t).toFixed(1).padStart(10)} ms  ${label}: ${value}`);
  };
  try {
    await client.query('begin');
    await timed('count youth (23 / deceased)', `select count(*)::int as n from (${youthQ}) x`, [born, peildatum]);
    await timed('count archived', `select count(*)::int as n from (${archivedQ}) x`, [born, peildatum, archiveBefore]);
    await timed('count expired', `select count(*)::int as n from (${expiredQ}) x`, [born, peildatum, expireBefore]);
    // Samples from a materialized set: with a plain subquery the planner walks signals_pkey in id
    // order and probes persons for every signal (it expects ~half of all signals to qualify).
    await timed('sample expired', `with x as materialized (${expiredQ}) select id from x order by id limit 1000`, [born, peildatum, expireBefore]);
    await timed('sample archived', `with x as materialized (${archivedQ}) select id from x order by id limit 1000`, [born, peildatum, archiveBefore]);
    await timed('sample youth', `with x as materialized (${youthQ}) select id from x order by id limit 1000`, [born, peildatum]);
    await timed('dry run: matches left empty', `select count(*)::int as n from matches m where not exists (
        select 1 from match_members mm join signals s on s.id = mm.signal_id
        where mm.match_id = m.id and ${notYouth} and not (s.status = 'inactief' and s.end_date <= $3))`, [born, peildatum, archiveBefore]);
    await timed('delete youth signals', `delete from signals s using persons p where p.id = s.person_id and ${youth}`, [born, peildatum]);
    await timed('delete archived signals', `delete from signals where status = 'inactief' and end_date <= $1`, [archiveBefore]);
    await timed('expire active signals', `update signals set status = 'inactief', end_reason = 'verlopen', end_date = (start_date + make_interval(years => 2))::date
      where status = 'actief' and start_date <= $1`, [expireBefore]);
    await timed('delete empty matches', `delete from matches m where not exists (select 1 from match_members mm where mm.match_id = m.id)`, []);
    console.log(`total ${((performance.now() - total) / 1000).toFixed(2)} s (dry-run part and pass together)`);
  } finally {
    await client.query('rollback');
    client.release();
  }
}

async function register() {
  // A youth whose mother has the most children with active signals: the heaviest family match.
  const heavy = await pool.query<{ bsn: string }>(`
    select p.bsn from parent_child pc join persons p on p.id = pc.child_id
    where pc.parent_id = (
      select pc2.parent_id from parent_child pc2 join signals s on s.person_id = pc2.child_id and s.status = 'actief'
      where pc2.kind in ('juridisch', 'biologisch') group by pc2.parent_id order by count(*) desc limit 1)
    limit 1`);
  const typical = await pool.query<{ bsn: string }>(`select bsn from persons where source = 'bench' and date_of_birth > current_date - interval '18 years' order by md5(id::text) limit 1`);
  const u = (await pool.query(`
    select u.id, u.username, u.display_name, u.email, u.phone, u.role, u.organisation_id, o.name, o.sector, o.municipality_code, m.region_id
    from users u join organisations o on o.id = u.organisation_id join municipalities m on m.code = o.municipality_code
    where u.username like 'bench.u%' order by md5(u.id::text) limit 1`)).rows[0];
  const user: AuthUser = {
    id: u.id, username: u.username, displayName: u.display_name, email: u.email, phone: u.phone, role: u.role as Role,
    organisationId: u.organisation_id, organisationName: u.name, sector: u.sector, municipalityCode: u.municipality_code, regionId: u.region_id, totpEnabled: false, verwijsindexEnabled: true,
  };
  const today = systemClock.today();
  for (const [label, bsn] of [['typical youth', typical.rows[0].bsn], ['youth from the heaviest family', heavy.rows[0].bsn]] as const) {
    console.log(`\n== one registration (rolled back): ${label}`);
    logged.length = 0;
    notices.length = 0;
    const t = performance.now();
    try {
      await db.transaction().execute(async (tx) => {
        const actor = { userId: user.id, username: user.username, organisationId: user.organisationId, role: user.role, ip: '127.0.0.1', userAgent: 'bench' };
        const r = await registerAsRoute(tx, createNotifier(undefined, 'http://127.0.0.1'), user, actor, { bsn, informedOn: today }, new Date(), today);
        console.log(`matches: ${JSON.stringify(r.changes)}`);
        throw new Error('rollback');
      });
    } catch (error) {
      if ((error as Error).message !== 'rollback') throw error;
    }
    console.log(`total ${(performance.now() - t).toFixed(2)} ms in ${logged.length} statements`);
    if (notices.length) {
      console.log(`auto_explain (${notices.length} statements, nested ones included):`);
      for (const n of notices.splice(0)) {
        const duration = /duration: ([\d.]+) ms/.exec(n)?.[1] ?? '?';
        const text = /Query Text: ([\s\S]*?)(\n[A-Z][a-z]+.*\(cost|$)/.exec(n)?.[1] ?? '';
        console.log(`${duration.padStart(10)} ms  ${oneLine(text).slice(0, 150)}`);
        if (process.env.DIAG_PLANS === '1') console.log(n.split('\n').slice(1).map((l) => `              | ${l}`).join('\n'));
      }
      continue;
    }
    const statements = [...logged];
    const client = await pool.connect();
    try {
      await client.query('begin');
      for (const q of statements) {
        if (/^(begin|commit|rollback)/i.test(q.sql)) continue;
        console.log(`\n${q.ms.toFixed(2).padStart(8)} ms  ${oneLine(q.sql).slice(0, 220)}`);
        const plan = await explain(client, q).catch((e) => `(explain failed: ${(e as Error).message})`);
        console.log(plan.split('\n').map((l) => `            ${l}`).join('\n'));
      }
    } finally {
      await client.query('rollback');
      client.release();
    }
  }
}

await migrateToLatest(db); // a kept schema may predate the code's latest migrations
if (what.has('retention')) await retention();
if (what.has('rewrite')) await retentionRewrite();
if (what.has('register')) await register();
await db.destroy();
