// The commands an operator runs: retention with a reference date and dry run, audit chain
// verification, and the production start that refuses demo passwords.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKindveilig } from '../src/app.ts';
import { loadConfig } from '../src/platform/config.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { sql } from 'kysely';

const tsx = path.resolve('node_modules/.bin/tsx');
const run = (script: string, args: string[], env: Record<string, string>) =>
  spawnSync(tsx, [script, ...args], { env: { ...process.env, DATABASE_URL: '', ...env }, encoding: 'utf8', timeout: 60_000 });

describe('operator commands on an embedded database with demo data', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kv-cli-'));
    const db = await openDatabase({ dataDir });
    const { app, ctx } = await createKindveilig({ ...loadConfig({ DATA_DIR: dataDir }), demo: true }, db);
    await seedDemo(ctx);
    await app.close();
    await db.destroy();
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('retentie --dry-run lists what would change and changes nothing', () => {
    const future = `${new Date().getFullYear() + 3}-01-01`;
    const dry = run('src/cli/retentie.ts', ['--peildatum', future, '--dry-run'], { DATA_DIR: dataDir });
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('PROEFDRAAI');
    expect(dry.stdout).toMatch(/inactief worden \(2 jaar verlopen\): 2/);
    expect(dry.stdout.split('\n').filter((l) => l.trim().startsWith('expired\t'))).toHaveLength(2);
    const again = run('src/cli/retentie.ts', ['--peildatum', future, '--dry-run'], { DATA_DIR: dataDir });
    expect(again.stdout).toMatch(/inactief worden \(2 jaar verlopen\): 2/);
    const real = run('src/cli/retentie.ts', ['--peildatum', future], { DATA_DIR: dataDir });
    expect(real.stdout).toContain('Uitgevoerd');
    const after = run('src/cli/retentie.ts', ['--peildatum', future, '--dry-run'], { DATA_DIR: dataDir });
    expect(after.stdout).toMatch(/inactief worden \(2 jaar verlopen\): 0/);
  });

  it('retentie refuses an invalid reference date', () => {
    const bad = run('src/cli/retentie.ts', ['--peildatum', '2026-13-01'], { DATA_DIR: dataDir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Ongeldige peildatum');
  });

  it('audit:verify seals and checks the chain', () => {
    const res = run('src/cli/audit-verify.ts', [], { DATA_DIR: dataDir });
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/Auditketen intact: \d+ regels gecontroleerd/);
  });

  it('audit:verify exits 1 when the newest entries are deleted or the log is emptied with its guard dropped', async () => {
    expect(run('src/cli/audit-verify.ts', [], { DATA_DIR: dataDir }).status).toBe(0); // seals and anchors the head
    const tamper = async (statement: string) => {
      const db = await openDatabase({ dataDir });
      await sql.raw(`drop trigger if exists audit_log_guard on audit_log; drop trigger if exists audit_log_no_truncate on audit_log; ${statement}`).execute(db);
      await db.destroy();
    };
    await tamper('delete from audit_log where chain_pos > (select max(chain_pos) - 3 from audit_log)');
    const shortened = run('src/cli/audit-verify.ts', [], { DATA_DIR: dataDir });
    expect(shortened.status).toBe(1);
    expect(shortened.stderr).toContain('AUDITKETEN GEBROKEN');
    await tamper('truncate audit_log');
    const emptied = run('src/cli/audit-verify.ts', [], { DATA_DIR: dataDir });
    expect(emptied.status).toBe(1);
    expect(emptied.stderr).toMatch(/AUDITKETEN GEBROKEN op positie 1: .*verwijderd/);
  });

  it('production refuses to start with demo passwords or demo mode', () => {
    const withDemoUsers = run('src/server.ts', [], { DATA_DIR: dataDir, NODE_ENV: 'production', DEMO: 'false', PORT: '0' });
    expect(withDemoUsers.status).toBe(1);
    expect(withDemoUsers.stderr).toContain('demowachtwoord');
    const demoOn = run('src/server.ts', [], { DATA_DIR: dataDir, NODE_ENV: 'production', DEMO: 'true', PORT: '0' });
    expect(demoOn.status).not.toBe(0);
    expect(demoOn.stderr).toContain('DEMO staat aan in productie');
  });
});
