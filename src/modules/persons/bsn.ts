// Burgerservicenummer: nine digits passing the elfproef (weights 9..2 and -1, sum divisible by 11).
export function isValidBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn) || bsn === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(bsn[i]) * (9 - i);
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}

export function bsnProblemText(bsn: string): string | null {
  if (!/^\d{9}$/.test(bsn)) return 'Een BSN bestaat uit precies 9 cijfers.';
  if (!isValidBsn(bsn)) return 'Dit BSN is ongeldig (voldoet niet aan de elfproef).';
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
