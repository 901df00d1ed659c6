// The figures the sector steers on (Handelingsprotocol 2019; municipalities' performance
// indicators): the share of safety assessments approved within 5 working days and of
// investigations closed within 10 weeks, per team (a Veilig Thuis organisation) and period.
// A regional coordinator sees every team in the region and the region's total, for publication
// periods only, through the disclosure layer (decision 0009).
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { AuthUser } from '../../platform/http/context.ts';
import { dateInAmsterdam } from '../../platform/dates.ts';
import {
  ancestors, differencingRefusal, protect, publicationPeriod, ruleOf, type DisclosureSettings, type Line, type Reason,
} from '../../platform/disclosure/index.ts';
import { INVESTIGATION_WEEKS, SAFETY_ASSESSMENT_WORKING_DAYS } from './model.ts';

const normen = { veiligheidsbeoordelingWerkdagen: SAFETY_ASSESSMENT_WORKING_DAYS, onderzoekWeken: INVESTIGATION_WEEKS };

export async function kpis(db: Kysely<DB>, user: AuthUser, van: string, tot: string, settings: DisclosureSettings) {
  if (user.role === 'regiocoordinator') return regionKpis(db, user.regionId, van, tot, settings);
  const rows = await db.selectFrom('organisations as o').select(['o.id', 'o.name'])
    .where('o.sector', '=', 'veilig_thuis').where('o.id', '=', user.organisationId).execute();
  const out = [];
  for (const team of rows) {
    const inPeriod = (at: Date | string) => { const d = typeof at === 'string' ? at : dateInAmsterdam(at); return d >= van && d <= tot; };
    const assessments = (await db.selectFrom('vt_veiligheidsbeoordelingen as v').innerJoin('vt_zaken as z', 'z.id', 'v.zaak_id')
      .select(['v.goedgekeurd_at', 'v.deadline']).where('z.organisation_id', '=', team.id).where('v.goedgekeurd_at', 'is not', null).execute())
      .filter((v) => inPeriod(v.goedgekeurd_at!));
    const investigations = (await db.selectFrom('vt_onderzoeken as o').innerJoin('vt_zaken as z', 'z.id', 'o.zaak_id')
      .select(['o.afgesloten_op', 'o.streefdatum']).where('z.organisation_id', '=', team.id).where('o.afgesloten_op', 'is not', null).execute())
      .filter((o) => inPeriod(o.afgesloten_op!));
    const received = (await db.selectFrom('vt_zaken').select(['soort', 'ontvangen_at']).where('organisation_id', '=', team.id).execute())
      .filter((z) => inPeriod(z.ontvangen_at));
    const share = (total: number, within: number) => ({ totaal: total, binnenTermijn: within, aandeel: percent(within, total) });
    out.push({
      team: team.name, organisationId: team.id, van, tot,
      meldingen: received.filter((z) => z.soort === 'melding').length,
      adviezen: received.filter((z) => z.soort === 'advies').length,
      veiligheidsbeoordelingen: share(assessments.length, assessments.filter((v) => dateInAmsterdam(v.goedgekeurd_at!) <= v.deadline).length),
      onderzoeken: share(investigations.length, investigations.filter((o) => o.afgesloten_op! <= o.streefdatum).length),
    });
  }
  return { teams: out, normen };
}

const percent = (within: number, total: number) => (total ? Math.round((within / total) * 1000) / 10 : null);
const REGION = '*';
const MEASURES = ['meldingen', 'adviezen', 'vb.binnen', 'vb.buiten', 'vb.totaal', 'oz.binnen', 'oz.buiten', 'oz.totaal'] as const;
type Measure = (typeof MEASURES)[number];
/** The events each view counts; the differencing rule counts them per kind. */
const KINDS = { ontvangen: ['meldingen', 'adviezen'], veiligheidsbeoordelingen: ['vb.totaal'], onderzoeken: ['oz.totaal'] } as const;

/**
 * The region's figures for one publication period. The whole year is one table (teams and the
 * region total × measures × month, quarter, half year, year), protected at once, so that every
 * period a reader asks for is a slice of the same protected table and no two slices subtract to
 * a hidden count.
 */
