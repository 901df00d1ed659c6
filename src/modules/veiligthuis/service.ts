// The rules of a Veilig Thuis case: who may act on it (the receiving team only), the statutory
// clocks, and the transitions after a safety assessment or a decision is approved (four eyes).
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { AuthUser } from '../../platform/http/context.ts';
import type { Notifier } from '../../platform/notifications/notifier.ts';
import { conflict, forbidden, notFound, unprocessable } from '../../platform/http/problem.ts';
import { addWorkingDays } from '../../platform/werkdagen.ts';
import { addDays, dateInAmsterdam } from '../../platform/dates.ts';
import { fullName } from '../persons/service.ts';
import { recordAudit, systemActor } from '../../platform/audit/audit.ts';
import {
  HOUSE_BAN_DAYS, INVESTIGATION_WEEKS, SAFETY_ASSESSMENT_WORKING_DAYS, VT_ROLES,
  type DecisionData, type Handover, type Intake, type ResearchAnswer, type SafetyAssessmentData, type Status,
} from './model.ts';
import { ALL_ALARM_SIGNAL_IDS, RESEARCH_QUESTIONS } from './lists.ts';

export type ZaakRow = Selectable<DB['vt_zaken']>;

/** The statutory deadline of the safety assessment: five Dutch working days after receipt. */
export const safetyDeadline = (receivedOn: string) => addWorkingDays(receivedOn, SAFETY_ASSESSMENT_WORKING_DAYS);
export const investigationTarget = (startedOn: string) => addDays(startedOn, INVESTIGATION_WEEKS * 7);

export const isVtStaff = (user: AuthUser) => (VT_ROLES as readonly string[]).includes(user.role);

/** The case if the user belongs to the Veilig Thuis team that holds it; otherwise a refusal naming the child. */
export async function zaakFor(db: Kysely<DB>, user: AuthUser, zaakId: string, opts: { lock?: boolean } = {}): Promise<ZaakRow> {
  // A write locks the case row, so concurrent writes on one case (two approvals, approve and
  // reject) run one after the other and each sees what the other did.
  const query = db.selectFrom('vt_zaken').selectAll().where('id', '=', zaakId);
  const zaak = await (opts.lock ? query.forUpdate() : query).executeTakeFirst();
  if (!zaak) {
    if (!isVtStaff(user)) throw forbidden('Uw rol geeft geen toegang tot Veilig Thuis-zaken.', 'role-forbidden');
    throw notFound('Deze zaak bestaat niet.');
  }
  if (!isVtStaff(user) || user.organisationId !== zaak.organisation_id) {
    const child = await firstChild(db, zaak.id);
    throw forbidden('Deze zaak is alleen zichtbaar voor het Veilig Thuis-team dat haar behandelt.')
      .about({ recordType: 'vt-zaak', recordId: zaak.id, personId: child });
  }
  return zaak;
}

export async function firstChild(db: Kysely<DB>, zaakId: string): Promise<string | null> {
  const row = await db.selectFrom('vt_betrokkenen').select('person_id').where('zaak_id', '=', zaakId)
    .where('person_id', 'is not', null).orderBy('rol').executeTakeFirst();
  return row?.person_id ?? null;
}

export function assertStatus(zaak: ZaakRow, allowed: Status[], what: string): void {
  if (!allowed.includes(zaak.status as Status)) {
    throw conflict('wrong-status', `${what} kan niet in deze fase van de zaak (${zaak.status.replace(/_/g, ' ')}).`, { status: zaak.status });
  }
}

/** Four eyes: a team leader of the same team, not the person who recorded it. */
export function assertApprover(user: AuthUser, zaak: ZaakRow, recordedBy: string): void {
  if (user.role !== 'teamleider') throw forbidden('Alleen een teamleider keurt dit goed (vier ogen).', 'approval-requires-teamleider');
  if (user.id === recordedBy) throw forbidden('U kunt uw eigen voorstel niet goedkeuren; een tweede teamleider moet meekijken (vier ogen).', 'four-eyes');
  if (user.organisationId !== zaak.organisation_id) throw forbidden();
}

