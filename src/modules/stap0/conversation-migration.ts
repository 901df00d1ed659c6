// Records of conversations with parents and children, in the seed's steps.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table conversations (
      id uuid primary key default gen_random_uuid(),
      dossier_id uuid not null references dossiers(id) on delete cascade,
      person_id uuid not null references persons(id) on delete cascade,
      author_id uuid not null references users(id),
      recorded_at timestamptz not null default now(),
      held_on date not null,
      with_whom text not null check (with_whom in ('ouders', 'kind')),
      participants text not null,
      steps jsonb not null
    );
    create index conversations_dossier on conversations(dossier_id);
  `.execute(db);
}
