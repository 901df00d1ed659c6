// Meldcode trajectories: access through the child's dossier, the step records, the decision
// with its consistency rules, pause and resume, and the report to Veilig Thuis.
import { openZaakFromMeldcode } from '../veiligthuis/service.ts';
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { AuthUser } from '../../platform/http/context.ts';
import type { Notifier } from '../../platform/notifications/notifier.ts';
import { Problem, conflict, notFound, unprocessable } from '../../platform/http/problem.ts';
import { addTimelineEntry, dossierFor } from '../zorgdossier/service.ts';
import { fullName } from '../persons/service.ts';
import { STEP_OF, outcomeOf, type Decision, type RecordKind } from './steps.ts';

export type TrajectRow = Selectable<DB['meldcode_trajecten']>;
export const RUNNING = ['open', 'gepauzeerd', 'hulp'] as const;

export async function trajectFor(db: Kysely<DB>, user: AuthUser, trajectId: string, opts: { write?: boolean } = {}) {
  const traject = await db.selectFrom('meldcode_trajecten').selectAll().where('id', '=', trajectId).executeTakeFirst();
  if (!traject) throw notFound('Dit meldcodetraject bestaat niet.');
  await dossierFor(db, user, traject.dossier_id, opts);
  return traject;
}

export function assertStatus(traject: TrajectRow, allowed: readonly TrajectRow['status'][]): void {
  if (allowed.includes(traject.status)) return;
  if (traject.status === 'gepauzeerd') throw conflict('traject-paused', 'Het traject is gepauzeerd; hervat het eerst.');
  throw conflict('traject-closed', 'Dit traject is afgerond; start zo nodig een nieuw traject.');
}

export async function addRecord(db: Kysely<DB>, traject: TrajectRow, user: AuthUser, kind: RecordKind, data: unknown, summary: string, now: Date) {
  const row = await db.insertInto('meldcode_records').values({
    traject_id: traject.id, step: STEP_OF[kind], kind, author_id: user.id, recorded_at: now, data: JSON.stringify(data) as never,
  }).returning(['id']).executeTakeFirstOrThrow();
  await addTimelineEntry(db, traject.dossier_id, user.id, { kind: `meldcode-${kind}`, summary, recordType: 'meldcode', recordId: traject.id }, now);
  return row.id;
}

/** A decision cannot be recorded while an earlier step is empty without a stated reason. */
export async function assertEarlierSteps(db: Kysely<DB>, traject: TrajectRow, reasons: Decision['emptyStepReasons']): Promise<void> {
  const done = new Set((await db.selectFrom('meldcode_records').select('step').distinct().where('traject_id', '=', traject.id).execute()).map((r) => r.step));
  const missing = [1, 2, 3, 4].filter((s) => !done.has(s) && !reasons?.[String(s) as '1' | '2' | '3' | '4']);
  if (missing.length) {
    throw unprocessable('step-missing', `Stap ${missing.join(', ')} is nog leeg. Vul die eerst in of geef per stap de reden waarom niet.`, { fields: missing.map((s) => `emptyStepReasons.${s}`) });
  }
}

export function assertDecisionConsistent(d: Decision, today: string): void {
  if (d.decidedOn > today) throw unprocessable('date-in-future', 'De besluitdatum ligt in de toekomst.', { fields: ['decidedOn'] });
  const follows = outcomeOf(d);
  if (follows === 'incomplete') {
    throw unprocessable('decision-incomplete', 'Beantwoord de afwegingsvragen tot de vraag die de uitkomst bepaalt, elk met uw onderbouwing.');
  }
  if (follows !== d.outcome) {
    const label = { afsluiten: 'afsluiten', melden: 'melden bij Veilig Thuis', hulp: 'hulp bieden of organiseren' }[follows];
    throw unprocessable('decision-inconsistent', `Uw antwoorden leiden tot: ${label}.`, { expected: follows });
  }
  if (d.outcome === 'hulp') {
    if (!d.agreements || !d.followUpDate) {
      throw unprocessable('agreements-required', 'Leg bij hulp de afspraken vast en de datum waarop u kijkt of de hulp werkt.', { fields: ['agreements', 'followUpDate'] });
    }
    if (d.followUpDate <= today) throw unprocessable('follow-up-in-past', 'De vervolgdatum moet in de toekomst liggen.', { fields: ['followUpDate'] });
  }
}

