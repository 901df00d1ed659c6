// Registering and closing signals. A registration commits the signal, its matches, the
// notifications and the audit entries together or not at all.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { AuthUser } from '../../platform/http/context.ts';
import type { Notifier } from '../../platform/notifications/notifier.ts';
import type { Actor } from '../../platform/audit/audit.ts';
import { Problem, conflict, forbidden, notFound, unprocessable } from '../../platform/http/problem.ts';
import { ACTIVE_YEARS, MAX_AGE_YEARS } from './rules.ts';
import type { Relationship } from '../betrokkenheid/relationship.ts';

export interface SignalInput {
  bsn: string;
  informedOn: string;
  startDate?: string;
  contactPhone?: string;
  contactEmail?: string;
  /** Why the professional knows the youth; stored beside the signal, never part of it. */
  relationship: Relationship;
}

/** What vi_register_signal may refuse, and how we say it. Nothing is written then. */
const REFUSALS: Record<string, (field?: string) => Problem> = {
  'person-unknown': () => new Problem(404, 'person-unknown', 'Er is geen jeugdige met dit BSN bekend. Leg de persoon eerst vast.'),
  'person-deceased': () => unprocessable('person-deceased', 'Deze persoon is overleden; een signaal is niet mogelijk.'),
  'person-not-born': () => unprocessable('person-not-born', 'De geboortedatum van deze persoon ligt in de toekomst.'),
  'person-too-old': () => unprocessable('person-too-old', `De Verwijsindex is alleen voor jeugdigen tot ${MAX_AGE_YEARS} jaar.`),
  'date-in-future': (field) => unprocessable('date-in-future', `De datum van ${dateLabel(field)} ligt in de toekomst.`, { field }),
  'date-before-birth': (field) => unprocessable('date-before-birth', `De datum van ${dateLabel(field)} ligt voor de geboortedatum.`, { field }),
  'start-date-expired': (field) => unprocessable('start-date-expired', `Een signaal is hooguit ${ACTIVE_YEARS} jaar actief; deze startdatum is te oud.`, { field }),
  'signal-duplicate': () => conflict('signal-duplicate', 'U heeft al een actief signaal op deze jeugdige.'),
};
const dateLabel = (field?: string) => (field === 'informedOn' ? 'informeren' : 'start');

/**
 * Registers a signal in one autocommit statement: the database function vi_register_signal
 * (migrations 0016/0017) finds the youth, checks it, locks the youth and its family keys,
 * inserts the signal, applies the matching rules of matching.ts, notifies and audits,
 * atomically. A concurrent duplicate by the same user is caught by the unique index on
 * active signals.
 */
export async function registerSignal(db: Kysely<DB>, notifier: Notifier, user: AuthUser, actor: Actor, input: SignalInput, now: Date, today: string) {
  const contactPhone = input.contactPhone ?? user.phone;
  const contactEmail = input.contactEmail ?? user.email;
  if (!contactPhone || !contactEmail) {
    throw unprocessable('contact-missing', 'Vul uw telefoonnummer en e-mailadres in, zodat collega’s u na een match kunnen bereiken.', {
      fields: [...(contactPhone ? [] : ['contactPhone']), ...(contactEmail ? [] : ['contactEmail'])],
    });
  }
  const rel = input.relationship;
  // Still one autocommit statement: the relationship and its audit entry are written by the same
  // statement as the signal, or not at all (nothing when the function refuses).
  const { rows } = await sql<{ result: RegisterResult }>`with r as materialized (select vi_register_signal(${JSON.stringify({
    bsn: input.bsn,
    userId: user.id,
    organisationId: user.organisationId,
    contactName: user.displayName,
    contactPhone,
    contactEmail,
    startDate: input.startDate,
    informedOn: input.informedOn,
    today,
    now: now.toISOString(),
    maxAgeYears: MAX_AGE_YEARS,
    activeYears: ACTIVE_YEARS,
    messages: MATCH_MESSAGES,
    mail: notifier.mailTemplate,
    actor,
  })}::jsonb) as result), s as (
    select (result->'signal'->>'id')::uuid as signal_id, (result->'person'->>'id')::uuid as person_id from r where result ? 'signal'
  ), reason as (
    insert into relationship_reasons (person_id, user_id, organisation_id, signal_id, reason, explanation, created_at)
    select person_id, ${user.id}::uuid, ${user.organisationId}::uuid, signal_id, ${rel.reason}::text, ${rel.explanation ?? null}::text, ${now.toISOString()}::timestamptz from s
  ), audit as (
    insert into audit_log (user_id, username, organisation_id, role, action, record_type, record_id, person_id, ip, user_agent, outcome, detail)
    select ${actor.userId}::uuid, ${actor.username}::text, ${actor.organisationId}::uuid, ${actor.role}::text, 'create', 'betrokkenheid', signal_id::text, person_id,
      ${actor.ip}::text, ${actor.userAgent}::text, 'success', jsonb_build_object('for', 'signaal', 'reason', ${rel.reason}::text, 'explanation', ${rel.explanation ?? null}::text) from s
  )
  select result from r`.execute(db).catch((error: { code?: string }) => {
    throw error.code === '23505' ? REFUSALS['signal-duplicate']() : error;
  });
  const result = rows[0].result;
  if ('refused' in result) throw REFUSALS[result.refused](result.field);
  return result;
}

