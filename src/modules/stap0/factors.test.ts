// Holds the product's stap 0 factor lists (factors.ts) against the seed texts, item for item.
// The seeds are read at run time from the shared folder beside the repository (../shared/seeds);
// the lists are parsed from exactly the seed sections the data file cites, so removing, adding or
// renaming an item in the product — or a change in the seed — makes this test fail.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { FACTOR_GROUPS, SEED_LISTS, type Factor, type FactorGroup, type SeedListId } from './factors.ts';
import { sharedDir, sharedMissing, sharedTitle } from '../../../tests/support/shared-folder.ts';

// ---------------------------------------------------------------------------------------------
// Locating and reading the seeds

const seedsDir = path.join(sharedDir, 'seeds');
/** Set when the seeds are absent (a fresh clone without ../shared): the seed comparison skips. */
const seedsMissing = sharedMissing('seeds');

function readSeed(number: '001' | '004'): string {
  if (!fs.existsSync(seedsDir)) {
    throw new Error(`The seed texts are missing: expected the folder ${seedsDir} (the shared folder "shared/" beside the repository). `
      + 'This test compares the stap 0 factor lists with the seeds.');
  }
  const files = fs.readdirSync(seedsDir).filter((f) => f.startsWith(`${number}_`) && f.endsWith('.txt'));
  if (files.length !== 1) throw new Error(`Expected exactly one seed file ${number}_*.txt in ${seedsDir}, found: ${files.join(', ') || 'none'}`);
  return fs.readFileSync(path.join(seedsDir, files[0]), 'utf8');
}

// ---------------------------------------------------------------------------------------------
// Normalisation

