// npm run test:failover — PostgreSQL that survives the loss of its primary, measured.
//
// Builds, in a temporary folder on localhost ports and without touching any system service:
// etcd (Patroni's store), two PostgreSQL 15 nodes managed by Patroni with synchronous
// replication, and HAProxy routing to whichever node Patroni's REST API calls the primary
// (`GET /primary`). It runs Kindveilig against HAProxy, drives a bounded concurrent write load
// over HTTP (Verwijsindex registrations and dossier notes, as demo users), kills the primary's
// postmaster with SIGKILL and lets Patroni promote the standby. Then it checks and reports:
//   - acknowledged writes lost (must be 0: every acknowledged id is read back after failover);
//   - the longest stretch without a successful write;
//   - what clients saw: only 201 or a 503 problem+json with Retry-After, never a 500;
//   - no half-written command (every stored signal and note has its audit entry, and back);
//   - the same app process writes again afterwards (its pool reconnected; no restart).
// The last line of output is `failover: N passed, N failed` (read by CI). Exit code 0 when all pass.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, startServer, type ServerProcess } from '../../tests/support/server-process.ts';
import { lostWrites, prepareWorld, readBack, runLoad, type Outcome } from '../../tests/support/write-load.ts';

const PG_BIN = '/usr/lib/postgresql/15/bin';
const WORKERS = 8;
const LOAD_BEFORE_KILL_MS = 6_000;
const LOAD_AFTER_RECOVERY_MS = 6_000;
const RECOVERY_LIMIT_MS = 60_000;
const started = Date.now();

