// The one duration syntax: every unit, the refused bare `m`, zero and maximum rules, and calendar shifts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSince } from '../../src/commands/audit/index.js';
import { CALENDAR_UNITS, instantBefore, parseDuration, shiftDay } from '../../src/domain/durations.js';

describe('parseDuration', () => {
  it.each([
    ['90d', 90, 'd'],
    ['12w', 12, 'w'],
    ['6mo', 6, 'mo'],
    ['6 months', 6, 'mo'],
    ['6 mnd', 6, 'mo'],
    ['1y', 1, 'y'],
    ['2 år', 2, 'y'],
    ['12h', 12, 'h'],
    ['30min', 30, 'min'],
    ['30', 30, 'd'],
    ['7D', 7, 'd'],
  ])('reads %j', (text, amount, unit) => {
    expect(parseDuration(text)).toEqual({ ok: true, value: { amount, unit } });
  });

  it('refuses a bare m and says both readings', () => {
    const result = parseDuration('2m');
    expect(result).toMatchObject({
      ok: false,
      error: "'2m' is ambiguous: write 2mo for months or 2min for minutes",
    });
    expect(result.ok ? undefined : result.text?.in('nb')).toBe(
      '«2m» kan bety to ting: skriv 2mo for måneder eller 2min for minutter',
    );
    const calendar = parseDuration('2m', { units: CALENDAR_UNITS });
    expect(calendar).toMatchObject({
      ok: false,
      error: "'2m' is ambiguous: write 2mo for months",
    });
    expect(calendar.ok ? undefined : calendar.text?.code).toBe('duration.ambiguous-m');
  });

  it('refuses hours where only calendar units make sense, and zero unless allowed', () => {
    expect(parseDuration('12h', { units: CALENDAR_UNITS }).ok).toBe(false);
    expect(parseDuration('0d').ok).toBe(false);
    expect(parseDuration('0d', { allowZero: true }).ok).toBe(true);
    expect(parseDuration('9999d', { maxDays: 5 * 366 }).ok).toBe(false);
  });

  it.each(['', 'soon', '-5d', '1.5mo', '90x', 'd'])('refuses %j', (text) => {
    expect(parseDuration(text).ok).toBe(false);
  });

  it('reads back every amount and unit it is given', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99999 }),
        fc.constantFrom('min', 'h', 'd', 'w', 'mo', 'y'),
        (n, u) => {
          expect(parseDuration(`${n}${u}`)).toEqual({ ok: true, value: { amount: n, unit: u } });
        },
      ),
    );
  });
});

describe('shifting by a duration', () => {
  it('keeps calendar months and the end of February', () => {
    expect(shiftDay('2026-11-30', { amount: 3, unit: 'mo' })).toBe('2027-02-28');
    expect(shiftDay('2024-02-29', { amount: 1, unit: 'y' })).toBe('2025-02-28');
    expect(shiftDay('2026-11-25', { amount: 2, unit: 'w' }, -1)).toBe('2026-11-11');
  });

  it('goes back exactly for hours and minutes', () => {
    const now = new Date('2026-12-06T06:00:00.000Z');
    expect(instantBefore(now, { amount: 30, unit: 'min' }).toISOString()).toBe('2026-12-06T05:30:00.000Z');
    expect(instantBefore(now, { amount: 1, unit: 'mo' }).toISOString()).toBe('2026-11-06T06:00:00.000Z');
  });
});

describe('audit --since', () => {
  const now = new Date('2026-12-06T06:00:00.000Z');
  it('takes a span, a date, and refuses a bare m', () => {
    expect(parseSince('2h', now)).toBe('2026-12-06T04:00:00.000Z');
    expect(parseSince('2026-11-01', now)).toBe('2026-11-01T00:00:00.000Z');
    expect(parseSince('011126', now)).toBe('2026-11-01T00:00:00.000Z');
    expect(() => parseSince('2m', now)).toThrow(/ambiguous: write 2mo for months or 2min for minutes/);
  });
});
