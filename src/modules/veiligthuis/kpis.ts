// The figures the sector steers on (Handelingsprotocol 2019; municipalities' performance
// indicators): the share of safety assessments approved within 5 working days and of
// investigations closed within 10 weeks, per team (a Veilig Thuis organisation) and period.
// A regional coordinator sees every team in the region, with small numbers (< 5) suppressed.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { AuthUser } from '../../platform/http/context.ts';
import { dateInAmsterdam } from '../../platform/dates.ts';
import { INVESTIGATION_WEEKS, SAFETY_ASSESSMENT_WORKING_DAYS } from './model.ts';

const SMALL = 5;

export async function kpis(db: Kysely<DB>, user: AuthUser, van: string, tot: string) {
  let teams = db.selectFrom('organisations as o').innerJoin('municipalities as m', 'm.code', 'o.municipality_code')
    .select(['o.id', 'o.name']).where('o.sector', '=', 'veilig_thuis');
  teams = user.role === 'regiocoordinator' ? teams.where('m.region_id', '=', user.regionId) : teams.where('o.id', '=', user.organisationId);
  const rows = await teams.orderBy('o.name').execute();
  const suppress = user.role === 'regiocoordinator';
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
    const small = (n: number) => n > 0 && n < SMALL;
    const share = (total: number, within: number) => {
      if (suppress && (total < SMALL || small(within) || small(total - within))) return { totaal: suppress && total < SMALL ? null : total, binnenTermijn: null, aandeel: null };
      return { totaal: total, binnenTermijn: within, aandeel: total ? Math.round((within / total) * 1000) / 10 : null };
    };
    const count = (n: number) => (suppress && n < SMALL ? null : n);
    out.push({
      team: team.name, organisationId: team.id, van, tot,
      meldingen: count(received.filter((z) => z.soort === 'melding').length),
      adviezen: count(received.filter((z) => z.soort === 'advies').length),
      veiligheidsbeoordelingen: share(assessments.length, assessments.filter((v) => dateInAmsterdam(v.goedgekeurd_at!) <= v.deadline).length),
      onderzoeken: share(investigations.length, investigations.filter((o) => o.afgesloten_op! <= o.streefdatum).length),
    });
  }
  return { teams: out, normen: { veiligheidsbeoordelingWerkdagen: SAFETY_ASSESSMENT_WORKING_DAYS, onderzoekWeken: INVESTIGATION_WEEKS } };
}