const log = (msg: string) => console.log(`[failover ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${msg}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

for (const bin of ['/usr/bin/patroni', '/usr/bin/etcd', '/usr/sbin/haproxy', `${PG_BIN}/postgres`]) {
  if (!fs.existsSync(bin)) {
    console.error(`${bin} ontbreekt: apt-get install -y patroni etcd-server haproxy postgresql-15`);
    console.log('failover: 0 passed, 1 failed');
    process.exit(1);
  }
}

// PostgreSQL refuses to run as root: as root, every cluster process runs as `postgres`.
const asRoot = process.getuid?.() === 0;
const runAs = (cmd: string, args: string[]): [string, string[]] =>
  asRoot ? ['setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', '--', cmd, ...args]] : [cmd, args];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kv-failover-'));
fs.chmodSync(tmp, 0o755);
if (asRoot) spawnSync('chown', ['-R', 'postgres:postgres', tmp]);

const children: { name: string; child: ChildProcess }[] = [];
function start(name: string, cmd: string, args: string[]): ChildProcess {
  const out = fs.openSync(path.join(tmp, `${name}.log`), 'a');
  const [c, a] = runAs(cmd, args);
  const child = spawn(c, a, { stdio: ['ignore', out, out], env: { ...process.env, HOME: tmp, PATH: `${PG_BIN}:${process.env.PATH}` } });
  children.push({ name, child });
  return child;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, limitMs: number): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`niet binnen ${limitMs / 1000} s: ${what}`);
    await sleep(200);
  }
}

const status = async (url: string) => (await fetch(url, { signal: AbortSignal.timeout(1000) })).status;

interface Node { name: string; pgPort: number; restPort: number; dataDir: string }

async function main(): Promise<{ passed: number; failed: number }> {
  const [etcdClient, etcdPeer, haPort] = [await freePort(), await freePort(), await freePort()];
  const nodes: Node[] = [];
  for (const name of ['node1', 'node2']) nodes.push({ name, pgPort: await freePort(), restPort: await freePort(), dataDir: path.join(tmp, name, 'data') });

  log(`etcd op 127.0.0.1:${etcdClient}`);
  start('etcd', '/usr/bin/etcd', [
    '--name', 'kv', '--data-dir', path.join(tmp, 'etcd'), '--enable-v2=true',
    '--listen-client-urls', `http://127.0.0.1:${etcdClient}`, '--advertise-client-urls', `http://127.0.0.1:${etcdClient}`,
    '--listen-peer-urls', `http://127.0.0.1:${etcdPeer}`, '--initial-advertise-peer-urls', `http://127.0.0.1:${etcdPeer}`,
    '--initial-cluster', `kv=http://127.0.0.1:${etcdPeer}`,
  ]);
  await waitFor('etcd', async () => ((await status(`http://127.0.0.1:${etcdClient}/health`)) === 200 ? true : undefined), 20_000);

  for (const n of nodes) {
    fs.mkdirSync(path.join(tmp, n.name), { recursive: true, mode: 0o700 });
    const config = {
      scope: 'kindveilig', name: n.name,
      restapi: { listen: `127.0.0.1:${n.restPort}`, connect_address: `127.0.0.1:${n.restPort}` },
      etcd: { host: `127.0.0.1:${etcdClient}` },
      bootstrap: {
        dcs: {
          // Small timings for a test on one machine; production keeps Patroni's defaults (30/10/10).
          ttl: 10, loop_wait: 1, retry_timeout: 3,
          maximum_lag_on_failover: 1_048_576,
          // An acknowledged commit exists on the standby too; only a synchronous standby is promoted.
          synchronous_mode: true,
          // A crashed primary is failed over at once instead of restarted in place first.
          primary_start_timeout: 0,
          postgresql: {
            use_pg_rewind: true,
            parameters: { wal_log_hints: 'on', max_connections: 60, shared_buffers: '32MB', max_wal_senders: 5, max_replication_slots: 5 },
          },
        },
        initdb: [{ encoding: 'UTF8' }, 'data-checksums'],
      },
      postgresql: {
        listen: `127.0.0.1:${n.pgPort}`, connect_address: `127.0.0.1:${n.pgPort}`,
        data_dir: n.dataDir, bin_dir: PG_BIN, pgpass: path.join(tmp, n.name, 'pgpass'),
        authentication: {
          superuser: { username: 'postgres', password: 'kv-test' },
          replication: { username: 'replicator', password: 'kv-test' },
          rewind: { username: 'postgres', password: 'kv-test' },
        },
        parameters: { unix_socket_directories: path.join(tmp, n.name) },
        pg_hba: ['local all all trust', 'host replication replicator 127.0.0.1/32 trust', 'host all all 127.0.0.1/32 trust'],
      },
    };
    const file = path.join(tmp, `${n.name}.yml`);
    fs.writeFileSync(file, JSON.stringify(config, null, 2)); // JSON is YAML
    if (asRoot) spawnSync('chown', ['-R', 'postgres:postgres', path.join(tmp, n.name), file]);
  }
  // The first node bootstraps the cluster; the second then clones it with pg_basebackup.
  log('Patroni node1 (bootstrap)');
  start('patroni-node1', '/usr/bin/patroni', [path.join(tmp, 'node1.yml')]);
  await waitFor('node1 primary', async () => ((await status(`http://127.0.0.1:${nodes[0].restPort}/primary`)) === 200 ? true : undefined), 60_000);
  log('Patroni node2 (standby)');
  start('patroni-node2', '/usr/bin/patroni', [path.join(tmp, 'node2.yml')]);
  await waitFor('node2 synchrone standby', async () => ((await status(`http://127.0.0.1:${nodes[1].restPort}/sync`)) === 200 ? true : undefined), 90_000);

  const haCfg = path.join(tmp, 'haproxy.cfg');
  fs.writeFileSync(haCfg, [
    'global', '  maxconn 400',
    'defaults', '  mode tcp', '  timeout connect 1s', '  timeout client 30m', '  timeout server 30m', '  timeout check 1s', '  retries 2',
    'listen primary',
    `  bind 127.0.0.1:${haPort}`,
    '  option httpchk GET /primary', '  http-check expect status 200',
    // Checked every 500 ms; a node that stops being primary has its connections cut at once.
    '  default-server inter 500ms fall 2 rise 1 on-marked-down shutdown-sessions',
    ...nodes.map((n) => `  server ${n.name} 127.0.0.1:${n.pgPort} maxconn 100 check port ${n.restPort}`),
    '',
  ].join('\n'));
  log(`HAProxy op 127.0.0.1:${haPort}`);
  start('haproxy', '/usr/sbin/haproxy', ['-db', '-f', haCfg]);
  const adminUrl = `postgresql://postgres@127.0.0.1:${haPort}/postgres`;
  await waitFor('HAProxy → primary', async () => {
    const c = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 1000 });
    await c.connect();
    await c.query('create database kindveilig');
    await c.end();
    return true;
  }, 20_000);

  const dbUrl = `postgresql://postgres@127.0.0.1:${haPort}/kindveilig`;
  log('Kindveilig op HAProxy (demo)');
  const app: ServerProcess = await startServer({ DATABASE_URL: dbUrl, DATA_DIR: path.join(tmp, 'app'), DEMO: 'true', LOG_LEVEL: 'warn' });
  try {
    const world = await prepareWorld(app.url, { registrations: 6000, workers: WORKERS });
    const primary = nodes[0];
    const standby = nodes[1];

    let killAt = 0;
    let firstErrorAt = 0;
    let recoveredAt = 0;
    log(`schrijflast: ${WORKERS} gelijktijdige clients`);
    const load = runLoad(app.url, world, {
      workers: WORKERS,
      pauseMs: 5,
      // Until writes have worked again for a while after the errors the kill caused (or, if it
      // caused none, for a while after the kill), at most RECOVERY_LIMIT_MS.
      until: () => {
        if (!killAt) return false;
        const since = Date.now() - killAt;
        if (since > RECOVERY_LIMIT_MS) return true;
        if (firstErrorAt && !recoveredAt) return false;
        return since > 2 * LOAD_AFTER_RECOVERY_MS && (!recoveredAt || Date.now() - recoveredAt > LOAD_AFTER_RECOVERY_MS);
      },
      onOutcome: (o) => {
        if (killAt && !firstErrorAt && o.status !== 201) firstErrorAt = o.end;
        if (firstErrorAt && !recoveredAt && o.status === 201 && o.start > firstErrorAt) recoveredAt = o.end;
      },
    });
    await sleep(LOAD_BEFORE_KILL_MS);
    const postmaster = Number(fs.readFileSync(path.join(primary.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    killAt = Date.now();
    process.kill(postmaster, 'SIGKILL');
    log(`postmaster van ${primary.name} (pid ${postmaster}) gedood met SIGKILL`);
    const promoted = waitFor('standby gepromoveerd', async () => ((await status(`http://127.0.0.1:${standby.restPort}/primary`)) === 200 ? Date.now() : undefined), 30_000)
      .catch(() => undefined);
    const outcomes = await load;
    log(`schrijflast gestopt: ${outcomes.length} verzoeken`);
    const promotedAt = await promoted;
    const now = await readBack(app.url, world);
    const lost = lostWrites(outcomes, now);
    const acknowledged = outcomes.filter((o) => o.status === 201);

    // The longest stretch in which no write succeeded.
    const okEnds = acknowledged.map((o) => o.end).sort((a, b) => a - b);
    let gapMs = 0;
    for (let i = 1; i < okEnds.length; i++) gapMs = Math.max(gapMs, okEnds[i] - okEnds[i - 1]);

    const seen = new Map<string, number>();
    for (const o of outcomes.filter((x) => x.status !== 201)) {
      const key = o.status ? `${o.status} ${o.code ?? ''} ${o.contentType?.split(';')[0] ?? ''} Retry-After=${o.retryAfter ?? '-'}` : `geen antwoord (${o.error})`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    const bad = outcomes.filter((o) => o.status !== 201 && !(o.status === 503 && o.code === 'database-unavailable' && o.contentType?.startsWith('application/problem+json') && o.retryAfter));

    // Half-written commands: a stored signal or note without its audit entry, or the reverse.
    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
    const { rows: [half] } = await db.query<{ signals: number; audits: number; notes: number; noteAudits: number; orphans: number }>(`
      select
        (select count(*)::int from signals s join persons p on p.id = s.person_id where p.given_names = 'Belasting') as signals,
        (select count(*)::int from audit_log a join signals s on s.id::text = a.record_id join persons p on p.id = s.person_id
          where a.action = 'create' and a.record_type = 'signaal' and p.given_names = 'Belasting') as audits,
        (select count(*)::int from dossier_entries e where e.dossier_id = any($1::uuid[]) and e.kind = 'notitie') as notes,
        (select count(*)::int from audit_log a where a.record_id = any($2::text[]) and a.action = 'update' and a.detail->>'notitie' = 'true') as "noteAudits",
        (select count(*)::int from audit_log a where a.record_type = 'signaal' and a.action = 'create'
          and not exists (select 1 from signals s where s.id::text = a.record_id)) as orphans
    `, [world.dossierIds, world.dossierIds]);
    await db.end();

    // Informational: Patroni brings the old primary back as a standby of the new one (pg_rewind).
    const rejoinedAt = await waitFor('oude primary terug als standby', async () => ((await status(`http://127.0.0.1:${primary.restPort}/replica`)) === 200 ? Date.now() : undefined), 30_000)
      .catch(() => undefined);

    const after = outcomes.filter((o) => o.status === 201 && o.start > killAt);
    const report = {
      acknowledgedWrites: acknowledged.length,
      acknowledgedWritesLost: lost.length,
      secondsWithoutSuccessfulWrite: Math.round(gapMs / 100) / 10,
      secondsKillToPromotion: promotedAt ? Math.round((promotedAt - killAt) / 100) / 10 : null,
      secondsKillToFirstError: firstErrorAt ? Math.round((firstErrorAt - killAt) / 100) / 10 : null,
      secondsKillToWritesAgain: recoveredAt ? Math.round((recoveredAt - killAt) / 100) / 10 : null,
      secondsKillToOldPrimaryBackAsStandby: rejoinedAt ? Math.round((rejoinedAt - killAt) / 100) / 10 : null,
      requests: outcomes.length,
      clientErrors: Object.fromEntries(seen),
      writesAfterFailover: after.length,
      halfWritten: half,
    };
    console.log(JSON.stringify(report, null, 2));
    fs.mkdirSync('test-results', { recursive: true });
    fs.writeFileSync('test-results/failover.json', JSON.stringify({ at: new Date().toISOString(), ...report }, null, 2));

    const checks: [string, boolean][] = [
      ['geen bevestigde schrijfactie verloren', lost.length === 0 && acknowledged.length > 0],
      ['de app schrijft na de failover weer, zonder herstart', after.length > 0 && app.child.exitCode === null],
      ['clients zagen alleen 201 of 503 problem+json met Retry-After (nooit 500)', bad.length === 0],
      [`Patroni promoveerde de standby (${standby.name} is primary)`, promotedAt !== undefined],
      ['geen half geschreven opdracht (signaal en notitie met hun auditregel)', half.signals === half.audits && half.notes === half.noteAudits && half.orphans === 0],
    ];
    for (const [name, ok] of checks) log(`${ok ? 'GOED ' : 'FOUT '} ${name}`);
    if (bad.length) log(`onverwachte antwoorden: ${JSON.stringify(bad.slice(0, 5))}`);
    const passed = checks.filter(([, ok]) => ok).length;
    return { passed, failed: checks.length - passed };
  } finally {
    await app.stop('SIGTERM');
  }
}

async function stopAll() {
  // The app is stopped by main; HAProxy, both Patroni nodes (each stops its PostgreSQL) and etcd
  // together, each given a few seconds before SIGKILL.
  await Promise.all(children.filter(({ child }) => child.exitCode === null && child.signalCode === null).map(async ({ child }) => {
    const exited = new Promise((r) => child.once('exit', r)).then(() => true);
    child.kill('SIGTERM');
    if (!(await Promise.race([exited, sleep(8_000).then(() => false)]))) child.kill('SIGKILL');
  }));
  // A postmaster orphaned by a killed Patroni is stopped through its data folder.
  for (const n of ['node1', 'node2']) {
    const data = path.join(tmp, n, 'data');
    if (fs.existsSync(path.join(data, 'postmaster.pid'))) {
      const [c, a] = runAs(`${PG_BIN}/pg_ctl`, ['-D', data, '-m', 'immediate', 'stop']);
      spawnSync(c, a, { stdio: 'ignore' });
    }
  }
}

let result = { passed: 0, failed: 1 };
try {
  result = await main();
} catch (error) {
  console.error(`failover-test afgebroken: ${(error as Error).message}`);
  for (const f of fs.readdirSync(tmp).filter((x) => x.endsWith('.log'))) {
    console.error(`--- ${f} (laatste regels)\n${fs.readFileSync(path.join(tmp, f), 'utf8').split('\n').slice(-15).join('\n')}`);
  }
} finally {
  await stopAll();
  if (!process.env.KEEP_FAILOVER_DIR) fs.rmSync(tmp, { recursive: true, force: true });
}
log(`klaar in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`failover: ${result.passed} passed, ${result.failed} failed`);
process.exit(result.failed === 0 ? 0 : 1);
