// Generates a synthetic national population straight into the application's tables with
// set-based SQL (generate_series, INSERT … SELECT), after the migrations have run.
//
// Everything is deterministic: pseudo-random choices come from hashint8extended(n, seed),
// ids from md5 of a number, BSNs from a numbering that always passes the elfproef. The same
// numbering is available in TypeScript (benchBsn), so the benchmark can address any youth.
//
// Persons are numbered: youths 1..Y, parents Y+2f-1 (mother of family f) and Y+2f (father).
//
// What is generated (see bench/README.md for the rationale):
// - families of 1–4 children (30/42/20/8 %), ages 0–22 spread evenly, siblings 300–1500 days apart;
// - half-siblings: ~8 % of families share the mother with the previous family (another father),
//   ~4 % share the father; the mother's new partner is recorded as 'stief' parent of half the
//   older children; ~8 % of families have no registered father;
// - ~1.2 % of families have a young parent: the mother (and in a quarter of them also the
//   father) is herself a youth of 19–22 from another family, so her own parents are in the data;
// - a small number of deceased youths;
// - signals: per youth floor(Exp) many (mean ≈ 2.1, at most 15), scaled by a family risk factor
//   (60 % low, 30 % medium, 10 % high), youths taken in random order until the target number
//   is reached (the last youth's share is cut off); 35 % active (start in
//   the last two years), 65 % inactive (ended within the last five years, open up to two years);
//   80 % by professionals of the youth's own municipality, all on distinct professionals per youth;
// - matches as the matching rules imply them for the active signals (see computeMatches).
import type pg from 'pg';
import { sql, type Kysely } from 'kysely';
import { addYears } from '../../src/platform/dates.ts';
import { SECTORS } from '../../src/modules/organisations/sectors.ts';
import { daysBetween, log, now } from './util.ts';

/** Executes one SQL statement (no parameters) on one session. */
export interface Runner {
  exec(statement: string): Promise<number | undefined>;
  rows<T>(statement: string): Promise<T[]>;
}

export function pgRunner(client: pg.Client): Runner {
  return {
    async exec(statement) {
      const r = await client.query(statement);
      return r.rowCount ?? undefined;
    },
    async rows<T>(statement: string) {
      return (await client.query(statement)).rows as T[];
    },
  };
}

/** For PGlite: the Kysely dialect hands out its single session, so settings stick. */
export function kyselyRunner(db: Kysely<any>): Runner {
  return {
    async exec(statement) {
      const r = await sql.raw(statement).execute(db);
      return r.numAffectedRows === undefined ? undefined : Number(r.numAffectedRows);
    },
    async rows<T>(statement: string) {
      return (await sql.raw(statement).execute(db)).rows as T[];
    },
  };
}

export interface PopulationParams {
  youths: number;
  signals: number;
  /** The benchmark's "today". */
  today: string;
  /** The data is in the state right after a retention pass on this date. */
  lastRetention: string;
  regions: number;
  municipalities: number;
  organisations: number; // 4 per municipality
  users: number; // 20 per municipality
  activeFraction: number;
  youngFamilyFraction: number;
}

export function defaultParams(youths: number, signals: number, today: string, lastRetention: string): PopulationParams {
  return {
    youths, signals, today, lastRetention,
    regions: 25, municipalities: 250, organisations: 1000, users: 5000,
    activeFraction: 0.35, youngFamilyFraction: 0.012,
  };
}

export interface PopulationReport {
  youths: number;
  parents: number;
  persons: number;
  parentChild: number;
  families: number;
  youngParentFamilies: number;
  halfSiblingFamilies: number;
  signals: number;
  activeSignals: number;
  childMatches: number;
  familyMatches: number;
  matchMembers: number;
  organisations: number;
  users: number;
  seconds: number;
  steps: { step: string; seconds: number; rows?: number }[];
}

