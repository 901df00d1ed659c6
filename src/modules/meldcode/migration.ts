// Meldcode trajectories (five steps, two decisions) and the reports they send to Veilig Thuis.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table meldcode_trajecten (
      id uuid primary key default gen_random_uuid(),
      dossier_id uuid not null references dossiers(id) on delete cascade,
      person_id uuid not null references persons(id) on delete cascade,
      organisation_id uuid not null references organisations(id),
      started_by uuid not null references users(id),
      started_at timestamptz not null default now(),
      status text not null default 'open' check (status in ('open', 'gepauzeerd', 'hulp', 'gemeld', 'afgesloten')),
      pause_reason text,
      follow_up_date date,
      closed_at timestamptz
    );
    create unique index meldcode_one_running on meldcode_trajecten(dossier_id) where status in ('open', 'gepauzeerd', 'hulp');
    create index meldcode_organisation on meldcode_trajecten(organisation_id, status);
    create table meldcode_records (
      id uuid primary key default gen_random_uuid(),
      seq bigint generated always as identity,
      traject_id uuid not null references meldcode_trajecten(id) on delete cascade,
      step int not null check (step between 0 and 5), -- 0: not a step (pause, resume)
      kind text not null,
      author_id uuid not null references users(id),
      recorded_at timestamptz not null default now(),
      data jsonb not null
    );
    create index meldcode_records_traject on meldcode_records(traject_id, seq);
    create table veilig_thuis_meldingen (
      id uuid primary key default gen_random_uuid(),
      traject_id uuid not null references meldcode_trajecten(id) on delete cascade,
      person_id uuid not null references persons(id) on delete cascade,
      from_organisation_id uuid not null references organisations(id),
      from_user_id uuid not null references users(id),
      to_organisation_id uuid not null references organisations(id),
      created_at timestamptz not null default now(),
      payload jsonb not null,
      received_by uuid references users(id),
      received_at timestamptz
    );
    create index vt_meldingen_to on veilig_thuis_meldingen(to_organisation_id, created_at desc);
  `.execute(db);
}
