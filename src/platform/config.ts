// All configuration comes from environment variables (see README, "Configuratie").
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
  /** HMAC key of the audit chain (hex), or the file holding it; default file DATA_DIR/audit-key. */
  auditKey?: string;
  auditKeyFile?: string;
  /** Append-only file with the chain's signed heads; default DATA_DIR/audit-anchors.log. */
  auditAnchorFile?: string;
  auditAnchorSeconds: number;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'ja', 'on'].includes(value.toLowerCase());
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
    auditKey: env.AUDIT_KEY || undefined,
    auditKeyFile: env.AUDIT_KEY_FILE || undefined,
    auditAnchorFile: env.AUDIT_ANCHOR_FILE || undefined,
    auditAnchorSeconds: Number(env.AUDIT_ANCHOR_SECONDS ?? 60),
  };
}
