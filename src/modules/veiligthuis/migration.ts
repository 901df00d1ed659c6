// Veilig Thuis (advies- en meldpunt): cases (zaken) from intake to monitoring. Structured forms
// whose items come from reference data (lists.ts) are stored as jsonb keyed by item id; records
// that accumulate (information, scenarios, conversations, check-points) get their own tables.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table vt_zaken (
      id uuid primary key default gen_random_uuid(),
      nummer bigserial not null unique,
      organisation_id uuid not null references organisations(id),
      soort text not null check (soort in ('advies', 'melding')),
      bron text not null check (bron in ('meldcode', 'professional', 'burger')),
      vt_melding_id uuid unique references veilig_thuis_meldingen(id) on delete set null,
      ontvangen_at timestamptz not null,
      zorg text not null,
      acuut boolean not null default false,
      acuut_actie text,
      acuut_actie_at timestamptz,
      acuut_actie_by uuid references users(id),
      deadline date,
      melder jsonb,
      melder_user_id uuid references users(id),
      melder_dossier_id uuid references dossiers(id) on delete set null,
      anoniem_advies boolean not null default false,
      anonimiteit_toegezegd boolean not null default false,
      terugkoppeling_gewenst boolean not null default false,
      ambtshalve_reden text,
      ambtshalve_at timestamptz,
      ambtshalve_by uuid references users(id),
      status text not null,
      behandelaar_id uuid references users(id),
      created_by uuid not null references users(id),
      created_at timestamptz not null default now(),
      closed_at timestamptz,
      check (not anoniem_advies or melder is null)
    );
    create index vt_zaken_team on vt_zaken(organisation_id, status, deadline);
    create index vt_zaken_behandelaar on vt_zaken(behandelaar_id) where closed_at is null;

    create table vt_betrokkenen (
      id uuid primary key default gen_random_uuid(),
      zaak_id uuid not null references vt_zaken(id) on delete cascade,
      person_id uuid references persons(id) on delete cascade,
      naam text not null,
      rol text not null check (rol in ('kind', 'ouder', 'verzorger', 'huisgenoot', 'vermoedelijke_pleger', 'overig')),
      toelichting text
    );
    create index vt_betrokkenen_zaak on vt_betrokkenen(zaak_id);
    create index vt_betrokkenen_person on vt_betrokkenen(person_id);

    create table vt_veiligheidsbeoordelingen (
      id uuid primary key default gen_random_uuid(),
      zaak_id uuid not null references vt_zaken(id) on delete cascade,
      ronde int not null,
      deadline date not null,
      gegevens jsonb not null,
      uitkomst text not null check (uitkomst in ('overdragen', 'vt_houdt', 'advies', 'beeindigen')),
      vastgelegd_by uuid not null references users(id),
      vastgelegd_at timestamptz not null,
      goedgekeurd_by uuid references users(id),
      goedgekeurd_at timestamptz,
      unique (zaak_id, ronde)
    );

    create table vt_onderzoeken (
      id uuid primary key default gen_random_uuid(),
      zaak_id uuid not null references vt_zaken(id) on delete cascade,
      ronde int not null,
      gestart_op date not null,
      streefdatum date not null,
      onderzoeksplan text,
      vragen jsonb not null,
      beoordelingen jsonb not null default '{}',
      afgesloten_op date,
      unique (zaak_id, ronde)
    );
    create unique index vt_onderzoeken_open on vt_onderzoeken(zaak_id) where afgesloten_op is null;

    create table vt_onderzoek_records (
      id uuid primary key default gen_random_uuid(),
      onderzoek_id uuid not null references vt_onderzoeken(id) on delete cascade,
      soort text not null check (soort in ('informatie', 'risicoscenario', 'instrument', 'gesprek')),
      gegevens jsonb not null,
      vastgelegd_by uuid not null references users(id),
      vastgelegd_at timestamptz not null
    );
    create index vt_onderzoek_records_onderzoek on vt_onderzoek_records(onderzoek_id, soort);

    create table vt_besluiten (
      id uuid primary key default gen_random_uuid(),
      zaak_id uuid not null references vt_zaken(id) on delete cascade,
      gegevens jsonb not null,
      voorgesteld_by uuid not null references users(id),
      voorgesteld_at timestamptz not null,
      goedgekeurd_by uuid references users(id),
      goedgekeurd_at timestamptz,
      raad_verzoek jsonb
    );
    create unique index vt_besluiten_open on vt_besluiten(zaak_id) where goedgekeurd_at is null;

    create table vt_overdrachten (
      id uuid primary key default gen_random_uuid(),
      zaak_id uuid not null references vt_zaken(id) on delete cascade,
      naar_organisation_id uuid not null references organisations(id),
      naar_user_id uuid references users(id),
      veiligheidsvoorwaarden jsonb not null,
      informatie text not null,
      verzonden_at timestamptz not null,
      verzonden_by uuid not null references users(id),
      bevestigd_by uuid references users(id),
      bevestigd_at timestamptz
    );
    create index vt_overdrachten_naar on vt_overdrachten(naar_organisation_id, verzonden_at desc);

    create table vt_monitoring (
      id uuid primary key default gen_random_uuid(),
      zaak_id uuid not null references vt_zaken(id) on delete cascade,
      gepland_op date not null,
      uitgevoerd_op date,
      uitkomst text check (uitkomst in ('stabiel_veilig', 'niet_veilig')),
      bevraagd text,
      bevindingen text,
      vastgelegd_by uuid references users(id)
    );
    create index vt_monitoring_zaak on vt_monitoring(zaak_id, gepland_op);

    create table vt_terugkoppelingen (
      id uuid primary key default gen_random_uuid(),
      zaak_id uuid not null references vt_zaken(id) on delete cascade,
      moment text not null check (moment in ('na_veiligheidsbeoordeling', 'na_onderzoek')),
      tekst text not null,
      kanaal text not null check (kanaal in ('kindveilig', 'telefoon', 'brief', 'email')),
      verzonden_at timestamptz not null,
      verzonden_by uuid not null references users(id),
      unique (zaak_id, moment)
    );
  `.execute(db);
}
