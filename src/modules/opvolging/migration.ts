// Follow-up that does not forget: tasks with due dates from agreements, follow-up dates and steps.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table tasks (
      id uuid primary key default gen_random_uuid(),
      dossier_id uuid not null references dossiers(id) on delete cascade,
      person_id uuid not null references persons(id) on delete cascade,
      organisation_id uuid not null references organisations(id),
      assignee_id uuid not null references users(id),
      title text not null,
      due_date date not null,
      source text not null check (source in ('afspraak', 'vervolgdatum', 'bereik', 'handmatig')),
      source_id uuid,
      status text not null default 'open' check (status in ('open', 'gedaan', 'vervallen')),
      created_by uuid not null references users(id),
      created_at timestamptz not null default now(),
      done_by uuid references users(id),
      done_at timestamptz,
      done_note text,
      reminded_on date
    );
    create index tasks_assignee_open on tasks(assignee_id, due_date) where status = 'open';
    create index tasks_organisation_open on tasks(organisation_id, due_date) where status = 'open';
    create index tasks_dossier on tasks(dossier_id);
  `.execute(db);
}
