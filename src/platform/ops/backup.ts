// Backup and restore of the whole database, for both engines.
//
// A backup file is one line of magic, one line of JSON manifest, then the payload:
// - PGlite: a gzipped tar of the PostgreSQL files of the data folder, taken after a CHECKPOINT
//   while this process holds the only database connection. PGlite runs no background work, so
//   the files are still while they are read: a consistent physical copy, restorable by PGlite
//   itself (loadDataDir), taken in well under a second for the demo, without stopping the
//   server. Only PostgreSQL's own files are kept: the lock, the admin token and key files that
//   other parts keep in DATA_DIR are not part of a database backup (docs/operations.md).
// - PostgreSQL: `pg_dump --format=custom` under a snapshot exported from the transaction that
//   counted the rows, so the manifest describes exactly the dumped data.
// The manifest holds engine, migration version, row counts per table, the audit chain's head
// and the payload's SHA-256; a restore checks all of them.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { openDatabase, pgliteOf, type Database } from '../db/database.ts';
import { setAnchorsAsideBeyond, verifyAuditChain, type AuditChain } from '../audit/audit.ts';

const gzipAsync = promisify(gzip);

export const MAGIC = 'KINDVEILIG-BACKUP 1\n';

export type Engine = 'pglite' | 'postgresql';

export interface Manifest {
  format: 1;
  engine: Engine;
  createdAt: string;
  /** PostgreSQL schema the data lives in (PostgreSQL only; pg_restore recreates it by name). */
  schema: string | null;
  postgresVersion: string;
  migration: { latest: string | null; applied: number };
  tables: Record<string, number>;
  audit: { head: { position: number; hash: string } | null; unsealed: number };
  payload: { format: 'pgdata-tar-gzip' | 'pg_dump-custom'; bytes: number; sha256: string };
}

/** A refusal an operator must read: the message is the Dutch explanation, nothing else. */
export class OpsError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

type Described = Omit<Manifest, 'format' | 'engine' | 'createdAt' | 'payload'>;

/** What is in the database right now: run it in the snapshot that is being backed up. */
export async function describeDatabase(db: Kysely<any>): Promise<Described> {
  const schema = (await sql<{ s: string; v: string }>`select current_schema() as s, current_setting('server_version') as v`.execute(db)).rows[0];
  const tables = (await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db)).rows.map((r) => r.name);
  const counts: Record<string, number> = {};
  for (const t of tables) {
    counts[t] = Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(t)}`.execute(db)).rows[0].n);
  }
  let migration: Described['migration'] = { latest: null, applied: 0 };
  if (tables.includes('kysely_migration')) {
    const m = (await sql<{ latest: string | null; applied: string }>`
      select max(name) as latest, count(*) as applied from kysely_migration`.execute(db)).rows[0];
    migration = { latest: m.latest, applied: Number(m.applied) };
  }
  let audit: Described['audit'] = { head: null, unsealed: 0 };
  if (tables.includes('audit_log')) {
    const head = (await sql<{ chain_pos: string; hash: string }>`
      select chain_pos, hash from audit_log where chain_pos is not null order by chain_pos desc limit 1`.execute(db)).rows[0];
    const unsealed = (await sql<{ n: string }>`select count(*) as n from audit_log where hash is null`.execute(db)).rows[0];
    audit = { head: head ? { position: Number(head.chain_pos), hash: head.hash } : null, unsealed: Number(unsealed.n) };
  }
  return { schema: schema.s, postgresVersion: schema.v, migration, tables: counts, audit };
}

// ---- the file ------------------------------------------------------------------------------

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function header(manifest: Manifest): Buffer {
  return Buffer.from(MAGIC + JSON.stringify(manifest) + '\n', 'utf8');
}

/**
 * Writes `target` so that it is either absent or complete: a temporary file next to it, fsync,
 * then linked to its name, fsync of the folder. An existing file is never overwritten.
 */
export async function writeFileAtomically(target: string, write: (fd: number) => Promise<void>): Promise<void> {
  const abs = path.resolve(target);
  if (fs.existsSync(abs)) throw new OpsError(`Het bestand ${abs} bestaat al; kies een nieuwe naam (een back-up wordt nooit overschreven).`, 2);
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${randomBytes(6).toString('hex')}.deel`);
  let fd: number;
  try {
    fd = fs.openSync(tmp, 'wx', 0o600);
  } catch (error) {
    throw new OpsError(`Kan de back-up niet schrijven naar ${abs}: ${reason(error, true)}. Er is niets aangemaakt.`, 2);
  }
  try {
    await write(fd);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.linkSync(tmp, abs); // like rename, but fails instead of replacing a file made meanwhile
    fs.rmSync(tmp);
    const dir = fs.openSync(path.dirname(abs), 'r');
    try {
      fs.fsyncSync(dir);
    } finally {
      fs.closeSync(dir);
    }
  } catch (error) {
    try {
      fs.closeSync(fd);
    } catch {
      /* already closed */
    }
    fs.rmSync(tmp, { force: true });
    if (error instanceof OpsError) throw error;
    throw new OpsError(`Het schrijven van de back-up naar ${abs} is mislukt: ${reason(error, true)}. Er is geen (half) back-upbestand achtergebleven.`, 1);
  }
}

