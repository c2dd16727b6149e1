// Oslo local time across the daylight-saving changes (last Sunday of March and of October).
import { describe, expect, it } from 'vitest';
import {
  addOsloDays,
  intlParts,
  isInstantText,
  mapInstants,
  osloDate,
  osloDateTime,
  osloIso,
  osloIsoDate,
  osloLongDate,
} from '../../src/domain/local-time.js';

describe('Oslo local time', () => {
  it('shows a winter course at 08:00 in Oslo, not the UTC hour', () => {
    expect(osloDateTime('2027-01-11T07:00:00.000Z', 'nb')).toBe('11.01.2027 08:00');
    expect(osloDateTime('2027-01-11T07:00:00.000Z', 'en')).toBe('11 Jan 2027 08:00');
    expect(osloIso('2027-01-11T07:00:00.000Z')).toBe('2027-01-11T08:00:00+01:00');
  });

  it('a summer time is two hours ahead of UTC', () => {
    expect(osloDateTime('2027-06-15T06:30:00Z', 'nb')).toBe('15.06.2027 08:30');
    expect(osloIso('2027-06-15T06:30:00Z')).toBe('2027-06-15T08:30:00+02:00');
  });

  it('springs forward on the last Sunday of March (28 March 2027, 02:00 → 03:00)', () => {
    expect(osloIso('2027-03-28T00:59:59Z')).toBe('2027-03-28T01:59:59+01:00');
    expect(osloIso('2027-03-28T01:00:00Z')).toBe('2027-03-28T03:00:00+02:00');
    expect(osloDateTime('2027-03-28T01:00:00Z', 'nb')).toBe('28.03.2027 03:00');
    // The Saturday before is still winter time; the Monday after is summer time.
    expect(osloDateTime('2027-03-27T07:00:00Z', 'en')).toBe('27 Mar 2027 08:00');
    expect(osloDateTime('2027-03-29T07:00:00Z', 'en')).toBe('29 Mar 2027 09:00');
  });

  it('falls back on the last Sunday of October (31 October 2027, 03:00 → 02:00)', () => {
    expect(osloIso('2027-10-31T00:30:00Z')).toBe('2027-10-31T02:30:00+02:00');
    expect(osloIso('2027-10-31T01:30:00Z')).toBe('2027-10-31T02:30:00+01:00');
    expect(osloDateTime('2027-10-30T06:00:00Z', 'nb')).toBe('30.10.2027 08:00');
    expect(osloDateTime('2027-11-01T06:00:00Z', 'nb')).toBe('01.11.2027 07:00');
    expect(osloDateTime('2026-10-25T01:00:00Z', 'nb')).toBe('25.10.2026 02:00');
  });

  it('takes the Oslo calendar day, not the UTC one, near midnight', () => {
    expect(osloIsoDate('2027-01-10T23:30:00Z')).toBe('2027-01-11');
    expect(osloDate('2027-07-31T22:30:00Z', 'nb')).toBe('01.08.2027');
  });

  it('rewrites instants inside records and leaves dates and other text alone', () => {
    const rows = [
      { at: '2027-01-11T07:00:00.000Z', birth_date: '1986-10-15', note: 'x 2027-01-11T07:00:00Z' },
    ];
    expect(mapInstants(rows, osloIso)).toEqual([
      { at: '2027-01-11T08:00:00+01:00', birth_date: '1986-10-15', note: 'x 2027-01-11T07:00:00Z' },
    ]);
    expect(isInstantText('2027-13-45T99:00:00Z')).toBe(false);
  });
});

describe('addOsloDays', () => {
  it('keeps the Oslo wall-clock time across the change to summer time and back', () => {
    // 20 Mar 2027 08:00 in Oslo (winter, +01:00) moved 14 days is 3 Apr 2027 08:00 (summer, +02:00).
    expect(addOsloDays('2027-03-20T07:00:00.000Z', 14).toISOString()).toBe('2027-04-03T06:00:00.000Z');
    // And back over the October change.
    expect(addOsloDays('2027-10-20T06:00:00.000Z', 14).toISOString()).toBe('2027-11-03T07:00:00.000Z');
    // Within one season it is plain days.
    expect(addOsloDays('2027-01-11T07:00:00.000Z', 6).toISOString()).toBe('2027-01-17T07:00:00.000Z');
    expect(addOsloDays('2027-01-11T07:00:00.000Z', -6).toISOString()).toBe('2027-01-05T07:00:00.000Z');
  });
});

describe('calendar days and the long form of replies', () => {
  it('shows a bare yyyy-mm-dd as that day, in every language, without a time zone shift', () => {
    expect(osloDate('1986-10-15', 'nb')).toBe('15.10.1986');
    expect(osloDate('1986-10-15', 'nn')).toBe('15.10.1986');
    expect(osloDate('1986-10-15', 'en')).toBe('15 Oct 1986');
  });

  // The long form's languages and seasons are in test/replies/catalogue.test.ts, beside the replies.
  it('takes an instant to its Oslo day in the long date form', () => {
    // An instant late in the UTC evening is already the next Oslo day.
    expect(osloLongDate('2026-12-31T23:30:00Z', 'en')).toBe('1 January 2027');
  });
});

describe('the summer-time rule written out for 1996–2099 agrees with Intl', () => {
  // The reference: Intl's own time-zone data (the module's path for instants outside the rule), as osloIso prints.
  const intlIso = (t: number): string => {
    const p = intlParts(new Date(t));
    return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${p.offset}`;
  };
  const check = (t: number, wrong: string[]) => {
    const ours = osloIso(new Date(t));
    if (ours !== intlIso(t)) wrong.push(`${new Date(t).toISOString()}: ${ours} ≠ ${intlIso(t)}`);
  };
  const HOUR = 3_600_000;

  it('every 31 h 13 min 17 s from 1995 to 2101, both ends of the rule included', () => {
    const wrong: string[] = [];
    for (let t = Date.UTC(1995, 0, 1); t < Date.UTC(2101, 0, 1); t += 31 * HOUR + 13 * 60_000 + 17_000)
      check(t, wrong);
    for (const edge of [Date.UTC(1996, 0, 1), Date.UTC(2100, 0, 1)])
      for (let t = edge - 2 * HOUR; t <= edge + 2 * HOUR; t += 60_000) check(t, wrong);
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('around every change to summer time and back, 1996–2099', () => {
    const wrong: string[] = [];
    for (let year = 1996; year < 2100; year++) {
      for (const month of [2, 9]) {
        // Around 01:00 UTC of every Sunday in the last week of the month: the change and the days near it.
        for (let day = 22; day <= 31; day++) {
          const at = Date.UTC(year, month, day, 1);
          for (let t = at - 2 * HOUR; t <= at + 2 * HOUR; t += 15 * 60_000) check(t, wrong);
          check(at - 1000, wrong);
          check(at + 60_000, wrong);
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('falls back to Intl outside the span (1980 had summer time until the end of September)', () => {
    expect(osloIso('1980-09-28T00:30:00Z')).toBe('1980-09-28T02:30:00+02:00');
    expect(osloIso('1980-09-28T01:30:00Z')).toBe('1980-09-28T02:30:00+01:00');
    expect(osloIso(new Date(Date.UTC(1995, 9, 1, 12)))).toBe(intlIso(Date.UTC(1995, 9, 1, 12)));
  });
});
