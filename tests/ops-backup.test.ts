// npm run backup / npm run restore, on both engines: demo data plus writes through the API,
// back up, wipe, restore, and every table is equal row for row; the audit chain verifies. Bad
// input: a corrupt or foreign file, a non-empty target, an unwritable path — refused, nothing
// changed, no half file left.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKindveilig } from '../src/app.ts';
import { loadConfig } from '../src/platform/config.ts';
import { dropSchema, openDatabase, type Database } from '../src/platform/db/database.ts';
import { seedDemo, DEMO_PASSWORD } from '../src/demo/seed.ts';
import { generatedAuditKey, openAuditChain, sealPending, verifyAuditChain } from '../src/platform/audit/audit.ts';
import { backupPglite, writeFileAtomically } from '../src/platform/ops/backup.ts';

const tsx = path.resolve('node_modules/.bin/tsx');
const PG_URL = process.env.TEST_DATABASE_URL;

// The audit key and anchors live outside the database and its folder, as in production: a wiped
// data folder leaves them, and the restored chain is checked with them.
const auditKey = generatedAuditKey();
const auditAnchorFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kv-backup-anchors-')), 'audit-anchors.log');
const auditChain = openAuditChain({ dataDir: '', auditKey, auditAnchorFile, auditAnchorSeconds: 60 });

