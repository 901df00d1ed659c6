// Demo data for a fresh embedded database (DEMO=true): two regions, organisations across the
// chain, a user per role, and families with half-siblings, a step-family and a young parent.
import { openZaak } from '../modules/veiligthuis/service.ts';
import type { AppContext } from '../platform/http/context.ts';
import { DEMO_PASSWORD, hashPassword } from '../platform/auth/passwords.ts';
import { addYears } from '../platform/dates.ts';
import { validBsns } from '../modules/persons/bsn.ts';
import { registerSignal } from '../modules/verwijsindex/signals.ts';
import type { AuthUser } from '../platform/http/context.ts';
import type { Role } from '../platform/auth/roles.ts';

export { DEMO_PASSWORD };

export const DEMO_USERS: { username: string; name: string; org: string; role: Role; phone: string }[] = [
  { username: 'leerkracht', name: 'Lotte de Vries (intern begeleider)', org: 'Basisschool De Regenboog', role: 'professional', phone: '030-1234501' },
  { username: 'aandachtsfunctionaris', name: 'Mirjam Kok', org: 'Basisschool De Regenboog', role: 'aandachtsfunctionaris', phone: '030-1234502' },
  { username: 'jgz', name: 'Fatima Yilmaz (jeugdverpleegkundige)', org: 'JGZ Utrecht', role: 'professional', phone: '030-1234503' },
  { username: 'huisarts', name: 'Dr. Bram Hendriks', org: 'Huisartsenpraktijk Apeldoorn-Zuid', role: 'professional', phone: '055-1234504' },
  { username: 'ggz', name: 'Joost van Dam (GGZ-behandelaar)', org: 'GGZ Apeldoorn', role: 'professional', phone: '055-1234505' },
  { username: 'vt.medewerker', name: 'Inge Peters', org: 'Veilig Thuis Utrecht', role: 'veilig_thuis_medewerker', phone: '030-1234506' },
  { username: 'teamleider', name: 'Ruud Vermeulen', org: 'Veilig Thuis Utrecht', role: 'teamleider', phone: '030-1234507' },
  { username: 'regiocoordinator', name: 'Annelies Bos', org: 'Gemeente Utrecht', role: 'regiocoordinator', phone: '030-1234508' },
  { username: 'beheerder', name: 'Kees Willems (functioneel beheerder)', org: 'Gemeente Utrecht', role: 'functioneel_beheerder', phone: '030-1234509' },
];

const ORGS = [
  { name: 'Basisschool De Regenboog', sector: 'primair_onderwijs', municipality: 'GM0344' },
  { name: 'JGZ Utrecht', sector: 'jgz', municipality: 'GM0344' },
  { name: 'Veilig Thuis Utrecht', sector: 'veilig_thuis', municipality: 'GM0344' },
  { name: 'Gemeente Utrecht', sector: 'gemeente', municipality: 'GM0344' },
  { name: 'Huisartsenpraktijk Apeldoorn-Zuid', sector: 'huisarts', municipality: 'GM0200' },
  { name: 'GGZ Apeldoorn', sector: 'ggz', municipality: 'GM0200' },
];

type P = { key: string; given: string; tv?: string; family: string; born: string; sex: 'M' | 'V'; town: 'utrecht' | 'apeldoorn' | 'nieuwegein'; street: string };

