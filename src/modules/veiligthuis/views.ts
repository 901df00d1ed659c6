// What each audience sees of a case. The Veilig Thuis team sees everything, including the
// reporter; every view for someone outside the team (the receiving organisation, the Raad, the
// reporter's feedback) is built here without the reporter when anonymity was promised.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { DECISIONS, KEEP_REASONS, type Melder } from './model.ts';
import { openQuestions, type ZaakRow } from './service.ts';
import { dutchDate } from '../../platform/dates.ts';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export async function betrokkenenOf(db: Kysely<DB>, zaakId: string) {
  const rows = await db.selectFrom('vt_betrokkenen as b').leftJoin('persons as p', 'p.id', 'b.person_id')
    .select(['b.id', 'b.person_id', 'b.naam', 'b.rol', 'b.toelichting', 'p.bsn', 'p.date_of_birth'])
    .where('b.zaak_id', '=', zaakId).orderBy('b.rol').orderBy('b.naam').execute();
  return rows.map((r) => ({ id: r.id, personId: r.person_id, naam: r.naam, rol: r.rol, toelichting: r.toelichting, bsn: r.bsn, geboortedatum: r.date_of_birth }));
}

/** The open work on a case, as the team lists show it: acute until acted upon, overdue by date. */
export function urgency(z: Pick<ZaakRow, 'acuut' | 'acuut_actie_at' | 'deadline' | 'status'>, today: string) {
  const acuutOpen = z.acuut && !z.acuut_actie_at && z.status !== 'afgesloten';
  const vbOpen = z.status === 'veiligheidsbeoordeling' || z.status === 'vb_ter_goedkeuring';
  return { acuutOpen, veiligheidsbeoordelingTeLaat: vbOpen && !!z.deadline && z.deadline < today };
}

export const TEAM_LISTS = ['wachtrij', 'mijn', 'te-laat', 'wacht-op-overdracht', 'open', 'alle'] as const;
export type TeamList = (typeof TEAM_LISTS)[number];

/** A team's work list, acute cases first, then by deadline. */
export async function teamList(db: Kysely<DB>, user: { id: string; organisationId: string }, lijst: TeamList, today: string) {
  let q = db.selectFrom('vt_zaken as z').leftJoin('users as b', 'b.id', 'z.behandelaar_id')
    .leftJoin('vt_onderzoeken as o', (j) => j.onRef('o.zaak_id', '=', 'z.id').on('o.afgesloten_op', 'is', null)) // the open one, if any
    .selectAll('z').select(['b.display_name as behandelaar_naam', 'o.streefdatum', 'o.afgesloten_op',
      sql<string[]>`coalesce((select array_agg(naam order by naam) from vt_betrokkenen where zaak_id = z.id and rol = 'kind'), '{}')`.as('kinderen')])
    .where('z.organisation_id', '=', user.organisationId);
  if (lijst !== 'alle') q = q.where('z.status', '<>', 'afgesloten');
  if (lijst === 'wachtrij') q = q.where('z.status', 'in', ['veiligheidsbeoordeling', 'advies']).where('z.behandelaar_id', 'is', null);
  if (lijst === 'mijn') q = q.where('z.behandelaar_id', '=', user.id);
  if (lijst === 'wacht-op-overdracht') q = q.where('z.status', '=', 'overdracht');
  if (lijst === 'te-laat') {
    q = q.where((eb) => eb.or([
      eb.and([eb('z.status', 'in', ['veiligheidsbeoordeling', 'vb_ter_goedkeuring']), eb('z.deadline', '<', today)]),
      eb.and([eb('o.afgesloten_op', 'is', null), eb('o.streefdatum', '<', today)]),
      eb.and([eb('z.acuut', '=', true), eb('z.acuut_actie_at', 'is', null)]),
    ]));
  }
  const rows = await q.orderBy(sql`case when z.acuut and z.acuut_actie_at is null and z.status <> 'afgesloten' then 0 else 1 end`)
    .orderBy(sql`z.deadline nulls last`).orderBy('z.ontvangen_at').execute();
  return rows.map((z) => ({
    id: z.id, nummer: Number(z.nummer), soort: z.soort, bron: z.bron, status: z.status, ontvangenAt: iso(z.ontvangen_at)!, deadline: z.deadline,
    vtMeldingId: z.vt_melding_id, kinderen: z.kinderen, behandelaar: z.behandelaar_id ? { id: z.behandelaar_id, naam: z.behandelaar_naam! } : null,
    onderzoekStreefdatum: z.streefdatum, onderzoekTeLaat: !!z.streefdatum && !z.afgesloten_op && z.streefdatum < today,
    ...urgency(z, today),
  }));
}

