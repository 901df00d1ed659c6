// Registering and closing signals. A registration commits the signal, its matches, the
// notifications and the audit entries together or not at all.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { AuthUser } from '../../platform/http/context.ts';
import type { Notifier } from '../../platform/notifications/notifier.ts';
import type { Actor } from '../../platform/audit/audit.ts';
import { addYears } from '../../platform/dates.ts';
import { Problem, conflict, forbidden, notFound, unprocessable } from '../../platform/http/problem.ts';
import { ACTIVE_YEARS, MAX_AGE_YEARS } from './rules.ts';
import { familyGroupsOf } from './matching.ts';

export interface SignalInput {
  bsn: string;
  informedOn: string;
  startDate?: string;
  contactPhone?: string;
  contactEmail?: string;
}

export async function registerSignal(db: Kysely<DB>, notifier: Notifier, user: AuthUser, actor: Actor, input: SignalInput, now: Date, today: string) {
  const person = await db.selectFrom('persons as p')
    .select(['p.id', 'p.bsn', 'p.given_names', 'p.tussenvoegsel', 'p.family_name', 'p.date_of_birth', 'p.date_of_death'])
    .select((eb) => eb.selectFrom('signals as s').select('s.id')
      .whereRef('s.person_id', '=', 'p.id').where('s.user_id', '=', user.id).where('s.status', '=', 'actief').limit(1).as('duplicate_id'))
    .where('p.bsn', '=', input.bsn).executeTakeFirst();
  if (!person) {
    throw new Problem(404, 'person-unknown', 'Er is geen jeugdige met dit BSN bekend. Leg de persoon eerst vast.');
  }
  const startDate = input.startDate ?? today;
  if (person.date_of_death) throw unprocessable('person-deceased', 'Deze persoon is overleden; een signaal is niet mogelijk.');
  if (person.date_of_birth > today) throw unprocessable('person-not-born', 'De geboortedatum van deze persoon ligt in de toekomst.');
  if (addYears(person.date_of_birth, MAX_AGE_YEARS) <= today) {
    throw unprocessable('person-too-old', 'De Verwijsindex is alleen voor jeugdigen tot 23 jaar.');
  }
  for (const [field, value, label] of [['informedOn', input.informedOn, 'informeren'], ['startDate', startDate, 'start']] as const) {
    if (value > today) throw unprocessable('date-in-future', `De datum van ${label} ligt in de toekomst.`, { field });
    if (value < person.date_of_birth) throw unprocessable('date-before-birth', `De datum van ${label} ligt voor de geboortedatum.`, { field });
  }
  if (addYears(startDate, ACTIVE_YEARS) <= today) {
    throw unprocessable('start-date-expired', `Een signaal is hooguit ${ACTIVE_YEARS} jaar actief; deze startdatum is te oud.`, { field: 'startDate' });
  }
  const contactPhone = input.contactPhone ?? user.phone;
  const contactEmail = input.contactEmail ?? user.email;
  if (!contactPhone || !contactEmail) {
    throw unprocessable('contact-missing', 'Vul uw telefoonnummer en e-mailadres in, zodat collega’s u na een match kunnen bereiken.', {
      fields: [...(contactPhone ? [] : ['contactPhone']), ...(contactEmail ? [] : ['contactEmail'])],
    });
  }
  const duplicate = () => conflict('signal-duplicate', 'U heeft al een actief signaal op deze jeugdige.');
  if (person.duplicate_id) throw duplicate();
  const groups = await familyGroupsOf(db, person.id);

  // Locking, the insert, matching, notifications and audit run in one database function
  // (migration 0016), atomically and in one round trip. A concurrent duplicate by the same
  // user is caught by the unique index on active signals.
  const { rows } = await sql<{ result: { signal: SignalRow; changes: MatchChange[] } }>`select vi_register_signal(${JSON.stringify({
    personId: person.id,
    userId: user.id,
    organisationId: user.organisationId,
    contactName: user.displayName,
    contactPhone,
    contactEmail,
    startDate,
    informedOn: input.informedOn,
    youthUntil: addYears(person.date_of_birth, MAX_AGE_YEARS),
    activeFrom: addYears(today, -ACTIVE_YEARS),
    now: now.toISOString(),
    lockKeys: [...new Set([person.id, ...groups.map((g) => g.key)])].sort(),
    groups,
    messages: MATCH_MESSAGES,
    mail: notifier.mailTemplate,
    actor,
  })}::jsonb) as result`.execute(db).catch((error: { code?: string }) => {
    throw error.code === '23505' ? duplicate() : error;
  });
  const { signal, changes } = rows[0].result;
  return { person, signal, changes };
}

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