export async function teamMembers(db: Kysely<DB>, organisationId: string): Promise<string[]> {
  const rows = await db.selectFrom('users').select('id').where('organisation_id', '=', organisationId)
    .where('role', 'in', [...VT_ROLES]).where('active', '=', true).execute();
  return rows.map((r) => r.id);
}

/** Resolves the persons involved: by BSN to the person register, otherwise by name only. */
async function resolveBetrokkenen(db: Kysely<DB>, list: Intake['betrokkenen']) {
  const out = [];
  for (const b of list) {
    let personId: string | null = null;
    let naam = b.naam ?? null;
    if (b.bsn) {
      const p = await db.selectFrom('persons').select(['id', 'given_names', 'tussenvoegsel', 'family_name']).where('bsn', '=', b.bsn).executeTakeFirst();
      if (!p) throw unprocessable('person-unknown', `Er is niemand met BSN ${b.bsn} bekend. Laat het BSN weg en vul de naam in.`, { field: 'betrokkenen' });
      personId = p.id;
      naam = fullName(p);
    }
    out.push({ person_id: personId, naam: naam!, rol: b.rol, toelichting: b.toelichting ?? null });
  }
  return out;
}

export async function openZaak(db: Kysely<DB>, notifier: Notifier, user: AuthUser, input: Intake, now: Date): Promise<string> {
  if (input.anoniem && (input.soort !== 'advies' || input.bron !== 'burger')) {
    throw unprocessable('anonymous-report-not-allowed', 'Anoniem kan alleen een advies van een burger zijn. Een melder maakt zich bij Veilig Thuis bekend; anonimiteit naar het gezin kan wel worden toegezegd.', { field: 'anoniem' });
  }
  if (input.anoniem && input.melder) throw unprocessable('anonymous-with-identity', 'Een anoniem advies bevat geen gegevens van de adviesvrager.', { field: 'melder' });
  if (!input.anoniem && !input.melder) throw unprocessable('reporter-required', 'Vul de gegevens van de melder of adviesvrager in.', { field: 'melder' });
  if (input.anonimiteitToegezegd && input.soort !== 'melding') {
    throw unprocessable('anonymity-only-for-reports', 'Anonimiteit naar het gezin wordt toegezegd aan een melder; kies "melding".', { field: 'anonimiteitToegezegd' });
  }
  if (input.soort === 'melding' && !input.betrokkenen.some((b) => b.rol === 'kind')) {
    throw unprocessable('child-required', 'Een melding gaat over ten minste één kind; voeg het kind toe bij de betrokkenen.', { field: 'betrokkenen' });
  }
  const betrokkenen = await resolveBetrokkenen(db, input.betrokkenen);
  const today = dateInAmsterdam(now);
  const zaak = await db.insertInto('vt_zaken').values({
    organisation_id: user.organisationId, soort: input.soort, bron: input.bron, ontvangen_at: now, zorg: input.zorg,
    acuut: input.acuut, deadline: input.soort === 'melding' ? safetyDeadline(today) : null,
    melder: input.melder ? JSON.stringify(input.melder) as never : null,
    anoniem_advies: input.anoniem, anonimiteit_toegezegd: input.anonimiteitToegezegd, terugkoppeling_gewenst: !input.anoniem && input.terugkoppelingGewenst,
    status: input.soort === 'melding' ? 'veiligheidsbeoordeling' : 'advies', behandelaar_id: user.id, created_by: user.id,
  }).returning('id').executeTakeFirstOrThrow();
  if (betrokkenen.length) await db.insertInto('vt_betrokkenen').values(betrokkenen.map((b) => ({ ...b, zaak_id: zaak.id }))).execute();
  if (input.acuut) await notifyTeam(db, notifier, user.organisationId, 'Acute melding', 'Er is een acute melding binnengekomen die direct moet worden opgepakt.', zaak.id);
  return zaak.id;
}