const BOYS = ['Daan', 'Sem', 'Noah', 'Lucas', 'Levi', 'Finn', 'Luuk', 'Milan', 'Bram', 'Jesse', 'Thijs', 'Mohammed', 'Adam', 'Liam', 'Sven', 'Ruben', 'Tim', 'Lars', 'Jayden', 'Thomas'];
const GIRLS = ['Emma', 'Julia', 'Mila', 'Tess', 'Sophie', 'Zoë', 'Sara', 'Nora', 'Fleur', 'Eva', 'Lotte', 'Noor', 'Liv', 'Lisa', 'Anna', 'Fenna', 'Yara', 'Saar', 'Evi', 'Maud'];
const MEN = ['Jan', 'Peter', 'Mark', 'Dennis', 'Kees', 'Erik', 'Ahmed', 'Michel', 'Jeroen', 'Bas', 'Mustafa', 'Hans'];
const WOMEN = ['Sanne', 'Linda', 'Anja', 'Esther', 'Marieke', 'Fatima', 'Ingrid', 'Kim', 'Monique', 'Mirjam', 'Naima', 'Petra'];
const SURNAMES: [string | null, string][] = [
  ['de', 'Jong'], [null, 'Jansen'], ['de', 'Vries'], ['van den', 'Berg'], ['van', 'Dijk'], [null, 'Bakker'], [null, 'Janssen'],
  [null, 'Visser'], [null, 'Smit'], [null, 'Meijer'], ['de', 'Boer'], [null, 'Mulder'], ['de', 'Groot'], [null, 'Bos'], [null, 'Vos'],
  [null, 'Peters'], [null, 'Hendriks'], ['van', 'Leeuwen'], [null, 'Dekker'], [null, 'Brouwer'], ['de', 'Wit'], [null, 'Dijkstra'],
  [null, 'Smits'], ['de', 'Graaf'], ['van der', 'Meer'], [null, 'Yilmaz'], ['el', 'Amrani'], [null, 'Kaya'], [null, 'Nguyen'], [null, 'Öztürk'],
];
const STREETS = ['Dorpsstraat', 'Kerkstraat', 'Schoolstraat', 'Molenweg', 'Stationsweg', 'Julianastraat', 'Beatrixlaan', 'Wilhelminastraat', 'Nieuwstraat', 'Parallelweg'];

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const arr = (xs: (string | null)[]) => `array[${xs.map((x) => (x === null ? "''" : lit(x))).join(',')}]::text[]`;
const pick = (array: string, u: string, len: number) => `(${array})[1 + floor((${u}) * ${len})::int]`;

/** Tables whose non-constraint indexes are dropped during the load and rebuilt afterwards. */
const LOADED_TABLES = ['persons', 'parent_child', 'signals', 'matches', 'match_members'];
const STAGING = ['bench_family', 'bench_youth', 'bench_young', 'bench_adult', 'bench_sigcount', 'bench_psig', 'bench_grp', 'bench_grp_person', 'bench_gezin', 'bench_covered', 'bench_cand'];

