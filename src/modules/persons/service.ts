// Persons registry: manual entry with search-before-create, relations, and the BRP-like import.
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { conflict, notFound, unprocessable } from '../../platform/http/problem.ts';
import { personDateProblems, type PersonInput, type RelationInput } from './validation.ts';
import type { ParentKind } from './tables.ts';

export type PersonRow = Selectable<DB['persons']>;

export function personView(p: PersonRow) {
  return {
    id: p.id,
    bsn: p.bsn,
    givenNames: p.given_names,
    tussenvoegsel: p.tussenvoegsel,
    familyName: p.family_name,
    fullName: fullName(p),
    dateOfBirth: p.date_of_birth,
    sex: p.sex,
    street: p.street,
    houseNumber: p.house_number,
    postcode: p.postcode,
    city: p.city,
    municipalityCode: p.municipality_code,
    dateOfDeath: p.date_of_death,
  };
}

export function fullName(p: Pick<PersonRow, 'given_names' | 'tussenvoegsel' | 'family_name'>): string {
  return [p.given_names, p.tussenvoegsel, p.family_name].filter(Boolean).join(' ');
}

function toColumns(input: PersonInput) {
  return {
    bsn: input.bsn,
    given_names: input.givenNames,
    tussenvoegsel: input.tussenvoegsel || null,
    family_name: input.familyName,
    date_of_birth: input.dateOfBirth,
    sex: input.sex,
    street: input.street ?? null,
    house_number: input.houseNumber ?? null,
    postcode: input.postcode ?? null,
    city: input.city ?? null,
    municipality_code: input.municipalityCode ?? null,
    date_of_death: input.dateOfDeath ?? null,
  };
}

async function assertMunicipality(db: Kysely<DB>, code: string | null | undefined) {
  if (!code) return;
  const found = await db.selectFrom('municipalities').select('code').where('code', '=', code).executeTakeFirst();
  if (!found) throw unprocessable('municipality-unknown', `Onbekende gemeentecode ${code}.`);
}

export async function createPerson(db: Kysely<DB>, input: PersonInput, today: string): Promise<PersonRow> {
  const problems = personDateProblems(input, today);
  if (problems.length) throw unprocessable('person-invalid', problems.map((p) => p.message).join(' '), { errors: problems });
  await assertMunicipality(db, input.municipalityCode);
  const existing = await db.selectFrom('persons').select('id').where('bsn', '=', input.bsn).executeTakeFirst();
  if (existing) {
    throw conflict('person-exists', 'Er is al een persoon met dit BSN; gebruik die in plaats van een nieuwe.', { personId: existing.id });
  }
  return db.insertInto('persons').values({ ...toColumns(input), source: 'handmatig' }).returningAll().executeTakeFirstOrThrow();
}

export async function findByBsn(db: Kysely<DB>, bsn: string): Promise<PersonRow | undefined> {
  return db.selectFrom('persons').selectAll().where('bsn', '=', bsn).executeTakeFirst();
}

export async function addRelation(db: Kysely<DB>, input: RelationInput): Promise<{ parentId: string; childId: string; kind: ParentKind }> {
  const [parent, child] = await Promise.all([findByBsn(db, input.parentBsn), findByBsn(db, input.childBsn)]);
  if (!parent) throw notFound('De ouder/verzorger met dit BSN is niet bekend.');
  if (!child) throw notFound('Het kind met dit BSN is niet bekend.');
  if (parent.id === child.id) throw unprocessable('relation-self', 'Een persoon kan niet zijn eigen ouder zijn.');
  if (parent.date_of_birth >= child.date_of_birth) {
    throw unprocessable('relation-parent-younger', 'De ouder/verzorger is niet ouder dan het kind.');
  }
  await db.insertInto('parent_child').values({ parent_id: parent.id, child_id: child.id, kind: input.kind })
    .onConflict((oc) => oc.doNothing()).execute();
  return { parentId: parent.id, childId: child.id, kind: input.kind };
}
