// Dutch working days, for statutory clocks such as Veilig Thuis' safety assessment within
// 5 working days. Weekends and the generally recognised holidays of the Algemene termijnenwet
// (art. 3) are not working days; the Easter-based ones are computed for every year.
// Goede Vrijdag is not among them in the law; an organisation that closes on it passes
// `{ goedeVrijdag: true }`.
import { addDays } from './dates.ts';

/** Easter Sunday (Gregorian calendar; the anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday

export interface HolidayOptions {
  goedeVrijdag?: boolean;
}

/** The holidays of one year, with their Dutch names. */
export function holidays(year: number, options: HolidayOptions = {}): Map<string, string> {
  const easter = easterSunday(year);
  const kingsDay = `${year}-04-27`;
  const list: [string, string][] = [
    [`${year}-01-01`, 'Nieuwjaarsdag'],
    [addDays(easter, 1), 'Tweede Paasdag'],
    // Koningsdag moves to the 26th when the 27th is a Sunday.
    [weekday(kingsDay) === 0 ? `${year}-04-26` : kingsDay, 'Koningsdag'],
    [`${year}-05-05`, 'Bevrijdingsdag'],
    [addDays(easter, 39), 'Hemelvaartsdag'],
    [addDays(easter, 50), 'Tweede Pinksterdag'],
    [`${year}-12-25`, 'Eerste Kerstdag'],
    [`${year}-12-26`, 'Tweede Kerstdag'],
  ];
  if (options.goedeVrijdag) list.push([addDays(easter, -2), 'Goede Vrijdag']);
  return new Map(list);
}

export function isWorkingDay(date: string, options: HolidayOptions = {}): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !holidays(Number(date.slice(0, 4)), options).has(date);
}

/** The date `n` working days after `date` (the day itself does not count). */
export function addWorkingDays(date: string, n: number, options: HolidayOptions = {}): string {
  let current = date;
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current, options)) left -= 1;
  }
  return current;
}
