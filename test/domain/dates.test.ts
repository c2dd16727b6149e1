// Dates as support agents type them: every accepted form, the messages for impossible dates, the
// two-digit-year century rule, the birth-date limits, and the month arithmetic behind HMS card renewal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  ageText,
  isoFrom,
  isRealDate,
  parseBirthDate,
  parseDate,
} from '../../src/domain/dates.js';

const TODAY = '2026-11-25';

function accepted(result: ReturnType<typeof parseDate>): string {
  if (!result.ok) throw new Error(`expected a date, got: ${result.error}`);
  return result.value;
}

function rejected(result: ReturnType<typeof parseDate>): string {
  if (result.ok) throw new Error(`expected an error, got ${result.value}`);
  return result.error;
}

/** Any real calendar date in years 1–9999, as ISO text. */
const realDate = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A "today" in the years support will run this tool. */
const thisCenturyDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const [dd, mm, yyyy] = [
  (iso: string) => iso.slice(8, 10),
  (iso: string) => iso.slice(5, 7),
  (iso: string) => iso.slice(0, 4),
];

describe('parseDate', () => {
  it.each([
    ['14.03.1985'],
    ['14/3/85'],
    ['140385'],
    ['14031985'],
    ['1985-03-14'],
    ['14-03-1985'],
    ['14.3.1985'],
    ['  14.03.1985  '],
  ])('reads %j as 1985-03-14', (input) => {
    expect(accepted(parseDate(input, TODAY))).toBe('1985-03-14');
  });

  it('pads single-digit days and months', () => {
    expect(accepted(parseDate('4.3.1985', TODAY))).toBe('1985-03-04');
    expect(accepted(parseDate('1985-3-4', TODAY))).toBe('1985-03-04');
  });

  it.each([
    ['31.02.1990', "'31.02.1990': 1990-02-31 is not a real date (day 31 does not exist in that month)"],
    ['29.02.2023', "'29.02.2023': 2023-02-29 is not a real date (day 29 does not exist in that month)"],
    ['29.02.1900', "'29.02.1900': 1900-02-29 is not a real date (day 29 does not exist in that month)"],
    ['31.04.2020', "'31.04.2020': 2020-04-31 is not a real date (day 31 does not exist in that month)"],
    ['00.03.1990', "'00.03.1990': 1990-03-00 is not a real date (day 0 does not exist in that month)"],
    ['14.13.1990', "'14.13.1990': month 13 does not exist"],
    ['1990-00-10', "'1990-00-10': month 0 does not exist"],
    ['131390', "'131390': month 13 does not exist"],
  ])('refuses the impossible date %j, saying why', (input, message) => {
    expect(rejected(parseDate(input, TODAY))).toBe(message);
  });

  it('accepts leap days in leap years, including the 400-year rule', () => {
    expect(accepted(parseDate('29.02.2024', TODAY))).toBe('2024-02-29');
    expect(accepted(parseDate('29.02.2000', TODAY))).toBe('2000-02-29');
    expect(accepted(parseDate('0000-02-29', TODAY))).toBe('0000-02-29');
  });

  it.each(['yesterday', '14.03', '1403851', '14.03.985', '14 03 1985', '1985/03/14', ''])(
    'names the accepted forms when %j is not a date at all',
    (input) => {
      expect(rejected(parseDate(input, TODAY))).toBe(
        `'${input}' is not a date: write dd.mm.yyyy, dd/mm/yy, ddmmyy, ddmmyyyy, yyyy-mm-dd, 7. juni 1964 or June 7, 1964`,
      );
    },
  );

  it.each(['15108695077', '151086-95077', '15.10.86 95077'])(
    'does not read back %j, written like a national ID (mistyped or not), when it is not a date',
    (input) => {
      const error = rejected(parseDate(input, TODAY));
      expect(error).toContain("'151086 *****' is not a date");
      expect(error).not.toContain('95077');
    },
  );

  describe('dates with the month written as a word (bokmål, nynorsk, English; any case; short forms)', () => {
    it.each([
      ['7. juni 1964', '1964-06-07'],
      ['7 juni 1964', '1964-06-07'],
      ['07.Juni.1964', '1964-06-07'],
      ['7.juni 1964', '1964-06-07'],
      ['7 JUNI 1964', '1964-06-07'],
      ['7 June 1964', '1964-06-07'],
      ['7th of June 1964', '1964-06-07'],
      ['7th June, 1964', '1964-06-07'],
      ['June 7, 1964', '1964-06-07'],
      ['june 7th 1964', '1964-06-07'],
      ['Jun. 7, 1964', '1964-06-07'],
      ['7-jun-64', '1964-06-07'],
      ['1964 juni 7', '1964-06-07'],
      ['22. Okt 1958', '1958-10-22'],
      ['22 oct. 58', '1958-10-22'],
      ['3. feb. 2001', '2001-02-03'],
      ['3 febr 2001', '2001-02-03'],
      ['3 sept 1999', '1999-09-03'],
      ['3 Sept. 1999', '1999-09-03'],
      ['1st of May 1990', '1990-05-01'],
      ['1. mai 1990', '1990-05-01'],
      ['31 Desember 1969', '1969-12-31'],
      ['31. des. 69', '1969-12-31'],
      ['2nd Dec 2003', '2003-12-02'],
      ['23rd March 1948', '1948-03-23'],
      ['14  mars   1985', '1985-03-14'],
    ])('reads %j as %s', (input, iso) => {
      expect(accepted(parseDate(input, TODAY))).toBe(iso);
    });

    it('reads a two-digit year by the same century rule as 14.03.26', () => {
      expect(accepted(parseDate('25. november 26', TODAY))).toBe('2026-11-25');
      expect(accepted(parseDate('26. november 26', TODAY))).toBe('1926-11-26');
    });

    it('checks the calendar as for numbers', () => {
      expect(rejected(parseDate('30. februar 1990', TODAY))).toBe(
        "'30. februar 1990': 1990-02-30 is not a real date (day 30 does not exist in that month)",
      );
    });

    it.each(['7. juno 1964', 'juni 1964', '7. juni', 'sju juni 1964', '7 marsj 1964', 'the 7th'])(
      'refuses %j, which has no day, no year or no month it knows',
      (input) => {
        expect(rejected(parseDate(input, TODAY))).toContain('is not a date');
      },
    );

    it('gives a birth date the same limits as a number would', () => {
      expect(accepted(parseBirthDate('4th of July 1976', TODAY))).toBe('1976-07-04');
      expect(rejected(parseBirthDate('1. januar 2030', TODAY))).toBe(
        rejected(parseBirthDate('01.01.2030', TODAY)),
      );
    });
  });

  describe('two-digit years take the latest century that does not put the date in the future', () => {
    it.each([
      ['14.03.85', '1985-03-14'],
      ['14.03.26', '2026-03-14'],
      ['25.11.26', '2026-11-25'], // today is not the future
      ['26.11.26', '1926-11-26'], // tomorrow would be
      ['010100', '2000-01-01'],
      ['311299', '1999-12-31'],
      ['01.01.27', '1927-01-01'],
    ])('%s → %s (today %s)', (input, iso) => {
      expect(accepted(parseDate(input, TODAY))).toBe(iso);
    });

    it('moves with today: in 2000, 99 means 1999 and 00 means 2000', () => {
      expect(accepted(parseDate('31.12.99', '2000-06-01'))).toBe('1999-12-31');
      expect(accepted(parseDate('01.01.00', '2000-06-01'))).toBe('2000-01-01');
    });

    it('checks the calendar in the century it chose', () => {
      // 29.02.27: 2027 is in the future, and 1927 was no leap year.
      expect(rejected(parseDate('29.02.27', TODAY))).toContain('1927-02-29 is not a real date');
    });

    it('never gives a date after today or 100 years or more before it (property)', () => {
      fc.assert(
        fc.property(realDate, thisCenturyDate, (date, today) => {
          fc.pre(date.slice(5) !== '02-29'); // a leap day may exist in one century only
          const result = accepted(parseDate(`${dd(date)}${mm(date)}${yyyy(date).slice(2)}`, today));
          expect(result <= today).toBe(true);
          expect(result > addMonths(today, -1200)).toBe(true);
          expect(result.slice(2)).toBe(date.slice(2));
        }),
        { examples: [['2024-02-29', '2026-11-25']] },
      );
    });
  });

  it('round-trips every real date written as yyyy-mm-dd and as dd.mm.yyyy (property)', () => {
    fc.assert(
      fc.property(realDate, (iso) => {
        expect(accepted(parseDate(iso, TODAY))).toBe(iso);
        expect(accepted(parseDate(`${dd(iso)}.${mm(iso)}.${yyyy(iso)}`, TODAY))).toBe(iso);
        expect(accepted(parseDate(`${dd(iso)}${mm(iso)}${yyyy(iso)}`, TODAY))).toBe(iso);
      }),
    );
  });

  it('never accepts a date that is not on the calendar (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const result = parseDate(isoFrom(year, month, day), TODAY);
          const real = new Date(`${isoFrom(year, month, day)}T00:00:00Z`);
          const exists = !Number.isNaN(real.getTime()) && real.getUTCDate() === day;
          expect(result.ok).toBe(exists);
          expect(isRealDate(year, month, day)).toBe(exists);
        },
      ),
    );
  });
});

