// Import of a BRP-like extract (format: docs/brp-import.md). The whole file is checked first;
// one bad row rejects the file with line-numbered errors and nothing is written.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { unprocessable } from '../../platform/http/problem.ts';
import { recordAudit, type Actor } from '../../platform/audit/audit.ts';
import { personDateProblems, personInput, relationInput, type PersonInput, type RelationInput } from './validation.ts';

import type { ImportLineError } from '../../contract/errors.ts';

export type { ImportLineError };

export interface ImportResult {
  personsCreated: number;
  personsUpdated: number;
  relationsAdded: number;
}

export const CSV_COLUMNS = [
  'soort', 'bsn', 'voornamen', 'tussenvoegsel', 'geslachtsnaam', 'geboortedatum', 'geslacht', 'straat',
  'huisnummer', 'postcode', 'woonplaats', 'gemeentecode', 'overlijdensdatum', 'ouder_bsn', 'kind_bsn', 'relatie',
] as const;

type Item = { line: number | string; data: unknown };
type Parsed = { persons: Item[]; relations: Item[] };

/** Splits one CSV line, honouring double quotes. */
function splitCsv(line: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) { out.push(cur); cur = ''; }
    else cur += ch;
  }
  out.push(cur);
  return out.map((v) => v.trim());
}

/** For CSV files, errors name the file's own columns, not the API's field names. */
const CSV_COLUMN_OF: Record<string, string> = {
  bsn: 'bsn', givenNames: 'voornamen', tussenvoegsel: 'tussenvoegsel', familyName: 'geslachtsnaam', dateOfBirth: 'geboortedatum',
  sex: 'geslacht', street: 'straat', houseNumber: 'huisnummer', postcode: 'postcode', city: 'woonplaats',
  municipalityCode: 'gemeentecode', dateOfDeath: 'overlijdensdatum', parentBsn: 'ouder_bsn', childBsn: 'kind_bsn', kind: 'relatie',
};

function parseCsv(text: string, errors: ImportLineError[]): Parsed {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const sep = (lines[0] ?? '').includes(';') ? ';' : ',';
  const header = splitCsv(lines[0] ?? '', sep).map((h) => h.toLowerCase());
  const missing = CSV_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) {
    errors.push({ line: 1, message: `Kolommen ontbreken in de kopregel: ${missing.join(', ')}.` });
    return { persons: [], relations: [] };
  }
  const parsed: Parsed = { persons: [], relations: [] };
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === '') return;
    const cells = splitCsv(raw, sep);
    const get = (c: string) => {
      const v = cells[header.indexOf(c)];
      return v === undefined || v === '' ? undefined : v;
    };
    const kind = get('soort');
    if (kind === 'persoon') {
      parsed.persons.push({ line, data: {
        bsn: get('bsn') ?? '', givenNames: get('voornamen') ?? '', tussenvoegsel: get('tussenvoegsel') ?? null,
        familyName: get('geslachtsnaam') ?? '', dateOfBirth: get('geboortedatum') ?? '', sex: get('geslacht') ?? '',
        street: get('straat') ?? null, houseNumber: get('huisnummer') ?? null, postcode: get('postcode') ?? null,
        city: get('woonplaats') ?? null, municipalityCode: get('gemeentecode') ?? null, dateOfDeath: get('overlijdensdatum') ?? null,
      } });
    } else if (kind === 'relatie') {
      parsed.relations.push({ line, data: { parentBsn: get('ouder_bsn') ?? '', childBsn: get('kind_bsn') ?? '', kind: get('relatie') ?? '' } });
    } else {
      errors.push({ line, field: 'soort', message: "Soort moet 'persoon' of 'relatie' zijn." });
    }
  });
  return parsed;
}

function parseJson(text: string, errors: ImportLineError[]): Parsed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    errors.push({ line: 1, message: 'Het bestand is geen geldige JSON.' });
    return { persons: [], relations: [] };
  }
  const d = doc as { personen?: unknown[]; relaties?: unknown[] };
  if (!d || typeof d !== 'object' || !Array.isArray(d.personen) || (d.relaties !== undefined && !Array.isArray(d.relaties))) {
    errors.push({ line: 1, message: "Verwacht een object met een lijst 'personen' (en optioneel een lijst 'relaties')." });
    return { persons: [], relations: [] };
  }
  return {
    persons: d.personen.map((data, i) => ({ line: `personen[${i + 1}]`, data })),
    relations: (d.relaties ?? []).map((data, i) => ({ line: `relaties[${i + 1}]`, data })),
  };
}