export async function zaakDetail(db: Kysely<DB>, zaak: ZaakRow, today: string) {
  const [betrokkenen, beoordelingen, onderzoeken, besluiten, overdrachten, monitoring, terugkoppelingen, names] = await Promise.all([
    betrokkenenOf(db, zaak.id),
    db.selectFrom('vt_veiligheidsbeoordelingen').selectAll().where('zaak_id', '=', zaak.id).orderBy('ronde').execute(),
    db.selectFrom('vt_onderzoeken').selectAll().where('zaak_id', '=', zaak.id).orderBy('ronde', 'desc').execute(),
    db.selectFrom('vt_besluiten').selectAll().where('zaak_id', '=', zaak.id).orderBy('voorgesteld_at').execute(),
    db.selectFrom('vt_overdrachten as h').innerJoin('organisations as o', 'o.id', 'h.naar_organisation_id').selectAll('h').select('o.name as naar_naam')
      .where('zaak_id', '=', zaak.id).orderBy('verzonden_at').execute(),
    db.selectFrom('vt_monitoring').selectAll().where('zaak_id', '=', zaak.id).orderBy('gepland_op').execute(),
    db.selectFrom('vt_terugkoppelingen').selectAll().where('zaak_id', '=', zaak.id).orderBy('verzonden_at').execute(),
    userNames(db, zaak.id),
  ]);
  const onderzoek = onderzoeken[0];
  const records = onderzoek
    ? await db.selectFrom('vt_onderzoek_records').selectAll().where('onderzoek_id', '=', onderzoek.id).orderBy('vastgelegd_at').execute()
    : [];
  const name = (id: string | null) => (id ? names.get(id) ?? null : null);
  return {
    id: zaak.id, nummer: Number(zaak.nummer), soort: zaak.soort, bron: zaak.bron, status: zaak.status, zorg: zaak.zorg,
    ontvangenAt: iso(zaak.ontvangen_at)!, deadline: zaak.deadline, ...urgency(zaak, today),
    acuut: zaak.acuut, acuutActie: zaak.acuut_actie ? { actie: zaak.acuut_actie, at: iso(zaak.acuut_actie_at)!, door: name(zaak.acuut_actie_by) } : null,
    melder: zaak.melder as Melder | null, melderInKindveilig: !!zaak.melder_user_id,
    anoniemAdvies: zaak.anoniem_advies, anonimiteitToegezegd: zaak.anonimiteit_toegezegd, terugkoppelingGewenst: zaak.terugkoppeling_gewenst,
    ambtshalve: zaak.ambtshalve_reden ? { reden: zaak.ambtshalve_reden, at: iso(zaak.ambtshalve_at)!, door: name(zaak.ambtshalve_by) } : null,
    vtMeldingId: zaak.vt_melding_id,
    behandelaar: zaak.behandelaar_id ? { id: zaak.behandelaar_id, naam: name(zaak.behandelaar_id)! } : null,
    betrokkenen,
    veiligheidsbeoordelingen: beoordelingen.map((b) => ({
      id: b.id, ronde: b.ronde, gegevens: b.gegevens, uitkomst: b.uitkomst,
      vastgelegdDoor: name(b.vastgelegd_by), vastgelegdDoorId: b.vastgelegd_by, vastgelegdAt: iso(b.vastgelegd_at)!,
      goedgekeurdDoor: name(b.goedgekeurd_by), goedgekeurdAt: iso(b.goedgekeurd_at),
    })),
    onderzoek: onderzoek ? {
      id: onderzoek.id, ronde: onderzoek.ronde, gestartOp: onderzoek.gestart_op, streefdatum: onderzoek.streefdatum, afgeslotenOp: onderzoek.afgesloten_op,
      teLaat: !onderzoek.afgesloten_op && onderzoek.streefdatum < today, onderzoeksplan: onderzoek.onderzoeksplan,
      vragen: onderzoek.vragen, openVragen: openQuestions(onderzoek.vragen).map((v) => v.nr), beoordelingen: onderzoek.beoordelingen,
      records: records.map((r) => ({ id: r.id, soort: r.soort, gegevens: r.gegevens, vastgelegdDoor: name(r.vastgelegd_by), vastgelegdAt: iso(r.vastgelegd_at)! })),
    } : null,
    eerdereOnderzoeken: onderzoeken.slice(1).map((o) => ({ ronde: o.ronde, gestartOp: o.gestart_op, streefdatum: o.streefdatum, afgeslotenOp: o.afgesloten_op })),
    besluiten: besluiten.map((b) => ({
      id: b.id, gegevens: b.gegevens, voorgesteldDoor: name(b.voorgesteld_by), voorgesteldDoorId: b.voorgesteld_by, voorgesteldAt: iso(b.voorgesteld_at)!,
      goedgekeurdDoor: name(b.goedgekeurd_by), goedgekeurdAt: iso(b.goedgekeurd_at), raadVerzoek: !!b.raad_verzoek,
    })),
    overdrachten: overdrachten.map((h) => ({
      id: h.id, naarOrganisatie: h.naar_naam, naarUser: name(h.naar_user_id), veiligheidsvoorwaarden: h.veiligheidsvoorwaarden, informatie: h.informatie,
      verzondenAt: iso(h.verzonden_at)!, bevestigdDoor: name(h.bevestigd_by), bevestigdAt: iso(h.bevestigd_at),
    })),
    monitoring: monitoring.map((m) => ({ id: m.id, geplandOp: m.gepland_op, uitgevoerdOp: m.uitgevoerd_op, uitkomst: m.uitkomst, bevraagd: m.bevraagd, bevindingen: m.bevindingen })),
    terugkoppelingen: terugkoppelingen.map((t) => ({ id: t.id, moment: t.moment, tekst: t.tekst, kanaal: t.kanaal, verzondenAt: iso(t.verzonden_at)!, door: name(t.verzonden_by) })),
  };
}
export type ZaakDetail = Awaited<ReturnType<typeof zaakDetail>>;

