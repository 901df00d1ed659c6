// Persons (jeugdigen, ouders/verzorgers) and their parent–child relations, as in a BRP extract.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table persons (
      id uuid primary key default gen_random_uuid(),
      bsn char(9) not null unique,
      given_names text not null,
      tussenvoegsel text,
      family_name text not null,
      date_of_birth date not null,
      sex text not null check (sex in ('M', 'V', 'O')),
      street text,
      house_number text,
      postcode text,
      city text,
      municipality_code text references municipalities(code),
      date_of_death date,
      source text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index persons_birth on persons(date_of_birth);
    create table parent_child (
      parent_id uuid not null references persons(id) on delete cascade,
      child_id uuid not null references persons(id) on delete cascade,
      kind text not null check (kind in ('juridisch', 'biologisch', 'stief', 'pleeg', 'voogd')),
      primary key (parent_id, child_id, kind),
      check (parent_id <> child_id)
    );
    create index parent_child_child on parent_child(child_id);
  `.execute(db);
}
