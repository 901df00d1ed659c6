// The ordered list of all migrations. Each module owns its migration file; the order here
// is the order of their foreign keys. Never edit an applied migration: add a new one.
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as platform from './platform-migration.ts';
import * as totpReplay from './platform-migration-0004.ts';
import * as auditSealOrder from './platform-migration-0008.ts';
import * as meldcode from '../../modules/meldcode/migration.ts';
import * as opvolging from '../../modules/opvolging/migration.ts';
import * as conversations from '../../modules/stap0/conversation-migration.ts';
import * as zorgdelen from '../../modules/zorgdelen/migration.ts';
import * as kindcheck from '../../modules/kindcheck/migration.ts';
import * as bereik from '../../modules/bereik/migration.ts';
import * as overdracht from '../../modules/overdracht/migration.ts';
import * as registerFunction from '../../modules/verwijsindex/migration-0016.ts';
import * as registerInOneStatement from '../../modules/verwijsindex/migration-0017.ts';
import * as veiligThuis from '../../modules/veiligthuis/migration.ts';
import * as timeOrderedIds from './platform-migration-0019.ts';
import * as sharedLimits from './platform-migration-0020.ts';
import * as auditChainHmac from './platform-migration-0022.ts';
import * as persons from '../../modules/persons/migration.ts';
import * as verwijsindex from '../../modules/verwijsindex/migration.ts';
import * as zorgdossier from '../../modules/zorgdossier/migration.ts';
import * as stap0 from '../../modules/stap0/migration.ts';
import * as retentionIndexes from '../../modules/verwijsindex/migration-0007.ts';
import * as betrokkenheid from '../../modules/betrokkenheid/migration.ts';

const migrations: Record<string, Migration> = {
  '0001_platform': platform,
  '0002_persons': persons,
  '0003_verwijsindex': verwijsindex,
  '0004_totp_replay': totpReplay,
  '0005_zorgdossier': zorgdossier,
  '0006_stap0': stap0,
  '0007_verwijsindex_retention': retentionIndexes,
  '0008_audit_seal_order': auditSealOrder,
  '0009_meldcode': meldcode,
  '0010_opvolging': opvolging,
  '0011_conversations': conversations,
  '0012_zorgdelen': zorgdelen,
  '0013_kindcheck': kindcheck,
  '0014_bereik': bereik,
  '0015_overdracht': overdracht,
  '0016_verwijsindex_register_function': registerFunction,
  '0017_verwijsindex_register_one_statement': registerInOneStatement,
  '0018_veilig_thuis': veiligThuis,
  '0019_time_ordered_ids': timeOrderedIds,
  '0020_shared_rate_limits': sharedLimits,
  '0021_relationship_reasons': betrokkenheid,
  '0022_audit_chain_hmac': auditChainHmac,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Migrates to the latest version, or (tests of a migration) up to and including `upTo`. */
export async function migrateToLatest(db: Kysely<any>, upTo?: string): Promise<void> {
  // Name the schema: unqualified, Kysely would find another schema's migration table (tests
  // and benchmarks run side by side in one PostgreSQL database, one schema each).
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const migrator = new Migrator({ db, provider, migrationTableSchema: rows[0].schema });
  const { error, results } = upTo ? await migrator.migrateTo(upTo) : await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}

/** Names of migrations this code knows that the database has not applied (for /health/ready). */
export async function pendingMigrations(db: Kysely<any>): Promise<string[]> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const migrator = new Migrator({ db, provider, migrationTableSchema: rows[0].schema });
  return (await migrator.getMigrations()).filter((m) => !m.executedAt).map((m) => m.name);
}