/** Display names of every user the case mentions, in one query. */
async function userNames(db: Kysely<DB>, zaakId: string): Promise<Map<string, string>> {
  const rows = await sql<{ id: string; display_name: string }>`
    select u.id, u.display_name from users u where u.id in (
      select unnest(array[behandelaar_id, acuut_actie_by, ambtshalve_by, created_by]) from vt_zaken where id = ${zaakId}
      union select unnest(array[vastgelegd_by, goedgekeurd_by]) from vt_veiligheidsbeoordelingen where zaak_id = ${zaakId}
      union select unnest(array[voorgesteld_by, goedgekeurd_by]) from vt_besluiten where zaak_id = ${zaakId}
      union select unnest(array[naar_user_id, verzonden_by, bevestigd_by]) from vt_overdrachten where zaak_id = ${zaakId}
      union select verzonden_by from vt_terugkoppelingen where zaak_id = ${zaakId}
      union select r.vastgelegd_by from vt_onderzoek_records r join vt_onderzoeken o on o.id = r.onderzoek_id where o.zaak_id = ${zaakId})`.execute(db);
  return new Map(rows.rows.map((r) => [r.id, r.display_name]));
}

/**
 * The radar: everything earlier about this child and its household that the team may see, over
 * time. Household: the children, parents, carers and housemates of the case, their registered
 * parents, and those parents' children (not the relatives of a suspected perpetrator or of
 * others involved). Cases of other Veilig Thuis organisations show as a register entry (who,
 * when, what kind) only. Returns the ids of every person shown, for the audit log.
 */