function cli(script: string, args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(tsx, [`src/cli/${script}.ts`, ...args], { env: { ...process.env, DATABASE_URL: '', AUDIT_KEY: auditKey, AUDIT_ANCHOR_FILE: auditAnchorFile, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Every table's row count and a digest of all its rows. */
async function contents(db: Database): Promise<Record<string, string>> {
  const tables = (await sql<{ t: string }>`select table_name as t from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`.execute(db)).rows.map((r) => r.t);
  const out: Record<string, string> = {};
  for (const t of tables) {
    const r = (await sql<{ n: number; h: string }>`select count(*)::int as n, md5(coalesce(string_agg(x::text, E'\\n' order by x::text), '')) as h
      from ${sql.table(t)} as x`.execute(db)).rows[0];
    out[t] = `${r.n}:${r.h}`;
  }
  return out;
}

/** Demo data plus some writes through the HTTP API: two signals that make a family match. */
async function loadDemoAndWrite(db: Database) {
  const { app, ctx } = await createKindveilig({ ...loadConfig({ NODE_ENV: 'test' }), demo: true, auditKey, auditAnchorFile }, db);
  await seedDemo(ctx);
  const login = await app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { username: 'jgz', password: DEMO_PASSWORD } });
  expect(login.statusCode).toBe(201);
  const cookie = String(login.headers['set-cookie']).split(';')[0];
  const csrf = login.json().csrfToken as string;
  for (const bsn of ['111100136', '111100148']) {
    const res = await app.inject({ method: 'POST', url: '/api/v1/signalen', headers: { cookie, 'x-csrf-token': csrf }, payload: { bsn, informedOn: '2026-06-01', relationship: { reason: 'client_in_zorg' } } });
    expect(res.statusCode, res.body).toBe(201);
  }
  await sealPending(db, auditChain);
  await app.close();
}

describe('backup and restore on PGlite', () => {
  let dir: string;
  let dataDir: string;
  let before: Record<string, string>;
  const backup = () => path.join(dir, 'demo.kvb');

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kv-backup-'));
    dataDir = path.join(dir, 'data');
    const db = await openDatabase({ dataDir });
    await loadDemoAndWrite(db);
    before = await contents(db);
    await db.destroy();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('backs up, and after a wipe restores every row and a verifying audit chain', async () => {
    const made = await cli('backup', [backup()], { DATA_DIR: dataDir });
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/Back-up geschreven: .*demo\.kvb/);
    expect(made.stdout).toMatch(/pglite, migratie \d{4}_\w+, \d+ tabellen/);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.deel'))).toEqual([]);

    fs.rmSync(dataDir, { recursive: true });
    const restored = await cli('restore', [backup()], { DATA_DIR: dataDir });
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/rijen in \d+ tabellen gelijk aan het manifest, auditketen intact/);

    const db = await openDatabase({ dataDir });
    try {
      expect(await contents(db)).toEqual(before);
      expect(before.signals.startsWith('4:')).toBe(true); // 2 demo + 2 written
      const chain = await verifyAuditChain(db, auditChain);
      expect(chain.ok).toBe(true);
      expect(chain.checked).toBe(Number(before.audit_log.split(":")[0]));
    } finally {
      await db.destroy();
    }
    // Only PostgreSQL's files came back: no lock, token or other file from the source folder.
    expect(fs.readdirSync(dataDir).filter((e) => !/^(PG_VERSION|base|global|pg_|postgresql|postmaster)/.test(e))).toEqual([]);
  }, 180_000);

  it('refuses a non-empty target without --force, and replaces it with --force', async () => {
    const refused = await cli('restore', [backup()], { DATA_DIR: dataDir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('bevat al een database');
    expect(refused.stderr).toContain('--force');

    const forced = await cli('restore', [backup(), '--force'], { DATA_DIR: dataDir });
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/vervangen database staat nog in .*voor-herstel/);
  }, 180_000);

  it('refuses a corrupt, truncated or foreign file and changes nothing', async () => {
    const good = fs.readFileSync(backup());
    const corrupt = Buffer.from(good);
    corrupt[corrupt.length - 100] ^= 0xff;
    const cases: [string, Buffer, RegExp][] = [
      ['corrupt.kvb', corrupt, /controlesom klopt niet/],
      ['truncated.kvb', good.subarray(0, good.length - 1000), /onvolledig of beschadigd/],
      ['foreign.kvb', Buffer.from('PGDMP\x01\x0e\x00 not ours'), /geen Kindveilig-back-up/],
      ['manifest.kvb', Buffer.concat([Buffer.from('KINDVEILIG-BACKUP 1\n{"format":1,'), good.subarray(200)]), /manifest .* beschadigd/],
    ];
    for (const [name, bytes, message] of cases) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      const target = path.join(dir, `target-${name}`);
      const res = await cli('restore', [file], { DATA_DIR: target });
      expect(res.status, name).toBe(2);
      expect(res.stderr).toMatch(message);
      expect(res.stderr).toContain('Er is niets gewijzigd');
      expect(fs.existsSync(target), name).toBe(false);
    }
    // A damaged file is refused on a live target too, which keeps its data.
    const res = await cli('restore', [path.join(dir, 'corrupt.kvb'), '--force'], { DATA_DIR: dataDir });
    expect(res.status).toBe(2);
    const db = await openDatabase({ dataDir });
    try {
      expect(await contents(db)).toEqual(before);
    } finally {
      await db.destroy();
    }
  }, 240_000);

  it('a backup to a path that cannot be written fails clearly and leaves no file', async () => {
    const missing = await cli('backup', [path.join(dir, 'no-such-folder', 'x.kvb')], { DATA_DIR: dataDir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Kan de back-up niet schrijven');
    expect(missing.stderr).toContain('de map bestaat niet');
    const notADir = await cli('backup', [path.join(backup(), 'x.kvb')], { DATA_DIR: dataDir });
    expect(notADir.status).toBe(2);
    expect(notADir.stderr).toContain('een deel van het pad is een bestand, geen map');
    const exists = await cli('backup', [backup()], { DATA_DIR: dataDir });
    expect(exists.status).toBe(2);
    expect(exists.stderr).toContain('bestaat al');
  }, 180_000);

  it('a write that fails halfway leaves neither the file nor a temporary part', async () => {
    const target = path.join(dir, 'half.kvb');
    const db = await openDatabase({ dataDir });
    try {
      const { file: bytes } = await backupPglite(db);
      await expect(writeFileAtomically(target, async (fd) => {
        fs.writeSync(fd, bytes.subarray(0, 1000));
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      })).rejects.toThrow(/schijf is vol.*geen \(half\) back-upbestand/);
    } finally {
      await db.destroy();
    }
    expect(fs.readdirSync(dir).filter((f) => f.includes('half'))).toEqual([]);
  });
});

describe.skipIf(!PG_URL)('backup and restore on PostgreSQL (pg_dump custom format)', () => {
  const schema = `t_bk_${Date.now().toString(36)}`;
  const url = `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  let dir: string;
  let before: Record<string, string>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kv-pgbackup-'));
    const db = await openDatabase({ url: PG_URL, schema, poolSize: 3 });
    await loadDemoAndWrite(db);
    before = await contents(db);
    await db.destroy();
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await dropSchema(PG_URL!, schema);
  });

  it('backs up, and after dropping the schema restores every row and a verifying audit chain', async () => {
    const file = path.join(dir, 'pg.kvb');
    const made = await cli('backup', [file], { DATABASE_URL: url });
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/postgresql, migratie \d{4}_\w+, \d+ tabellen/);
    expect(fs.readFileSync(file).subarray(0, 4096).includes(Buffer.from('PGDMP'))).toBe(true);

    const refused = await cli('restore', [file], { DATABASE_URL: url });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('bevat al tabellen');

    await dropSchema(PG_URL!, schema);
    const restored = await cli('restore', [file], { DATABASE_URL: url });
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('gelijk aan het manifest, auditketen intact');

    const db = await openDatabase({ url: PG_URL, schema, poolSize: 2 });
    try {
      expect(await contents(db)).toEqual(before);
      expect((await verifyAuditChain(db, auditChain)).ok).toBe(true);
    } finally {
      await db.destroy();
    }

    const forced = await cli('restore', [file, '--force'], { DATABASE_URL: url });
    expect(forced.status, forced.stderr).toBe(0);
  }, 240_000);

  it('refuses a corrupt file or a PGlite backup and changes nothing', async () => {
    const file = path.join(dir, 'pg.kvb');
    const corrupt = Buffer.from(fs.readFileSync(file));
    corrupt[corrupt.length - 50] ^= 0xff;
    fs.writeFileSync(path.join(dir, 'corrupt.kvb'), corrupt);
    const res = await cli('restore', [path.join(dir, 'corrupt.kvb'), '--force'], { DATABASE_URL: url });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('controlesom klopt niet');

    const liteDir = path.join(dir, 'lite');
    const db0 = await openDatabase({ dataDir: liteDir });
    await createKindveilig({ ...loadConfig({ NODE_ENV: 'test' }), demo: false }, db0).then(({ app }) => app.close());
    fs.writeFileSync(path.join(dir, 'lite.kvb'), (await backupPglite(db0)).file);
    await db0.destroy();
    const foreign = await cli('restore', [path.join(dir, 'lite.kvb'), '--force'], { DATABASE_URL: url });
    expect(foreign.status).toBe(2);
    expect(foreign.stderr).toContain('Deze back-up is van pglite');

    const db = await openDatabase({ url: PG_URL, schema, poolSize: 2 });
    try {
      expect(await contents(db)).toEqual(before);
    } finally {
      await db.destroy();
    }
  }, 180_000);
});