async function regionKpis(db: Kysely<DB>, regionId: number, van: string, tot: string, settings: DisclosureSettings) {
  const { year, period, all } = publicationPeriod(van, tot);
  const teams = await db.selectFrom('organisations as o').innerJoin('municipalities as m', 'm.code', 'o.municipality_code')
    .select(['o.id', 'o.name']).where('o.sector', '=', 'veilig_thuis').where('m.region_id', '=', regionId).orderBy('o.name').execute();
  const ids = teams.map((t) => t.id);
  const monthOf = (at: Date | string) => { const d = typeof at === 'string' ? at : dateInAmsterdam(at); return Number(d.slice(0, 4)) === year ? Number(d.slice(5, 7)) : null; };
  const events: { team: string; month: number; measures: Measure[] }[] = [];
  const add = (team: string, at: Date | string, measures: Measure[]) => { const month = monthOf(at); if (month) events.push({ team, month, measures }); };
  if (ids.length) {
    for (const z of await db.selectFrom('vt_zaken').select(['organisation_id', 'soort', 'ontvangen_at']).where('organisation_id', 'in', ids).execute()) {
      add(z.organisation_id, z.ontvangen_at, [z.soort === 'melding' ? 'meldingen' : 'adviezen']);
    }
    for (const v of await db.selectFrom('vt_veiligheidsbeoordelingen as v').innerJoin('vt_zaken as z', 'z.id', 'v.zaak_id')
      .select(['z.organisation_id', 'v.goedgekeurd_at', 'v.deadline']).where('z.organisation_id', 'in', ids).where('v.goedgekeurd_at', 'is not', null).execute()) {
      add(v.organisation_id, v.goedgekeurd_at!, [dateInAmsterdam(v.goedgekeurd_at!) <= v.deadline ? 'vb.binnen' : 'vb.buiten', 'vb.totaal']);
    }
    for (const o of await db.selectFrom('vt_onderzoeken as o').innerJoin('vt_zaken as z', 'z.id', 'o.zaak_id')
      .select(['z.organisation_id', 'o.afgesloten_op', 'o.streefdatum']).where('z.organisation_id', 'in', ids).where('o.afgesloten_op', 'is not', null).execute()) {
      add(o.organisation_id, o.afgesloten_op!, [o.afgesloten_op! <= o.streefdatum ? 'oz.binnen' : 'oz.buiten', 'oz.totaal']);
    }
  }

  const rows = [...ids, REGION];
  const cell = (row: string, m: Measure, p: string) => `${row}|${m}|${p}`;
  const values = new Map<string, number>();
  for (const row of rows) for (const m of MEASURES) for (const p of all.periods) values.set(cell(row, m, p.id), 0);
  for (const e of events) {
    for (const p of all.periods.filter((x) => x.months.includes(e.month))) {
      for (const m of e.measures) for (const row of [e.team, REGION]) values.set(cell(row, m, p.id), values.get(cell(row, m, p.id))! + 1);
    }
  }

  // Differencing: this period against every enclosing one, per kind of event, region-wide.
  const complements = ancestors(all.periods, period).flatMap((a) => Object.values(KINDS).map((measures) => ({
    enclosing: a.label,
    count: measures.reduce((n, m) => n + values.get(cell(REGION, m, a.id))! - values.get(cell(REGION, m, period.id))!, 0),
  })));
  const refusal = differencingRefusal(settings.threshold, period.label, complements);
  if (refusal) throw refusal;

  const lines: Line[] = [];
  for (const p of all.periods) {
    for (const row of rows) for (const k of ['vb', 'oz']) lines.push({ total: cell(row, `${k}.totaal` as Measure, p.id), parts: [cell(row, `${k}.binnen` as Measure, p.id), cell(row, `${k}.buiten` as Measure, p.id)] });
    for (const m of MEASURES) lines.push({ total: cell(REGION, m, p.id), parts: ids.map((id) => cell(id, m, p.id)) });
  }
  for (const row of rows) for (const m of MEASURES) lines.push(...all.lines((p) => cell(row, m, p)));
  const safe = protect(values, lines, settings);

  const figures = (row: string) => {
    const onderdrukking: Record<string, Reason> = {};
    const get = (m: Measure, name: string) => { const c = safe.get(cell(row, m, period.id))!; if (c.reason) onderdrukking[name] = c.reason; return c.value; };
    const share = (k: 'vb' | 'oz', name: string) => {
      const totaal = get(`${k}.totaal`, `${name}.totaal`);
      const binnenTermijn = get(`${k}.binnen`, `${name}.binnenTermijn`);
      const shown = totaal !== null && binnenTermijn !== null && !safe.get(cell(row, `${k}.buiten`, period.id))!.reason;
      return { totaal, binnenTermijn, aandeel: shown ? percent(values.get(cell(row, `${k}.binnen`, period.id))!, values.get(cell(row, `${k}.totaal`, period.id))!) : null };
    };
    return {
      meldingen: get('meldingen', 'meldingen'), adviezen: get('adviezen', 'adviezen'),
      veiligheidsbeoordelingen: share('vb', 'veiligheidsbeoordelingen'), onderzoeken: share('oz', 'onderzoeken'),
      onderdrukking,
    };
  };
  return {
    teams: teams.map((t) => ({ team: t.name, organisationId: t.id, van, tot, ...figures(t.id) })),
    regio: { van, tot, ...figures(REGION) },
    normen,
    beveiliging: ruleOf(settings),
  };
}