type RegisterResult =
  | { refused: string; field?: string }
  | { person: PersonSummary; signal: SignalRow; changes: MatchChange[] };

type PersonSummary = Pick<Selectable<DB['persons']>, 'id' | 'bsn' | 'given_names' | 'tussenvoegsel' | 'family_name' | 'date_of_birth'>;

type SignalRow = Selectable<DB['signals']>;

export interface MatchChange {
  matchId: string;
  type: 'kind' | 'gezin';
  created: boolean;
}

/** Texts name only the kind of match: who the child is, the recipient sees in the match itself. */
const MATCH_MESSAGES = (() => {
  const per = (make: (label: string) => { subject: string; body: string }) => ({ kind: make('kindmatch'), gezin: make('gezinsmatch') });
  return {
    created: per((label) => ({
      subject: `Nieuwe ${label} in de Verwijsindex`,
      body: `Er is een ${label} ontstaan op een signaal dat u heeft afgegeven. Bekijk wie de andere betrokken professionals zijn en spreek samen af wie de regie neemt.`,
    })),
    added: per((label) => ({
      subject: `U bent toegevoegd aan een ${label}`,
      body: `Uw signaal sluit aan bij een bestaande ${label}. Bekijk de betrokken professionals en de afgesproken regie.`,
    })),
    existing: per((label) => ({
      subject: `Nieuwe professional in een ${label}`,
      body: `Er is een professional bijgekomen in een ${label} waarin u zit. Bekijk de match voor de contactgegevens.`,
    })),
  };
})();

export async function closeSignal(db: Kysely<DB>, user: AuthUser, signalId: string, endDate: string, today: string) {
  const signal = await db.selectFrom('signals').selectAll().where('id', '=', signalId).executeTakeFirst();
  if (!signal) throw notFound('Dit signaal bestaat niet.');
  if (signal.user_id !== user.id) {
    throw forbidden('Alleen de professional die het signaal afgaf kan het afsluiten.').about({ recordType: 'signaal', recordId: signal.id, personId: signal.person_id });
  }
  if (signal.status !== 'actief') throw conflict('signal-not-active', 'Dit signaal is al niet meer actief.');
  if (endDate > today) throw unprocessable('date-in-future', 'De einddatum ligt in de toekomst.', { field: 'endDate' });
  if (endDate < signal.start_date) throw unprocessable('date-before-start', 'De einddatum ligt voor de startdatum.', { field: 'endDate' });
  return db.updateTable('signals').set({ status: 'inactief', end_date: endDate, end_reason: 'afgesloten' })
    .where('id', '=', signal.id).returningAll().executeTakeFirstOrThrow();
}
