// Statistical disclosure control for every aggregate that leaves the server for an
// aggregate-only role (docs/decisions/0009-disclosure-control.md). A table is a set of named
// cells with their exact counts and the linear relations a reader knows ("lines": a total is
// the sum of its parts: rows, columns, region totals, periods). Primary suppression hides the
// small counts; secondary suppression hides enough other cells that no hidden count follows
// from the shown ones by adding and subtracting along those lines.

export type Reason = 'primair' | 'secundair';

/** total = sum(parts), known to every reader of the table. */
export interface Line { total: string; parts: string[] }

export interface ProtectedCell { value: number | null; reason: Reason | null }

export interface ProtectOptions {
  /** Counts 1 .. threshold-1 are primary-suppressed; 0 is shown. */
  threshold: number;
  /** Round shown counts to multiples of this (CBS: 5); 0 or undefined: exact. */
  rounding?: number;
}

/** Whether a count needs primary suppression. For a share, apply it to numerator and complement. */
export const isSmall = (n: number, threshold: number) => n > 0 && n < threshold;

export function roundTo(n: number, base: number): number {
  return base > 0 ? Math.round(n / base) * base : n;
}

export function protect(values: Map<string, number>, lines: Line[], options: ProtectOptions): Map<string, ProtectedCell> {
  for (const line of lines) {
    for (const id of [line.total, ...line.parts]) if (!values.has(id)) throw new Error(`disclosure: line names unknown cell ${id}`);
  }
  const reason = new Map<string, Reason>();
  for (const [id, n] of values) if (isSmall(n, options.threshold)) reason.set(id, 'primair');
  const hidden = (id: string) => reason.has(id);
  const members = (line: Line) => [line.total, ...line.parts];
  /** The smallest shown non-zero cell of these lines (ties by name, for a stable result), or undefined. */
  const cheapest = (candidates: Line[]) => {
    let best: string | undefined;
    for (const line of candidates) {
      for (const id of members(line)) {
        const n = values.get(id)!;
        if (hidden(id) || n === 0) continue;
        if (best === undefined || n < values.get(best)! || (n === values.get(best)! && id < best)) best = id;
      }
    }
    return best;
  };

  for (;;) {
    // Cheap pass to a fixed point: a line with exactly one hidden cell gives it away by subtraction.
    let changed = true;
    while (changed) {
      changed = false;
      for (const line of lines) {
        if (members(line).filter(hidden).length !== 1) continue;
        const pick = cheapest([line]);
        if (pick) { reason.set(pick, 'secundair'); changed = true; }
      }
    }
    // Lines combined can still pin a cell (e.g. a bridge between two suppression cycles in a
    // 2-dimensional table): solve the system and hide one more cell next to any determined one.
    const determined = determinedCells([...reason.keys()], lines);
    const wasHidden = new Set(reason.keys());
    let picked = false;
    for (const id of determined) {
      // One new cell per determined cell's lines per round keeps the solver runs few.
      const around = lines.filter((l) => members(l).includes(id));
      if (around.some((l) => members(l).some((m) => reason.get(m) === 'secundair' && !wasHidden.has(m)))) continue;
      const pick = cheapest(around) ?? cheapest(lines.filter((l) => members(l).some((m) => determined.has(m))));
      if (pick) { reason.set(pick, 'secundair'); picked = true; }
    }
    if (!picked) break;
  }

  const out = new Map<string, ProtectedCell>();
  for (const [id, n] of values) {
    const r = reason.get(id) ?? null;
    out.set(id, { value: r ? null : roundTo(n, options.rounding ?? 0), reason: r });
  }
  return out;
}

/**
 * The hidden cells whose value follows from the shown ones through the lines: x_j is determined
 * when its unit vector lies in the row space of the line equations restricted to hidden cells
 * (Gaussian elimination; coefficients are 0/±1 and tables small, so floating point suffices).
 */
export function determinedCells(hiddenIds: string[], lines: Line[]): Set<string> {
  const index = new Map(hiddenIds.map((id, i) => [id, i]));
  const rows: number[][] = [];
  for (const line of lines) {
    const row = new Array<number>(hiddenIds.length).fill(0);
    let any = false;
    for (const id of line.parts) if (index.has(id)) { row[index.get(id)!] += 1; any = true; }
    if (index.has(line.total)) { row[index.get(line.total)!] -= 1; any = true; }
    if (any) rows.push(row);
  }
  const n = hiddenIds.length;
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < n && r < rows.length; c++) {
    let p = r;
    while (p < rows.length && Math.abs(rows[p][c]) < 1e-9) p++;
    if (p === rows.length) continue;
    [rows[r], rows[p]] = [rows[p], rows[r]];
    const f = rows[r][c];
    for (let k = 0; k < n; k++) rows[r][k] /= f;
    for (let i = 0; i < rows.length; i++) {
      if (i === r || Math.abs(rows[i][c]) < 1e-9) continue;
      const g = rows[i][c];
      for (let k = 0; k < n; k++) rows[i][k] -= g * rows[r][k];
    }
    pivots.push(c);
    r++;
  }
  const out = new Set<string>();
  pivots.forEach((c, i) => {
    if (rows[i].every((v, k) => k === c || Math.abs(v) < 1e-9)) out.add(hiddenIds[c]);
  });
  return out;
}

/**
 * A median (days to a decision, say) of a group is shown only where the group's count is shown
 * and at least the threshold: a median of fewer cases tells something about each of them, and a
 * median beside a hidden count would mark the hidden count as non-zero. Rounded to whole units.
 */
export function protectedMedian(sample: number[], population: ProtectedCell, threshold: number): number | null {
  if (population.value === null || sample.length < threshold) return null;
  const sorted = [...sample].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return Math.round(sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
}
