// One writer on the embedded database, with real processes: two servers started together on one
// DATA_DIR never both run; a stale lock of a killed process is taken over by exactly one
// starter; CLI commands on a held folder go through the server's admin API and never open the
// folder themselves; a wrong admin token or a browser request is refused and audited.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchema, openDatabase } from '../src/platform/db/database.ts';
import { LOCK_FILE, lockDataDir } from '../src/platform/ops/lock.ts';
import { ADMIN_FILE, type AdminChannel } from '../src/platform/ops/admin-api.ts';

const tsx = path.resolve('node_modules/.bin/tsx');
const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'kv-lock-'));
  dirs.push(d);
  return path.join(d, 'data');
}

let nextPort = 20_000 + Math.floor(Math.random() * 20_000);

interface Started {
  child: ChildProcess;
  /** Resolves 'running' once listening, or the exit code. */
  outcome: Promise<'running' | number>;
  stderr(): string;
}

function startServer(dataDir: string, env: Record<string, string> = {}): Started {
  // As `npm start` runs it: under the tsx wrapper a SIGTERM ends in a SIGKILL before the lock is let go.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(nextPort++), DEMO: 'false', ...env } });
  children.push(child);
  let out = '';
  let err = '';
  const outcome = new Promise<'running' | number>((resolve) => {
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('Kindveilig draait op')) resolve('running');
    });
    child.stderr!.on('data', (d) => (err += d));
    child.on('exit', (code) => resolve(code ?? -1));
  });
  return { child, outcome, stderr: () => err };
}

async function stop(s: Started) {
  const exited = new Promise((r) => s.child.once('exit', r));
  s.child.kill('SIGTERM');
  await exited;
}

function cli(script: string, args: string[], dataDir: string, env: Record<string, string> = {}) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(tsx, [`src/cli/${script}.ts`, ...args], { env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(r.stdout.trim());
}

function writeStaleLock(dataDir: string) {
  fs.mkdirSync(dataDir, { recursive: true });
  const bootId = fs.existsSync('/proc/sys/kernel/random/boot_id') ? fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() : null;
  fs.writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify({ pid: deadPid(), host: os.hostname(), bootId, startedAt: '2026-01-01T00:00:00.000Z', kind: 'server', nonce: 'stale0' }));
}