export function reason(error: unknown, writing = false): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT': return writing ? 'de map bestaat niet' : 'het bestand bestaat niet';
    case 'ENOTDIR': return 'een deel van het pad is een bestand, geen map';
    case 'EACCES': case 'EPERM': return 'geen schrijfrechten';
    case 'ENOSPC': return 'de schijf is vol';
    case 'EROFS': return 'het bestandssysteem is alleen-lezen';
    case 'EISDIR': return 'dit is een map';
    case 'EEXIST': return 'het bestand bestaat intussen al';
    default: return e.message ?? String(error);
  }
}

function writeAll(fd: number, data: Uint8Array) {
  let off = 0;
  while (off < data.length) off += fs.writeSync(fd, data, off);
}

export interface OpenedBackup {
  manifest: Manifest;
  /** Byte offset of the payload in the file. */
  offset: number;
}

/** Reads and checks a backup file; refuses anything that is not a complete Kindveilig backup. */
export function openBackup(file: string): OpenedBackup {
  const abs = path.resolve(file);
  let fd: number;
  try {
    fd = fs.openSync(abs, 'r');
  } catch (error) {
    throw new OpsError(`Kan het back-upbestand ${abs} niet openen: ${reason(error)}.`, 2);
  }
  try {
    const head = Buffer.alloc(1 << 20);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    const text = head.subarray(0, n);
    if (!text.subarray(0, MAGIC.length).equals(Buffer.from(MAGIC))) {
      throw new OpsError(`${abs} is geen Kindveilig-back-up (het begin van het bestand klopt niet). Er is niets gewijzigd.`, 2);
    }
    const end = text.indexOf(0x0a, MAGIC.length);
    let manifest: Manifest;
    try {
      manifest = JSON.parse(text.subarray(MAGIC.length, end).toString('utf8')) as Manifest;
    } catch {
      throw new OpsError(`Het manifest van ${abs} is beschadigd. Er is niets gewijzigd.`, 2);
    }
    if (end < 0 || manifest.format !== 1 || !manifest.payload || !manifest.tables) {
      throw new OpsError(`Het manifest van ${abs} is beschadigd of van een onbekende versie. Er is niets gewijzigd.`, 2);
    }
    const offset = end + 1;
    const size = fs.fstatSync(fd).size;
    if (size - offset !== manifest.payload.bytes) {
      throw new OpsError(`${abs} is onvolledig of beschadigd (${size - offset} van ${manifest.payload.bytes} bytes). Er is niets gewijzigd.`, 2);
    }
    const hash = createHash('sha256');
    const chunk = Buffer.alloc(1 << 20);
    for (let pos = offset; pos < size;) {
      const got = fs.readSync(fd, chunk, 0, chunk.length, pos);
      hash.update(chunk.subarray(0, got));
      pos += got;
    }
    if (hash.digest('hex') !== manifest.payload.sha256) {
      throw new OpsError(`${abs} is beschadigd: de controlesom klopt niet. Er is niets gewijzigd.`, 2);
    }
    return { manifest, offset };
  } finally {
    fs.closeSync(fd);
  }
}

