// Registering and closing signals. One transaction per command: the signal, its matches,
// the notifications and the audit entries commit together or not at all.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { AuthUser } from '../../platform/http/context.ts';
import type { Notification, Notifier } from '../../platform/notifications/notifier.ts';
import { addYears } from '../../platform/dates.ts';
import { Problem, conflict, forbidden, notFound, unprocessable } from '../../platform/http/problem.ts';
import { ACTIVE_YEARS, MAX_AGE_YEARS } from './rules.ts';
import { familyGroupsOf, lockMatchKeys, matchSignal, type MatchChange } from './matching.ts';

export interface SignalInput {
  bsn: string;
  informedOn: string;
  startDate?: string;
  contactPhone?: string;
  contactEmail?: string;
}

const MATCH_LABEL = { kind: 'kindmatch', gezin: 'gezinsmatch' } as const;

export async function registerSignal(db: Kysely<DB>, notifier: Notifier, user: AuthUser, input: SignalInput, now: Date, today: string) {
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
  await lockMatchKeys(db, person.id, groups);

  // A concurrent duplicate by the same user is caught by the unique index on active signals.
  const signal = await db.insertInto('signals').values({
    person_id: person.id,
    organisation_id: user.organisationId,
    user_id: user.id,
    contact_name: user.displayName,
    contact_phone: contactPhone,
    contact_email: contactEmail,
    start_date: startDate,
    youth_until: addYears(person.date_of_birth, MAX_AGE_YEARS),
    informed_on: input.informedOn,
    status: 'actief',
  }).returningAll().executeTakeFirstOrThrow().catch((error: { code?: string }) => {
    throw error.code === '23505' ? duplicate() : error;
  });

  const changes = await matchSignal(db, person.id, now, today, groups);
  await notifier.notify(db, matchMessages(changes));
  return { person, signal, changes };
}

/** Texts name only the kind of match: who the child is, the recipient sees in the match itself. */
function matchMessages(changes: MatchChange[]): Notification[] {
  return changes.flatMap((c) => {
    const link = `/matches/${c.matchId}`;
    const label = MATCH_LABEL[c.type];
    if (c.created) {
      return [{
        userIds: c.addedUserIds,
        subject: `Nieuwe ${label} in de Verwijsindex`,
        body: `Er is een ${label} ontstaan op een signaal dat u heeft afgegeven. Bekijk wie de andere betrokken professionals zijn en spreek samen af wie de regie neemt.`,
        link,
      }];
    }
    if (c.addedUserIds.length === 0) return [];
    return [{
      userIds: c.addedUserIds,
      subject: `U bent toegevoegd aan een ${label}`,
      body: `Uw signaal sluit aan bij een bestaande ${label}. Bekijk de betrokken professionals en de afgesproken regie.`,
      link,
    }, {
      userIds: c.existingUserIds,
      subject: `Nieuwe professional in een ${label}`,
      body: `Er is een professional bijgekomen in een ${label} waarin u zit. Bekijk de match voor de contactgegevens.`,
      link,
    }];
  });
}

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
