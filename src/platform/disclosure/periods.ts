// Publication periods for aggregate-only roles: a calendar year, half year, quarter or month,
// as CBS publishes. Free date ranges would let a reader subtract two ranges a day apart; fixed
// periods nest or are disjoint, so the whole year can be protected as one table (periods are a
// dimension with its own lines) and the differencing rule needs only look at ancestors.
import { unprocessable, type Problem } from '../http/problem.ts';
import type { Line } from './protect.ts';

export interface PublicationPeriod { id: string; label: string; van: string; tot: string; months: number[]; parent?: string }

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Every publication period of a year, and the lines that tie them: year = halves, half = quarters, quarter = months. */
export function yearPeriods(year: number): { periods: PublicationPeriod[]; lines: (cell: (periodId: string) => string) => Line[] } {
  const span = (id: string, label: string, first: number, last: number, parent?: string): PublicationPeriod => ({
    id, label, parent, months: Array.from({ length: last - first + 1 }, (_, i) => first + i),
    van: `${year}-${pad(first)}-01`, tot: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
  });
  const periods = [span('J', String(year), 1, 12)];
  for (const h of [1, 2]) periods.push(span(`H${h}`, `het ${h}e halfjaar van ${year}`, h * 6 - 5, h * 6, 'J'));
  for (const q of [1, 2, 3, 4]) periods.push(span(`K${q}`, `het ${q}e kwartaal van ${year}`, q * 3 - 2, q * 3, `H${Math.ceil(q / 2)}`));
  for (let m = 1; m <= 12; m++) periods.push(span(`M${pad(m)}`, `${MONTHS[m - 1]} ${year}`, m, m, `K${Math.ceil(m / 3)}`));
  return {
    periods,
    lines: (cell) => periods.filter((p) => p.months.length > 1)
      .map((p) => ({ total: cell(p.id), parts: periods.filter((c) => c.parent === p.id).map((c) => cell(c.id)) })),
  };
}

/** The publication period van..tot is, or a refusal that names the allowed kinds. */
export function publicationPeriod(van: string, tot: string): { year: number; period: PublicationPeriod; all: ReturnType<typeof yearPeriods> } {
  const year = Number(van.slice(0, 4));
  const all = yearPeriods(year);
  const period = all.periods.find((p) => p.van === van && p.tot === tot);
  if (!period) {
    throw unprocessable('disclosure-period', 'Regionale cijfers zijn er alleen per heel kalenderjaar, halfjaar, kwartaal of maand (bijvoorbeeld 2026-01-01 tot en met 2026-06-30). Vrij gekozen periodes zouden door aftrekken kleine aantallen zichtbaar maken.', { field: 'van' });
  }
  return { year, period, all };
}

export function ancestors(all: PublicationPeriod[], period: PublicationPeriod): PublicationPeriod[] {
  const out: PublicationPeriod[] = [];
  for (let p = period.parent; p; p = all.find((x) => x.id === p)!.parent) out.push(all.find((x) => x.id === p)!);
  return out;
}

/**
 * The differencing rule (decision 0009): a view is refused when, for some enclosing view the
 * reader may also ask for, the population in the enclosing view but not in this one is 1 ..
 * threshold-1 (counted per kind of event, region-wide). The detail says why, never how many.
 */
export function differencingRefusal(threshold: number, view: string, complements: { enclosing: string; count: number }[]): Problem | null {
  const bad = complements.find((c) => c.count > 0 && c.count < threshold);
  if (!bad) return null;
  return unprocessable('disclosure-differencing', `De cijfers over ${view} worden niet getoond: ze verschillen van die over ${bad.enclosing} in minder dan ${threshold} zaken. Door beide van elkaar af te trekken zouden die zaken herleidbaar worden. Bekijk ${bad.enclosing} als geheel.`);
}
