// Point-in-time recovery with pgBackRest through scripts/pitr/pitr.sh, on a throwaway
// PostgreSQL 15 cluster in a temporary folder on a free localhost port: archiving, a full backup,
// write A, note the time, write B, restore to the moment between: A is there, B is not.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = '/usr/lib/postgresql/15/bin';
const pgbackrest = spawnSync('sh', ['-c', 'command -v pgbackrest'], { encoding: 'utf8' }).stdout.trim();
const isRoot = process.getuid?.() === 0;
const postgresUser = isRoot && spawnSync('id', ['-u', 'postgres']).status === 0;
const missing = !pgbackrest ? 'pgbackrest is not installed (apt-get install pgbackrest)'
  : !fs.existsSync(path.join(BIN, 'pg_ctl')) ? `${BIN}/pg_ctl is absent (apt-get install postgresql-15)`
  : isRoot && !postgresUser ? 'running as root without a postgres user to run PostgreSQL as'
  : null;
if (missing) console.warn(`pitr.test.ts skipped: ${missing}`);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

describe.skipIf(missing !== null)('point-in-time recovery with pgBackRest', () => {
  let dir = '';
  let env: Record<string, string> = {};
  // PostgreSQL refuses to run as root: as root, everything runs as the postgres user.
  const run = (cmd: string, args: string[], input?: string) => {
    const vars = Object.entries(env).map(([k, v]) => `${k}=${v}`);
    const [c, a] = isRoot ? ['runuser', ['-u', 'postgres', '--', 'env', ...vars, cmd, ...args]] : ['env', [...vars, cmd, ...args]];
    const r = spawnSync(c, a, { encoding: 'utf8', input, timeout: 90_000, cwd: dir });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stdout}\n${r.stderr}`);
    return r.stdout;
  };
  const psql = (query: string) => run(`${BIN}/psql`, ['-X', '-qAt', '-v', 'ON_ERROR_STOP=1', '-c', query]).trim();
  const pitr = (...args: string[]) => run(path.resolve('scripts/pitr/pitr.sh'), args);
  const pgCtl = (...args: string[]) => {
    try {
      return run(`${BIN}/pg_ctl`, ['-D', path.join(dir, 'pgdata'), '-l', path.join(dir, 'postgres.log'), ...args]);
    } catch (error) {
      const log = fs.existsSync(path.join(dir, 'postgres.log')) ? fs.readFileSync(path.join(dir, 'postgres.log'), 'utf8').slice(-3000) : '';
      throw new Error(`${(error as Error).message}\npostgres.log:\n${log}`);
    }
  };

  afterAll(() => {
    if (!dir) return;
    try {
      pgCtl('stop', '-m', 'immediate');
    } catch {
      /* not running */
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('restores to a moment between two writes: the first is there, the second is not', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kv-pitr-'));
    fs.chmodSync(dir, 0o755);
    for (const sub of ['repo', 'log', 'lock', 'spool', 'sock']) fs.mkdirSync(path.join(dir, sub));
    const port = await freePort();
    fs.writeFileSync(path.join(dir, 'pgbackrest.conf'), [
      '[global]', `repo1-path=${dir}/repo`, 'repo1-retention-full=1', `log-path=${dir}/log`, `lock-path=${dir}/lock`,
      `spool-path=${dir}/spool`, 'start-fast=y', 'compress-type=none', 'log-level-console=warn',
      '', '[kindveilig]', `pg1-path=${dir}/pgdata`, `pg1-port=${port}`, `pg1-socket-path=${dir}/sock`, '',
    ].join('\n'));
    if (isRoot) spawnSync('chown', ['-R', 'postgres:postgres', dir]);
    env = { PGBACKREST_CONFIG: `${dir}/pgbackrest.conf`, PGHOST: '127.0.0.1', PGPORT: String(port), PGUSER: 'postgres', PGDATABASE: 'postgres' };

    run(`${BIN}/initdb`, ['-D', path.join(dir, 'pgdata'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    fs.appendFileSync(path.join(dir, 'pgdata', 'postgresql.conf'),
      `\nport = ${port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${dir}/sock'\nshared_buffers = 16MB\nmax_connections = 20\n`);
    pgCtl('start', '-w');
    pitr('configure');
    pgCtl('restart', '-w');
    expect(psql('show archive_mode')).toBe('on');
    pitr('stanza');
    pitr('full');
    expect(run(pgbackrest, ['--stanza=kindveilig', 'info'])).toMatch(/full backup/);

    // pgBackRest records a backup's stop time in whole seconds: the target must be past it.
    await new Promise((r) => setTimeout(r, 1100));
    psql("create table kv_pitr (x text); insert into kv_pitr values ('A')");
    const between = psql('select clock_timestamp()::text');
    await new Promise((r) => setTimeout(r, 1100));
    psql("insert into kv_pitr values ('B')");
    pitr('check'); // the segment with B is archived: recovery can see it reached the target
    pgCtl('stop', '-m', 'fast');

    pitr('restore-to-time', between);
    pgCtl('start', '-w');
    for (let i = 0; i < 60 && psql('select pg_is_in_recovery()') !== 'f'; i++) await new Promise((r) => setTimeout(r, 500));
    expect(psql('select pg_is_in_recovery()')).toBe('f');
    expect(psql('select string_agg(x, \',\' order by x) from kv_pitr')).toBe('A');
  }, 180_000);
});
