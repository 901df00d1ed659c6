// Registering and closing signals. One transaction per command: the signal, its matches,
// the notifications and the audit entries commit together or not at all.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { AuthUser } from '../../platform/http/context.ts';
import type { Notifier } from '../../platform/notifications/notifier.ts';
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
  const person = await db.selectFrom('persons').select(['id', 'date_of_birth', 'date_of_death']).where('bsn', '=', input.bsn).executeTakeFirst();
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
    throw unprocessable('contact-missing', 'Vul uw telefoonnummer en e-mailadres in, zodat collega’s u na een match kunnen bereiken.');
  }
  const groups = await familyGroupsOf(db, person.id);
  await lockMatchKeys(db, person.id, groups);
  const duplicate = await db.selectFrom('signals').select('id')
    .where('person_id', '=', person.id).where('user_id', '=', user.id).where('status', '=', 'actief').executeTakeFirst();
  if (duplicate) throw conflict('signal-duplicate', 'U heeft al een actief signaal op deze jeugdige.', { signalId: duplicate.id });

  const signal = await db.insertInto('signals').values({
    person_id: person.id,
    organisation_id: user.organisationId,
    user_id: user.id,
    contact_name: user.displayName,
    contact_phone: contactPhone,
    contact_email: contactEmail,
    start_date: startDate,
    informed_on: input.informedOn,
    status: 'actief',
  }).returningAll().executeTakeFirstOrThrow();

  const changes = await matchSignal(db, person.id, now, today, groups);
  await notifyMatches(db, notifier, changes);
  return { signal, changes };
}

async function notifyMatches(db: Kysely<DB>, notifier: Notifier, changes: MatchChange[]) {
  // Texts name only the kind of match: who the child is, the recipient sees in the match itself.
  for (const c of changes) {
    const link = `/matches/${c.matchId}`;
    const label = MATCH_LABEL[c.type];
    if (c.created) {
      await notifier.notify(db, c.addedUserIds, {
        subject: `Nieuwe ${label} in de Verwijsindex`,
        body: `Er is een ${label} ontstaan op een signaal dat u heeft afgegeven. Bekijk wie de andere betrokken professionals zijn en spreek samen af wie de regie neemt.`,
        link,
      });
    } else if (c.addedUserIds.length) {
      await notifier.notify(db, c.addedUserIds, {
        subject: `U bent toegevoegd aan een ${label}`,
        body: `Uw signaal sluit aan bij een bestaande ${label}. Bekijk de betrokken professionals en de afgesproken regie.`,
        link,
      });
      await notifier.notify(db, c.existingUserIds, {
        subject: `Nieuwe professional in een ${label}`,
        body: `Er is een professional bijgekomen in een ${label} waarin u zit. Bekijk de match voor de contactgegevens.`,
        link,
      });
    }
  }
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
