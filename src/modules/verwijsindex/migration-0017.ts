// Registration as one autocommit statement (issue #3, ≥ 1,000 registrations/s): the person
// lookup, the checks that need the person, and the family neighbourhood move into
// vi_register_signal, so POST /api/v1/signalen costs one round trip without BEGIN/COMMIT; the
// matching rules run as one set-based statement, with generic plans. The rules are unchanged
// (see matching.ts); refusals come back as a code for the caller to turn into a problem, with
// nothing written. Also drops signals_person_active: its column leads
// signals_one_active_per_user under the same condition, so it only cost writes.
import { sql, type Kysely } from 'kysely';
import { MATCHING_PARENT_KINDS } from './rules.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const kinds = sql.join(MATCHING_PARENT_KINDS.map((k) => sql.lit(k)));
  await sql`drop index if exists signals_person_active`.execute(db);
  await sql`drop function vi_register_signal(jsonb)`.execute(db);
  await sql`
create function vi_register_signal(p jsonb) returns jsonb language plpgsql
-- Generic plans: with custom plans PL/pgSQL re-planned several statements on every call, which
-- profiling under load showed as a tenth of PostgreSQL's time.
set plan_cache_mode = force_generic_plan as $fn$
declare
  v_today date := (p->>'today')::date;
  v_now timestamptz := (p->>'now')::timestamptz;
  v_user uuid := (p->>'userId')::uuid;
  v_informed date := (p->>'informedOn')::date;
  v_start date := coalesce((p->>'startDate')::date, v_today);
  v_active_from date := (v_today - make_interval(years => (p->>'activeYears')::int))::date;
  v_person persons;
  v_person_id uuid;
  v_youth_until date;
  v_groups jsonb;
  v_signal signals;
  v_wanted jsonb;
  v_changes jsonb := '[]';
  w jsonb;
  v_match uuid;
  v_created boolean;
  v_existing uuid[];
  v_added uuid[];
begin
  select * into v_person from persons where bsn = (p->>'bsn')::char(9);  -- the column's type, or no index
  if not found then return jsonb_build_object('refused', 'person-unknown'); end if;
  v_person_id := v_person.id;
  v_youth_until := (v_person.date_of_birth + make_interval(years => (p->>'maxAgeYears')::int))::date;
  if v_person.date_of_death is not null then return jsonb_build_object('refused', 'person-deceased'); end if;
  if v_person.date_of_birth > v_today then return jsonb_build_object('refused', 'person-not-born'); end if;
  if v_youth_until <= v_today then return jsonb_build_object('refused', 'person-too-old'); end if;
  if v_informed > v_today then return jsonb_build_object('refused', 'date-in-future', 'field', 'informedOn'); end if;
  if v_informed < v_person.date_of_birth then return jsonb_build_object('refused', 'date-before-birth', 'field', 'informedOn'); end if;
  if v_start > v_today then return jsonb_build_object('refused', 'date-in-future', 'field', 'startDate'); end if;
  if v_start < v_person.date_of_birth then return jsonb_build_object('refused', 'date-before-birth', 'field', 'startDate'); end if;
  if v_start <= v_active_from then return jsonb_build_object('refused', 'start-date-expired', 'field', 'startDate'); end if;

  -- Family groups: per parent the set of children in the two-step neighbourhood (every parent
  -- of a child of the youth or of its parents); parents with the same set form one group,
  -- keyed by the lowest parent id. The groups the youth belongs to are those of its anchors.
  with anchors as (
    select v_person_id as id
    union select parent_id from parent_child where child_id = v_person_id and kind in (${kinds})
  ), kids as (
    select child_id from parent_child where parent_id in (select id from anchors) and kind in (${kinds})
  ), coparents as (
    select parent_id from parent_child where child_id in (select child_id from kids) and kind in (${kinds})
  ), sets as (
    select parent_id, array_agg(distinct child_id order by child_id) as children from parent_child
    where parent_id in (select parent_id from coparents) and kind in (${kinds})
    group by parent_id
  ), groups as (
    select (array_agg(o.parent_id order by o.parent_id))[1] as key, array_agg(o.parent_id order by o.parent_id) as parents, a.children
    from (select distinct s.children from sets s join anchors on anchors.id = s.parent_id) a
    join sets o on o.children = a.children
    group by a.children
  )
  select coalesce(jsonb_agg(jsonb_build_object('key', key, 'parents', to_jsonb(parents), 'children', to_jsonb(children)) order by key), '[]')
  into v_groups from groups;

  -- Serialise registrations that could match each other (the youth and its family keys).
  perform pg_advisory_xact_lock(hashtextextended(k, 0))
  from (select v_person_id::text as k union select g->>'key' from jsonb_array_elements(v_groups) g) keys order by k;

  -- A second active signal of this user on this youth violates signals_one_active_per_user:
  -- the caller reports it as a duplicate, and the statement leaves nothing behind.
  insert into signals (person_id, organisation_id, user_id, contact_name, contact_phone, contact_email, start_date, youth_until, informed_on, status)
  values (v_person_id, (p->>'organisationId')::uuid, v_user, p->>'contactName', p->>'contactPhone', p->>'contactEmail',
          v_start, v_youth_until, v_informed, 'actief')
  returning * into v_signal;

  -- The matches the active signals now call for, in one statement:
  -- - child match: active signals of two or more professionals on this youth;
  -- - family match per group: an active signal on a child, signals on two or more persons, two or
  --   more professionals (co-parents alone are not related; one youth is a child match);
  -- - a group without signals on its own parents whose children all belong to another candidate
  --   group adds no pair that group lacks, and is left out.
  with grp as (
    select g->>'key' as key,
      array(select jsonb_array_elements_text(g->'children'))::uuid[] as children,
      array(select jsonb_array_elements_text(g->'parents'))::uuid[] as parents
    from jsonb_array_elements(v_groups) g
  ), fam as (
    select grp.key, grp.children, array_agg(s.id order by s.id) as ids,
      count(*) filter (where s.person_id = any(grp.children)) as child_signals,
      count(distinct s.person_id) as persons, count(distinct s.user_id) as users
    from grp join signals s on s.person_id = any(grp.children || grp.parents) and s.status = 'actief' and s.start_date > v_active_from
    group by grp.key, grp.children
  ), cand as (
    select * from fam where child_signals > 0 and persons >= 2 and users >= 2
  ), child as (
    select array_agg(id order by id) as ids, count(distinct user_id) as users
    from signals where person_id = v_person_id and status = 'actief' and start_date > v_active_from
  )
  select coalesce(jsonb_agg(x.w order by x.w->>'type' desc, x.w->>'key'), '[]') into v_wanted from (
    select jsonb_build_object('type', 'kind', 'key', v_person_id, 'signals', to_jsonb(ids)) as w from child where users >= 2
    union all
    select jsonb_build_object('type', 'gezin', 'key', c.key, 'signals', to_jsonb(c.ids)) from cand c
    where cardinality(c.ids) > c.child_signals
       or not exists (select 1 from cand o where o.key <> c.key and c.children <@ o.children)
  ) x;

  for w in select * from jsonb_array_elements(v_wanted) loop
    v_created := false;
    select id into v_match from matches where type = w->>'type' and key_person_id = (w->>'key')::uuid;
    if not found then
      insert into matches (type, key_person_id, created_at) values (w->>'type', (w->>'key')::uuid, v_now) returning id into v_match;
      v_created := true;
    end if;
    v_existing := array(select distinct s.user_id from match_members mm join signals s on s.id = mm.signal_id where mm.match_id = v_match);
    with ins as (
      insert into match_members (match_id, signal_id, joined_at)
      select v_match, x::uuid, v_now from jsonb_array_elements_text(w->'signals') x
      on conflict do nothing returning signal_id)
    select coalesce(array_agg(distinct s.user_id) filter (where s.user_id <> all(v_existing)), '{}') into v_added
    from ins join signals s on s.id = ins.signal_id;
    v_changes := v_changes || jsonb_build_object('matchId', v_match, 'type', w->>'type', 'created', v_created);

    -- Notifications (inbox, and e-mail through the outbox when configured); texts name no child.
    if v_created then
      perform vi_notify(v_added, p->'messages'->'created'->(w->>'type'), '/matches/' || v_match, p->'mail');
    elsif cardinality(v_added) > 0 then
      perform vi_notify(v_added, p->'messages'->'added'->(w->>'type'), '/matches/' || v_match, p->'mail');
      perform vi_notify(v_existing, p->'messages'->'existing'->(w->>'type'), '/matches/' || v_match, p->'mail');
    end if;
  end loop;

  -- Audit: the signal and every match it created or joined, for the youth concerned.
  insert into audit_log (user_id, username, organisation_id, role, action, record_type, record_id, person_id, ip, user_agent, outcome, detail)
  select (p->'actor'->>'userId')::uuid, p->'actor'->>'username', (p->'actor'->>'organisationId')::uuid, p->'actor'->>'role',
         e.action, e.record_type, e.record_id, v_person_id, p->'actor'->>'ip', p->'actor'->>'userAgent', 'success', e.detail
  from (
    select 'create' as action, 'signaal' as record_type, v_signal.id::text as record_id, null::jsonb as detail
    union all
    select case when (x->>'created')::boolean then 'create' else 'update' end, 'match', x->>'matchId', jsonb_build_object('type', x->>'type')
    from jsonb_array_elements(v_changes) x
  ) e;

  return jsonb_build_object(
    'person', jsonb_build_object('id', v_person_id, 'bsn', v_person.bsn, 'given_names', v_person.given_names,
      'tussenvoegsel', v_person.tussenvoegsel, 'family_name', v_person.family_name, 'date_of_birth', v_person.date_of_birth),
    'signal', to_jsonb(v_signal), 'changes', v_changes);
end
$fn$;

alter function vi_notify(uuid[], jsonb, text, jsonb) set plan_cache_mode = force_generic_plan;
  `.execute(db);
}
