// Kysely table types. Module tables are declared by their modules and merged here.
import type { Generated } from 'kysely';
import type { PersonTables } from '../../modules/persons/tables.ts';
import type { VerwijsindexTables } from '../../modules/verwijsindex/tables.ts';
import type { ZorgdossierTables } from '../../modules/zorgdossier/tables.ts';
import type { Stap0Tables } from '../../modules/stap0/tables.ts';
import type { MeldcodeTables } from '../../modules/meldcode/tables.ts';
import type { OpvolgingTables } from '../../modules/opvolging/tables.ts';
import type { ZorgdelenTables } from '../../modules/zorgdelen/tables.ts';
import type { KindcheckTables } from '../../modules/kindcheck/tables.ts';
import type { BereikTables } from '../../modules/bereik/tables.ts';
import type { OverdrachtTables } from '../../modules/overdracht/tables.ts';
import type { VeiligThuisTables } from '../../modules/veiligthuis/tables.ts';
import type { BetrokkenheidTables } from '../../modules/betrokkenheid/tables.ts';

export type Timestamp = Date;
/** A calendar date as 'YYYY-MM-DD'. */
export type DateString = string;

export interface PlatformTables {
  regions: { id: Generated<number>; name: string };
  municipalities: { code: string; name: string; region_id: number; verwijsindex_enabled: Generated<boolean> };
  settings: { key: string; value: unknown };
  organisations: {
    id: Generated<string>;
    name: string;
    sector: string;
    municipality_code: string;
    requires_totp: Generated<boolean>;
    created_at: Generated<Timestamp>;
  };
  users: {
    id: Generated<string>;
    username: string;
    password_hash: string;
    display_name: string;
    email: string | null;
    phone: string | null;
    organisation_id: string;
    role: string;
    active: Generated<boolean>;
    totp_secret: string | null;
    totp_enabled: Generated<boolean>;
    totp_last_step: number | null;
    failed_logins: Generated<number>;
    locked_until: Timestamp | null;
    last_failed_at: Timestamp | null;
    password_changed_at: Generated<Timestamp>;
    created_at: Generated<Timestamp>;
  };
  rate_limits: { bucket: string; key: string; hits: number; reset_at: Timestamp };
  unknown_login_failures: { username: string; failed_logins: number; last_failed_at: Timestamp; locked_until: Timestamp | null };
  recovery_codes: { user_id: string; code_hash: string; used_at: Timestamp | null };
  sessions: {
    id: string;
    user_id: string;
    csrf_token: string;
    created_at: Generated<Timestamp>;
    last_seen_at: Generated<Timestamp>;
    totp_enrolment_required: Generated<boolean>;
    ip: string | null;
    user_agent: string | null;
  };
  audit_log: {
    seq: Generated<number>;
    at: Generated<Timestamp>;
    user_id: string | null;
    username: string | null;
    organisation_id: string | null;
    role: string | null;
    action: string;
    record_type: string;
    record_id: string | null;
    person_id: string | null;
    ip: string | null;
    user_agent: string | null;
    outcome: string;
    detail: unknown | null;
    chain_pos: number | null;
    prev_hash: string | null;
    hash: string | null;
  };
  audit_chain: {
    only_row: Generated<boolean>;
    hmac_from_pos: number;
  };
  notifications: {
    id: Generated<string>;
    user_id: string;
    created_at: Generated<Timestamp>;
    subject: string;
    body: string;
    link: string | null;
    read_at: Timestamp | null;
  };
  outbox: {
    id: Generated<string>;
    notification_id: string | null;
    to_address: string;
    subject: string;
    body: string;
    created_at: Generated<Timestamp>;
    attempts: Generated<number>;
    next_attempt_at: Generated<Timestamp>;
    sent_at: Timestamp | null;
    last_error: string | null;
  };
}

export interface DB extends PlatformTables, PersonTables, VerwijsindexTables, ZorgdossierTables, Stap0Tables, MeldcodeTables, OpvolgingTables, ZorgdelenTables, KindcheckTables, BereikTables, OverdrachtTables, VeiligThuisTables,
  BetrokkenheidTables {}