describe('parseBirthDate', () => {
  it('accepts the Norwegian forms of a plausible birth date', () => {
    expect(accepted(parseBirthDate('14.03.1985', TODAY))).toBe('1985-03-14');
    expect(accepted(parseBirthDate('140385', TODAY))).toBe('1985-03-14');
  });

  it('passes on the message of a date that does not exist', () => {
    expect(rejected(parseBirthDate('31.02.1990', TODAY))).toContain('1990-02-31 is not a real date');
  });

  it('refuses a birth date in the future, but accepts one born today', () => {
    expect(rejected(parseBirthDate('2026-11-26', TODAY))).toBe('birth date 2026-11-26 is in the future');
    expect(accepted(parseBirthDate('25.11.2026', TODAY))).toBe('2026-11-25');
  });

  it('reads a two-digit year later this year as last century (a 99-year-old, not an unborn child)', () => {
    expect(accepted(parseBirthDate('01.12.26', TODAY))).toBe('1926-12-01');
  });

  it('refuses a birth date more than 120 years ago, to the day', () => {
    expect(accepted(parseBirthDate('1906-11-25', TODAY))).toBe('1906-11-25');
    expect(rejected(parseBirthDate('1906-11-24', TODAY))).toBe(
      'birth date 1906-11-24 is more than 120 years ago',
    );
    expect(rejected(parseBirthDate('1906-06-01', TODAY))).toBe(
      'birth date 1906-06-01 is more than 120 years ago',
    );
  });
});