// ---- PGlite --------------------------------------------------------------------------------

/** Top-level entries of a data folder that belong to PostgreSQL. */
const PG_ENTRY = /^(PG_VERSION|base|global|pg_[a-z_]+|postgresql\.(auto\.)?conf|pg_hba\.conf|pg_ident\.conf|postmaster\.opts)$/;

/** Keeps the tar entries of PostgreSQL's own files (ustar: 512-byte headers, padded data). */
function filterTar(tar: Uint8Array): Uint8Array {
  const out: Uint8Array[] = [];
  const text = (b: Uint8Array) => Buffer.from(b).toString('utf8').replace(/\0.*$/s, '');
  for (let pos = 0; pos + 512 <= tar.length;) {
    const h = tar.subarray(pos, pos + 512);
    if (h.every((b) => b === 0)) break;
    const name = [text(h.subarray(345, 500)), text(h.subarray(0, 100))].filter(Boolean).join('/');
    const size = parseInt(text(h.subarray(124, 136)).trim() || '0', 8);
    const total = 512 + Math.ceil(size / 512) * 512;
    const top = name.split('/').filter(Boolean)[0] ?? '';
    if (PG_ENTRY.test(top)) out.push(tar.subarray(pos, pos + total));
    pos += total;
  }
  out.push(new Uint8Array(1024));
  return Buffer.concat(out);
}

/**
 * A consistent backup of a PGlite database, taken inside the process that has it open. Requests
 * wait only while the files are read (`pausedMs`); compressing happens after, off the event loop.
 */
export async function backupPglite(db: Database): Promise<{ file: Buffer; pausedMs: number }> {
  const lite = pgliteOf(db);
  if (!lite) throw new OpsError('Deze database is geen PGlite-database.');
  const started = performance.now();
  const { described, tar } = await db.connection().execute(async (conn) => {
    // Holding the only connection: no transaction is open and none can start until we are done.
    await sql`checkpoint`.execute(conn);
    const described = await describeDatabase(conn);
    const createdAt = new Date().toISOString();
    const tar = new Uint8Array(await (await lite.dumpDataDir('none')).arrayBuffer());
    return { described: { ...described, createdAt }, tar };
  });
  const pausedMs = performance.now() - started;
  const payload = await gzipAsync(filterTar(tar));
  const manifest: Manifest = {
    format: 1, engine: 'pglite', ...described, schema: null,
    payload: { format: 'pgdata-tar-gzip', bytes: payload.length, sha256: sha256(payload) },
  };
  return { file: Buffer.concat([header(manifest), payload]), pausedMs };
}

// ---- PostgreSQL ----------------------------------------------------------------------------

function run(cmd: string, args: string[], io: { stdin?: NodeJS.ReadableStream } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: [io.stdin ? 'pipe' : 'ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    if (io.stdin) io.stdin.pipe(child.stdin!);
    child.on('error', (error) => reject(new OpsError(`${cmd} kon niet worden gestart (${(error as NodeJS.ErrnoException).code}). Installeer postgresql-client-15.`)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new OpsError(`${cmd} is mislukt (code ${code}): ${stderr.trim()}`))));
  });
}

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const pgTool = (name: string) => (fs.existsSync(path.join(PG_BIN, name)) ? path.join(PG_BIN, name) : name);

