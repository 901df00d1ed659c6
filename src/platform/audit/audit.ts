// NEN 7513-style audit log. Writers only insert (cheap, no lock, in the same transaction as the
// work they log). A sealer later chains the committed entries with an HMAC in a fixed order, and
// now and then writes the chain's head to an anchor file outside the database. The key and the
// anchors are not in the database, so whoever controls only the database can neither recompute
// the chain after a change nor shorten, rewrite or empty it without `npm run audit:verify`
// noticing (decision 0003).
import { createHash, createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Config } from '../config.ts';

export interface Actor {
  userId: string | null;
  username: string | null;
  organisationId: string | null;
  role: string | null;
  ip: string | null;
  userAgent: string | null;
}

export type AuditOutcome = 'success' | 'refused' | 'failed';

export interface AuditEvent {
  action: string; // read | create | update | delete | login | export | ...
  recordType: string;
  recordId?: string | null;
  personId?: string | null;
  outcome?: AuditOutcome;
  detail?: Record<string, unknown>;
}

export const systemActor: Actor = { userId: null, username: 'systeem', organisationId: null, role: 'systeem', ip: null, userAgent: null };

export async function recordAudit(db: Kysely<DB>, actor: Actor, events: AuditEvent[]): Promise<void> {
  // Chunks keep each insert under PostgreSQL's limit of 65,535 bind parameters.
  for (let i = 0; i < events.length; i += 2000) {
    await insertAuditRows(db, actor, events.slice(i, i + 2000));
  }
}

async function insertAuditRows(db: Kysely<DB>, actor: Actor, events: AuditEvent[]): Promise<void> {
  await db
    .insertInto('audit_log')
    .values(
      events.map((e) => ({
        user_id: actor.userId,
        username: actor.username,
        organisation_id: actor.organisationId,
        role: actor.role,
        action: e.action,
        record_type: e.recordType,
        record_id: e.recordId ?? null,
        person_id: e.personId ?? null,
        ip: actor.ip,
        user_agent: actor.userAgent,
        outcome: e.outcome ?? 'success',
        detail: e.detail ? JSON.stringify(e.detail) : null,
      })),
    )
    .execute();
}

/**
 * The person a request body names by BSN (`bsn`, `clientBsn`), so that a refused lookup by BSN is
 * findable under that person ("who tried to look at this child").
 */
export async function personNamedInBody(db: Kysely<DB>, body: unknown): Promise<string | null> {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  const bsn = [b.bsn, b.clientBsn].find((v): v is string => typeof v === 'string' && /^\d{9}$/.test(v));
  if (!bsn) return null;
  return (await db.selectFrom('persons').select('id').where('bsn', '=', bsn).executeTakeFirst())?.id ?? null;
}

type AuditRow = DB['audit_log'] extends infer T ? { [K in keyof T]: any } : never;

/** What sealing and verifying need from outside the database: the HMAC key and the anchor file. */
export interface AuditChain {
  key: Buffer;
  anchorFile: string;
  /** How often the running server anchors the head (the CLI and the privacy officer's check always do). */
  anchorIntervalMs: number;
}

const KEY_PATTERN = /^[0-9a-f]{64,}$/i;

/**
 * The key comes from AUDIT_KEY (hex), or from the file AUDIT_KEY_FILE, or from `DATA_DIR/audit-key`,
 * which is created (32 random bytes, mode 0600) when it does not exist yet. A configured key file
 * that is missing is an error: a silently new key would make the whole chain fail later.
 */