describe('one writer on a PGlite data folder', () => {
  it('two servers started together on one folder: exactly one runs; CLI commands go through it; wrong tokens and browsers are refused and audited', async () => {
    const dataDir = tempDir();
    const a = startServer(dataDir);
    const b = startServer(dataDir);
    const outcomes = await Promise.all([a.outcome, b.outcome]);
    expect(outcomes.filter((o) => o === 'running')).toHaveLength(1);
    const [winner, loser] = outcomes[0] === 'running' ? [a, b] : [b, a];
    expect(outcomes).toContain(1);
    const holder = JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8'));
    expect(loser.stderr()).toContain(`Kindveilig start niet: De datamap ${dataDir} is in gebruik door een Kindveilig-server (PID ${holder.pid} op host ${os.hostname()}`);

    // The data folder is the owner's only: PGlite makes its files world-readable inside it.
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);

    // The admin channel: owner-only, on loopback.
    const channelFile = path.join(dataDir, ADMIN_FILE);
    expect(fs.statSync(channelFile).mode & 0o777).toBe(0o600);
    const channel = JSON.parse(fs.readFileSync(channelFile, 'utf8')) as AdminChannel;
    expect(channel.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const verify = await cli('audit-verify', [], dataDir);
    expect(verify.status, verify.stderr).toBe(0);
    expect(verify.stdout).toContain('(via de draaiende server)');
    expect(verify.stdout).toContain('Auditketen intact');
    const retentie = await cli('retentie', ['--peildatum', '2030-01-01', '--dry-run'], dataDir);
    expect(retentie.status, retentie.stderr).toBe(0);
    expect(retentie.stdout).toContain('(via de draaiende server)');
    expect(retentie.stdout).toContain('PROEFDRAAI');
    // A backup while the server keeps writing (each admin call seals and appends to the audit log).
    const file = path.join(path.dirname(dataDir), 'live.kvb');
    const auth = { authorization: `Bearer ${channel.token}` };
    let backingUp = true;
    const statuses: number[] = [];
    const load = (async () => {
      while (backingUp) statuses.push((await fetch(`${channel.url}/beheer/v1/auditketen`, { method: 'POST', headers: auth })).status);
    })();
    const backup = await cli('backup', [file], dataDir);
    backingUp = false;
    await load;
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/via de draaiende server; verzoeken wachtten \d+ ms/);
    expect(statuses.length).toBeGreaterThan(1);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(fs.readFileSync(file).subarray(0, 20).toString()).toBe('KINDVEILIG-BACKUP 1\n');

    // A wrong token: a clear Dutch refusal, and the CLI does not fall back to opening the folder.
    fs.writeFileSync(channelFile, JSON.stringify({ ...channel, token: 'verkeerd-token' }), { mode: 0o600 });
    const wrong = await cli('audit-verify', [], dataDir);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('De server weigert het beheertoken');
    expect(wrong.stderr).toContain('in het auditlog vastgelegd');
    fs.writeFileSync(channelFile, JSON.stringify(channel), { mode: 0o600 });

    // A browser: its session cookie means nothing here, and its Origin header is refused outright.
    const withCookie = await fetch(`${channel.url}/beheer/v1/auditketen`, { method: 'POST', headers: { cookie: 'kv_session=abc', 'x-csrf-token': 'abc' } });
    expect(withCookie.status).toBe(401);
    expect(withCookie.headers.get('content-type')).toContain('application/problem+json');
    expect((await withCookie.json()).code).toBe('admin-token-invalid');
    const fromPage = await fetch(`${channel.url}/beheer/v1/auditketen`, { method: 'POST', headers: { authorization: `Bearer ${channel.token}`, origin: 'http://localhost:3000' } });
    expect(fromPage.status).toBe(403);
    expect((await fromPage.json()).code).toBe('admin-api-browser-refused');

    await stop(winner);
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    expect(fs.existsSync(channelFile)).toBe(false);
    const db = await openDatabase({ dataDir });
    try {
      const rows = (await sql<{ action: string; record_type: string; outcome: string; code: string | null }>`
        select action, record_type, outcome, detail::jsonb->>'code' as code from audit_log where username = 'beheercommando' order by seq`.execute(db)).rows;
      expect(rows.filter((r) => r.outcome === 'refused').map((r) => r.code)).toEqual(['admin-token-invalid', 'admin-token-invalid', 'admin-api-browser-refused']);
      expect(rows.filter((r) => r.outcome === 'success' && r.action !== 'verify').map((r) => `${r.action} ${r.record_type}`)).toEqual(['retention-dry-run verwijsindex', 'export database']);
      expect(rows.filter((r) => r.action === 'verify')).toHaveLength(1 + statuses.length);
    } finally {
      await db.destroy();
    }
    // The backup taken under load is a consistent snapshot: it restores and checks out.
    // Into another folder: the operator brings the audit key and anchors along (docs/operations.md).
    const restored = await cli('restore', [file], path.join(path.dirname(dataDir), 'restored'), {
      AUDIT_KEY_FILE: path.join(dataDir, 'audit-key'), AUDIT_ANCHOR_FILE: path.join(dataDir, 'audit-anchors.log'),
    });
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('gelijk aan het manifest, auditketen intact');
  }, 240_000);

  it('a CLI command or a server on a folder another process holds refuses at once and opens nothing', async () => {
    const dataDir = tempDir();
    const lock = lockDataDir(dataDir, 'backup'); // held by this (live) test process
    try {
      const res = await cli('retentie', ['--dry-run'], dataDir);
      expect(res.status).toBe(1);
      expect(res.stderr).toContain(`De datamap ${dataDir} is in gebruik door het beheercommando "backup" (PID ${process.pid}`);
      const server = startServer(dataDir);
      expect(await server.outcome).toBe(1);
      expect(server.stderr()).toContain('is in gebruik door het beheercommando "backup"');
    } finally {
      lock.release();
    }
    const asServer = lockDataDir(dataDir, 'server'); // a server still starting: no admin channel yet
    try {
      const res = await cli('audit-verify', [], dataDir);
      expect(res.status).toBe(1);
      expect(res.stderr).toContain('biedt (nog) geen beheerkanaal aan');
    } finally {
      asServer.release();
    }
    expect(fs.readdirSync(dataDir)).toEqual([]); // no database files: nobody opened the folder
  }, 120_000);

  it('a stale lock of a killed server is taken over by exactly one of two starters', async () => {
    const dataDir = tempDir();
    writeStaleLock(dataDir);
    const a = startServer(dataDir);
    const b = startServer(dataDir);
    const outcomes = await Promise.all([a.outcome, b.outcome]);
    expect(outcomes.filter((o) => o === 'running')).toHaveLength(1);
    expect(outcomes).toContain(1);
    const holder = JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8'));
    expect(holder.nonce).not.toBe('stale0');
    const winner = outcomes[0] === 'running' ? a : b;
    await stop(winner);
    expect(fs.readdirSync(dataDir).filter((f) => f.startsWith(LOCK_FILE)), `${winner.stderr()}\nlock: ${fs.existsSync(path.join(dataDir, LOCK_FILE)) ? fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8') : '-'}\nwinner pid ${winner.child.pid}`).toEqual([]);
  }, 180_000);

  it('four processes racing for one stale lock at the same instant: one wins, no guard file is left', async () => {
    const dataDir = tempDir();
    writeStaleLock(dataDir);
    const at = Date.now() + 15_000;
    const racers: ChildProcess[] = [];
    const results = await Promise.all(Array.from({ length: 4 }, () => new Promise<string>((resolve) => {
      const child = spawn(tsx, ['tests/support/lock-racer.ts'], { env: { ...process.env, DATA_DIR: dataDir, RACE_AT: String(at) } });
      children.push(child);
      racers.push(child);
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('\n')) resolve(out.trim());
      });
      child.on('close', () => resolve(out.trim()));
    })));
    await Promise.all(racers.map((c) => (c.exitCode === null ? new Promise((r) => { c.once('exit', r); c.kill('SIGTERM'); }) : undefined)));
    expect(results.filter((r) => r.startsWith('won')), results.join(',')).toHaveLength(1);
    expect(results.filter((r) => r.startsWith('held'))).toHaveLength(3);
    expect(fs.readdirSync(dataDir).filter((f) => f.startsWith(LOCK_FILE))).toEqual([]);
  }, 120_000);
});