export async function importExtract(db: Kysely<DB>, actor: Actor, format: 'csv' | 'json', content: string, today: string): Promise<ImportResult> {
  const errors: ImportLineError[] = [];
  const parsed = format === 'csv' ? parseCsv(content, errors) : parseJson(content, errors);

  const persons: (PersonInput & { line: number | string })[] = [];
  const seen = new Map<string, number | string>();
  for (const { line, data } of parsed.persons) {
    const r = personInput.safeParse(data);
    if (!r.success) {
      for (const issue of r.error.issues) errors.push({ line, field: issue.path.join('.'), message: issue.message });
      continue;
    }
    for (const p of personDateProblems(r.data, today)) errors.push({ line, field: p.path, message: p.message });
    if (seen.has(r.data.bsn)) errors.push({ line, field: 'bsn', message: `BSN staat dubbel in het bestand (ook regel ${seen.get(r.data.bsn)}).` });
    seen.set(r.data.bsn, line);
    persons.push({ ...r.data, line });
  }
  const relations: (RelationInput & { line: number | string })[] = [];
  for (const { line, data } of parsed.relations) {
    const r = relationInput.safeParse(data);
    if (!r.success) {
      for (const issue of r.error.issues) errors.push({ line, field: issue.path.join('.'), message: issue.message });
      continue;
    }
    relations.push({ ...r.data, line });
  }

  return db.transaction().execute(async (tx) => {
    const codes = [...new Set(persons.map((p) => p.municipalityCode).filter((c): c is string => !!c))];
    const known = new Set(codes.length ? (await tx.selectFrom('municipalities').select('code').where('code', 'in', codes).execute()).map((m) => m.code) : []);
    for (const p of persons) {
      const code = p.municipalityCode;
      if (code && !known.has(code)) errors.push({ line: p.line, field: 'municipalityCode', message: `Onbekende gemeentecode ${code}.` });
    }

    const bsns = [...new Set([...persons.map((p) => p.bsn), ...relations.flatMap((r) => [r.parentBsn, r.childBsn])])];
    const existing = new Map<string, { id: string; date_of_birth: string }>();
    for (let i = 0; i < bsns.length; i += 5000) {
      const rows = await tx.selectFrom('persons').select(['id', 'bsn', 'date_of_birth']).where('bsn', 'in', bsns.slice(i, i + 5000)).execute();
      for (const r of rows) existing.set(r.bsn, r);
    }
    const birth = new Map<string, string>([...existing].map(([bsn, r]) => [bsn, r.date_of_birth]));
    for (const p of persons) birth.set(p.bsn, p.dateOfBirth);
    for (const r of relations) {
      if (!birth.has(r.parentBsn)) errors.push({ line: r.line, field: 'parentBsn', message: 'Ouder/verzorger niet bekend in bestand of register.' });
      if (!birth.has(r.childBsn)) errors.push({ line: r.line, field: 'childBsn', message: 'Kind niet bekend in bestand of register.' });
      if (r.parentBsn === r.childBsn) errors.push({ line: r.line, message: 'Een persoon kan niet zijn eigen ouder zijn.' });
      else if (birth.has(r.parentBsn) && birth.has(r.childBsn) && birth.get(r.parentBsn)! >= birth.get(r.childBsn)!) {
        errors.push({ line: r.line, message: 'De ouder/verzorger is niet ouder dan het kind.' });
      }
    }
    if (errors.length) {
      if (format === 'csv') {
        errors.sort((a, b) => Number(a.line) - Number(b.line));
        for (const e of errors) if (e.field) e.field = CSV_COLUMN_OF[e.field] ?? e.field;
      }
      throw unprocessable('import-invalid', `Het bestand bevat ${errors.length} fout(en); er is niets geïmporteerd.`, { errors });
    }

    let created = 0;
    let updated = 0;
    const written: string[] = [];
    for (const p of persons) {
      const cols = {
        given_names: p.givenNames, tussenvoegsel: p.tussenvoegsel || null, family_name: p.familyName,
        date_of_birth: p.dateOfBirth, sex: p.sex, street: p.street ?? null, house_number: p.houseNumber ?? null,
        postcode: p.postcode ?? null, city: p.city ?? null, municipality_code: p.municipalityCode ?? null,
        date_of_death: p.dateOfDeath ?? null,
      };
      const found = existing.get(p.bsn);
      if (found) {
        await tx.updateTable('persons').set({ ...cols, updated_at: new Date() }).where('id', '=', found.id).execute();
        if (found.date_of_birth !== p.dateOfBirth) {
          // The Verwijsindex destroys a youth's data on their 23rd birthday; keep that day right.
          await tx.updateTable('signals').set({ youth_until: sql`(${p.dateOfBirth}::date + interval '23 years')::date` }).where('person_id', '=', found.id).execute();
        }
        written.push(found.id);
        updated += 1;
      } else {
        const row = await tx.insertInto('persons').values({ ...cols, bsn: p.bsn, source: 'brp-import' }).returning(['id', 'date_of_birth']).executeTakeFirstOrThrow();
        existing.set(p.bsn, row);
        written.push(row.id);
        created += 1;
      }
    }
    let added = 0;
    const relationEvents = [];
    for (const r of relations) {
      const [parentId, childId] = [existing.get(r.parentBsn)!.id, existing.get(r.childBsn)!.id];
      const res = await tx.insertInto('parent_child').values({ parent_id: parentId, child_id: childId, kind: r.kind })
        .onConflict((oc) => oc.doNothing()).executeTakeFirst();
      if (Number(res.numInsertedOrUpdatedRows ?? 0) === 0) continue;
      added += 1;
      for (const personId of [childId, parentId]) {
        relationEvents.push({ action: 'import', recordType: 'ouder-kindrelatie', recordId: `${parentId}:${childId}`, personId, detail: { kind: r.kind } });
      }
    }
    await recordAudit(tx, actor, [
      ...written.map((id) => ({ action: 'import', recordType: 'persoon', recordId: id, personId: id })),
      ...relationEvents,
    ]);
    return { personsCreated: created, personsUpdated: updated, relationsAdded: added };
  });
}
