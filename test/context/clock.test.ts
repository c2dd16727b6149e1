// "Today" is the desk's day in Oslo: in the hour after Oslo's midnight UTC still says yesterday.
import { describe, expect, it } from 'vitest';
import { fixedClock, isoDate } from '../../src/context/clock.js';

describe('isoDate', () => {
  it('gives the Oslo day, which is a day ahead of UTC just after Oslo midnight', () => {
    expect(isoDate(fixedClock('2026-12-06T23:30:00Z').now())).toBe('2026-12-07'); // winter, UTC+1
    expect(isoDate(fixedClock('2026-12-06T22:59:59Z').now())).toBe('2026-12-06');
    expect(isoDate(fixedClock('2027-06-30T22:10:00Z').now())).toBe('2027-07-01'); // summer, UTC+2
    expect(isoDate(fixedClock('2027-06-30T21:59:00Z').now())).toBe('2027-06-30');
  });
  it('is the same day as UTC in the middle of the day', () => {
    expect(isoDate(new Date('2027-03-28T12:00:00Z'))).toBe('2027-03-28');
  });
});