export function openAuditChain(config: Pick<Config, 'dataDir' | 'auditKey' | 'auditKeyFile' | 'auditAnchorFile' | 'auditAnchorSeconds'>): AuditChain {
  const anchorFile = config.auditAnchorFile ?? path.join(config.dataDir, 'audit-anchors.log');
  const anchorIntervalMs = config.auditAnchorSeconds * 1000;
  if (config.auditKey) return { key: parseKey(config.auditKey, 'AUDIT_KEY'), anchorFile, anchorIntervalMs };
  const file = config.auditKeyFile ?? path.join(config.dataDir, 'audit-key');
  if (!fs.existsSync(file)) {
    if (config.auditKeyFile) throw new Error(`Weigering: het sleutelbestand van het auditlog (AUDIT_KEY_FILE=${file}) bestaat niet.`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  }
  if ((fs.statSync(file).mode & 0o077) !== 0) {
    throw new Error(`Weigering: het sleutelbestand van het auditlog (${file}) is leesbaar voor anderen; zet het op chmod 600.`);
  }
  return { key: parseKey(fs.readFileSync(file, 'utf8').trim(), file), anchorFile, anchorIntervalMs };
}

function parseKey(text: string, source: string): Buffer {
  if (!KEY_PATTERN.test(text)) throw new Error(`Weigering: de auditsleutel (${source}) moet minstens 64 hexadecimale tekens zijn (32 bytes).`);
  return Buffer.from(text, 'hex');
}

/** A fresh key, for tests and demos that keep no key file. */
export const generatedAuditKey = (): string => randomBytes(32).toString('hex');

/** Entries sealed before the switch to HMAC (decision 0003) keep their plain SHA-256 (key null). */
export function entryDigest(prevHash: string, row: AuditRow, key: Buffer | null): string {
  const canonical = JSON.stringify([
    row.seq, new Date(row.at).toISOString(), row.user_id, row.username, row.organisation_id, row.role,
    row.action, row.record_type, row.record_id, row.person_id, row.ip, row.user_agent, row.outcome,
    row.detail ?? null,
  ]);
  return (key ? createHmac('sha256', key) : createHash('sha256')).update(prevHash).update(canonical).digest('hex');
}

const GENESIS = '0'.repeat(64);
const SEAL_LOCK = 7513;

/**
 * Chains up to `batch` committed entries not chained yet, in insertion order, in one short
 * transaction: the hashes are computed here (the key never reaches the database) and written in
 * one statement. An entry of a transaction still running is not visible here; it is chained by a
 * later pass, after the ones before it. The chain order is the order of sealing, so no entry is
 * ever skipped or waits for others.
 */
export async function sealAuditLog(db: Kysely<DB>, chain: AuditChain, batch = 1000): Promise<number> {
  return db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(${SEAL_LOCK})`.execute(tx);
    const rows = (await sql<AuditRow>`select * from audit_log where hash is null order by seq limit ${batch}`.execute(tx)).rows;
    if (rows.length === 0) return 0;
    const last = await chainHead(tx);
    await refuseForeignKey(tx, chain, last);
    let pos = last?.pos ?? 0;
    let prev = last?.hash ?? GENESIS;
    const seqs: number[] = [], positions: number[] = [], prevs: string[] = [], hashes: string[] = [];
    for (const row of rows) {
      pos += 1;
      const hash = entryDigest(prev, row, chain.key);
      seqs.push(Number(row.seq)); positions.push(pos); prevs.push(prev); hashes.push(hash);
      prev = hash;
    }
    await sql`
      update audit_log a set chain_pos = u.pos, prev_hash = u.prev, hash = u.hash
      from unnest(${seqs}::bigint[], ${positions}::bigint[], ${prevs}::text[], ${hashes}::text[]) as u(seq, pos, prev, hash)
      where a.seq = u.seq`.execute(tx);
    return rows.length;
  });
}

/**
 * Seals everything pending in bounded batches, each its own transaction: on PGlite's single
 * connection the requests waiting in between get their turn, instead of one long stall.
 */
export async function sealPending(db: Kysely<DB>, chain: AuditChain, batch = 1000): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await sealAuditLog(db, chain, batch);
    total += n;
    if (n < batch) return total;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The chain position from which entries carry the HMAC (older ones keep plain SHA-256). */
async function hmacFromPosition(db: Kysely<DB>): Promise<number> {
  return Number((await sql<{ p: number }>`select hmac_from_pos as p from audit_chain`.execute(db)).rows[0]?.p ?? 1);
}

export class AuditKeyMismatch extends Error {}

/**
 * An instance with another key (a key file made anew in an empty DATA_DIR, say) would chain on
 * with hashes nobody can verify: the head, when it is an HMAC entry, must verify with this key.
 */
async function refuseForeignKey(db: Kysely<DB>, chain: AuditChain, head: { pos: number; hash: string } | undefined) {
  if (!head) return;
  const hmacFrom = await hmacFromPosition(db);
  if (head.pos < hmacFrom) return;
  const row = (await sql<AuditRow>`select * from audit_log where chain_pos = ${head.pos}`.execute(db)).rows[0];
  if (entryDigest(row.prev_hash, row, chain.key) !== row.hash) {
    throw new AuditKeyMismatch('De auditsleutel past niet bij de keten (andere AUDIT_KEY of een nieuw sleutelbestand?), of de laatste regel is gewijzigd: er wordt niet verzegeld.');
  }
}

async function chainHead(db: Kysely<DB>): Promise<{ pos: number; hash: string } | undefined> {
  const last = await db.selectFrom('audit_log').select(['chain_pos', 'hash'])
    .where('chain_pos', 'is not', null).orderBy('chain_pos', 'desc').limit(1).executeTakeFirst();
  return last ? { pos: Number(last.chain_pos), hash: last.hash! } : undefined;
}

/** One line of the anchor file: the chain's head at a moment, signed with the key. */
export interface Anchor {
  pos: number;
  hash: string;
  at: string;
  mac: string;
}

const anchorMac = (key: Buffer, pos: number, hash: string, at: string) =>
  createHmac('sha256', key).update(`kindveilig-auditanker\n${pos}\n${hash}\n${at}`).digest('hex');

/**
 * Appends the sealed head (position, hash, time, signature) to the anchor file, unless it is
 * already the last line. Under the sealer's lock, so anchors of concurrent processes stay in order.
 */
export async function anchorAuditHead(db: Kysely<DB>, chain: AuditChain, now = new Date()): Promise<Anchor | null> {
  return db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(${SEAL_LOCK})`.execute(tx);
    const head = await chainHead(tx);
    if (!head) return null;
    const previous = lastAnchor(chain.anchorFile);
    if (previous && previous.pos === head.pos && previous.hash === head.hash) return null;
    const at = now.toISOString();
    const anchor: Anchor = { pos: head.pos, hash: head.hash, at, mac: anchorMac(chain.key, head.pos, head.hash, at) };
    fs.mkdirSync(path.dirname(chain.anchorFile), { recursive: true });
    const fd = fs.openSync(chain.anchorFile, 'a', 0o600);
    try {
      fs.writeSync(fd, `${JSON.stringify(anchor)}\n`);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    return anchor;
  });
}