describe('ageText', () => {
  it.each([
    ['2024-11-25', '2026-11-25', '2 years'],
    ['2025-11-25', '2026-11-24', '11 months'],
    ['2025-10-25', '2026-11-25', '1 year 1 month'],
    ['2023-09-30', '2026-11-25', '3 years 1 month'],
    ['2026-11-25', '2026-11-25', '0 months'],
    ['2026-10-25', '2026-11-25', '1 month'],
    ['2024-01-31', '2024-02-29', '0 months'],
    ['2027-01-01', '2026-11-25', '0 months'], // a date after "to" never gives a negative age
  ])('from %s to %s is %j', (from, to, text) => {
    expect(ageText(from, to)).toBe(text);
  });

  it('counts exactly n months from a date to the same day n months later (property)', () => {
    fc.assert(
      fc.property(realDate, fc.integer({ min: 0, max: 1200 }), (from, n) => {
        fc.pre(Number(dd(from)) <= 28 && Number(yyyy(from)) < 9000);
        const years = Math.floor(n / 12);
        const months = n % 12;
        const expected = [
          ...(years > 0 ? [`${years} year${years === 1 ? '' : 's'}`] : []),
          ...(months > 0 || years === 0 ? [`${months} month${months === 1 ? '' : 's'}`] : []),
        ].join(' ');
        expect(ageText(from, addMonths(from, n))).toBe(expected);
      }),
    );
  });
});

describe('addMonths', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 24, '2026-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-08-31', 1, '2025-09-30'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-11-25', -1440, '1906-11-25'],
    ['0004-01-31', 1, '0004-02-29'],
  ])('%s + %i months = %s', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });

  it('lands on a real date in the right month, on the same day or the month end (property)', () => {
    fc.assert(
      fc.property(realDate, fc.integer({ min: -600, max: 600 }), (from, n) => {
        fc.pre(Number(yyyy(from)) > 60 && Number(yyyy(from)) < 9940);
        const to = addMonths(from, n);
        const [y, m, d] = to.split('-').map(Number) as [number, number, number];
        expect(isRealDate(y, m, d)).toBe(true);
        const monthIndex = (iso: string) => Number(yyyy(iso)) * 12 + Number(mm(iso)) - 1;
        expect(monthIndex(to) - monthIndex(from)).toBe(n);
        if (d !== Number(dd(from))) {
          expect(d).toBeLessThan(Number(dd(from)));
          expect(isRealDate(y, m, d + 1)).toBe(false);
        }
      }),
    );
  });
});
