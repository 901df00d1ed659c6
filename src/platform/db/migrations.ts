// The ordered list of all migrations. Each module owns its migration file; the order here
// is the order of their foreign keys. Never edit an applied migration: add a new one.
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as platform from './platform-migration.ts';
import * as persons from '../../modules/persons/migration.ts';
import * as verwijsindex from '../../modules/verwijsindex/migration.ts';

const migrations: Record<string, Migration> = {
  '0001_platform': platform,
  '0002_persons': persons,
  '0003_verwijsindex': verwijsindex,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
