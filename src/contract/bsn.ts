// Burgerservicenummer: nine digits passing the elfproef (weights 9..2 and -1, sum divisible by
// 11). The one check both the server's schemas and the web's forms use: no server imports.

/** Which rule a BSN breaks, or null when it is valid. */
export function bsnProblem(bsn: string): 'format' | 'elfproef' | null {
  if (!/^\d{9}$/.test(bsn)) return 'format';
  if (bsn === '000000000') return 'elfproef';
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(bsn[i]) * (9 - i);
  sum -= Number(bsn[8]);
  return sum % 11 === 0 ? null : 'elfproef';
}

export const isValidBsn = (bsn: string): boolean => bsnProblem(bsn) === null;