export async function seedDemo(ctx: AppContext): Promise<boolean> {
  const { db, clock } = ctx;
  const existing = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  const today = clock.today();
  const hash = await hashPassword(DEMO_PASSWORD);

  await db.transaction().execute(async (tx) => {
    const [utrecht, gelderland] = await tx.insertInto('regions').values([{ name: 'Regio Utrecht' }, { name: 'Regio Noord-Veluwe en Apeldoorn' }]).returning('id').execute();
    await tx.insertInto('municipalities').values([
      { code: 'GM0344', name: 'Utrecht', region_id: utrecht.id },
      { code: 'GM0356', name: 'Nieuwegein', region_id: utrecht.id },
      { code: 'GM0200', name: 'Apeldoorn', region_id: gelderland.id },
      { code: 'GM0203', name: 'Barneveld', region_id: gelderland.id },
    ]).execute();
    const orgs = new Map<string, string>();
    for (const o of ORGS) {
      const row = await tx.insertInto('organisations').values({ name: o.name, sector: o.sector, municipality_code: o.municipality }).returning('id').executeTakeFirstOrThrow();
      orgs.set(o.name, row.id);
    }
    for (const u of DEMO_USERS) {
      await tx.insertInto('users').values({
        username: u.username, password_hash: hash, display_name: u.name, email: `${u.username}@demo.kindveilig.nl`, phone: u.phone,
        organisation_id: orgs.get(u.org)!, role: u.role,
      }).execute();
    }

    const bsn = validBsns(11_110_000);
    const town = {
      utrecht: { city: 'Utrecht', postcode: '3511 AB', code: 'GM0344' },
      nieuwegein: { city: 'Nieuwegein', postcode: '3431 CD', code: 'GM0356' },
      apeldoorn: { city: 'Apeldoorn', postcode: '7311 EF', code: 'GM0200' },
    };
    const ago = (years: number, month = '04-12') => `${Number(today.slice(0, 4)) - years}-${month}`;
    const people: P[] = [
      // Half-siblings: Daan and Noor share their mother Sanne; Noor lives with her father in Apeldoorn.
      { key: 'sanne', given: 'Sanne', family: 'Jansen', born: ago(35), sex: 'V', town: 'utrecht', street: 'Oudegracht 12' },
      { key: 'mark', given: 'Mark', family: 'Bakker', born: ago(37), sex: 'M', town: 'utrecht', street: 'Biltstraat 40' },
      { key: 'ahmed', given: 'Ahmed', tv: 'el', family: 'Amrani', born: ago(36), sex: 'M', town: 'apeldoorn', street: 'Loolaan 7' },
      { key: 'daan', given: 'Daan', family: 'Bakker', born: ago(11, '02-03'), sex: 'M', town: 'utrecht', street: 'Oudegracht 12' },
      { key: 'noor', given: 'Noor', tv: 'el', family: 'Amrani', born: ago(7, '09-21'), sex: 'V', town: 'apeldoorn', street: 'Loolaan 7' },
      // Step-family at one address: Tim and Lisa have no parent in common.
      { key: 'eva', given: 'Eva', family: 'Visser', born: ago(40), sex: 'V', town: 'nieuwegein', street: 'Dorpsstraat 3' },
      { key: 'piet', given: 'Piet', tv: 'de', family: 'Boer', born: ago(42), sex: 'M', town: 'utrecht', street: 'Amsterdamsestraatweg 99' },
      { key: 'kees', given: 'Kees', family: 'Smit', born: ago(43), sex: 'M', town: 'nieuwegein', street: 'Dorpsstraat 3' },
      { key: 'anja', given: 'Anja', family: 'Mulder', born: ago(41), sex: 'V', town: 'apeldoorn', street: 'Deventerstraat 5' },
      { key: 'tim', given: 'Tim', tv: 'de', family: 'Boer', born: ago(13, '06-01'), sex: 'M', town: 'nieuwegein', street: 'Dorpsstraat 3' },
      { key: 'lisa', given: 'Lisa', family: 'Smit', born: ago(12, '11-15'), sex: 'V', town: 'nieuwegein', street: 'Dorpsstraat 3' },
      // A young parent (under 23) with a baby, and her own mother.
      { key: 'ingrid', given: 'Ingrid', tv: 'de', family: 'Groot', born: ago(48), sex: 'V', town: 'apeldoorn', street: 'Kanaalstraat 20' },
      { key: 'kim', given: 'Kim', tv: 'de', family: 'Groot', born: ago(20, '01-30'), sex: 'V', town: 'apeldoorn', street: 'Kanaalstraat 20' },
      { key: 'sem', given: 'Sem', tv: 'de', family: 'Groot', born: addYears(today, -1), sex: 'M', town: 'apeldoorn', street: 'Kanaalstraat 20' },
    ];
    const ids = new Map<string, string>();
    for (const p of people) {
      const t = town[p.town];
      const [street, house] = [p.street.replace(/ \d+$/, ''), p.street.match(/\d+$/)![0]];
      const row = await tx.insertInto('persons').values({
        bsn: bsn.next().value!, given_names: p.given, tussenvoegsel: p.tv ?? null, family_name: p.family, date_of_birth: p.born, sex: p.sex,
        street, house_number: house, postcode: t.postcode, city: t.city, municipality_code: t.code, source: 'demo',
      }).returning('id').executeTakeFirstOrThrow();
      ids.set(p.key, row.id);
    }
    const rel = (parent: string, child: string, kind: 'juridisch' | 'biologisch' | 'stief' | 'pleeg' | 'voogd' = 'juridisch') =>
      ({ parent_id: ids.get(parent)!, child_id: ids.get(child)!, kind });
    await tx.insertInto('parent_child').values([
      rel('sanne', 'daan'), rel('mark', 'daan'), rel('sanne', 'noor'), rel('ahmed', 'noor'),
      rel('eva', 'tim'), rel('piet', 'tim'), rel('kees', 'lisa'), rel('anja', 'lisa'), rel('kees', 'tim', 'stief'), rel('eva', 'lisa', 'stief'),
      rel('ingrid', 'kim'), rel('kim', 'sem'),
    ]).execute();

    // One family match ready to look at: the school on Daan, the GP in Apeldoorn on his half-sister Noor.
    const asUser = async (username: string): Promise<AuthUser> => {
      const u = await tx.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id').innerJoin('municipalities as m', 'm.code', 'o.municipality_code')
        .select(['u.id', 'u.username', 'u.display_name', 'u.email', 'u.phone', 'u.role', 'u.organisation_id', 'o.name', 'o.sector', 'o.municipality_code', 'm.region_id'])
        .where('u.username', '=', username).executeTakeFirstOrThrow();
      return { id: u.id, username: u.username, displayName: u.display_name, email: u.email, phone: u.phone, role: u.role as Role, organisationId: u.organisation_id,
        organisationName: u.name, sector: u.sector, municipalityCode: u.municipality_code, regionId: u.region_id, totpEnabled: false, verwijsindexEnabled: true };
    };
    const bsnOf = async (key: string) => (await tx.selectFrom('persons').select('bsn').where('id', '=', ids.get(key)!).executeTakeFirstOrThrow()).bsn;
    for (const [username, child, reason] of [['leerkracht', 'daan', 'leerling'], ['huisarts', 'noor', 'client_in_zorg']] as const) {
      const user = await asUser(username);
      const actor = { userId: user.id, username, organisationId: user.organisationId, role: user.role, ip: null, userAgent: 'demodata' };
      await registerSignal(tx, ctx.notifier, user, actor, { bsn: await bsnOf(child), informedOn: today, relationship: { reason } }, clock.now(), today);
    }

    // Veilig Thuis: a neighbour's report about Tim (safety assessment due in 5 working days) and
    // an anonymous advice from a family member about Lisa, at the same address.
    const vt = await asUser('vt.medewerker');
    await openZaak(tx, ctx.notifier, vt, {
      soort: 'melding', bron: 'burger', zorg: 'Buurvrouw hoort bijna elke avond harde ruzie en een huilend kind; Tim loopt vaak laat alleen op straat.',
      melder: { naam: 'Henny Dijkstra', relatie: 'buurvrouw', telefoon: '06-11223344' }, anoniem: false, anonimiteitToegezegd: true, terugkoppelingGewenst: true, acuut: false,
      betrokkenen: [{ bsn: await bsnOf('tim'), rol: 'kind' }, { bsn: await bsnOf('eva'), rol: 'ouder' }, { bsn: await bsnOf('kees'), rol: 'verzorger' }, { bsn: await bsnOf('lisa'), rol: 'huisgenoot' }],
    }, clock.now());
    await openZaak(tx, ctx.notifier, vt, {
      soort: 'advies', bron: 'burger', zorg: 'Een tante vraagt hoe ze het gesprek met haar zus kan aangaan over Lisa, die steeds stiller wordt.',
      anoniem: true, anonimiteitToegezegd: false, terugkoppelingGewenst: false, acuut: false, betrokkenen: [{ bsn: await bsnOf('lisa'), rol: 'kind' }],
    }, clock.now());
  });
  return true;
}
