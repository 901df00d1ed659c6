// One writer on the embedded database: an exclusive lock file in DATA_DIR, held by the server or
// by a CLI command that opens the folder itself. PGlite cannot tell that another process has the
// same folder open; two writers silently lose each other's commits.
//
// The lock appears atomically with its full content: it is written to a private file first and
// then hard-linked to its name (link fails if the name exists). A lock whose process is gone
// (same host, PID dead or machine rebooted) is stale and may be taken over. Taking over is itself
// guarded by a lock named after the stale lock's nonce, so of two starters that find the same
// stale lock only one removes it; the other re-reads under the guard and sees the new holder.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE = 'kindveilig.lock';

export interface LockHolder {
  pid: number;
  host: string;
  bootId: string | null;
  startedAt: string;
  /** What holds the folder: 'server' or the CLI command's name. */
  kind: string;
  nonce: string;
}

export class LockHeldError extends Error {
  constructor(readonly dataDir: string, readonly holder: LockHolder) {
    super(
      `De datamap ${dataDir} is in gebruik door ${describeHolder(holder)}. ` +
        'Er mag maar één proces tegelijk in de ingebouwde database schrijven. ' +
        (holder.kind === 'server' ? 'Stop die server eerst, of gebruik het beheercommando (dat gaat via de draaiende server).' : 'Wacht tot dat klaar is.'),
    );
  }
}

export function describeHolder(h: LockHolder): string {
  const what = h.kind === 'server' ? 'een Kindveilig-server' : `het beheercommando "${h.kind}"`;
  return `${what} (PID ${h.pid} op host ${h.host}, gestart ${h.startedAt})`;
}

function bootId(): string | null {
  try {
    return fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return null;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by another user
  }
}

/** A lock is stale when its process provably no longer runs; a lock of another host never is. */
function isStale(h: LockHolder): boolean {
  if (h.host !== os.hostname()) return false;
  const boot = bootId();
  if (boot && h.bootId && boot !== h.bootId) return true;
  // Our own PID in a lock we did not take: a previous life of this container's PID 1.
  if (h.pid === process.pid) return true;
  return !pidAlive(h.pid);
}

function readHolder(file: string): LockHolder | null | 'unreadable' {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const h = JSON.parse(text) as LockHolder;
    if (typeof h.pid === 'number' && typeof h.host === 'string' && typeof h.nonce === 'string') return h;
  } catch {
    /* fall through */
  }
  return 'unreadable';
}

/** Creates `file` with the holder's content, atomically; false if it already exists. */
function createExclusive(file: string, holder: LockHolder): boolean {
  const tmp = `${file}.${holder.nonce}.tmp`;
  const fd = fs.openSync(tmp, 'wx', 0o644);
  try {
    fs.writeSync(fd, JSON.stringify(holder) + '\n');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.linkSync(tmp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

function removeIfOurs(file: string, nonce: string): void {
  const h = readHolder(file);
  if (h && h !== 'unreadable' && h.nonce === nonce) fs.rmSync(file, { force: true });
}

function tryAcquire(file: string, holder: LockHolder, depth: number): { ok: true } | { ok: false; holder: LockHolder } {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (createExclusive(file, holder)) return { ok: true };
    const current = readHolder(file);
    if (current === null) continue; // released meanwhile: try again
    if (current === 'unreadable') {
      throw new Error(`Het vergrendelbestand ${file} is onleesbaar. Controleer of er nog een Kindveilig-proces draait en verwijder het bestand dan met de hand.`);
    }
    if (!isStale(current)) return { ok: false, holder: current };
    if (depth > 3) throw new Error(`Kan het verouderde vergrendelbestand ${file} niet overnemen.`);
    // Take over under a guard unique to this stale lock; a stale guard is taken over the same way.
    const guard = `${file}.takeover-${current.nonce}`;
    const guardHolder = { ...holder, nonce: randomBytes(8).toString('hex') };
    const got = tryAcquire(guard, guardHolder, depth + 1);
    if (!got.ok) {
      sleepMs(20);
      continue;
    }
    try {
      // Under the guard nobody else can remove this stale lock, so what we read is what we unlink.
      const again = readHolder(file);
      if (again && again !== 'unreadable' && again.nonce === current.nonce) fs.rmSync(file);
    } finally {
      removeIfOurs(guard, guardHolder.nonce);
    }
  }
  throw new Error(`Kan ${file} niet vergrendelen: het bestand wisselt steeds van eigenaar.`);
}

function sleepMs(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export interface DataDirLock {
  holder: LockHolder;
  release(): void;
}

/** Takes the folder's lock or throws LockHeldError saying who holds it. */
export function lockDataDir(dataDir: string, kind: string): DataDirLock {
  // The database files inside are made world-readable by PGlite: the folder itself keeps others out.
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dataDir, 0o700);
  const file = path.join(dataDir, LOCK_FILE);
  const holder: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    bootId: bootId(),
    startedAt: new Date().toISOString(),
    kind,
    nonce: randomBytes(12).toString('hex'),
  };
  const result = tryAcquire(file, holder, 0);
  if (!result.ok) throw new LockHeldError(dataDir, result.holder);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    removeIfOurs(file, holder.nonce);
  };
  process.once('exit', release);
  return { holder, release };
}