/** Typography only: Unicode form, quotes, whitespace. */
const clean = (s: string) => s.normalize('NFC').replace(/[\u2018\u2019`]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim();
/** For exact-cover matching of prose enumerations: case and trailing punctuation too. */
const soft = (s: string) => clean(s).toLowerCase().replace(/[.;:,]+$/, '');
/** For comparing labels and list items: case, whitespace and all punctuation. */
const strong = (s: string) => clean(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Whole seed text as one line: hyphenated line breaks joined, then all whitespace collapsed. */
function flatten(raw: string): string {
  const joined = raw.normalize('NFC').replace(/\r/g, '')
    // "kinder-\nmishandeling" → "kindermishandeling"; not "Gedrags- \nen/of" (a suspended compound).
    .replace(/(\p{Ll})-[ \t]*\n\s*(?!(?:en|of)\b)(\p{Ll})/gu, '$1$2')
    // "relatieproblemen/\nechtscheiding" → "relatieproblemen/echtscheiding".
    .replace(/\/[ \t]*\n\s*/g, '/');
  return clean(joined);
}

function take(text: string, start: string, end: string | null, what: string): string {
  const i = text.indexOf(start);
  if (i < 0) throw new Error(`${what}: start marker not found in the seed: "${start}"`);
  if (text.indexOf(start, i + 1) >= 0) throw new Error(`${what}: start marker occurs more than once: "${start}"`);
  const from = i + start.length;
  if (end === null) return text.slice(from);
  const j = text.indexOf(end, from);
  if (j < 0) throw new Error(`${what}: end marker not found after "${start}": "${end}"`);
  return text.slice(from, j);
}

// ---------------------------------------------------------------------------------------------
// Seed 004, chapter 2: the lists are enumerations in running text.

/**
 * How a seed list is given in the source:
 * - items: one item per bullet or table line (seed 001) — compared as sets;
 * - enumeration: a comma/"en" enumeration in running text (seed 004) — the product's wordings, joined
 *   by ", " and " en ", must reproduce the enumeration exactly (nothing left over on either side);
 * - sentences: each sentence names one factor — each must contain exactly one product wording.
 */
type Parsed =
  | { mode: 'items'; items: string[] }
  | { mode: 'enumeration'; spans: string[] }
  | { mode: 'sentences'; sentences: string[] };

function parseSeed004(): { headings: string[]; lists: Record<string, Parsed> } {
  const text = flatten(readSeed('004'));
  take(text, '2 Aanknopingspunten voor preventie', null, 'seed 004 hfst. 2'); // the chapter exists once
  const section = take(text, 'Globaal valt de volgende onderverdeling in risicofactoren te maken:',
    'Zoals aan het begin van dit hoofdstuk', 'seed 004 hfst. 2 risk groups');
  const bullets = section.split('\u2022').map((b) => b.trim()).filter(Boolean);
  if (bullets.length !== 4) throw new Error(`seed 004 hfst. 2: expected the four groups of risk factors as bullets, found ${bullets.length}`);
  const [ouder, kind, leef, maatsch] = bullets;
  const bekend = take(maatsch, 'dan in andere.', null, 'seed 004 hfst. 2 after the fourth group');
  const headings = bullets.map((b) => b.split(/, zoals |\. /)[0]);
  return { headings, lists: {
    '004-ouder-gezin': { mode: 'enumeration', spans: [take(ouder, 'Ouder- en gezinsfactoren, zoals ', null, 'ouder- en gezinsfactoren')] },
    '004-kind': {
      mode: 'enumeration',
      spans: [
        take(kind, 'Kinderen die extra zorg vragen, zoals ', '. Verder hebben ', 'kindfactoren'),
        take(kind, 'Verder hebben ', ' een groter risico op mishandeling', 'kindfactoren (verder)'),
      ],
    },
    '004-leefomstandigheden': { mode: 'enumeration', spans: [take(leef, 'sociale (gezins)-factoren, zoals ', null, 'leefomstandigheden')] },
    // The group's explanation is one sentence naming one factor; the sentence after it ("Lichte
    // fysieke straffen bijvoorbeeld …") is its example.
    '004-maatschappelijk': {
      mode: 'sentences',
      sentences: [take(maatsch, 'Maatschappelijke, sociaal-economische en culturele factoren. ', ' Lichte fysieke straffen', 'maatschappelijke factoren')],
    },
    '004-opleiding-werkloosheid': {
      mode: 'sentences',
      sentences: [
        take(bekend, 'Bekend is ook dat', 'Werkloosheid van beide ouders', 'laag opgeleide ouders'),
        'Werkloosheid van beide ouders' + take(bekend, 'Werkloosheid van beide ouders', 'Beschermende factoren', 'werkloosheid'),
      ],
    },
    '004-beschermend-ouders': { mode: 'enumeration', spans: [take(bekend, 'zijn bijvoorbeeld bij ouders ', '. Voor kinderen', 'beschermend ouders')] },
    '004-beschermend-kinderen': { mode: 'enumeration', spans: [take(bekend, 'Voor kinderen zijn dit ondermeer ', null, 'beschermend kinderen')] },
  } };
}

// ---------------------------------------------------------------------------------------------
// Seed 001: bullet lists and tabel 1.1, one item per line.

const lines001 = () => readSeed('001').normalize('NFC').replace(/\r/g, '').split('\n').map(clean);

function section(lines: string[], heading: string, nextHeading: string): string[] {
  const at = lines.flatMap((l, i) => (l === heading ? [i] : []));
  if (at.length !== 1) throw new Error(`seed 001: expected the heading "${heading}" once, found ${at.length}`);
  const end = lines.indexOf(nextHeading, at[0] + 1);
  if (end < 0) throw new Error(`seed 001: heading "${nextHeading}" not found after "${heading}"`);
  return lines.slice(at[0] + 1, end);
}

const stripItem = (s: string) => s.replace(/^\u2022\s*/, '').replace(/[;.]$/, '').trim();

/** The bullet list that follows the first line matching `anchor` (bullets may wrap onto a next line). */
function bulletsAfter(lines: string[], anchor: RegExp, what: string): string[] {
  const a = lines.findIndex((l) => anchor.test(l));
  if (a < 0) throw new Error(`seed 001 ${what}: anchor ${anchor} not found`);
  const items: string[] = [];
  let i = a + 1;
  while (i < lines.length && !lines[i].startsWith('\u2022')) {
    if (lines[i] !== '' && items.length === 0 && i > a + 2) break; // the list must follow the anchor closely
    i++;
  }
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (l.startsWith('\u2022')) items.push(l);
    else if (l !== '' && items.length && !/[;.]$/.test(items[items.length - 1])) items[items.length - 1] += ` ${l}`;
    else break;
  }
  if (!items.length) throw new Error(`seed 001 ${what}: no bullet list after ${anchor}`);
  return items.map(stripItem);
}

/** Tabel 1.1: level words open a level; "…:" lines are sub-headings; a line continues the previous
 * item while its parentheses are open. */
function parseTable11(lines: string[]): Record<'ouder' | 'kind' | 'gezin' | 'omgeving', string[]> {
  const start = lines.findIndex((l) => l.startsWith('Tabel 1.1 Veelgenoemde risicofactoren'));
  const head = lines.findIndex((l, i) => i > start && l === 'Niveau Risicofactoren');
  const end = lines.findIndex((l, i) => i > head && l.startsWith('Bron:'));
  if (start < 0 || head < 0 || end < 0) throw new Error('seed 001 tabel 1.1: title, header row or "Bron:" line not found');
  const out = { ouder: [] as string[], kind: [] as string[], gezin: [] as string[], omgeving: [] as string[] };
  let level: keyof typeof out | null = null;
  for (const raw of lines.slice(head + 1, end)) {
    if (!raw) continue;
    let line = raw;
    const m = /^(Ouder|Kind|Gezin|Omgeving) (.*)$/.exec(line);
    if (m) { level = m[1].toLowerCase() as keyof typeof out; line = m[2]; }
    if (!level) throw new Error(`seed 001 tabel 1.1: line before the first level: "${raw}"`);
    const items = out[level];
    const prev = items[items.length - 1];
    const open = prev !== undefined && (prev.match(/\(/g)?.length ?? 0) > (prev.match(/\)/g)?.length ?? 0);
    if (open) items[items.length - 1] = `${prev} ${line}`;
    else if (/:$/.test(line)) continue; // sub-heading: Functioneren als opvoeder, Persoonlijk functioneren, Voorgeschiedenis
    else items.push(stripItem(line));
  }
  for (const [k, v] of Object.entries(out)) if (!v.length) throw new Error(`seed 001 tabel 1.1: level ${k} has no items`);
  return out;
}

function parseSeed001(): Record<string, Parsed> {
  const lines = lines001();
  const s131 = section(lines, '1.3.1 Risicofactoren', '1.3.2 Beschermende factoren');
  const s132 = section(lines, '1.3.2 Beschermende factoren', '1.4 Gevolgen van kindermishandeling');
  const s143 = section(lines, '1.4.3 Beschermende factoren', '1.5 Kernpunten');
  const table = parseTable11(s131);
  const kinderenAt = s131.indexOf('Risicofactoren bij kinderen');
  if (kinderenAt < 0) throw new Error('seed 001 §1.3.1: paragraph "Risicofactoren bij kinderen" not found');
  return {
    '001-tabel-ouder': { mode: 'items', items: table.ouder },
    '001-tabel-kind': { mode: 'items', items: table.kind },
    '001-tabel-gezin': { mode: 'items', items: table.gezin },
    '001-tabel-omgeving': { mode: 'items', items: table.omgeving },
    '001-risico-kinderen': { mode: 'items', items: bulletsAfter(s131.slice(kinderenAt), /kinderen met:$/, '§1.3.1 risicofactoren bij kinderen') },
    '001-beschermend-ouders': { mode: 'items', items: bulletsAfter(s132, /^Belangrijke beschermende factoren bij de ouders zijn/, '§1.3.2') },
    '001-beschermend-kinderen': { mode: 'items', items: bulletsAfter(s143, /^Mogelijk beschermende factoren zijn/, '§1.4.3') },
  };
}

// ---------------------------------------------------------------------------------------------
// Comparing one seed list with the product's wordings for it

interface Wording { factorId: string; wording: string }

/** Problems (empty when the product's wordings reproduce the seed list exactly). */
function compare(parsed: Parsed, product: Wording[]): string[] {
  const problems: string[] = [];
  if (parsed.mode === 'items') {
    const seed = parsed.items.map(strong);
    const mine = product.map((p) => strong(p.wording));
    parsed.items.forEach((item, i) => { if (!mine.includes(seed[i])) problems.push(`seed item missing in the product: "${item}"`); });
    product.forEach((p, i) => { if (!seed.includes(mine[i])) problems.push(`product item "${p.factorId}" ("${p.wording}") is not an item of this seed list`); });
    seed.forEach((s, i) => { if (seed.indexOf(s) !== i) problems.push(`seed list has "${parsed.items[i]}" twice`); });
    mine.forEach((s, i) => { if (mine.indexOf(s) !== i) problems.push(`product has "${product[i].wording}" twice for this list`); });
    return problems;
  }
  if (parsed.mode === 'sentences') {
    const used = new Set<number>();
    for (const sentence of parsed.sentences) {
      const hits = product.map((p, i) => [p, i] as const).filter(([p]) => soft(sentence).includes(soft(p.wording)));
      if (hits.length !== 1) problems.push(`sentence "${clean(sentence)}" should name exactly one product factor, names ${hits.length}: ${hits.map(([p]) => p.factorId).join(', ') || 'none'}`);
      hits.forEach(([, i]) => used.add(i));
    }
    product.forEach((p, i) => { if (!used.has(i)) problems.push(`product wording "${p.wording}" (${p.factorId}) is not in this seed passage`); });
    return problems;
  }
  // Enumeration: each comma-separated segment is one product wording, or several joined by " en ".
  const remaining = product.map((p) => ({ ...p, key: soft(p.wording) }));
  const cover = (seg: string): Wording[] | null => {
    if (seg === '') return [];
    for (const cand of remaining.filter((r) => seg.startsWith(r.key)).sort((a, b) => b.key.length - a.key.length)) {
      const rest = seg.slice(cand.key.length);
      if (rest !== '' && !rest.startsWith(' en ')) continue;
      remaining.splice(remaining.indexOf(cand), 1);
      const more = cover(rest.replace(/^ en /, ''));
      if (more) return [cand, ...more];
      remaining.push(cand);
    }
    return null;
  };
  for (const span of parsed.spans) {
    let depth = 0;
    const segments: string[] = [''];
    for (const ch of soft(span)) {
      if (ch === '(') depth++;
      if (ch === ')') depth--;
      if (ch === ',' && depth === 0) segments.push('');
      else segments[segments.length - 1] += ch;
    }
    for (const seg of segments.map((s) => s.trim())) {
      if (!cover(seg)) problems.push(`seed item(s) missing in the product (or worded differently): "${seg}"`);
    }
  }
  for (const r of remaining) problems.push(`product item "${r.factorId}" ("${r.wording}") is not an item of this seed list`);
  return problems;
}

// ---------------------------------------------------------------------------------------------

const factors: { factor: Factor; group: FactorGroup }[] = FACTOR_GROUPS.flatMap((group) => group.factors.map((factor) => ({ factor, group })));
const wordingsOf = (list: SeedListId): Wording[] =>
  factors.flatMap(({ factor }) => factor.sources.filter((s) => s.list === list).map((s) => ({ factorId: factor.id, wording: s.wording })));

describe('stap 0 factor lists: the data file', () => {
  it('has the six groups of seed 004 with unique Dutch kebab-case ids', () => {
    expect(FACTOR_GROUPS.map((g) => [g.id, g.kind])).toEqual([
      ['risico-ouder-gezin', 'risico'], ['risico-kind', 'risico'], ['risico-leefomstandigheden', 'risico'],
      ['risico-maatschappelijk', 'risico'], ['beschermend-ouders', 'beschermend'], ['beschermend-kinderen', 'beschermend'],
    ]);
    for (const g of FACTOR_GROUPS) {
      expect(g.nl && g.en && /seed 004/.test(g.ref) && /seed 001/.test(g.ref), g.id).toBeTruthy();
      expect(g.factors.length, g.id).toBeGreaterThan(0);
    }
  });

  it('gives every factor a unique stable id, a Dutch label, an English gloss and a seed reference', () => {
    const ids = factors.map(({ factor }) => factor.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const { factor: f } of factors) {
      expect(f.id, f.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(f.nl.trim().length && f.en.trim().length && f.ref.trim().length, f.id).toBeTruthy();
      expect(f.ref, f.id).toMatch(/^seed 00[14] /);
      expect(f.sources.length, f.id).toBeGreaterThan(0);
    }
  });

  it("labels every factor with its first source's seed wording (sentence case, no trailing punctuation)", () => {
    for (const { factor: f } of factors) {
      expect(f.nl, f.id).toMatch(/^\(?\p{Lu}/u);
      expect(f.nl, f.id).not.toMatch(/[.;:,]$/);
      expect(strong(f.nl), `label of ${f.id} is not the wording of its first seed source`).toBe(strong(f.sources[0].wording));
    }
  });

  it("names every source list in the factor's ref, takes each list item at most once, and keeps it in that list's groups", () => {
    for (const { factor: f, group } of factors) {
      for (const s of f.sources) {
        const l = SEED_LISTS[s.list];
        expect(l, `${f.id}: unknown seed list ${s.list}`).toBeDefined();
        expect(f.ref, f.id).toContain(l.ref);
        expect(l.groups, `${f.id} (${s.list}) is in group ${group.id}`).toContain(group.id);
        expect(group.kind, f.id).toBe(l.groups[0].startsWith('risico') ? 'risico' : 'beschermend');
      }
      const lists = f.sources.map((s) => s.list);
      expect(lists.filter((l, i) => lists.indexOf(l) !== i), `${f.id} merges two items of one seed list`).toEqual([]);
      for (const [id, l] of Object.entries(SEED_LISTS)) if (!lists.includes(id as SeedListId)) expect(f.ref, f.id).not.toContain(l.ref);
    }
  });
});

describe.skipIf(!!seedsMissing)(sharedTitle('stap 0 factor lists match the seeds item for item', seedsMissing), () => {
  // Parsed lazily so that a missing shared folder fails these tests with its own message.
  let parsed: Record<string, Parsed> | undefined;
  let headings004: string[] = [];
  const seedLists = () => {
    if (!parsed) {
      const s004 = parseSeed004();
      headings004 = s004.headings;
      parsed = { ...s004.lists, ...parseSeed001() };
    }
    return parsed;
  };

  it('finds the shared seed folder beside the repository', () => {
    expect(fs.existsSync(seedsDir), `seed folder missing: ${seedsDir}`).toBe(true);
  });

  it('parses every seed list the data file cites, and no other', () => {
    const lists = seedLists();
    expect(Object.keys(lists).sort()).toEqual(Object.keys(SEED_LISTS).sort());
  });

  it('names the four risk groups as seed 004 chapter 2 does', () => {
    seedLists();
    const risk = FACTOR_GROUPS.filter((g) => g.kind === 'risico');
    expect(headings004.map(strong)).toEqual(risk.map((g) => strong(g.nl)));
  });

  for (const id of Object.keys(SEED_LISTS) as SeedListId[]) {
    it(`${SEED_LISTS[id].ref}: every seed item is in the product and every product item is in the seed`, () => {
      const product = wordingsOf(id);
      expect(product.length, `no product factor cites ${id}`).toBeGreaterThan(0);
      expect(compare(seedLists()[id], product)).toEqual([]);
    });
  }
});
