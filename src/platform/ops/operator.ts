// How an operator command reaches the database:
// - PostgreSQL (DATABASE_URL): directly; PostgreSQL has many writers by design.
// - PGlite, folder held by a running server: through that server's admin API, never by opening
//   the folder (a second writer loses commits).
// - PGlite, folder free: the command takes the folder's lock itself, so a server started
//   meanwhile refuses, and opens the database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { ADMIN_FILE, type AdminChannel } from './admin-api.ts';
import { OpsError } from './backup.ts';
import { LockHeldError, describeHolder, lockDataDir, type DataDirLock, type LockHolder } from './lock.ts';

export type AdminCall = (route: string, body?: unknown) => Promise<Response>;

export interface OperatorRoutes<T> {
  /** With the database open in this process (PostgreSQL, or a free PGlite folder we now hold). */
  direct(db: Database, config: Config): Promise<T>;
  /** Through the server that holds the PGlite folder. */
  viaServer(call: AdminCall): Promise<T>;
  /** Refuse before opening: e.g. a backup of a folder that holds no database. */
  beforeOpen?(config: Config): void;
}

function channelOf(dataDir: string, holder: LockHolder): AdminChannel {
  const file = path.join(dataDir, ADMIN_FILE);
  let channel: AdminChannel;
  try {
    channel = JSON.parse(fs.readFileSync(file, 'utf8')) as AdminChannel;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') {
      throw new OpsError(`Geen leesrecht op ${file}. Voer het commando uit als de gebruiker die de server draait.`);
    }
    throw new OpsError(`De datamap ${dataDir} is in gebruik door ${describeHolder(holder)}, maar die server biedt (nog) geen beheerkanaal aan. Wacht tot de server gestart is en probeer het opnieuw.`);
  }
  if (channel.pid !== holder.pid) {
    throw new OpsError(`${file} hoort niet bij de server die de datamap vasthoudt (PID ${holder.pid}). Wacht tot de server gestart is en probeer het opnieuw.`);
  }
  return channel;
}

function adminCall(channel: AdminChannel, dataDir: string): AdminCall {
  return async (route, body) => {
    let res: Response;
    try {
      res = await fetch(`${channel.url}${route}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${channel.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      });
    } catch {
      throw new OpsError(`De server die ${dataDir} vasthoudt (PID ${channel.pid}) antwoordt niet op ${channel.url}. De database is niet geopend.`);
    }
    if (!res.ok) {
      const problem = (await res.json().catch(() => ({}))) as { code?: string; detail?: string };
      if (problem.code === 'admin-token-invalid') {
        throw new OpsError(`De server weigert het beheertoken uit ${path.join(dataDir, ADMIN_FILE)} (${problem.detail}) De weigering is in het auditlog vastgelegd.`);
      }
      throw new OpsError(`De server weigerde het commando: ${problem.detail ?? res.statusText}`);
    }
    return res;
  };
}

export async function runOperatorCommand<T>(name: string, routes: OperatorRoutes<T>): Promise<T> {
  const config = loadConfig();
  if (config.databaseUrl) {
    routes.beforeOpen?.(config);
    const db = await openDatabase({ url: config.databaseUrl, poolSize: 2 });
    try {
      return await routes.direct(db, config);
    } finally {
      await db.destroy();
    }
  }
  let lock: DataDirLock;
  try {
    lock = lockDataDir(config.dataDir, name);
  } catch (error) {
    if (!(error instanceof LockHeldError)) throw error;
    if (error.holder.kind !== 'server' || error.holder.host !== os.hostname()) throw new OpsError(error.message);
    return routes.viaServer(adminCall(channelOf(config.dataDir, error.holder), config.dataDir));
  }
  try {
    routes.beforeOpen?.(config);
    const db = await openDatabase({ dataDir: config.dataDir });
    try {
      return await routes.direct(db, config);
    } finally {
      await db.destroy();
    }
  } finally {
    lock.release();
  }
}

/** Runs a CLI main: an OpsError is printed as the Dutch message it is, with its exit code. */
export async function cliMain(main: () => Promise<number | void>): Promise<never> {
  try {
    process.exit((await main()) ?? 0);
  } catch (error) {
    if (error instanceof OpsError) {
      console.error(error.message);
      process.exit(error.exitCode);
    }
    console.error(error);
    process.exit(1);
  }
}
