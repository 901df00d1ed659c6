// Working days across Dutch holidays, computed for any year.
import { describe, expect, it } from 'vitest';
import { addWorkingDays, easterSunday, holidays, isWorkingDay } from './werkdagen.ts';

describe('Dutch working days', () => {
  it('computes Easter for any year', () => {
    expect(['2024', '2025', '2026', '2027', '2038', '2285'].map((y) => easterSunday(Number(y)))).toEqual([
      '2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2038-04-25', '2285-03-22',
    ]);
  });

  it('knows the holidays of the Algemene termijnenwet, the Easter-based ones included', () => {
    expect([...holidays(2026).entries()]).toEqual([
      ['2026-01-01', 'Nieuwjaarsdag'], ['2026-04-06', 'Tweede Paasdag'], ['2026-04-27', 'Koningsdag'], ['2026-05-05', 'Bevrijdingsdag'],
      ['2026-05-14', 'Hemelvaartsdag'], ['2026-05-25', 'Tweede Pinksterdag'], ['2026-12-25', 'Eerste Kerstdag'], ['2026-12-26', 'Tweede Kerstdag'],
    ]);
    expect(holidays(2025).get('2025-04-26')).toBe('Koningsdag'); // the 27th was a Sunday
    expect(isWorkingDay('2026-04-03')).toBe(true); // Goede Vrijdag is not in the law …
    expect(isWorkingDay('2026-04-03', { goedeVrijdag: true })).toBe(false); // … unless chosen
  });

  it('counts 5 working days from a report on the Thursday before Easter, before King’s Day and before Christmas', () => {
    // Thu 2 April 2026: Fri 3 (1), Mon 6 is Tweede Paasdag, Tue 7 (2), Wed 8 (3), Thu 9 (4), Fri 10 (5).
    expect(addWorkingDays('2026-04-02', 5)).toBe('2026-04-10');
    expect(addWorkingDays('2026-04-02', 5, { goedeVrijdag: true })).toBe('2026-04-13');
    // Fri 24 April 2026: Mon 27 is Koningsdag → Tue 28, Wed 29, Thu 30, Fri 1 May, Mon 4 May.
    expect(addWorkingDays('2026-04-24', 5)).toBe('2026-05-04');
    // Thu 24 December 2026: 25 and 26 are Christmas (26 a Saturday) → Mon 28 … Fri 1 Jan is Nieuwjaarsdag → Mon 4 Jan.
    expect(addWorkingDays('2026-12-24', 5)).toBe('2027-01-04');
    // Across Ascension and Whit Monday 2027 (6 May and 17 May).
    expect(addWorkingDays('2027-05-05', 1)).toBe('2027-05-07');
    expect(addWorkingDays('2027-05-14', 1)).toBe('2027-05-18');
  });
});
