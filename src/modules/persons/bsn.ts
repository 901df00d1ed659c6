// Burgerservicenummer. The elfproef itself is in the shared contract (src/contract/bsn.ts), which
// the web's forms use too; here: its Dutch message, and generators for demo data and tests.
import { bsnProblem, isValidBsn } from '../../contract/bsn.ts';

export { isValidBsn };

export function bsnProblemText(bsn: string): string | null {
  const problem = bsnProblem(bsn);
  if (problem === 'format') return 'Een BSN bestaat uit precies 9 cijfers.';
  if (problem === 'elfproef') return 'Dit BSN is ongeldig (voldoet niet aan de elfproef).';
  return null;
}

/** Completes 8 digits into a valid BSN, or null when no check digit exists (sum mod 11 is 10). */
export function bsnFromPrefix(prefix8: number | string): string | null {
  const p = String(prefix8).padStart(8, '0');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(p[i]) * (9 - i);
  const check = sum % 11;
  return check === 10 ? null : `${p}${check}`;
}

/** The n-th valid BSN from a starting prefix; deterministic, for demo data, tests and benchmarks. */
export function* validBsns(startPrefix: number): Generator<string> {
  for (let prefix = startPrefix; ; prefix++) {
    const bsn = bsnFromPrefix(prefix);
    if (bsn && bsn !== '000000000') yield bsn;
  }
}
