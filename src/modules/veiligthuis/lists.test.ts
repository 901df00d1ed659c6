// Holds the Veilig Thuis reference lists (lists.ts) against the English extraction of seed 001,
// part B, item for item. The extraction is read at run time from the shared folder beside the
// repository (../shared/domain); every list is parsed from its own section of the markdown, so adding,
// removing, reordering or rewording an item — in the data file or in the extraction — fails this test.
//
// What is parsed (the extraction's conventions):
// - list items: `1. *Dutch wording* — English gloss` (numbered) or `- *Dutch wording* — English gloss`
//   (Framework bullets); `nl` is the italic text without the asterisks, `en` the text after the em
//   dash with the markdown emphasis markers removed;
// - Framework: `#### Side 1 — English (*Dutch*): 7 dimensions`, dimensions `1. **English** (*Dutch*)`;
// - tables 3.1–3.3: dimensions `**1. English (*Dutch*)**`, sub-lists `- Concerns…:` and
//   `- Positive points…:` / `- Sources of support…:`;
// - alarm signals: groups `**A. English** (*Dutch*)`;
// - research questions and risk instruments: the markdown tables of §3.1.1 and §3.4.
// Comparison is exact after Unicode NFC and whitespace normalisation only.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import {
  RESEARCH_QUESTIONS, ALARM_SIGNAL_GROUPS, ALL_ALARM_SIGNAL_IDS, FRAMEWORK_SIDES, TABLE_3_1, TABLE_3_2, TABLE_3_3,
  PARENT_FACTORS, PARENT_FACTOR_LABELS, RISK_INSTRUMENTS, ASSESSMENT_SECTIONS, ASSESSMENT_SECTION_IDS,
  assessmentItem, isAlarmSignalId, isAssessmentSectionId,
  type ListItem, type TableDimension, type AssessmentSectionId,
} from './lists.ts';
import { sharedDir, sharedMissing, sharedTitle } from '../../../tests/support/shared-folder.ts';

// ---------------------------------------------------------------------------------------------
// Locating and reading the extraction

const domainDir = path.join(sharedDir, 'domain');
const sourceFile = path.join(domainDir, 'seed-001-part-b-investigation-safety-risk-conversations.md');
/** Set when the extraction is absent (a fresh clone without ../shared): the comparison skips. */
const sourceMissing = sharedMissing(path.relative(sharedDir, sourceFile));

let cachedLines: string[] | undefined;
function sourceLines(): string[] {
  if (!cachedLines) {
    if (!fs.existsSync(sourceFile)) {
      throw new Error(`The seed 001 part B extraction is missing: expected ${sourceFile} (the shared folder "shared/domain" beside the repository). `
        + 'This test compares the Veilig Thuis reference lists with it.');
    }
    cachedLines = fs.readFileSync(sourceFile, 'utf8').normalize('NFC').replace(/\r/g, '').split('\n');
  }
  return cachedLines;
}

// ---------------------------------------------------------------------------------------------
// Normalisation and parsing helpers

/** Unicode NFC and whitespace only. */
const clean = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
/** Markdown emphasis markers removed (for English glosses and table cells), then `clean`. */
const plain = (s: string) => clean(s.replace(/\*+/g, ''));

/** The lines after the heading matching `start` (exactly one) up to the next heading matching `end`. */
function section(start: RegExp, end: RegExp): string[] {
  const lines = sourceLines();
  const at = lines.flatMap((l, i) => (start.test(l) ? [i] : []));
  if (at.length !== 1) throw new Error(`extraction: expected one line matching ${start}, found ${at.length}`);
  const stop = lines.findIndex((l, i) => i > at[0] && end.test(l));
  if (stop < 0) throw new Error(`extraction: no line matching ${end} after ${start}`);
  return lines.slice(at[0], stop);
}

interface Parsed { n: number; nl: string; en: string }

const NUMBERED = /^\s*(\d+)\. \*(.+)\* — (.+)$/;
const BULLET = /^\s*- \*(.+)\* — (.+)$/;

function parseItem(re: RegExp, line: string, n?: number): Parsed | null {
  const m = re.exec(line);
  if (!m) return null;
  return re === NUMBERED ? { n: Number(m[1]), nl: clean(m[2]), en: plain(m[3]) } : { n: n ?? 0, nl: clean(m[1]), en: plain(m[2]) };
}