export async function generatePopulation(run: Runner, p: PopulationParams, opts: { postgres: boolean }): Promise<PopulationReport> {
  const started = now();
  const steps: PopulationReport['steps'] = [];
  const step = async (label: string, statement: string) => {
    const t = now();
    const rows = await run.exec(statement);
    // Staging tables get statistics at once, so the following joins are planned on real sizes.
    const staging = /^\s*create unlogged table (\w+)/i.exec(statement);
    if (staging) await run.exec(`analyze ${staging[1]}`);
    const seconds = (now() - t) / 1000;
    steps.push({ step: label, seconds: Math.round(seconds * 10) / 10, rows });
    log(`  ${label}${rows !== undefined && rows !== null ? `: ${rows.toLocaleString('en-US')} rows` : ''} (${seconds.toFixed(1)} s)`);
  };

  const Y = p.youths;
  const M = p.municipalities;
  const PER_MUNI_USERS = p.users / M;
  if (!Number.isInteger(PER_MUNI_USERS) || PER_MUNI_USERS < 16 || p.organisations !== 4 * M) {
    throw new Error('users must be a multiple (≥ 16) of municipalities, organisations 4 per municipality');
  }
  const today = lit(p.today);
  const activeFrom = lit(addYears(p.today, -2)); // what matching counts as active
  // Ages (days before today) that are still under 23 at the last retention pass.
  const maxAgeDays = daysBetween(addYears(p.lastRetention, -23), p.today); // exclusive
  const activeSpan = daysBetween(addYears(p.lastRetention, -2), p.today); // start offset < this
  const archiveSpan = daysBetween(addYears(p.lastRetention, -5), p.today); // end offset < this
  const families = Math.ceil((Y / 2.02) * 1.03) + 10;

  // Session settings for a bulk load. Foreign keys are not checked (the data is consistent by
  // construction) when we may switch session_replication_role; otherwise they are.
  await run.exec(`set work_mem = '${opts.postgres ? '256MB' : '64MB'}'`);
  await run.exec(`set maintenance_work_mem = '${opts.postgres ? '1GB' : '256MB'}'`);
  if (opts.postgres) {
    await run.exec(`set synchronous_commit = off`);
    await run.exec(`set max_parallel_maintenance_workers = 2`);
  }
  let replicaRole = true;
  try {
    await run.exec(`set session_replication_role = replica`);
  } catch {
    replicaRole = false;
    log('  (not allowed to set session_replication_role; foreign keys are checked during the load)');
  }

  // Helper functions, dropped at the end.
  await run.exec(`create or replace function bench_u(n bigint, seed int) returns float8 language sql immutable parallel safe as
    $$ select (hashint8extended(n, seed) & 281474976710655)::float8 / 281474976710656.0 $$`);
  await run.exec(`create or replace function bench_uuid(kind text, n bigint) returns uuid language sql immutable parallel safe as
    $$ select md5(kind || n::text)::uuid $$`);
  await run.exec(`create or replace function bench_bsn(n bigint) returns text language plpgsql immutable strict parallel safe as $$
    declare base bigint := 10000000 + (n / 9) * 10; j int := n % 9; s0 int; bad int; dig int;
    begin
      s0 := ((base / 10000000) % 10 * 9 + (base / 1000000) % 10 * 8 + (base / 100000) % 10 * 7 + (base / 10000) % 10 * 6
            + (base / 1000) % 10 * 5 + (base / 100) % 10 * 4 + (base / 10) % 10 * 3) % 11;
      bad := ((10 - s0 + 11) % 11) * 6 % 11;
      dig := j + case when bad < 10 and j >= bad then 1 else 0 end;
      return lpad((base + dig)::text, 8, '0') || ((s0 + 2 * dig) % 11)::text;
    end $$`);
  for (const t of STAGING) await run.exec(`drop table if exists ${t}`);

  // Drop secondary indexes; primary keys and unique constraints stay (they are constraints).
  const indexes = await run.rows<{ name: string; def: string }>(`
    select ic.relname as name, pg_get_indexdef(i.indexrelid) as def
    from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_class c on c.oid = i.indrelid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relname in (${LOADED_TABLES.map(lit).join(',')})
      and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
    order by ic.relname`);
  for (const ix of indexes) await run.exec(`drop index "${ix.name}"`);
  log(`  dropped ${indexes.length} secondary indexes for the load (${indexes.map((i) => i.name).join(', ')})`);

  // --- Regions, municipalities, organisations, professionals.
  const muniCode = (expr: string) => `'GM' || lpad((${expr})::text, 4, '0')`;
  await step('regions', `insert into regions (id, name) select r, 'Benchregio ' || r from generate_series(1, ${p.regions}) r`);
  await run.exec(`select setval(pg_get_serial_sequence('regions', 'id'), ${p.regions})`);
  await step('municipalities', `insert into municipalities (code, name, region_id)
    select ${muniCode('m')}, 'Benchgemeente ' || m, 1 + m % ${p.regions} from generate_series(0, ${M - 1}) m`);
  await step('organisations', `insert into organisations (id, name, sector, municipality_code)
    select bench_uuid('o', o), 'Organisatie ' || o, ${pick(arr([...SECTORS]), `bench_u(o, 40)`, SECTORS.length)}, ${muniCode(`o % ${M}`)}
    from generate_series(0, ${p.organisations - 1}) o`);
  // User u works in municipality u % M, at organisation (u % M) + M * ((u / M) % 4). Not used for
  // login: the password hash is a placeholder that never verifies.
  await step('users', `insert into users (id, username, password_hash, display_name, email, phone, organisation_id, role)
    select bench_uuid('u', u), 'bench.u' || u, '!bench-no-login', 'Professional ' || u, 'bench.u' || u || '@bench.kindveilig.nl',
      '030-' || lpad(u::text, 7, '0'), bench_uuid('o', u % ${M} + ${M} * ((u / ${M}) % 4)),
      case when u % 10 = 0 then 'aandachtsfunctionaris' when u % 25 = 1 then 'veilig_thuis_medewerker' else 'professional' end
    from generate_series(0, ${p.users - 1}) u`);

  // --- Families.
  await step('families (staging)', `create unlogged table bench_family as
    with base as (
      select f, bench_u(f, 1) u_kids, bench_u(f, 2) u_gap, bench_u(f, 3) u_age, bench_u(f, 4) < ${p.youngFamilyFraction} as young,
        bench_u(f, 5) u_risk, bench_u(f, 6) u_muni, bench_u(f, 7) u_sm, bench_u(f, 8) u_sf, bench_u(f, 9) < 0.08 as nf
      from generate_series(1, ${families}) f
    ), k as (
      select *, case when young then case when u_kids < 0.8 then 1 else 2 end
                     when u_kids < 0.30 then 1 when u_kids < 0.72 then 2 when u_kids < 0.92 then 3 else 4 end as kids0
      from base
    ), c as (
      select *, sum(kids0) over w - kids0 as before, coalesce(lag(young) over w, true) as prev_young, coalesce(lag(nf) over w, true) as prev_nf
      from k window w as (order by f rows between unbounded preceding and current row)
    ), d as (
      select f, young, least(kids0, ${Y} - before)::int as kids, before + 1 as first_youth,
        (case when young then 300 + floor(u_gap * 400) else 300 + floor(u_gap * 1200) end)::int as gap, u_age,
        case when u_risk < 0.6 then 0.3 when u_risk < 0.9 then 1.5 else 4.0 end as risk,
        floor(u_muni * ${M})::int as m,
        (not young and f % 2 = 0 and not prev_young and u_sm < 0.16) as share_mother,
        (not young and f % 2 = 1 and not prev_young and not prev_nf and u_sf < 0.08) as share_father, nf
      from c where before < ${Y}
    )
    select f, young, kids, first_youth, gap, risk, m, share_mother, share_father,
      ((kids - 1) * gap + floor(u_age * (case when young then ${3 * 365} else ${maxAgeDays} end - (kids - 1) * gap)))::int as oldest,
      ${Y}::bigint + 2 * (case when share_mother then f - 1 else f end) - 1 as mother_no,
      case when young then null when share_father then ${Y}::bigint + 2 * (f - 1) when nf then null else ${Y}::bigint + 2 * f end as father_no
    from d`);

  await step('youths (staging)', `create unlogged table bench_youth as
    select y, f, age, (${today}::date - age) as dob, sex,
      case when bench_u(y, 13) < 0.0002 then (${today}::date - age) + floor(bench_u(y, 17) * (age + 1))::int end as death
    from (
      select fa.first_youth + i as y, fa.f, fa.oldest - i * fa.gap as age,
        case when bench_u(fa.first_youth + i, 10) < 0.5 then 'M' else 'V' end as sex
      from bench_family fa, generate_series(0, fa.kids - 1) i
    ) x`);

  // Young parents: a youth of 19–22 (not herself/himself a child of a young family) becomes the
  // mother (and in a quarter of the cases also the father) of a young family.
  await step('young parent candidates (staging)', `create unlogged table bench_cand as
    select yo.y, yo.sex, row_number() over (partition by yo.sex order by bench_u(yo.y, 12)) as rn
    from bench_youth yo join bench_family fa on fa.f = yo.f
    where not fa.young and yo.death is null and yo.age between ${19 * 365} and ${maxAgeDays - 1}`);
  await step('young parents (staging)', `create unlogged table bench_young as
    with fams as (select f, bench_u(f, 11) as u_f, row_number() over (order by f) as rn from bench_family where young),
    ff as (select f, row_number() over (order by f) as rn from fams where u_f < 0.25)
    select fams.f, cv.y as mother_no,
      case when fams.u_f < 0.25 then cm.y when fams.u_f < 0.75 then ${Y}::bigint + 2 * fams.f end as father_no
    from fams join bench_cand cv on cv.sex = 'V' and cv.rn = fams.rn
      left join ff on ff.f = fams.f left join bench_cand cm on cm.sex = 'M' and cm.rn = ff.rn`);
  await step('young parents → families', `update bench_family fa set mother_no = yg.mother_no, father_no = yg.father_no
    from bench_young yg where yg.f = fa.f`);
  await run.exec('analyze bench_family');

  await step('parents (staging)', `create unlogged table bench_adult as
    select n, sex, max(oldest) as oldest, min(f) as f from (
      select mother_no as n, 'V' as sex, oldest, f from bench_family where mother_no > ${Y}
      union all
      select father_no, 'M', oldest, f from bench_family where father_no > ${Y}
    ) x group by n, sex`);

  // --- Persons, in random (id) order as after a BRP import.
  const address = (f: string, m: string) => `${pick(arr(STREETS), `bench_u(${f}, 41)`, STREETS.length)}, (1 + ${f} % 250)::text,
      (1000 + (${f} * 7) % 9000)::text || ' ' || chr(65 + (${f} % 26)::int) || chr(65 + ((${f} / 26) % 26)::int),
      'Benchgemeente ' || ${m}, ${muniCode(m)}`;
  const surnameIdx = (n: string) => `1 + floor(bench_u(${n}, 42) * ${SURNAMES.length})::int`;
  const tvArr = arr(SURNAMES.map((s) => s[0]));
  const nameArr = arr(SURNAMES.map((s) => s[1]));
  await step('persons', `insert into persons (id, bsn, given_names, tussenvoegsel, family_name, date_of_birth, sex,
      street, house_number, postcode, city, municipality_code, date_of_death, source)
    select * from (
      select bench_uuid('p', yo.y) as id, bench_bsn(yo.y),
        case when yo.sex = 'M' then ${pick(arr(BOYS), 'bench_u(yo.y, 43)', BOYS.length)} else ${pick(arr(GIRLS), 'bench_u(yo.y, 43)', GIRLS.length)} end,
        nullif((${tvArr})[${surnameIdx('coalesce(fa.father_no, fa.mother_no)')}], ''), (${nameArr})[${surnameIdx('coalesce(fa.father_no, fa.mother_no)')}],
        yo.dob, yo.sex, ${address('fa.f', 'fa.m')}, yo.death, 'bench'
      from bench_youth yo join bench_family fa on fa.f = yo.f
      union all
      select bench_uuid('p', a.n), bench_bsn(a.n),
        case when a.sex = 'M' then ${pick(arr(MEN), 'bench_u(a.n, 43)', MEN.length)} else ${pick(arr(WOMEN), 'bench_u(a.n, 43)', WOMEN.length)} end,
        nullif((${tvArr})[${surnameIdx('a.n')}], ''), (${nameArr})[${surnameIdx('a.n')}],
        ${today}::date - (a.oldest + ${19 * 365} + floor(bench_u(a.n, 16) * ${17 * 365})::int), a.sex, ${address('fa.f', 'fa.m')}, null::date, 'bench'
      from bench_adult a join bench_family fa on fa.f = a.f
    ) x order by id`);

  await step('parent_child', `insert into parent_child (parent_id, child_id, kind)
    select parent_id, child_id, kind from (
      select bench_uuid('p', fa.mother_no) as parent_id, bench_uuid('p', yo.y) as child_id,
        case when bench_u(yo.y, 14) < 0.93 then 'juridisch' else 'biologisch' end as kind
      from bench_youth yo join bench_family fa on fa.f = yo.f
      union all
      select bench_uuid('p', fa.father_no), bench_uuid('p', yo.y), case when bench_u(yo.y, 15) < 0.93 then 'juridisch' else 'biologisch' end
      from bench_youth yo join bench_family fa on fa.f = yo.f where fa.father_no is not null
      union all
      -- the mother's new partner as step-parent of her older children
      select bench_uuid('p', fa.father_no), bench_uuid('p', yo.y), 'stief'
      from bench_family fa join bench_youth yo on yo.f = fa.f - 1
      where fa.share_mother and fa.father_no is not null and bench_u(fa.f, 19) < 0.5
    ) x order by parent_id, child_id, kind`);

  // --- Signals.
  await step('signal counts (staging)', `create unlogged table bench_sigcount as
    select y, age, m, k, sum(k) over (order by bench_u(y, 28), y rows between unbounded preceding and current row) - k as before
    from (
      select yo.y, yo.age, fa.m, least(15, floor(-ln(1 - bench_u(yo.y, 20)) * 2.75 * fa.risk))::int as k
      from bench_youth yo join bench_family fa on fa.f = yo.f
      where yo.death is null or yo.death > ${lit(p.lastRetention)}::date
    ) x where k > 0`);
  // Newer schemas carry the day the youth turns 23 on every signal (index-driven retention).
  const signalColumns = new Set((await run.rows<{ c: string }>(`select column_name as c from information_schema.columns
    where table_schema = current_schema() and table_name = 'signals'`)).map((r) => r.c));
  const youthUntil = signalColumns.has('youth_until');
  const userNo = `(um + ${M} * t)`;
  await step('signals', `insert into signals (id, person_id, organisation_id, user_id, contact_name, contact_phone, contact_email,
      start_date, informed_on, status, end_date, end_reason, created_at${youthUntil ? ', youth_until' : ''})
    select gen_random_uuid(), bench_uuid('p', y), bench_uuid('o', um + ${M} * (t % 4)), bench_uuid('u', ${userNo}),
      'Professional ' || ${userNo}, '030-' || lpad(${userNo}::text, 7, '0'), 'bench.u' || ${userNo} || '@bench.kindveilig.nl',
      start_date, start_date, status, end_date, end_reason,
      least(now(), start_date::timestamptz + make_interval(secs => floor(uc * 36000)::int)) as created_at
      ${youthUntil ? `, ((${today}::date - age) + interval '23 years')::date` : ''}
    from (
      select y, um, t, uc, age,
        case when active then 'actief' else 'inactief' end as status,
        case when active then ${today}::date - floor(ua * (least(${activeSpan - 1}, age) + 1))::int
             else ${today}::date - end_off - floor(ub * (least(730, age - end_off) + 1))::int end as start_date,
        case when active then null else ${today}::date - end_off end as end_date,
        case when active then null when floor(ub * (least(730, age - end_off) + 1)) >= 700 then 'verlopen' else 'afgesloten' end as end_reason
      from (
        select y, age, um, t, active, ua, ub, uc, floor(ua * (least(${archiveSpan - 1}, age) + 1))::int as end_off
        from (
          select s.y, s.age,
            case when bench_u(s.y * 16 + i, 21) < 0.8 then s.m else (s.m + 1 + floor(bench_u(s.y, 22) * ${M - 1})::int) % ${M} end as um,
            (floor(bench_u(s.y, 23) * ${PER_MUNI_USERS})::int + 7 * i) % ${PER_MUNI_USERS} as t,
            bench_u(s.y * 16 + i, 24) < ${p.activeFraction} as active,
            bench_u(s.y * 16 + i, 25) as ua, bench_u(s.y * 16 + i, 26) as ub, bench_u(s.y * 16 + i, 27) as uc
          from bench_sigcount s, generate_series(0, least(s.k, ${p.signals} - s.before) - 1) i
          where s.before < ${p.signals}
        ) a
      ) b
    ) c order by created_at`);

  await computeMatches(run, step, activeFrom);

  // --- Rebuild indexes, clean up, vacuum and analyze.
  for (const ix of indexes) await step(`index ${ix.name}`, ix.def);
  if (replicaRole) await run.exec(`set session_replication_role = origin`);
  const counts = (await run.rows<Record<string, string>>(`select
      (select count(*) from bench_family) as families,
      (select count(*) from bench_family where young and mother_no <= ${Y}) as young,
      (select count(*) from bench_family where share_mother or share_father) as half,
      (select count(*) from bench_adult) as adults`))[0];
  for (const t of STAGING) await run.exec(`drop table if exists ${t}`);
  await run.exec(`drop function bench_u(bigint, int)`);
  await run.exec(`drop function bench_uuid(text, bigint)`);
  await run.exec(`drop function bench_bsn(bigint)`);
  for (const t of ['regions', 'municipalities', 'organisations', 'users', ...LOADED_TABLES]) {
    await step(`vacuum analyze ${t}`, `vacuum (analyze) ${t}`);
  }
  for (const setting of ['work_mem', 'maintenance_work_mem', 'synchronous_commit', 'max_parallel_maintenance_workers']) {
    await run.exec(`reset ${setting}`);
  }

  const c = (await run.rows<Record<string, string>>(`select
      (select count(*) from persons) as persons,
      (select count(*) from parent_child) as parent_child,
      (select count(*) from signals) as signals,
      (select count(*) from signals where status = 'actief') as active,
      (select count(*) from matches where type = 'kind') as kind,
      (select count(*) from matches where type = 'gezin') as gezin,
      (select count(*) from match_members) as members,
      (select count(*) from organisations) as organisations,
      (select count(*) from users) as users`))[0];
  const n = (k: string, o = c) => Number(o[k]);
  return {
    youths: Y,
    parents: n('adults', counts),
    persons: n('persons'),
    parentChild: n('parent_child'),
    families: n('families', counts),
    youngParentFamilies: n('young', counts),
    halfSiblingFamilies: n('half', counts),
    signals: n('signals'),
    activeSignals: n('active'),
    childMatches: n('kind'),
    familyMatches: n('gezin'),
    matchMembers: n('members'),
    organisations: n('organisations'),
    users: n('users'),
    seconds: Math.round((now() - started) / 100) / 10,
    steps,
  };
}