export async function radar(db: Kysely<DB>, zaak: ZaakRow) {
  const household = await sql<{ id: string; naam: string }>`
    with base as (select person_id as id from vt_betrokkenen where zaak_id = ${zaak.id} and person_id is not null
                  and rol in ('kind', 'ouder', 'verzorger', 'huisgenoot')),
    parents as (select parent_id as id from parent_child where child_id in (select id from base)),
    kids as (select child_id as id from parent_child where parent_id in (select id from base union select id from parents)),
    everyone as (select id from base union select id from parents union select id from kids)
    select p.id, concat_ws(' ', p.given_names, p.tussenvoegsel, p.family_name) as naam from persons p where p.id in (select id from everyone)`.execute(db);
  const ids = household.rows.map((r) => r.id);
  if (!ids.length) return { view: { huishouden: [], items: [] }, personIds: [] };
  const zaken = await db.selectFrom('vt_zaken as z').innerJoin('organisations as o', 'o.id', 'z.organisation_id')
    .select(['z.id', 'z.nummer', 'z.soort', 'z.status', 'z.ontvangen_at', 'z.organisation_id', 'z.zorg', 'o.name as organisatie',
      sql<string[]>`(select array_agg(distinct b.naam) from vt_betrokkenen b where b.zaak_id = z.id and b.person_id in (${sql.join(ids)}))`.as('wie')])
    .where('z.id', '<>', zaak.id)
    .where((eb) => eb.exists(eb.selectFrom('vt_betrokkenen as b').select('b.id').whereRef('b.zaak_id', '=', 'z.id').where('b.person_id', 'in', ids)))
    .execute();
  const outcomes = await db.selectFrom('vt_veiligheidsbeoordelingen').select(['zaak_id', 'uitkomst']).where('goedgekeurd_at', 'is not', null)
    .where('zaak_id', 'in', zaken.length ? zaken.map((z) => z.id) : ['00000000-0000-0000-0000-000000000000']).orderBy('ronde').execute();
  const outcomeOf = new Map(outcomes.map((o) => [o.zaak_id, o.uitkomst]));
  const matches = await sql<{ id: string; type: string; created_at: Date; wie: string[]; organisaties: string[]; persons: string[] }>`
    select m.id, m.type, m.created_at,
      array_agg(distinct concat_ws(' ', p.given_names, p.tussenvoegsel, p.family_name)) as wie, array_agg(distinct p.id) as persons,
      array_agg(distinct o.name) as organisaties
    from matches m
    join match_members mm on mm.match_id = m.id
    join signals s on s.id = mm.signal_id
    join persons p on p.id = s.person_id
    join organisations o on o.id = s.organisation_id
    where exists (select 1 from match_members mine join signals ms on ms.id = mine.signal_id
                  join users u on u.id = ms.user_id where mine.match_id = m.id and u.organisation_id = ${zaak.organisation_id})
      and exists (select 1 from match_members x join signals xs on xs.id = x.signal_id where x.match_id = m.id and xs.person_id in (${sql.join(ids)}))
    group by m.id, m.type, m.created_at`.execute(db);
  const items = [
    ...zaken.map((z) => {
      const own = z.organisation_id === zaak.organisation_id;
      return {
        soort: z.soort === 'advies' ? 'vt-advies' as const : 'vt-melding' as const, datum: iso(z.ontvangen_at)!, organisatie: z.organisatie, wie: z.wie ?? [],
        zaakId: own ? z.id : null, nummer: own ? Number(z.nummer) : null, status: own ? z.status : null,
        uitkomst: own ? outcomeOf.get(z.id) ?? null : null, samenvatting: own ? z.zorg.slice(0, 200) : null,
      };
    }),
    ...matches.rows.map((m) => ({
      soort: m.type === 'kind' ? 'verwijsindex-kindmatch' as const : 'verwijsindex-gezinsmatch' as const, datum: iso(m.created_at)!, organisatie: m.organisaties.join(', '),
      wie: m.wie, zaakId: null, nummer: null, status: null, uitkomst: null, samenvatting: null,
    })),
  ].sort((a, b) => b.datum.localeCompare(a.datum));
  const personIds = [...new Set([...ids, ...matches.rows.flatMap((m) => m.persons)])];
  return { view: { huishouden: household.rows.map((r) => r.naam).sort(), items }, personIds };
}