/**
 * A report from a professional's Meldcode arrives as a case at once: the statutory clock starts
 * at receipt. The child and its registered parents become the persons involved.
 */
export async function openZaakFromMeldcode(db: Kysely<DB>, args: {
  meldingId: string; vtOrganisationId: string; childId: string; reporter: AuthUser; dossierId: string; zorg: string; now: Date;
}): Promise<string> {
  const { reporter } = args;
  const zaak = await db.insertInto('vt_zaken').values({
    organisation_id: args.vtOrganisationId, soort: 'melding', bron: 'meldcode', vt_melding_id: args.meldingId, ontvangen_at: args.now, zorg: args.zorg,
    deadline: safetyDeadline(dateInAmsterdam(args.now)),
    melder: JSON.stringify({ naam: reporter.displayName, relatie: 'Professional (via de meldcode)', organisatie: reporter.organisationName, telefoon: reporter.phone ?? undefined, email: reporter.email ?? undefined }) as never,
    melder_user_id: reporter.id, melder_dossier_id: args.dossierId, terugkoppeling_gewenst: true,
    status: 'veiligheidsbeoordeling', created_by: reporter.id,
  }).returning('id').executeTakeFirstOrThrow();
  const child = await db.selectFrom('persons').select(['id', 'given_names', 'tussenvoegsel', 'family_name']).where('id', '=', args.childId).executeTakeFirstOrThrow();
  const parents = await db.selectFrom('parent_child as pc').innerJoin('persons as p', 'p.id', 'pc.parent_id')
    .select(['p.id', 'p.given_names', 'p.tussenvoegsel', 'p.family_name', 'pc.kind']).where('pc.child_id', '=', args.childId).execute();
  await db.insertInto('vt_betrokkenen').values([
    { zaak_id: zaak.id, person_id: child.id, naam: fullName(child), rol: 'kind', toelichting: null },
    ...parents.map((p) => ({ zaak_id: zaak.id, person_id: p.id, naam: fullName(p), rol: p.kind === 'juridisch' || p.kind === 'biologisch' ? 'ouder' as const : 'verzorger' as const, toelichting: p.kind })),
  ]).execute();
  // Recorded as Veilig Thuis' intake, not as the reporter: the reporter's own Meldcode entries
  // already say what they did, and a case entry in their name would tell whoever reads the log
  // (an access request by the family included) who reported.
  const intake = { ...systemActor, username: 'veilig-thuis-intake', organisationId: args.vtOrganisationId };
  await recordAudit(db, intake, [child.id, ...parents.map((p) => p.id)].map((personId) => ({ action: 'create', recordType: 'vt-zaak', recordId: zaak.id, personId })));
  return zaak.id;
}

export async function notifyTeam(db: Kysely<DB>, notifier: Notifier, organisationId: string, subject: string, body: string, zaakId: string) {
  await notifier.notify(db, [{ userIds: await teamMembers(db, organisationId), subject, body, link: `/veilig-thuis/zaken/${zaakId}` }]);
}

export function assertSafetyAssessment(data: SafetyAssessmentData): void {
  const unknown = data.alarmsignalen.filter((id) => !ALL_ALARM_SIGNAL_IDS.includes(id));
  if (unknown.length) throw unprocessable('unknown-alarm-signal', `Onbekend alarmsignaal: ${unknown.join(', ')}.`, { field: 'alarmsignalen' });
  if (data.alarmsignalen.length && !data.alarmToelichting) {
    throw unprocessable('alarm-explanation-required', 'Bij een alarmsignaal weegt u af of direct ingrijpen nodig is; leg die afweging vast.', { field: 'alarmToelichting' });
  }
  if (data.uitkomst === 'vt_houdt' && data.redenenVtHoudt.length === 0) {
    throw unprocessable('keep-reason-required', 'Geef aan waarom Veilig Thuis de zaak zelf houdt.', { field: 'redenenVtHoudt' });
  }
  if (data.uitkomst !== 'vt_houdt' && data.redenenVtHoudt.length) {
    throw unprocessable('keep-reason-not-applicable', 'Redenen om de zaak te houden horen alleen bij de uitkomst "Veilig Thuis houdt de zaak".', { field: 'redenenVtHoudt' });
  }
  if (data.uitkomst === 'overdragen') assertHandover(data.overdracht);
  else if (data.overdracht) throw unprocessable('handover-not-applicable', 'Een overdracht hoort alleen bij de uitkomst "overdragen".', { field: 'overdracht' });
}

