// All configuration comes from environment variables (see README, "Configuratie").
import net from 'node:net';

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  demo: boolean;
  production: boolean;
  smtp?: SmtpConfig;
  verwijsindexEnabled: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  secureCookies: boolean;
  publicUrl: string;
  /** Addresses (or CIDR ranges) of reverse proxies whose X-Forwarded-For is believed; empty: none. */
  trustedProxies: string[];
  /** Person lookups by BSN a user may do per hour (person search, kindcheck); 0: no limit. */
  personSearchPerHour: number;
  /** pino level of the JSON request log on stdout; 'silent' turns it off (the default in tests). */
  logLevel: string;
  /** Run the background jobs in this process; with several instances, one of them (see docs/operations.md). */
  backgroundJobs: boolean;
  /** HMAC key of the audit chain (hex), or the file holding it; default file DATA_DIR/audit-key. */
  auditKey?: string;
  auditKeyFile?: string;
  /** Append-only file with the chain's signed heads; default DATA_DIR/audit-anchors.log. */
  auditAnchorFile?: string;
  auditAnchorSeconds: number;
  /** Counts below this are suppressed in every aggregate for an aggregate-only role (decision 0009). */
  disclosureThreshold: number;
  /** Round those aggregates to multiples of 5 as CBS does, whatever the request asks. */
  disclosureRounding: boolean;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'ja', 'on'].includes(value.toLowerCase());
}

/** proxy-addr's names for ranges, besides literal addresses and CIDR ranges. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function trustedProxies(value: string | undefined): string[] {
  const entries = (value ?? '').split(',').map((e) => e.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split('/');
    const family = net.isIP(address);
    const validPrefix = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 6 ? 128 : 32));
    if (!PROXY_RANGE_NAMES.includes(entry) && (!family || !validPrefix || rest.length)) {
      throw new Error(`TRUSTED_PROXIES bevat "${entry}": geef IP-adressen of CIDR-reeksen, gescheiden door komma's.`);
    }
  }
  return entries;
}

function disclosureThreshold(value: string | undefined): number {
  const n = Number(value || 5);
  if (!Number.isInteger(n) || n < 2) throw new Error(`DISCLOSURE_THRESHOLD is "${value}": geef een geheel getal van minstens 2.`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 3000);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: env.DATA_DIR ?? './data',
    databaseUrl: env.DATABASE_URL || undefined,
    demo: flag(env.DEMO, !production),
    production,
    smtp: env.SMTP_HOST
      ? {
          host: env.SMTP_HOST,
          port: Number(env.SMTP_PORT ?? 587),
          secure: flag(env.SMTP_SECURE, false),
          user: env.SMTP_USER || undefined,
          password: env.SMTP_PASSWORD || undefined,
          from: env.SMTP_FROM ?? 'kindveilig@localhost',
        }
      : undefined,
    verwijsindexEnabled: flag(env.VERWIJSINDEX_ENABLED, true),
    sessionIdleMinutes: Number(env.SESSION_IDLE_MINUTES ?? 30),
    sessionAbsoluteHours: Number(env.SESSION_ABSOLUTE_HOURS ?? 12),
    secureCookies: flag(env.SECURE_COOKIES, production),
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    trustedProxies: trustedProxies(env.TRUSTED_PROXIES),
    personSearchPerHour: Number(env.PERSON_SEARCH_PER_HOUR ?? (production ? 60 : 0)),
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    backgroundJobs: flag(env.BACKGROUND_JOBS, true),
    auditKey: env.AUDIT_KEY || undefined,
    auditKeyFile: env.AUDIT_KEY_FILE || undefined,
    auditAnchorFile: env.AUDIT_ANCHOR_FILE || undefined,
    auditAnchorSeconds: Number(env.AUDIT_ANCHOR_SECONDS ?? 60),
    disclosureThreshold: disclosureThreshold(env.DISCLOSURE_THRESHOLD),
    disclosureRounding: flag(env.DISCLOSURE_ROUNDING, false),
  };
}