/** What the receiving organisation gets: the safety conditions and what it needs, never a protected reporter. */
export async function handoverView(db: Kysely<DB>, overdrachtId: string) {
  const h = await db.selectFrom('vt_overdrachten as h').innerJoin('vt_zaken as z', 'z.id', 'h.zaak_id')
    .innerJoin('organisations as vt', 'vt.id', 'z.organisation_id').innerJoin('organisations as naar', 'naar.id', 'h.naar_organisation_id')
    .leftJoin('users as s', 's.id', 'h.verzonden_by').leftJoin('users as b', 'b.id', 'h.bevestigd_by')
    .select(['h.id', 'h.zaak_id', 'h.naar_organisation_id', 'h.naar_user_id', 'h.veiligheidsvoorwaarden', 'h.informatie', 'h.verzonden_at', 'h.bevestigd_at',
      'vt.name as van', 'naar.name as naar', 's.display_name as verzonden_door', 's.phone as verzonden_telefoon', 's.email as verzonden_email', 'b.display_name as bevestigd_door',
      'z.melder', 'z.anonimiteit_toegezegd', 'z.melder_user_id'])
    .where('h.id', '=', overdrachtId).executeTakeFirst();
  if (!h) return undefined;
  const betrokkenen = await betrokkenenOf(db, h.zaak_id);
  const melder = h.melder as Melder | null;
  return {
    id: h.id, van: h.van, naar: h.naar, naarOrganisationId: h.naar_organisation_id, naarUserId: h.naar_user_id,
    contactVeiligThuis: { naam: h.verzonden_door, telefoon: h.verzonden_telefoon, email: h.verzonden_email },
    betrokkenen: betrokkenen.map(({ personId, naam, rol, geboortedatum }) => ({ personId, naam, rol, geboortedatum })),
    veiligheidsvoorwaarden: h.veiligheidsvoorwaarden, informatie: h.informatie, verzondenAt: iso(h.verzonden_at)!,
    bevestigdAt: iso(h.bevestigd_at), bevestigdDoor: h.bevestigd_door,
    melder: h.anonimiteit_toegezegd || !melder ? null : { naam: melder.naam, relatie: melder.relatie, organisatie: melder.organisatie ?? null },
    melderAnoniem: h.anonimiteit_toegezegd,
  };
}

/**
 * The findings that go with a request to the Raad voor de Kinderbescherming, so the Raad builds
 * on the investigation instead of starting again. A protected reporter is left out.
 */
