// The disclosure algorithm on tables with known answers, and an attacker that tries to recover
// every hidden cell by subtraction (tests/support/disclosure-attack.ts).
import { describe, expect, it } from 'vitest';
import { determinedCells, protect, protectedMedian, roundTo, type Line } from './protect.ts';
import { differencingRefusal, publicationPeriod, yearPeriods } from './periods.ts';
import { recoverBySubtraction } from '../../../tests/support/disclosure-attack.ts';

/** A 2-dimensional table with row, column and grand totals as cells "r,c", "r,T", "T,c", "T,T". */
function grid(cells: number[][]) {
  const values = new Map<string, number>();
  const lines: Line[] = [];
  const R = cells.length, C = cells[0].length;
  cells.forEach((row, r) => row.forEach((v, c) => values.set(`${r},${c}`, v)));
  for (let r = 0; r < R; r++) values.set(`${r},T`, cells[r].reduce((a, b) => a + b, 0));
  for (let c = 0; c < C; c++) values.set(`T,${c}`, cells.reduce((a, row) => a + row[c], 0));
  values.set('T,T', cells.flat().reduce((a, b) => a + b, 0));
  for (let r = 0; r <= R; r++) { const k = r === R ? 'T' : r; lines.push({ total: `${k},T`, parts: Array.from({ length: C }, (_, c) => `${k},${c}`) }); }
  for (let c = 0; c <= C; c++) { const k = c === C ? 'T' : c; lines.push({ total: `T,${k}`, parts: Array.from({ length: R }, (_, r) => `${r},${k}`) }); }
  return { values, lines };
}
const shownOf = (safe: ReturnType<typeof protect>) => new Map([...safe].map(([id, c]) => [id, c.value]));
const hiddenOf = (safe: ReturnType<typeof protect>) => [...safe].filter(([, c]) => c.value === null).map(([id]) => id).sort();