/**
 * The matches the rules imply for the active signals (start within two years), set-based:
 * - child match: a youth with active signals of ≥ 2 professionals; members are those signals;
 * - family match: per parent, the set of children (juridisch/biologisch); parents with exactly the
 *   same set of children form one group keyed by the smallest parent id (as vi_register_signal does);
 *   a group matches when its active signals (on the children and on the parents themselves, who
 *   may be young parents) include a signal on a child, span ≥ 2 persons and ≥ 2 professionals;
 *   a group without signals on its parents whose children are a strict subset of another group's
 *   children is left out (matchSignal's "covered" rule: full siblings next to a half-sibling).
 * Half of the matches get a regievoerder. Historical membership of signals that have become
 * inactive since is not simulated.
 */
async function computeMatches(run: Runner, step: (label: string, statement: string) => Promise<void>, activeFrom: string) {
  const regie = (key: string) => `bench_u(hashtext(${key}::text), 30) < 0.5`;
  await step('child matches', `insert into matches (id, type, key_person_id, created_at, regievoerder_user_id, regie_since, regie_set_by, regie_set_at)
    select md5('k' || person_id::text)::uuid, 'kind', person_id, latest::timestamptz,
      case when ${regie('person_id')} then first_user end, case when ${regie('person_id')} then latest end,
      case when ${regie('person_id')} then first_user end, case when ${regie('person_id')} then latest::timestamptz end
    from (
      select person_id, max(start_date) as latest, (array_agg(user_id order by start_date))[1] as first_user
      from signals where status = 'actief' and start_date > ${activeFrom}
      group by person_id having count(distinct user_id) >= 2
    ) x order by 1`);
  await step('child match members', `insert into match_members (match_id, signal_id, joined_at)
    select m.id, s.id, m.created_at from matches m
    join signals s on s.person_id = m.key_person_id and s.status = 'actief' and s.start_date > ${activeFrom}
    where m.type = 'kind' order by 1, 2`);
  await step('family groups: child sets (staging)', `create unlogged table bench_psig as
    select parent_id, md5(string_agg(child_id::text, ',' order by child_id)) as sig
    from parent_child where kind in ('juridisch', 'biologisch') group by parent_id`);
  await step('family groups: keys (staging)', `create unlogged table bench_grp as
    select parent_id, first_value(parent_id) over (partition by sig order by parent_id) as key from bench_psig`);
  await step('family groups: persons (staging)', `create unlogged table bench_grp_person as
    select distinct g.key, pc.child_id as person_id, true as is_child
    from bench_grp g join parent_child pc on pc.parent_id = g.parent_id and pc.kind in ('juridisch', 'biologisch')
    union all
    select g.key, g.parent_id, false from bench_grp g`);
  await step('family groups with a match (staging)', `create unlogged table bench_gezin as
    select gp.key, max(s.start_date) as latest, (array_agg(s.user_id order by s.start_date))[1] as first_user,
      bool_or(not gp.is_child) as parent_signals
    from bench_grp_person gp join signals s on s.person_id = gp.person_id and s.status = 'actief' and s.start_date > ${activeFrom}
    group by gp.key
    having bool_or(gp.is_child) and count(distinct s.person_id) >= 2 and count(distinct s.user_id) >= 2`);
  // A group without signals on its parents whose children all belong to a larger group (full
  // siblings next to a half-sibling) gets no match of its own: the larger group's match covers it.
  await step('family groups covered by a larger group (staging)', `create unlogged table bench_covered as
    with size as (select key, count(*) as n from bench_grp_person where is_child group by key),
    shared as (
      select gp.key, g2.key as key2, count(distinct gp.person_id) as n
      from bench_grp_person gp
      join parent_child pc on pc.child_id = gp.person_id and pc.kind in ('juridisch', 'biologisch')
      join bench_grp g2 on g2.parent_id = pc.parent_id and g2.key <> gp.key
      where gp.is_child and gp.key in (select key from bench_gezin where not parent_signals)
      group by gp.key, g2.key
    )
    select distinct sh.key from shared sh join size s1 on s1.key = sh.key join size s2 on s2.key = sh.key2
    where sh.n = s1.n and s2.n > s1.n`);
  await step('drop covered family groups', `delete from bench_gezin where not parent_signals and key in (select key from bench_covered)`);
  await run.exec('analyze bench_gezin');
  await step('family matches', `insert into matches (id, type, key_person_id, created_at, regievoerder_user_id, regie_since, regie_set_by, regie_set_at)
    select md5('g' || key::text)::uuid, 'gezin', key, latest::timestamptz,
      case when ${regie('key')} then first_user end, case when ${regie('key')} then latest end,
      case when ${regie('key')} then first_user end, case when ${regie('key')} then latest::timestamptz end
    from bench_gezin order by 1`);
  await step('family match members', `insert into match_members (match_id, signal_id, joined_at)
    select md5('g' || gz.key::text)::uuid, s.id, gz.latest::timestamptz
    from bench_gezin gz join bench_grp_person gp on gp.key = gz.key
    join signals s on s.person_id = gp.person_id and s.status = 'actief' and s.start_date > ${activeFrom}
    order by 1, 2`);
}