export function raadFindings(d: ZaakDetail, vraag: string) {
  const o = d.onderzoek!;
  const vb = d.veiligheidsbeoordelingen.at(-1);
  return {
    zaaknummer: d.nummer, vraag,
    betrokkenen: d.betrokkenen.map(({ naam, rol, bsn, geboortedatum }) => ({ naam, rol, bsn, geboortedatum })),
    // The reporter's own words can identify them: with anonymity promised they stay with the team.
    melding: d.anonimiteitToegezegd
      ? { ontvangenAt: d.ontvangenAt, zorg: 'Niet gedeeld: Veilig Thuis heeft de melder anonimiteit toegezegd. De bevindingen staan bij het onderzoek.', melder: 'Anoniem (anonimiteit toegezegd door Veilig Thuis)' }
      : { ontvangenAt: d.ontvangenAt, zorg: d.zorg, melder: d.melder ? `${d.melder.naam} (${d.melder.relatie})` : 'Anoniem advies' },
    veiligheidsbeoordeling: vb ? { uitkomst: vb.uitkomst, alarmsignalen: vb.gegevens.alarmsignalen, directeVeiligheid: vb.gegevens.directeVeiligheid, onderbouwing: vb.gegevens.onderbouwing,
      redenen: vb.gegevens.redenenVtHoudt.map((r) => KEEP_REASONS[r]) } : null,
    onderzoek: {
      gestartOp: o.gestartOp, onderzoeksplan: o.onderzoeksplan, vragen: o.vragen, beoordelingen: o.beoordelingen,
      informatie: o.records.filter((r) => r.soort === 'informatie').map((r) => r.gegevens),
      risicoscenarios: o.records.filter((r) => r.soort === 'risicoscenario').map((r) => r.gegevens),
      instrumenten: o.records.filter((r) => r.soort === 'instrument').map((r) => r.gegevens),
      gesprekken: o.records.filter((r) => r.soort === 'gesprek').map((r) => r.gegevens),
    },
  };
}

/**
 * The feedback a reporter may receive (whether follow-up started, who took it over, their own
 * role), generated from the case; the worker can edit it before it is sent.
 */
export function feedbackConcept(d: ZaakDetail, moment: 'na_veiligheidsbeoordeling' | 'na_onderzoek', reporterOrganisation: string | null, vtName: string): string {
  const received = dutchDate(d.ontvangenAt);
  const lines = [`Veilig Thuis (${vtName}) heeft uw melding van ${received} in behandeling genomen.`];
  const handover = d.overdrachten.at(-1);
  const ownRole = handover && reporterOrganisation && handover.naarOrganisatie === reporterOrganisation;
  if (moment === 'na_veiligheidsbeoordeling') {
    const vb = d.veiligheidsbeoordelingen.at(-1)!;
    lines.push({
      overdragen: `De veiligheid is beoordeeld. Er is vervolg ingezet: ${handover?.naarOrganisatie ?? 'een hulpverlenende organisatie'} neemt de zaak over, met afspraken over de veiligheid (veiligheidsvoorwaarden).`,
      vt_houdt: 'De veiligheid is beoordeeld. Veilig Thuis doet zelf verder onderzoek. U hoort opnieuw van ons als het onderzoek is afgerond.',
      advies: 'De veiligheid is beoordeeld. Veilig Thuis handelt uw melding af als advies; er volgt geen onderzoek.',
      beeindigen: 'De veiligheid is beoordeeld. Veilig Thuis onderneemt geen verdere actie.',
    }[vb.uitkomst]);
  } else {
    const b = d.besluiten.filter((x) => x.goedgekeurdAt).at(-1)!;
    lines.push(`Het onderzoek is afgerond. Besluit: ${b.gegevens.besluiten.map((k) => DECISIONS[k].toLowerCase()).join('; ')}.`);
    if (handover && b.gegevens.besluiten.includes('vrijwillige_hulp')) lines.push(`${handover.naarOrganisatie} neemt de hulp over.`);
  }
  lines.push(ownRole
    ? 'Uw organisatie is de ontvangende partij: de veiligheidsvoorwaarden en de afspraken over monitoring staan in de overdracht.'
    : 'Blijf betrokken bij het kind zoals u dat in uw eigen werk bent, en meld opnieuw als u nieuwe zorgen heeft.');
  return lines.join('\n\n');
}