export function assertHandover(h: Handover | undefined): asserts h is Handover {
  if (!h) throw unprocessable('handover-required', 'Kies aan wie de zaak wordt overgedragen.', { field: 'overdracht' });
  if (h.veiligheidsvoorwaarden.length === 0) {
    throw unprocessable('safety-conditions-required', 'Een overdracht gaat altijd met veiligheidsvoorwaarden.', { field: 'overdracht.veiligheidsvoorwaarden' });
  }
}

/** The receiver is another organisation, and a named receiver an active professional there who can acknowledge. */
export async function assertReceiver(db: Kysely<DB>, zaak: ZaakRow, h: Handover): Promise<void> {
  const org = await db.selectFrom('organisations').select(['id', 'sector']).where('id', '=', h.naarOrganisationId).executeTakeFirst();
  if (!org) throw unprocessable('organisation-unknown', 'Deze organisatie bestaat niet.', { field: 'overdracht.naarOrganisationId' });
  if (org.id === zaak.organisation_id) {
    throw unprocessable('handover-to-self', 'Overdragen gaat naar een andere organisatie; houdt Veilig Thuis de zaak, kies dan die uitkomst.', { field: 'overdracht.naarOrganisationId' });
  }
  if (h.naarUserId) {
    const u = await db.selectFrom('users').select(['organisation_id', 'role', 'active']).where('id', '=', h.naarUserId).executeTakeFirst();
    if (!u || u.organisation_id !== h.naarOrganisationId || !u.active || !['professional', 'aandachtsfunctionaris'].includes(u.role)) {
      throw unprocessable('receiver-not-in-organisation', 'De gekozen hulpverlener werkt niet (meer) als professional bij deze organisatie.', { field: 'overdracht.naarUserId' });
    }
  }
}

/**
 * Sends the handover once the outcome or decision is approved. The receiver's contact at Veilig
 * Thuis is the case worker (or, without one, the author of the proposal), not the approver.
 */
export async function sendHandover(db: Kysely<DB>, notifier: Notifier, zaak: ZaakRow, h: Handover, user: AuthUser, proposedBy: string, now: Date) {
  const row = await db.insertInto('vt_overdrachten').values({
    zaak_id: zaak.id, naar_organisation_id: h.naarOrganisationId, naar_user_id: h.naarUserId ?? null,
    veiligheidsvoorwaarden: JSON.stringify(h.veiligheidsvoorwaarden) as never, informatie: h.informatie, verzonden_at: now,
    verzonden_by: zaak.behandelaar_id ?? proposedBy,
  }).returning('id').executeTakeFirstOrThrow();
  const receivers = h.naarUserId ? [h.naarUserId] : (await db.selectFrom('users').select('id').where('organisation_id', '=', h.naarOrganisationId)
    .where('role', 'in', ['professional', 'aandachtsfunctionaris']).where('active', '=', true).execute()).map((u) => u.id);
  await notifier.notify(db, [{
    userIds: receivers, subject: 'Overdracht van Veilig Thuis',
    body: `${user.organisationName} draagt een gezin aan u over, met veiligheidsvoorwaarden. Bevestig de ontvangst.`, link: `/vt-overdrachten/${row.id}`,
  }]);
  await db.updateTable('vt_zaken').set({ status: 'overdracht' }).where('id', '=', zaak.id).execute();
}

