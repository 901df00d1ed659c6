// The Dutch date formats people read, in Amsterdam time whatever the server's zone.
import { describe, expect, it } from 'vitest';
import { dutchDate, dutchDateTime } from './dates.ts';

describe('Dutch dates', () => {
  it('writes a calendar date with the month in words, on that very day', () => {
    expect(dutchDate('2015-02-03')).toBe('3 februari 2015');
    expect(dutchDate('2026-12-31')).toBe('31 december 2026');
  });

  it('counts a moment on its day in Amsterdam, with the time in 24 hours', () => {
    expect(dutchDate(new Date('2015-02-03T23:30:00Z'))).toBe('4 februari 2015'); // 00:30 in winter time
    expect(dutchDateTime('2015-02-03T13:05:00Z')).toBe('3 februari 2015, 14:05');
    expect(dutchDateTime(new Date('2026-06-30T22:05:00Z'))).toBe('1 juli 2026, 00:05'); // summer time
  });
});
