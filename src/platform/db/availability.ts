// Recognises "the database is (briefly) not there" — a failover, a restart, a lost connection —
// as opposed to a fault in a command. Such a request was not carried out (its transaction was
// rolled back with the connection) and may be retried: the API answers 503 with Retry-After.

/** PostgreSQL SQLSTATE classes and codes that mean: not now, try again shortly. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown: the server is stopping (Patroni demotes, pg_ctl stop)
  '57P02', // crash_shutdown: another backend crashed or the postmaster died
  '57P03', // cannot_connect_now: starting up, in recovery, shutting down
  '25006', // read_only_sql_transaction: a node that was just demoted to standby
  '53300', // too_many_connections
]);

/** Errors of the socket or of node-postgres itself: they carry no SQLSTATE. */
const UNAVAILABLE_SYSTEM_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/, // the server or HAProxy closed the socket (also while connecting)
  /^timeout exceeded when trying to connect/, // the pool's connectionTimeoutMillis
  /^Client has encountered a connection error and is not queryable/,
  /^Cannot use a pool after calling end on the pool/, // the server is shutting down
];

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (code.startsWith('08')) return true; // connection_exception class
    if (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SYSTEM_CODES.has(code)) return true;
  }
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => m.test(message))) return true;
  const cause = (error as { cause?: unknown }).cause;
  return cause !== undefined && cause !== error && isDatabaseUnavailable(cause);
}

/** Seconds a client should wait before retrying: a Patroni failover takes a few. */
export const RETRY_AFTER_SECONDS = 2;