/** Fails unless the source numbers its items 1, 2, 3 … in order (a gap or a swap in the source shows). */
function expectNumbered(items: { n: number }[], what: string) {
  expect(items.map((i) => i.n), `${what}: numbering in the source`).toEqual(items.map((_, i) => i + 1));
}

const project = (items: readonly ListItem[]) => items.map((i) => ({ id: i.id, nl: clean(i.nl), en: clean(i.en), ref: i.ref }));

// ---------------------------------------------------------------------------------------------
// Parsers, one per list

function parseResearchQuestions() {
  const lines = section(/^### 3\.1\.1 /, /^### 3\.1\.2 /);
  const questions = lines.flatMap((l) => {
    const m = /^\| (RQ\d) \| (.+?) \| (.+?) \|$/.exec(l);
    return m ? [{ id: m[1], nl: clean(m[2]), en: plain(m[3]) }] : [];
  });
  // The second table ("Where each question is answered"): rows "RQ1–RQ4 | §3.2 | …" or "RQ5 | §3.3 | …".
  const where = lines.flatMap((l) => {
    const m = /^\| RQ(\d)(?:–RQ(\d))? \| (§[\d.]+) \|/.exec(l);
    return m ? [{ from: Number(m[1]), to: Number(m[2] ?? m[1]), section: m[3] }] : [];
  });
  // The questions table comes first; the rows of the second table also match the first pattern.
  const table = questions.slice(0, questions.findIndex((q, i) => i > 0 && q.id === 'RQ1'));
  return table.map((q) => {
    const n = Number(q.id.slice(2));
    const rows = where.filter((w) => w.from <= n && n <= w.to);
    if (!rows.length) throw new Error(`§3.1.1: no "answered in" row for ${q.id}`);
    const answeredIn = rows.map((r) => r.section).sort((a, b) => b.length - a.length)[0]; // the most specific section
    return { ...q, answeredIn };
  });
}

function parseAlarmSignals() {
  const lines = section(/^### 3\.2\.1 /, /^### 3\.2\.2 /);
  const groups: { id: string; nl: string; en: string; items: Parsed[] }[] = [];
  let total: number | null = null;
  for (const line of lines) {
    const g = /^\*\*([A-Z])\. (.+)\*\* \(\*(.+)\*\)$/.exec(line);
    if (g) { groups.push({ id: g[1], en: plain(g[2]), nl: clean(g[3]), items: [] }); continue; }
    const t = /^\(Total: (\d+) alarm signals in (\d+) categories\.\)$/.exec(line);
    if (t) { total = Number(t[1]); if (Number(t[2]) !== groups.length) throw new Error('§3.2.1: category count in the total line differs'); continue; }
    const item = parseItem(NUMBERED, line);
    if (item && groups.length && total === null) groups[groups.length - 1].items.push(item);
  }
  return { groups, total };
}

function parseFramework() {
  const lines = section(/^#### Side 1 /, /^### 3\.1\.3 /);
  const sides: { n: number; nl: string; en: string; declared: number; dimensions: { n: number; nl: string; en: string; items: Parsed[] }[] }[] = [];
  for (const line of lines) {
    const s = /^#### Side (\d+) — (.+) \(\*(.+)\*\): (\d+) dimensions$/.exec(line);
    if (s) { sides.push({ n: Number(s[1]), en: plain(s[2]), nl: clean(s[3]), declared: Number(s[4]), dimensions: [] }); continue; }
    const side = sides[sides.length - 1];
    const d = /^(\d+)\. \*\*(.+)\*\* \(\*(.+)\*\)$/.exec(line);
    if (d && side) { side.dimensions.push({ n: Number(d[1]), en: plain(d[2]), nl: clean(d[3]), items: [] }); continue; }
    const dim = side?.dimensions[side.dimensions.length - 1];
    if (dim) {
      const item = parseItem(BULLET, line, dim.items.length + 1);
      if (item) dim.items.push(item);
      else if (/^\s*- /.test(line)) throw new Error(`§3.1.2: a bullet under ${dim.nl} is not an item: "${line}"`);
    }
  }
  return sides;
}

function parseTable(start: RegExp, end: RegExp) {
  const lines = section(start, end);
  const title = /^#### Table \d\.\d — (.+) \(\*(.+)\*\)$/.exec(lines[0]);
  if (!title) throw new Error(`table heading not in the expected form: "${lines[0]}"`);
  const dims: { n: number; nl: string; en: string; concerns: Parsed[]; strengths: Parsed[] }[] = [];
  let list: Parsed[] | null = null;
  for (const line of lines.slice(1)) {
    if (/^\*\*\[Source note\]/.test(line)) break;
    const d = /^\*\*(\d+)\. (.+) \(\*(.+)\*\)\*\*$/.exec(line);
    if (d) { dims.push({ n: Number(d[1]), en: plain(d[2]), nl: clean(d[3]), concerns: [], strengths: [] }); list = null; continue; }
    const dim = dims[dims.length - 1];
    if (/^- Concerns\b.*:$/.test(line)) { list = dim.concerns; continue; }
    if (/^- (Positive points|Sources of support)\b.*:$/.test(line)) { list = dim.strengths; continue; }
    const item = parseItem(NUMBERED, line);
    if (item) {
      if (!list) throw new Error(`item outside a Concerns/Positive points list: "${line}"`);
      list.push(item);
    } else if (/^\s*(\d+\.|-) /.test(line)) throw new Error(`unrecognised list line in the table: "${line}"`);
  }
  return { en: plain(title[1]), nl: clean(title[2]), dims };
}

function parseParentFactors() {
  const lines = section(/^### 3\.3\.1 /, /^### 3\.3\.2 /);
  const lists: Record<'negative' | 'positive', { nl: string; en: string; items: Parsed[] }> = {
    negative: { nl: '', en: '', items: [] }, positive: { nl: '', en: '', items: [] },
  };
  let current: (typeof lists)['negative'] | null = null;
  for (const line of lines) {
    const h = /^\*\*(Parent factors that can have a (negative|positive) influence)\*\* \(\*(.+)\*\):$/.exec(line);
    if (h) { current = lists[h[2] as 'negative' | 'positive']; current.en = clean(h[1]); current.nl = clean(h[3]); continue; }
    const item = parseItem(NUMBERED, line);
    if (item && current) current.items.push(item);
    else if (current && !/^\s*$/.test(line)) current = null; // the list ends at the first other line
  }
  return lists;
}

function parseRiskInstruments() {
  const lines = section(/^#### Cross-reference: risk instruments/, /^## 3\.5 /);
  const rows = lines.flatMap((l) => {
    const m = /^\| \*\*(.+?)\*\* — (.+?) \| (.+?) \| (.+?) \| (.+?) \| (.+) \|$/.exec(l);
    if (!m) return [];
    const answer = /^\**(Yes|No)\b/.exec(m[5]);
    if (!answer) throw new Error(`§3.4: "answers safe now" cell is neither Yes nor No: "${m[5]}"`);
    return [{ name: clean(m[1]), fullName: plain(m[2]), type: plain(m[3]), intendedUser: plain(m[4]), answersSafeNow: answer[1] === 'Yes' }];
  });
  const caveats = section(/^### Risk-assessment instruments /, /^#### Cross-reference/).join(' ');
  const exceptions = /The exceptions are the (.+?) and the (.+?)\./.exec(caveats);
  if (!exceptions) throw new Error('§3.4: the sentence naming the instruments that answer "safe now" was not found');
  return { rows, exceptions: [exceptions[1], exceptions[2]] };
}

/** Counts from "Implications for software", E: e.g. "concerns 5 / 5 / 7 / 8 / 6 / 4 = 35". */
function parseChecklistCounts() {
  const lines = section(/^### E\. Checklists and forms/, /^### F\. /).join('\n');
  const counts = (label: string, re: RegExp) => {
    const m = re.exec(lines);
    if (!m) throw new Error(`Implications E: ${label} counts not found`);
    const parts = m[1].split('/').map((s) => Number(s.trim()));
    expect(parts.reduce((a, b) => a + b, 0), `${label}: the per-dimension counts add up to the total`).toBe(Number(m[2]));
    return parts;
  };
  const framework = /child development: 7 dimensions, (\d+) prompt points[\s\S]*?parenting capacity: 6 dimensions, (\d+) prompt points[\s\S]*?family\/environment: 7 dimensions, (\d+) prompt points/.exec(lines);
  if (!framework) throw new Error('Implications E: Framework prompt-point counts not found');
  return {
    framework: framework.slice(1, 4).map(Number),
    t31: { concerns: counts('tabel 3.1 concerns', /Table 3\.1 checklist:.*?concerns ([\d /]+) = (\d+)/), strengths: counts('tabel 3.1 positives', /Table 3\.1 checklist:.*?positives ([\d /]+) = (\d+)/) },
    t32: { concerns: counts('tabel 3.2 concerns', /Table 3\.2 checklist:.*?concerns ([\d /]+) = (\d+)/), strengths: counts('tabel 3.2 positives', /Table 3\.2 checklist:.*?positives ([\d /]+) = (\d+)/) },
    t33: { concerns: counts('tabel 3.3 concerns', /Table 3\.3 checklist:.*?concerns ([\d /]+) = (\d+)/), strengths: counts('tabel 3.3 supports', /Table 3\.3 checklist:.*?supports ([\d /]+) = (\d+)/) },
  };
}

// ---------------------------------------------------------------------------------------------

describe.skipIf(!!sourceMissing)(sharedTitle('Veilig Thuis reference lists match the seed 001 part B extraction item for item', sourceMissing), () => {
  it('finds the extraction in the shared folder beside the repository', () => {
    expect(fs.existsSync(sourceFile), `extraction missing: ${sourceFile}`).toBe(true);
  });

  it('§3.1.1: the six research questions, verbatim, in order, with the section that answers them', () => {
    const parsed = parseResearchQuestions();
    expect(parsed).toHaveLength(6);
    expect(RESEARCH_QUESTIONS.map((q) => ({ id: q.id, nl: clean(q.nl), en: clean(q.en), answeredIn: q.answeredIn })))
      .toEqual(parsed);
    expect(RESEARCH_QUESTIONS.map((q) => q.ref)).toEqual(parsed.map((q) => `seed 001 §3.1.1 ${q.id}`));
    // RQ5 and RQ6 are quoted verbatim again in §3.3 and §3.4.
    for (const [id, start, end] of [['RQ5', /^## 3\.3 /, /^### 3\.3\.1 /], ['RQ6', /^## 3\.4 /, /^### Procedure /]] as const) {
      const m = section(start, end).map((l) => new RegExp(`^- \\*\\*Research question ${id}\\*\\* \\(verbatim\\): \\*(.+)\\* — (.+)$`).exec(l)).find(Boolean);
      expect(m, `${id} quoted in its own section`).toBeTruthy();
      const q = RESEARCH_QUESTIONS.find((r) => r.id === id)!;
      expect(clean(q.nl)).toBe(clean(m![1]));
    }
  });

  it('§3.2.1: the alarm signals, 19 in four groups A–D, in order', () => {
    const { groups, total } = parseAlarmSignals();
    expect(total).toBe(19);
    expect(groups.map((g) => g.id)).toEqual(['A', 'B', 'C', 'D']);
    expect(groups.flatMap((g) => g.items)).toHaveLength(19);
    groups.forEach((g) => expectNumbered(g.items, `§3.2.1 group ${g.id}`));
    expect(ALARM_SIGNAL_GROUPS.map((g) => ({ id: g.id, nl: clean(g.nl), en: clean(g.en), ref: g.ref, items: project(g.items) }))).toEqual(
      groups.map((g) => ({
        id: g.id, nl: g.nl, en: g.en, ref: `seed 001 §3.2.1 ${g.id}`,
        items: g.items.map((i) => ({ id: `${g.id}${i.n}`, nl: i.nl, en: i.en, ref: `seed 001 §3.2.1 ${g.id}.${i.n}` })),
      })),
    );
    expect([...ALL_ALARM_SIGNAL_IDS]).toEqual(ALARM_SIGNAL_GROUPS.flatMap((g) => g.items.map((i) => i.id)));
    expect(ALL_ALARM_SIGNAL_IDS.every(isAlarmSignalId)).toBe(true);
    expect(isAlarmSignalId('A6') || isAlarmSignalId('a1') || isAlarmSignalId('')).toBe(false);
  });

  it('§3.1.2: the three Framework sides (7 / 6 / 7 dimensions) with every point to examine, in order', () => {
    const sides = parseFramework();
    expect(sides.map((s) => s.n)).toEqual([1, 2, 3]);
    expect(sides.map((s) => s.dimensions.length)).toEqual([7, 6, 7]);
    expect(sides.map((s) => s.declared)).toEqual([7, 6, 7]);
    expect(parseChecklistCounts().framework).toEqual(sides.map((s) => s.dimensions.reduce((a, d) => a + d.items.length, 0)));
    sides.forEach((s) => expectNumbered(s.dimensions, `§3.1.2 side ${s.n}`));
    expect(FRAMEWORK_SIDES.map((s) => ({
      id: s.id, number: s.number, nl: clean(s.nl), en: clean(s.en), ref: s.ref,
      dimensions: s.dimensions.map((d) => ({ id: d.id, number: d.number, nl: clean(d.nl), en: clean(d.en), ref: d.ref, items: project(d.items) })),
    }))).toEqual(sides.map((s) => ({
      id: `fw-${s.n}`, number: s.n, nl: s.nl, en: s.en, ref: `seed 001 §3.1.2 zijde ${s.n}`,
      dimensions: s.dimensions.map((d) => ({
        id: `fw-${s.n}-${d.n}`, number: d.n, nl: d.nl, en: d.en, ref: `seed 001 §3.1.2 zijde ${s.n}, ${d.n}. ${d.nl}`,
        items: d.items.map((i) => ({
          id: `fw-${s.n}-${d.n}-${i.n}`, nl: i.nl, en: i.en, ref: `seed 001 §3.1.2 zijde ${s.n}, ${d.n}. ${d.nl}, punt ${i.n}`,
        })),
      })),
    })));
  });

  const tables = [
    { name: 'tabel 3.1', data: TABLE_3_1, prefix: 't31', section: '§3.2.2', start: /^#### Table 3\.1 /, end: /^### 3\.2\.3 /, strength: 'positief punt', dims: 6, counts: 't31' },
    { name: 'tabel 3.2', data: TABLE_3_2, prefix: 't32', section: '§3.2.3', start: /^#### Table 3\.2 /, end: /^## 3\.3 /, strength: 'positief punt', dims: 7, counts: 't32' },
    { name: 'tabel 3.3', data: TABLE_3_3, prefix: 't33', section: '§3.3.2', start: /^#### Table 3\.3 /, end: /^## 3\.4 /, strength: 'bron van steun', dims: 7, counts: 't33' },
  ] as const;

  for (const t of tables) {
    it(`${t.section} ${t.name}: every dimension with its concerns and positive points / sources of support, in order`, () => {
      const parsed = parseTable(t.start, t.end);
      expect(parsed.dims).toHaveLength(t.dims);
      expectNumbered(parsed.dims, t.name);
      for (const d of parsed.dims) {
        expectNumbered(d.concerns, `${t.name} ${d.nl} concerns`);
        expectNumbered(d.strengths, `${t.name} ${d.nl} positive points`);
        expect(d.concerns.length && d.strengths.length, `${t.name} ${d.nl} has both lists`).toBeTruthy();
      }
      const counts = parseChecklistCounts()[t.counts];
      expect(parsed.dims.map((d) => d.concerns.length)).toEqual(counts.concerns);
      expect(parsed.dims.map((d) => d.strengths.length)).toEqual(counts.strengths);
      const mine = (d: TableDimension) => ({
        id: d.id, number: d.number, nl: clean(d.nl), en: clean(d.en), ref: d.ref, concerns: project(d.concerns), strengths: project(d.strengths),
      });
      const base = (n: number, nl: string) => `seed 001 ${t.section} ${t.name}, ${n}. ${nl}`;
      expect(t.data.map(mine)).toEqual(parsed.dims.map((d) => ({
        id: `${t.prefix}-${d.n}`, number: d.n, nl: d.nl, en: d.en, ref: base(d.n, d.nl),
        concerns: d.concerns.map((i) => ({ id: `${t.prefix}-${d.n}-z${i.n}`, nl: i.nl, en: i.en, ref: `${base(d.n, d.nl)}, zorgpunt ${i.n}` })),
        strengths: d.strengths.map((i) => ({ id: `${t.prefix}-${d.n}-p${i.n}`, nl: i.nl, en: i.en, ref: `${base(d.n, d.nl)}, ${t.strength} ${i.n}` })),
      })));
      const section = ASSESSMENT_SECTIONS[t.name.replace(' ', '-') as AssessmentSectionId];
      expect([clean(section.nl), clean(section.en), section.ref]).toEqual([parsed.nl, parsed.en, `seed 001 ${t.section} ${t.name}`]);
    });
  }

  it('keeps the duplicates the source notes ask to keep', () => {
    const nlOf = (t: readonly TableDimension[], dim: number) => t[dim - 1].concerns.map((i) => i.nl);
    expect(nlOf(TABLE_3_1, 4)).toContain('Heeft irreële verwachtingen van het kind');
    expect(nlOf(TABLE_3_1, 5)).toContain('Heeft irreële verwachtingen van het kind');
    expect(nlOf(TABLE_3_2, 3)).toContain('Gedraagt zich niet naar zijn leeftijd');
    expect(nlOf(TABLE_3_2, 6)).toContain('Gedraagt zich niet naar zijn leeftijd');
  });

  it('§3.3.1: the parent factors, 6 negative and 7 positive, in order', () => {
    const parsed = parseParentFactors();
    expect(parsed.negative.items).toHaveLength(6);
    expect(parsed.positive.items).toHaveLength(7);
    for (const k of ['negative', 'positive'] as const) {
      const letter = k === 'negative' ? 'n' : 'p';
      const word = k === 'negative' ? 'negatieve' : 'positieve';
      expectNumbered(parsed[k].items, `§3.3.1 ${k}`);
      expect({ nl: clean(PARENT_FACTOR_LABELS[k].nl), en: clean(PARENT_FACTOR_LABELS[k].en) }).toEqual({ nl: parsed[k].nl, en: parsed[k].en });
      expect(project(PARENT_FACTORS[k])).toEqual(parsed[k].items.map((i) => ({
        id: `of-${letter}${i.n}`, nl: i.nl, en: i.en, ref: `seed 001 §3.3.1 ${word} ouderfactor ${i.n}`,
      })));
    }
  });

  it('§3.4: the four risk instruments of the cross-reference table; only LIRIK and the Delta veiligheidslijst answer "safe now?"', () => {
    const { rows, exceptions } = parseRiskInstruments();
    expect(rows.map((r) => r.name)).toEqual(['CFRA', 'CARE-NL', 'Delta veiligheidslijst', 'LIRIK']);
    expect(RISK_INSTRUMENTS.map(({ name, fullName, type, intendedUser, answersSafeNow }) => ({
      name: clean(name), fullName: clean(fullName), type: clean(type), intendedUser: clean(intendedUser), answersSafeNow,
    }))).toEqual(rows);
    expect(RISK_INSTRUMENTS.map((r) => r.id)).toEqual(['cfra', 'care-nl', 'delta-veiligheidslijst', 'lirik']);
    expect(RISK_INSTRUMENTS.map((r) => r.ref)).toEqual(rows.map((r) => `seed 001 §3.4 (kruisverwijzing bijlage 3.1), ${r.name}`));
    // The caveat writes "Deltaveiligheidslijst" as one word.
    const key = (s: string) => s.replace(/\s+/g, '').toLowerCase();
    expect(RISK_INSTRUMENTS.filter((r) => r.answersSafeNow).map((r) => key(r.name)).sort()).toEqual(exceptions.map(key).sort());
  });
});

describe('Veilig Thuis reference lists: ids, refs and assessment sections', () => {
  const everyItem: { where: string; id: string; ref: string; nl: string; en: string }[] = [
    ...RESEARCH_QUESTIONS.map((i) => ({ where: 'research questions', ...i })),
    ...ALARM_SIGNAL_GROUPS.flatMap((g) => [{ where: 'alarm group', ...g }, ...g.items.map((i) => ({ where: `alarm ${g.id}`, ...i }))]),
    ...FRAMEWORK_SIDES.flatMap((s) => [
      { where: 'framework side', ...s },
      ...s.dimensions.flatMap((d) => [{ where: 'framework dimension', ...d }, ...d.items.map((i) => ({ where: d.id, ...i }))]),
    ]),
    ...[TABLE_3_1, TABLE_3_2, TABLE_3_3].flatMap((t) => t.flatMap((d) => [
      { where: 'table dimension', ...d }, ...d.concerns.map((i) => ({ where: d.id, ...i })), ...d.strengths.map((i) => ({ where: d.id, ...i })),
    ])),
    ...PARENT_FACTORS.negative.map((i) => ({ where: 'parent factors', ...i })),
    ...PARENT_FACTORS.positive.map((i) => ({ where: 'parent factors', ...i })),
    ...RISK_INSTRUMENTS.map((r) => ({ where: 'risk instruments', id: r.id, ref: r.ref, nl: r.name, en: r.fullName })),
  ];

  it('has the expected numbers of items', () => {
    expect(RESEARCH_QUESTIONS).toHaveLength(6);
    expect(ALARM_SIGNAL_GROUPS.flatMap((g) => g.items)).toHaveLength(19);
    expect(ALL_ALARM_SIGNAL_IDS).toHaveLength(19);
    expect(FRAMEWORK_SIDES.map((s) => s.dimensions.length)).toEqual([7, 6, 7]);
    expect([PARENT_FACTORS.negative.length, PARENT_FACTORS.positive.length]).toEqual([6, 7]);
    expect(RISK_INSTRUMENTS).toHaveLength(4);
  });

  it('gives every item and group an id unique over all lists, a Dutch and English text and a seed 001 ref', () => {
    const ids = everyItem.map((i) => i.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const i of everyItem) {
      expect(i.ref, `${i.where} ${i.id}`).toMatch(/^seed 001 §/);
      expect(i.nl.trim().length && i.en.trim().length, `${i.where} ${i.id}`).toBeTruthy();
      expect(i.nl, `${i.where} ${i.id}: no markdown left`).not.toMatch(/\*/);
      expect(i.en, `${i.where} ${i.id}: no markdown left`).not.toMatch(/\*/);
      expect(i.nl, `${i.where} ${i.id}: NFC`).toBe(i.nl.normalize('NFC'));
    }
  });

  it('flattens the lists into the assessment sections, with unique item ids per section', () => {
    expect(ASSESSMENT_SECTION_IDS).toEqual(['framework', 'tabel-3.1', 'tabel-3.2', 'tabel-3.3', 'ouderfactoren']);
    const fromTable = (t: readonly TableDimension[]) => t.flatMap((d) => [
      ...d.concerns.map((i) => ({ ...i, group: d.nl, kind: 'zorgpunt' })),
      ...d.strengths.map((i) => ({ ...i, group: d.nl, kind: 'sterk' })),
    ]);
    const expected: Record<AssessmentSectionId, unknown[]> = {
      framework: FRAMEWORK_SIDES.flatMap((s) => s.dimensions.flatMap((d) => d.items.map((i) => ({ ...i, group: d.nl, kind: 'aandachtspunt' })))),
      'tabel-3.1': fromTable(TABLE_3_1),
      'tabel-3.2': fromTable(TABLE_3_2),
      'tabel-3.3': fromTable(TABLE_3_3),
      ouderfactoren: [
        ...PARENT_FACTORS.negative.map((i) => ({ ...i, group: PARENT_FACTOR_LABELS.negative.nl, kind: 'zorgpunt' })),
        ...PARENT_FACTORS.positive.map((i) => ({ ...i, group: PARENT_FACTOR_LABELS.positive.nl, kind: 'sterk' })),
      ],
    };
    for (const id of ASSESSMENT_SECTION_IDS) {
      const s = ASSESSMENT_SECTIONS[id];
      expect(s.id).toBe(id);
      expect(s.ref, id).toMatch(/^seed 001 §/);
      expect(s.items, id).toEqual(expected[id]);
      const ids = s.items.map((i) => i.id);
      expect(new Set(ids).size, `${id}: item ids unique`).toBe(ids.length);
      for (const item of s.items) expect(assessmentItem(id, item.id), `${id} ${item.id}`).toBe(item);
    }
    expect(ASSESSMENT_SECTIONS.framework.items).toHaveLength(29 + 20 + 16);
    expect(ASSESSMENT_SECTIONS['tabel-3.1'].items).toHaveLength(35 + 23);
    expect(ASSESSMENT_SECTIONS['tabel-3.2'].items).toHaveLength(42 + 24);
    expect(ASSESSMENT_SECTIONS['tabel-3.3'].items).toHaveLength(26 + 28);
    expect(ASSESSMENT_SECTIONS.ouderfactoren.items).toHaveLength(13);
    expect(assessmentItem('tabel-3.1', 't31-1-z3')?.nl).toBe('Slechte verzorging m.b.t. algemene hygiëne');
    expect(assessmentItem('framework', 'fw-2-3-1')?.nl).toBe('waardering en respect tonen voor kind');
    expect(assessmentItem('tabel-3.2', 't31-1-z3')).toBeUndefined();
    expect(assessmentItem('ouderfactoren', 'of-n7')).toBeUndefined();
    expect(isAssessmentSectionId('tabel-3.3') && !isAssessmentSectionId('toString')).toBe(true);
  });
});