/** pg_dump of the database's current schema, written atomically to `target` with its manifest. */
export async function backupPostgres(url: string, target: string): Promise<Manifest> {
  const db = await openDatabase({ url, poolSize: 1 });
  const abs = path.resolve(target);
  const payloadFile = path.join(path.dirname(abs), `.${path.basename(abs)}.${randomBytes(6).toString('hex')}.pgdump`);
  try {
    let manifest!: Manifest;
    await writeFileAtomically(target, async (fd) => {
      try {
        await db.transaction().setIsolationLevel('repeatable read').execute(async (tx) => {
          const { id: snapshot, at } = (await sql<{ id: string; at: Date }>`select pg_export_snapshot() as id, now() as at`.execute(tx)).rows[0];
          const described = await describeDatabase(tx);
          if (!described.schema) throw new OpsError('De verbinding werkt in geen bestaand schema (search_path); er is niets te back-uppen.', 2);
          fs.closeSync(fs.openSync(payloadFile, 'wx', 0o600)); // pg_dump keeps the mode: personal data stays private
          await run(pgTool('pg_dump'), ['--format=custom', `--snapshot=${snapshot}`, `--schema=${described.schema}`, '--no-owner', '--no-privileges', `--file=${payloadFile}`, `--dbname=${url}`]);
          const payload = fs.readFileSync(payloadFile);
          manifest = {
            format: 1, engine: 'postgresql', createdAt: new Date(at).toISOString(), ...described,
            payload: { format: 'pg_dump-custom', bytes: payload.length, sha256: sha256(payload) },
          };
          writeAll(fd, header(manifest));
          writeAll(fd, payload);
        });
      } finally {
        fs.rmSync(payloadFile, { force: true });
      }
    });
    return manifest;
  } finally {
    await db.destroy();
  }
}

// ---- restore -------------------------------------------------------------------------------

/** Checks a restored database against its manifest; throws with what differs. */
export async function checkRestored(db: Database, manifest: Manifest, auditChain: AuditChain): Promise<{ auditChecked: number }> {
  const now = await describeDatabase(db);
  if (now.migration.latest !== manifest.migration.latest || now.migration.applied !== manifest.migration.applied) {
    throw new OpsError(`Migratieversie na herstel is ${now.migration.latest} (${now.migration.applied}), verwacht ${manifest.migration.latest} (${manifest.migration.applied}).`);
  }
  const differ = Object.keys({ ...manifest.tables, ...now.tables })
    .filter((t) => manifest.tables[t] !== now.tables[t])
    .map((t) => `${t}: ${now.tables[t] ?? 'ontbreekt'} in plaats van ${manifest.tables[t] ?? 'geen'}`);
  if (differ.length) throw new OpsError(`Aantallen rijen na herstel wijken af van het manifest: ${differ.join('; ')}.`);
  const chain = await verifyAuditChain(db, auditChain, { anchorsUpTo: manifest.audit.head?.position ?? 0 });
  if (!chain.ok) throw new OpsError(`De auditketen verifieert niet na herstel (positie ${chain.firstBadPosition}: ${chain.reason}).`);
  if (JSON.stringify(now.audit.head) !== JSON.stringify(manifest.audit.head)) {
    throw new OpsError('De kop van de auditketen na herstel is niet die uit het manifest.');
  }
  return { auditChecked: chain.checked };
}

const restoreStamp = () => new Date().toISOString().replace(/[:.]/g, '-');

/** Whether a PGlite data folder already holds a database. */
export function pgliteFolderInUse(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}

/**
 * Restores a PGlite backup into `dataDir` (the caller holds its lock). The backup is unpacked and
 * checked in a folder next to it first; only a backup that checks out replaces the database, and
 * the replaced files are kept aside in `<dataDir>.voor-herstel-<time>`.
 */
