// Read models for "Mijn signalen" and "Mijn matches". Only what the user may see: their own
// signals, and matches in which they hold a signal, with the other professionals' contact details.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { fullName } from '../persons/service.ts';

const youth = (r: { given_names: string; tussenvoegsel: string | null; family_name: string; date_of_birth: string; bsn: string; person_id: string }) => ({
  id: r.person_id, bsn: r.bsn, name: fullName(r), dateOfBirth: r.date_of_birth,
});

export async function mySignals(db: Kysely<DB>, userId: string, signalId?: string) {
  let q = db.selectFrom('signals as s').innerJoin('persons as p', 'p.id', 's.person_id')
    .select([
      's.id', 's.person_id', 's.start_date', 's.informed_on', 's.status', 's.end_date', 's.end_reason', 's.contact_phone', 's.contact_email',
      'p.bsn', 'p.given_names', 'p.tussenvoegsel', 'p.family_name', 'p.date_of_birth',
      sql<number>`(select count(*)::int from match_members mm where mm.signal_id = s.id)`.as('match_count'),
    ])
    .where('s.user_id', '=', userId)
    .orderBy('s.status').orderBy('s.created_at', 'desc');
  if (signalId) q = q.where('s.id', '=', signalId);
  return (await q.execute()).map(signalView);
}

type SignalRow = Parameters<typeof youth>[0] & Pick<Selectable<DB['signals']>, 'id' | 'start_date' | 'informed_on' | 'status' | 'end_date' | 'end_reason' | 'contact_phone' | 'contact_email'> & { match_count: number };

export function signalView(r: SignalRow) {
  return {
    id: r.id,
    youth: youth(r),
    startDate: r.start_date,
    informedOn: r.informed_on,
    status: r.status,
    endDate: r.end_date,
    endReason: r.end_reason,
    contactPhone: r.contact_phone,
    contactEmail: r.contact_email,
    matchCount: r.match_count,
  };
}

export async function myMatches(db: Kysely<DB>, userId: string, matchId?: string) {
  let q = db.selectFrom('matches as m')
    .leftJoin('users as rv', 'rv.id', 'm.regievoerder_user_id')
    .leftJoin('organisations as rvo', 'rvo.id', 'rv.organisation_id')
    .select(['m.id', 'm.type', 'm.created_at', 'm.regie_since', 'm.regie_set_at', 'm.regievoerder_user_id', 'rv.display_name as rv_name', 'rvo.name as rv_org'])
    .where(({ exists, selectFrom }) => exists(
      selectFrom('match_members as mm').innerJoin('signals as s', 's.id', 'mm.signal_id')
        .select('mm.signal_id').whereRef('mm.match_id', '=', 'm.id').where('s.user_id', '=', userId),
    ))
    .orderBy('m.created_at', 'desc');
  if (matchId) q = q.where('m.id', '=', matchId);
  const matches = await q.execute();
  if (matches.length === 0) return [];

  const members = await db.selectFrom('match_members as mm')
    .innerJoin('signals as s', 's.id', 'mm.signal_id')
    .innerJoin('persons as p', 'p.id', 's.person_id')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select([
      'mm.match_id', 'mm.signal_id', 'mm.joined_at', 'mm.afgestemd_op', 's.user_id', 's.contact_name', 's.contact_phone', 's.contact_email',
      's.status', 's.start_date', 's.end_date', 's.person_id', 'o.name as organisation_name', 'o.sector',
      'p.bsn', 'p.given_names', 'p.tussenvoegsel', 'p.family_name', 'p.date_of_birth',
    ])
    .where('mm.match_id', 'in', matches.map((m) => m.id))
    .orderBy('mm.joined_at')
    .execute();

  // Inactive signals on the same youths stay visible to the parties for the archive period.
  const personIds = [...new Set(members.map((m) => m.person_id))];
  const memberSignals = new Set(members.map((m) => m.signal_id));
  const history = (await db.selectFrom('signals as s').innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select(['s.id', 's.person_id', 's.contact_name', 's.contact_phone', 's.contact_email', 's.start_date', 's.end_date', 'o.name as organisation_name'])
    .where('s.person_id', 'in', personIds).where('s.status', '=', 'inactief').execute())
    .filter((h) => !memberSignals.has(h.id));

  return matches.map((m) => {
    const own = members.filter((x) => x.match_id === m.id);
    const ownPersons = new Set(own.map((x) => x.person_id));
    return {
      id: m.id,
      type: m.type,
      createdAt: new Date(m.created_at).toISOString(),
      regievoerder: m.regievoerder_user_id
        ? { userId: m.regievoerder_user_id, name: m.rv_name ?? '', organisation: m.rv_org ?? '', since: m.regie_since }
        : null,
      members: own.map((x) => ({
        signalId: x.signal_id,
        userId: x.user_id,
        mine: x.user_id === userId,
        youth: youth(x),
        organisation: x.organisation_name,
        sector: x.sector,
        professional: { name: x.contact_name, phone: x.contact_phone, email: x.contact_email },
        status: x.status,
        startDate: x.start_date,
        endDate: x.end_date,
        afgestemdOp: x.afgestemd_op,
      })),
      historicalSignals: history.filter((h) => ownPersons.has(h.person_id)).map((h) => ({
        signalId: h.id,
        youthId: h.person_id,
        organisation: h.organisation_name,
        professional: { name: h.contact_name, phone: h.contact_phone, email: h.contact_email },
        startDate: h.start_date,
        endDate: h.end_date,
      })),
    };
  });
}