const PG_URL = process.env.TEST_DATABASE_URL;
describe.skipIf(!PG_URL)('on PostgreSQL (DATABASE_URL)', () => {
  it('no lock file; the CLI works directly while a server runs', async () => {
    const schema = `t_lock_${Date.now().toString(36)}`;
    const db = await openDatabase({ url: PG_URL, schema, poolSize: 1 }); // creates the schema
    await db.destroy();
    const env = { DATABASE_URL: `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}` };
    const dataDir = tempDir();
    try {
      const server = startServer(dataDir, env);
      expect(await server.outcome, server.stderr()).toBe('running');
      expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
      const verify = await cli('audit-verify', [], dataDir, env);
      expect(verify.status, verify.stderr).toBe(0);
      expect(verify.stdout).not.toContain('via de draaiende server');
      expect(verify.stdout).toContain('Auditketen intact');
      const file = path.join(path.dirname(dataDir), 'pg.kvb');
      const backup = await cli('backup', [file], dataDir, env);
      expect(backup.status, backup.stderr).toBe(0);
      expect(backup.stdout).toContain('postgresql, migratie');
      const second = startServer(dataDir, env); // PostgreSQL has many writers: a second instance runs too
      expect(await second.outcome, second.stderr()).toBe('running');
      await Promise.all([stop(server), stop(second)]);
    } finally {
      await dropSchema(PG_URL!, schema);
    }
  }, 180_000);
});