/**
 * Sends the report to the Veilig Thuis organisation of the child's region (else the reporter's).
 * It carries every documented step, as a structured message in Veilig Thuis' inbox.
 */
export async function reportToVeiligThuis(db: Kysely<DB>, notifier: Notifier, traject: TrajectRow, user: AuthUser, now: Date): Promise<string> {
  const child = await db.selectFrom('persons as p').leftJoin('municipalities as m', 'm.code', 'p.municipality_code')
    .select(['p.id', 'p.bsn', 'p.given_names', 'p.tussenvoegsel', 'p.family_name', 'p.date_of_birth', 'p.street', 'p.house_number', 'p.postcode', 'p.city', 'm.region_id'])
    .where('p.id', '=', traject.person_id).executeTakeFirstOrThrow();
  const inRegion = (regionId: number) => db.selectFrom('organisations as o').innerJoin('municipalities as m', 'm.code', 'o.municipality_code')
    .select('o.id').where('o.sector', '=', 'veilig_thuis').where('m.region_id', '=', regionId).orderBy('o.created_at').limit(1).executeTakeFirst();
  const vt = (child.region_id !== null ? await inRegion(child.region_id) : undefined) ?? await inRegion(user.regionId);
  if (!vt) throw new Problem(422, 'no-veilig-thuis', 'Er is geen Veilig Thuis-organisatie voor deze regio ingericht. Neem telefonisch contact op met Veilig Thuis (0800-2000).');

  const records = await db.selectFrom('meldcode_records as r').innerJoin('users as u', 'u.id', 'r.author_id')
    .select(['r.step', 'r.kind', 'r.recorded_at', 'r.data', 'u.display_name']).where('r.traject_id', '=', traject.id).where('r.step', '>', 0).orderBy('r.seq').execute();
  const payload = {
    kind: { id: child.id, bsn: child.bsn, naam: fullName(child), geboortedatum: child.date_of_birth, adres: [child.street, child.house_number, child.postcode, child.city].filter(Boolean).join(' ') },
    melder: { naam: user.displayName, organisatie: user.organisationName, sector: user.sector, telefoon: user.phone, email: user.email },
    stappen: records.map((r) => ({ stap: r.step, soort: r.kind, vastgelegdOp: new Date(r.recorded_at).toISOString(), door: r.display_name, gegevens: r.data })),
  };
  const melding = await db.insertInto('veilig_thuis_meldingen').values({
    traject_id: traject.id, person_id: traject.person_id, from_organisation_id: user.organisationId, from_user_id: user.id,
    to_organisation_id: vt.id, created_at: now, payload: JSON.stringify(payload) as never,
  }).returning('id').executeTakeFirstOrThrow();
  // The statutory clock starts at receipt: the report is a Veilig Thuis case at once.
  const signaal = records.filter((r) => r.kind === 'signaal').at(-1)?.data as { description?: string } | undefined;
  const weging = records.filter((r) => r.kind === 'weging').at(-1)?.data as { seriousness?: string; risk?: string } | undefined;
  await openZaakFromMeldcode(db, {
    meldingId: melding.id, vtOrganisationId: vt.id, childId: child.id, reporter: user, dossierId: traject.dossier_id, now,
    // The reporter is in the case's melder field, not in this text: the text may leave the team.
    zorg: ['Melding via de meldcode; de gedocumenteerde stappen staan bij de melding.',
      signaal?.description && `Signaal: ${signaal.description}`, weging?.risk && `Weging (${weging.seriousness}): ${weging.risk}`].filter(Boolean).join('\n'),
  });
  const staff = await db.selectFrom('users').select('id').where('organisation_id', '=', vt.id)
    .where('role', 'in', ['veilig_thuis_medewerker', 'teamleider']).where('active', '=', true).execute();
  await notifier.notify(db, [{
    userIds: staff.map((s) => s.id),
    subject: 'Nieuwe melding via de meldcode',
    body: `${user.organisationName} heeft een melding gedaan met de gedocumenteerde stappen van de meldcode.`,
    link: `/veilig-thuis/meldingen/${melding.id}`,
  }]);
  return melding.id;
}
