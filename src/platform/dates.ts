// Calendar dates are 'YYYY-MM-DD' strings throughout; arithmetic matches PostgreSQL's
// `date + interval 'n years'` (29 February becomes 28 February in a non-leap year).
export type Clock = { now(): Date; today(): string };

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => dateInAmsterdam(new Date()),
};

export function fixedClock(today: string): Clock {
  return { now: () => new Date(`${today}T12:00:00Z`), today: () => today };
}

const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }); // formats as YYYY-MM-DD

export function dateInAmsterdam(at: Date): string {
  return AMSTERDAM_DAY.format(at);
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = y + years;
  const lastDay = new Date(Date.UTC(target, m, 0)).getUTCDate();
  return `${String(target).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** Completed years of age on a given date. */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// What people read: "3 februari 2015" and "3 februari 2015, 14:05", in Amsterdam time.
const DUTCH_DAY = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
const DUTCH_TIME = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Amsterdam' });

/** A calendar date ('YYYY-MM-DD') or a moment, as a Dutch date; a moment counts on its day in Amsterdam. */
export function dutchDate(value: string | Date): string {
  // A calendar date is read at noon UTC, which is that same day in Amsterdam.
  const at = typeof value === 'string' && DATE_RE.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return DUTCH_DAY.format(at);
}

/** A moment as a Dutch date with the time of day in Amsterdam. */
export function dutchDateTime(at: string | Date): string {
  const d = new Date(at);
  return `${DUTCH_DAY.format(d)}, ${DUTCH_TIME.format(d)}`;
}