/** After four-eyes approval of a safety assessment: hand over, investigate, convert or end. */
export async function applySafetyOutcome(db: Kysely<DB>, notifier: Notifier, zaak: ZaakRow, data: SafetyAssessmentData, user: AuthUser, recordedBy: string, now: Date) {
  const today = dateInAmsterdam(now);
  switch (data.uitkomst) {
    case 'overdragen':
      await sendHandover(db, notifier, zaak, data.overdracht!, user, recordedBy, now);
      return;
    case 'vt_houdt': {
      // Every time Veilig Thuis keeps the case, a new investigation with its own 10-week clock.
      const last = await db.selectFrom('vt_onderzoeken').select((eb) => eb.fn.max('ronde').as('ronde')).where('zaak_id', '=', zaak.id).executeTakeFirst();
      const vragen: ResearchAnswer[] = RESEARCH_QUESTIONS.map((q, i) => ({ nr: i + 1, vraag: q.nl, standaard: true, conclusie: null, bronnen: null, redenNietBeantwoord: null }));
      await db.insertInto('vt_onderzoeken').values({
        zaak_id: zaak.id, ronde: Number(last?.ronde ?? 0) + 1, gestart_op: today, streefdatum: investigationTarget(today), vragen: JSON.stringify(vragen) as never,
      }).execute();
      await db.updateTable('vt_zaken').set({ status: 'onderzoek' }).where('id', '=', zaak.id).execute();
      return;
    }
    case 'advies':
      await db.updateTable('vt_zaken').set({ soort: 'advies', status: 'afgesloten', closed_at: now }).where('id', '=', zaak.id).execute();
      return;
    case 'beeindigen':
      await db.updateTable('vt_zaken').set({ status: 'afgesloten', closed_at: now }).where('id', '=', zaak.id).execute();
  }
}

export function assertDecision(d: DecisionData, today: string): void {
  if (d.besluiten.includes('geen_actie') && d.besluiten.length > 1) {
    throw unprocessable('decision-exclusive', '"Geen verdere actie" gaat niet samen met een ander besluit.', { field: 'besluiten' });
  }
  const needs: [keyof typeof d & string, boolean][] = [
    ['overdracht', d.besluiten.includes('vrijwillige_hulp')], ['raad', d.besluiten.includes('raad')],
    ['politie', d.besluiten.includes('politie')], ['huisverbod', d.besluiten.includes('huisverbod')],
  ];
  for (const [field, needed] of needs) {
    if (needed && !d[field]) throw unprocessable('decision-details-required', `Vul de gegevens in bij het besluit (${field}).`, { field });
    if (!needed && d[field]) throw unprocessable('decision-details-not-applicable', `Gegevens bij ${field} horen bij een besluit dat niet is gekozen.`, { field });
  }
  if (d.overdracht) assertHandover(d.overdracht);
  if (d.huisverbod && d.huisverbod.ingangsdatum < today) {
    throw unprocessable('date-in-past', 'Een huisverbod gaat vandaag of later in.', { field: 'huisverbod.ingangsdatum' });
  }
}

export const houseBanUntil = (start: string) => addDays(start, HOUSE_BAN_DAYS);

/** Research questions without a conclusion and without a stated reason. */
export const openQuestions = (vragen: ResearchAnswer[]) => vragen.filter((v) => !v.conclusie && !v.redenNietBeantwoord);

/** A failed monitoring check reopens the safety assessment with a new statutory deadline. */
export async function reopenAssessment(db: Kysely<DB>, notifier: Notifier, zaak: ZaakRow, now: Date) {
  await db.updateTable('vt_zaken').set({ status: 'veiligheidsbeoordeling', deadline: safetyDeadline(dateInAmsterdam(now)), closed_at: null }).where('id', '=', zaak.id).execute();
  await notifyTeam(db, notifier, zaak.organisation_id, 'Zaak heropend na monitoring', 'Bij een monitoringsmoment bleek de situatie niet stabiel veilig. De veiligheidsbeoordeling is heropend.', zaak.id);
}
