// An attacker on a published table: knows every relation "total = sum of parts" and every shown
// value, and recovers hidden cells by subtraction — one line at a time, then the sum or
// difference of any two lines, repeated while anything new comes out. Written independently of
// src/platform/disclosure so that a bug there is not mirrored here.
export interface Relation { total: string; parts: string[] }

export function recoverBySubtraction(shown: Map<string, number | null>, relations: Relation[]): Map<string, number> {
  const known = new Map<string, number>();
  for (const [id, v] of shown) if (v !== null) known.set(id, v);
  const equation = (r: Relation) => {
    const coef = new Map<string, number>();
    for (const p of r.parts) coef.set(p, (coef.get(p) ?? 0) + 1);
    coef.set(r.total, (coef.get(r.total) ?? 0) - 1);
    return coef;
  };
  const equations = relations.map(equation);
  const recovered = new Map<string, number>();
  const solve = (coef: Map<string, number>) => {
    let rest = 0;
    const unknown: [string, number][] = [];
    for (const [id, c] of coef) {
      if (c === 0) continue;
      if (known.has(id)) rest += c * known.get(id)!; else unknown.push([id, c]);
    }
    if (unknown.length !== 1) return false;
    const [id, c] = unknown[0];
    known.set(id, -rest / c);
    recovered.set(id, -rest / c);
    return true;
  };
  for (let progress = true; progress;) {
    progress = false;
    for (const e of equations) if (solve(e)) progress = true;
    for (let i = 0; i < equations.length; i++) {
      for (let j = i + 1; j < equations.length; j++) {
        for (const sign of [1, -1]) {
          const sum = new Map(equations[i]);
          for (const [id, c] of equations[j]) sum.set(id, (sum.get(id) ?? 0) + sign * c);
          if (solve(sum)) progress = true;
        }
      }
    }
  }
  return recovered;
}
