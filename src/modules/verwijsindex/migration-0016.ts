// Registration and matching as one database function: the hot path of the Verwijsindex costs
// one round trip instead of a dozen, and its statements' plans are cached by PL/pgSQL. The
// function does exactly what src/modules/verwijsindex/matching.ts describes; the family groups
// (who shares which parent) are read and passed in by the caller.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create function vi_register_signal(p jsonb) returns jsonb language plpgsql as $fn$
declare
  v_person uuid := (p->>'personId')::uuid;
  v_now timestamptz := (p->>'now')::timestamptz;
  v_active_from date := (p->>'activeFrom')::date;
  v_signal signals;
  v_wanted jsonb := '[]';        -- [{type, key, signals:[ids]}]
  v_candidates jsonb := '[]';    -- family candidates before the "covered" rule
  v_changes jsonb := '[]';
  g jsonb;
  c jsonb;
  w jsonb;
  v_children uuid[];
  v_parents uuid[];
  v_ids uuid[];
  v_child_signals int;
  v_persons int;
  v_users int;
  v_match uuid;
  v_created boolean;
  v_existing uuid[];
  v_added uuid[];
  v_label text;
  v_msg jsonb;
begin
  -- Serialise registrations that could match each other (the youth and its family keys).
  perform pg_advisory_xact_lock(hashtextextended(k, 0)) from jsonb_array_elements_text(p->'lockKeys') k order by k;

  insert into signals (person_id, organisation_id, user_id, contact_name, contact_phone, contact_email, start_date, youth_until, informed_on, status)
  values (v_person, (p->>'organisationId')::uuid, (p->>'userId')::uuid, p->>'contactName', p->>'contactPhone', p->>'contactEmail',
          (p->>'startDate')::date, (p->>'youthUntil')::date, (p->>'informedOn')::date, 'actief')
  returning * into v_signal;

  -- Child match: active signals of two or more professionals on this youth.
  select array_agg(id), count(distinct user_id) into v_ids, v_users
  from signals where person_id = v_person and status = 'actief' and start_date > v_active_from;
  if v_users >= 2 then
    v_wanted := v_wanted || jsonb_build_object('type', 'kind', 'key', v_person, 'signals', to_jsonb(v_ids));
  end if;

  -- Family matches: per group of co-parents, the active signals on their children and on them.
  for g in select * from jsonb_array_elements(p->'groups') loop
    v_children := array(select jsonb_array_elements_text(g->'children')::uuid);
    v_parents := array(select jsonb_array_elements_text(g->'parents')::uuid);
    select array_agg(id), count(*) filter (where person_id = any(v_children)), count(distinct person_id), count(distinct user_id)
      into v_ids, v_child_signals, v_persons, v_users
    from signals where person_id = any(v_children || v_parents) and status = 'actief' and start_date > v_active_from;
    -- Co-parents alone are not related; one youth is a child match; no match with oneself.
    if v_child_signals > 0 and v_persons >= 2 and v_users >= 2 then
      v_candidates := v_candidates || jsonb_build_object('key', g->>'key', 'children', g->'children',
        'parentSignals', cardinality(v_ids) - v_child_signals, 'signals', to_jsonb(v_ids));
    end if;
  end loop;
  -- A parent whose children all share another parent adds no pair the other's match lacks.
  for c in select * from jsonb_array_elements(v_candidates) loop
    if (c->>'parentSignals')::int = 0 and exists (
      select 1 from jsonb_array_elements(v_candidates) o
      where o->>'key' <> c->>'key' and (c->'children') <@ (o->'children')) then
      continue;
    end if;
    v_wanted := v_wanted || jsonb_build_object('type', 'gezin', 'key', c->>'key', 'signals', c->'signals');
  end loop;

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
    select coalesce(array_agg(distinct s.user_id), '{}') into v_added from ins join signals s on s.id = ins.signal_id;
    v_added := array(select unnest(v_added) except select unnest(v_existing));
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
  if p->'actor' is not null and p->'actor' <> 'null'::jsonb then
    insert into audit_log (user_id, username, organisation_id, role, action, record_type, record_id, person_id, ip, user_agent, outcome, detail)
    select (p->'actor'->>'userId')::uuid, p->'actor'->>'username', (p->'actor'->>'organisationId')::uuid, p->'actor'->>'role',
           e.action, e.record_type, e.record_id, v_person, p->'actor'->>'ip', p->'actor'->>'userAgent', 'success', e.detail
    from (
      select 'create' as action, 'signaal' as record_type, v_signal.id::text as record_id, null::jsonb as detail
      union all
      select case when (x->>'created')::boolean then 'create' else 'update' end, 'match', x->>'matchId', jsonb_build_object('type', x->>'type')
      from jsonb_array_elements(v_changes) x
    ) e;
  end if;

  return jsonb_build_object('signal', to_jsonb(v_signal), 'changes', v_changes);
end
$fn$;

create function vi_notify(p_users uuid[], p_msg jsonb, p_link text, p_mail jsonb) returns void language plpgsql as $fn$
begin
  if cardinality(p_users) = 0 then return; end if;
  with n as (
    insert into notifications (user_id, subject, body, link)
    select u, p_msg->>'subject', p_msg->>'body', p_link from unnest(p_users) u
    returning id, user_id, subject, body, link)
  insert into outbox (notification_id, to_address, subject, body)
  select n.id, us.email, (p_mail->>'subjectPrefix') || n.subject, n.body || (p_mail->>'bodySuffix') || n.link
  from n join users us on us.id = n.user_id
  where p_mail is not null and p_mail <> 'null'::jsonb and us.email is not null;
end
$fn$;
  `.execute(db);
}