export async function restorePglite(file: string, opened: OpenedBackup, dataDir: string, force: boolean, auditChain: AuditChain): Promise<{ auditChecked: number; keptAside: string | null }> {
  const { manifest, offset } = opened;
  if (manifest.engine !== 'pglite') throw new OpsError(`Deze back-up is van ${manifest.engine}; de doeldatabase is PGlite (DATA_DIR). Er is niets gewijzigd.`, 2);
  if (pgliteFolderInUse(dataDir) && !force) {
    throw new OpsError(`De datamap ${dataDir} bevat al een database. Herstel vervangt die; gebruik --force als dat de bedoeling is. Er is niets gewijzigd.`, 2);
  }
  const abs = path.resolve(dataDir);
  const staging = `${abs}.herstel-${randomBytes(4).toString('hex')}`;
  let tar: Buffer;
  try {
    tar = gunzipSync(fs.readFileSync(file).subarray(offset));
  } catch {
    throw new OpsError('De inhoud van de back-up is niet uit te pakken. Er is niets gewijzigd.', 2);
  }
  let report: { auditChecked: number };
  try {
    const db = await openDatabase({ dataDir: staging, loadDataDir: new Blob([new Uint8Array(tar)], { type: 'application/x-tar' }) });
    try {
      report = await checkRestored(db, manifest, auditChain);
    } finally {
      await db.destroy();
    }
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    if (error instanceof OpsError) throw new OpsError(`${error.message} Er is niets gewijzigd.`, error.exitCode);
    throw new OpsError(`De back-up laat zich niet openen als database (${(error as Error).message}). Er is niets gewijzigd.`, 2);
  }
  // Swap PostgreSQL's entries; anything else in DATA_DIR (lock, keys) stays where it is.
  let keptAside: string | null = null;
  const old = fs.existsSync(abs) ? fs.readdirSync(abs).filter((e) => PG_ENTRY.test(e)) : [];
  if (old.length) {
    keptAside = `${abs}.voor-herstel-${restoreStamp()}`;
    fs.mkdirSync(keptAside);
    for (const e of old) fs.renameSync(path.join(abs, e), path.join(keptAside, e));
  }
  fs.mkdirSync(abs, { recursive: true });
  for (const e of fs.readdirSync(staging)) {
    if (PG_ENTRY.test(e)) fs.renameSync(path.join(staging, e), path.join(abs, e));
  }
  fs.rmSync(staging, { recursive: true, force: true });
  setAnchorsAsideBeyond(auditChain, manifest.audit.head?.position ?? 0, restoreStamp());
  return { ...report, keptAside };
}

/** Restores a pg_dump backup into the database at `url`; refuses a schema that has tables unless forced. */
export async function restorePostgres(file: string, opened: OpenedBackup, url: string, force: boolean, auditChain: AuditChain): Promise<{ auditChecked: number }> {
  const { manifest, offset } = opened;
  if (manifest.engine !== 'postgresql') throw new OpsError(`Deze back-up is van ${manifest.engine}; de doeldatabase is PostgreSQL (DATABASE_URL). Er is niets gewijzigd.`, 2);
  const db = await openDatabase({ url, poolSize: 1 });
  try {
    const { rows } = await sql<{ schema: string | null; tables: string }>`
      select current_schema() as schema,
        (select count(*) from information_schema.tables t where t.table_schema = ${manifest.schema}) as tables`.execute(db);
    const target = rows[0].schema;
    if (target !== null && target !== manifest.schema) {
      throw new OpsError(`De back-up hoort bij schema "${manifest.schema}", de verbinding werkt in "${target}". Er is niets gewijzigd.`, 2);
    }
    if (Number(rows[0].tables) > 0 && !force) {
      throw new OpsError(`Schema "${manifest.schema}" bevat al tabellen. Herstel vervangt die; gebruik --force als dat de bedoeling is. Er is niets gewijzigd.`, 2);
    }
    // One transaction: a pg_restore that fails halfway leaves the database as it was.
    await run(pgTool('pg_restore'), ['--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges', ...(force ? ['--clean', '--if-exists'] : []), `--dbname=${url}`],
      { stdin: fs.createReadStream(file, { start: offset }) });
    const report = await checkRestored(db, manifest, auditChain);
    setAnchorsAsideBeyond(auditChain, manifest.audit.head?.position ?? 0, restoreStamp());
    return report;
  } finally {
    await db.destroy();
  }
}
