// Opens the database: PGlite (embedded, default) or PostgreSQL (DATABASE_URL).
// Both return the same types: DATE columns as 'YYYY-MM-DD' strings, BIGINT as number.
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.ts';
import type { DB } from './schema.ts';

const DATE_OID = 1082;
const INT8_OID = 20;

export type Database = Kysely<DB>;

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent PGlite is used. */
  url?: string;
  /** PGlite data folder; undefined keeps the database in memory. */
  dataDir?: string;
  /** PostgreSQL schema to work in (tests use one schema per suite). */
  schema?: string;
  poolSize?: number;
  /** PGlite: fill an empty dataDir from this tarball first (restore of a backup). */
  loadDataDir?: Blob;
}

pg.types.setTypeParser(DATE_OID, (v: string) => v);
pg.types.setTypeParser(INT8_OID, (v: string) => Number(v));

/**
 * Runs parameterised statements as named prepared statements on each connection, so
 * PostgreSQL parses and plans the hot path's statements once per connection, not per call.
 * Statements without parameters (migrations, scripts) keep the simple protocol.
 */
function preparePerConnection(client: pg.PoolClient): void {
  const plain = client.query.bind(client) as (...args: unknown[]) => unknown;
  const names = new Map<string, string>();
  (client as { query: unknown }).query = (text: unknown, values?: unknown, callback?: unknown) => {
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
      let name = names.get(text);
      if (!name) {
        name = `k${names.size}`;
        names.set(text, name);
      }
      return plain({ name, text, values }, callback);
    }
    return plain(text, values, callback);
  };
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    if (options.schema) {
      const admin = new pg.Client({ connectionString: options.url });
      await admin.connect();
      await admin.query(`create schema if not exists "${options.schema}"`);
      await admin.end();
    }
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      options: options.schema ? `-c search_path="${options.schema}"` : undefined,
      // A connection attempt during a failover must fail fast (503), not hang the request.
      connectionTimeoutMillis: 3000,
      keepAlive: true,
    });
    pool.on('connect', (client) => {
      preparePerConnection(client);
      // A connection that dies while checked out (primary lost, HAProxy closing it) emits
      // 'error' on the client, which would end the process without a listener. Its query
      // fails on its own; the pool drops the client on release because it is no longer
      // queryable, and the next checkout connects anew.
      client.on('error', () => undefined);
    });
    // The same for an idle connection: the pool removes it, then emits 'error' itself.
    pool.on('error', () => undefined);
    return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  }
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const lite = new PGlite({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    parsers: { [DATE_OID]: (v: string) => v, [INT8_OID]: (v: string) => Number(v) },
  });
  await lite.waitReady;
  const db = new Kysely<DB>({ dialect: new PGliteDialect(lite) });
  pglites.set(db, lite);
  return db;
}

const pglites = new WeakMap<Database, PGlite>();

/** The PGlite instance under a database opened here (for a physical backup), if any. */
export function pgliteOf(db: Database): PGlite | undefined {
  return pglites.get(db);
}

/** Drops a test schema on PostgreSQL; a no-op for PGlite. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop schema if exists "${schema}" cascade`);
  await admin.end();
}