describe('disclosure control', () => {
  it('suppresses 1..threshold-1 (primary), never 0, and with a threshold setting', () => {
    const values = new Map([['a', 0], ['b', 1], ['c', 4], ['d', 5], ['e', 9]]);
    const safe = protect(values, [], { threshold: 5 });
    expect(hiddenOf(safe)).toEqual(['b', 'c']);
    expect(safe.get('a')).toEqual({ value: 0, reason: null });
    expect(safe.get('c')).toEqual({ value: null, reason: 'primair' });
    expect(hiddenOf(protect(values, [], { threshold: 10 }))).toEqual(['b', 'c', 'd', 'e']);
  });

  it('a 1-dimensional table with a total: hides the smallest other cell, and the attacker recovers nothing', () => {
    const values = new Map([['A', 3], ['B', 20], ['C', 8], ['T', 31]]);
    const lines = [{ total: 'T', parts: ['A', 'B', 'C'] }];
    // Without secondary suppression, A = T - B - C.
    expect(recoverBySubtraction(new Map([['A', null], ['B', 20], ['C', 8], ['T', 31]]), lines).get('A')).toBe(3);
    const safe = protect(values, lines, { threshold: 5 });
    expect(safe.get('A')!.reason).toBe('primair');
    expect(safe.get('C')).toEqual({ value: null, reason: 'secundair' });
    expect(safe.get('B')!.value).toBe(20);
    expect(recoverBySubtraction(shownOf(safe), lines).size).toBe(0);
  });

  it('a 2-dimensional table with margins: every line has 0 or at least 2 hidden cells, none recoverable', () => {
    const { values, lines } = grid([[2, 10, 7, 30], [12, 1, 9, 15], [6, 8, 11, 20]]);
    const safe = protect(values, lines, { threshold: 5 });
    expect(hiddenOf(safe).filter((id) => safe.get(id)!.reason === 'primair')).toEqual(['0,0', '1,1']);
    for (const line of lines) {
      const n = [line.total, ...line.parts].filter((id) => safe.get(id)!.value === null).length;
      expect(n === 0 || n >= 2, JSON.stringify(line)).toBe(true);
    }
    expect(recoverBySubtraction(shownOf(safe), lines).size).toBe(0);
    expect(determinedCells(hiddenOf(safe), lines).size).toBe(0);
  });

  it('finds a cell pinned by several lines together (a bridge between two suppressed cycles) and hides one more', () => {
    // Two 2×2 blocks of small cells joined by one small cell: each line has 2 or 3 hidden cells,
    // yet rows 0+1 minus columns 0+1 leave only cell 1,2.
    const small = [[1, 1, 0, 0, 20], [1, 1, 1, 0, 20], [0, 0, 1, 1, 20], [0, 0, 1, 1, 20], [20, 20, 20, 20, 20]];
    const { values, lines } = grid(small);
    const primary = [...values].filter(([, v]) => v > 0 && v < 5).map(([id]) => id).sort();
    expect(determinedCells(primary, lines)).toEqual(new Set(['1,2']));
    const safe = protect(values, lines, { threshold: 5 });
    expect(hiddenOf(safe).length).toBeGreaterThan(primary.length);
    expect(determinedCells(hiddenOf(safe), lines).size).toBe(0);
    expect(recoverBySubtraction(shownOf(safe), lines).size).toBe(0);
  });

  it('a share: numerator or complement below the threshold hides numerator, complement and share', () => {
    const values = new Map([['binnen', 18], ['buiten', 2], ['totaal', 20]]);
    const safe = protect(values, [{ total: 'totaal', parts: ['binnen', 'buiten'] }], { threshold: 5 });
    expect(safe.get('totaal')!.value).toBe(20);
    expect(safe.get('buiten')!.reason).toBe('primair');
    expect(safe.get('binnen')!.reason).toBe('secundair');
  });

  it('rounds shown counts to multiples of 5 (rest 1, 2 down; 3, 4 up), each on its own', () => {
    expect([10, 11, 12, 13, 14, 15].map((n) => roundTo(n, 5))).toEqual([10, 10, 10, 15, 15, 15]);
    const values = new Map([['A', 12], ['B', 13], ['T', 25]]);
    const safe = protect(values, [{ total: 'T', parts: ['A', 'B'] }], { threshold: 5, rounding: 5 });
    expect([safe.get('A')!.value, safe.get('B')!.value, safe.get('T')!.value]).toEqual([10, 15, 25]);
  });

  it('a median only beside a shown count of at least the threshold', () => {
    expect(protectedMedian([3, 9, 4, 10, 7], { value: 5, reason: null }, 5)).toBe(7);
    expect(protectedMedian([3, 9, 4, 10, 7, 8], { value: 6, reason: null }, 5)).toBe(8);
    expect(protectedMedian([3, 9, 4, 10, 7], { value: null, reason: 'secundair' }, 5)).toBeNull();
    expect(protectedMedian([3, 9], { value: 0, reason: null }, 5)).toBeNull();
  });

  it('periods: year = halves, half = quarters, quarter = months; only those are publication periods', () => {
    const { periods, lines } = yearPeriods(2026);
    expect(periods.map((p) => p.id)).toHaveLength(19);
    expect(periods.find((p) => p.id === 'M02')!.tot).toBe('2026-02-28');
    expect(lines((p) => p)).toContainEqual({ total: 'H2', parts: ['K3', 'K4'] });
    expect(publicationPeriod('2026-07-01', '2026-12-31').period.id).toBe('H2');
    expect(() => publicationPeriod('2026-01-01', '2026-07-01')).toThrow(/kalenderjaar, halfjaar, kwartaal of maand/);
  });

  it('the differencing rule refuses when an enclosing view holds 1..threshold-1 more, never saying how many', () => {
    expect(differencingRefusal(5, 'x', [{ enclosing: '2026', count: 0 }, { enclosing: '2026', count: 5 }])).toBeNull();
    const refusal = differencingRefusal(5, 'het 1e halfjaar van 2026', [{ enclosing: '2026', count: 3 }])!;
    expect(refusal.code).toBe('disclosure-differencing');
    expect(refusal.detail).toContain('minder dan 5');
    expect(refusal.detail).not.toMatch(/\b3\b/);
  });
});