/**
 * After a restore the chain is back at the backup's head: the anchors beyond it are moved aside
 * (kept, as evidence of what the restore undid) and the file holds only those the chain covers.
 */
export function setAnchorsAsideBeyond(chain: AuditChain, position: number, stamp: string): string | null {
  const read = readAnchors(chain);
  if ('badLine' in read || !read.anchors.some((anchor) => anchor.pos > position)) return null;
  const aside = `${chain.anchorFile}.voor-herstel-${stamp}`;
  fs.renameSync(chain.anchorFile, aside);
  const kept = read.anchors.filter((anchor) => anchor.pos <= position).map((anchor) => `${JSON.stringify(anchor)}\n`).join('');
  fs.writeFileSync(chain.anchorFile, kept, { mode: 0o600 });
  return aside;
}

function lastAnchor(file: string): Anchor | null {
  if (!fs.existsSync(file)) return null;
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const length = Math.min(size, 4096);
    const buffer = Buffer.alloc(length);
    fs.readSync(fd, buffer, 0, length, size - length);
    const line = buffer.toString('utf8').trimEnd().split('\n').at(-1);
    try {
      return line ? (JSON.parse(line) as Anchor) : null;
    } catch {
      return null;
    }
  } finally {
    fs.closeSync(fd);
  }
}

function readAnchors(chain: AuditChain): { anchors: Anchor[] } | { badLine: number } {
  if (!fs.existsSync(chain.anchorFile)) return { anchors: [] };
  const lines = fs.readFileSync(chain.anchorFile, 'utf8').split('\n');
  const anchors: Anchor[] = [];
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    let a: Anchor;
    try {
      a = JSON.parse(line) as Anchor;
    } catch {
      return { badLine: i + 1 };
    }
    if (!Number.isSafeInteger(a.pos) || typeof a.hash !== 'string' || typeof a.at !== 'string' || a.mac !== anchorMac(chain.key, a.pos, a.hash, a.at)) {
      return { badLine: i + 1 };
    }
    anchors.push(a);
  }
  return { anchors: anchors.sort((x, y) => x.pos - y.pos) };
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  unsealed: number;
  firstBadPosition?: number;
  reason?: string;
  /** Anchors in the anchor file, and the furthest position they fix. */
  anchors: number;
  anchoredUpTo: number | null;
}

/**
 * Recomputes the chain and holds it against every anchor: an entry changed or removed, the chain
 * shortened at its end, rewritten, or emptied shows as the first bad position.
 */
export async function verifyAuditChain(db: Kysely<DB>, chain: AuditChain, options: { anchorsUpTo?: number } = {}): Promise<ChainReport> {
  const read = readAnchors(chain);
  if ('badLine' in read) {
    return { ok: false, checked: 0, unsealed: 0, anchors: 0, anchoredUpTo: null, reason: `ankerbestand ongeldig op regel ${read.badLine} (gewijzigd, of een andere sleutel)` };
  }
  // A restored backup is older than the newest anchors: it is held against the ones it covers.
  const upTo = options.anchorsUpTo ?? Infinity;
  const anchors = read.anchors.filter((anchor) => anchor.pos <= upTo);
  const anchoredUpTo = anchors.at(-1)?.pos ?? null;
  const fail = (checked: number, firstBadPosition: number, reason: string): ChainReport =>
    ({ ok: false, checked, unsealed: 0, firstBadPosition, reason, anchors: anchors.length, anchoredUpTo });
  const hmacFrom = await hmacFromPosition(db);
  // The first anchor is written once the HMAC applies: a switch-over moved past it was forged.
  if (anchors.length && hmacFrom > anchors[0].pos + 1) return fail(0, anchors[0].pos + 1, 'begin van de HMAC-keten verschoven');
  let prev = GENESIS;
  let expectedPos = 1;
  let checked = 0;
  let a = 0;
  const page = 10000;
  for (;;) {
    const rows = (await sql<AuditRow>`
      select * from audit_log where chain_pos >= ${expectedPos} order by chain_pos limit ${page}`.execute(db)).rows;
    for (const row of rows) {
      if (Number(row.chain_pos) !== expectedPos) return fail(checked, expectedPos, 'ontbrekende regel in de keten');
      if (row.prev_hash !== prev || entryDigest(prev, row, expectedPos >= hmacFrom ? chain.key : null) !== row.hash) {
        return fail(checked, expectedPos, 'hash klopt niet: regel gewijzigd');
      }
      for (; a < anchors.length && anchors[a].pos <= expectedPos; a++) {
        if (anchors[a].pos === expectedPos && anchors[a].hash !== row.hash) {
          return fail(checked, expectedPos, `keten wijkt af van het anker van ${anchors[a].at}: herschreven`);
        }
      }
      prev = row.hash;
      expectedPos += 1;
      checked += 1;
    }
    if (rows.length < page) break;
  }
  if (a < anchors.length) {
    const missing = anchors[anchors.length - 1];
    return fail(checked, expectedPos, `keten eindigt bij positie ${checked}, maar het anker van ${missing.at} legde positie ${missing.pos} vast: regels verwijderd`);
  }
  const unsealed = await db.selectFrom('audit_log').select(sql<number>`count(*)::int`.as('n')).where('hash', 'is', null).executeTakeFirstOrThrow();
  return { ok: true, checked, unsealed: unsealed.n, anchors: anchors.length, anchoredUpTo };
}
