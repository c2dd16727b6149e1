// Tests for organisation-number parsing: the fact sheet's §2.3 vectors plus mod-11 properties.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatOrgNumber,
  orgNumberCheckDigit,
  orgNumberWarning,
  parseOrgNumber,
} from '../../src/domain/org-number.js';

function accept(input: string): string {
  const result = parseOrgNumber(input);
  if (!result.ok) throw new Error(`expected ${input} to be accepted, got: ${result.error}`);
  return result.value;
}

function reject(input: string): string {
  const result = parseOrgNumber(input);
  if (result.ok) throw new Error(`expected ${input} to be rejected, got ${result.value}`);
  return result.error;
}

// The sheet's validation form, independent of the module: weights 3 2 7 6 5 4 3 2 1 sum to a multiple of 11.
const sheetAccepts = (n: string): boolean =>
  [3, 2, 7, 6, 5, 4, 3, 2, 1].reduce((sum, w, i) => sum + w * Number(n[i]), 0) % 11 === 0;

const digitStringArb = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((ds) => ds.join(''));

const validOrgArb = digitStringArb(8)
  .map((eight) => {
    const check = orgNumberCheckDigit(eight);
    return check === null ? null : eight + check;
  })
  .filter((n): n is string => n !== null);

describe('§2.3 vectors', () => {
  it.each([
    ['988077917', '988077917'],
    ['988 077 917', '988077917'],
    ['995525828', '995525828'],
    ['NO 995 525 828 MVA', '995525828'],
    ['NO995525828MVA', '995525828'],
    ['no995525828mva', '995525828'],
    ['981566378', '981566378'],
    ['123456785', '123456785'],
    ['974760673', '974760673'],
    ['991825827', '991825827'],
  ])('%s is valid and parses to %s', (input, digits) => {
    expect(accept(input)).toBe(digits);
  });

  it.each([
    ['988077918', 'check digit 8 should be 7'],
    ['995525829', 'check digit 9 should be 8'],
    ['NO995525829MVA', 'check digit 9 should be 8'],
    ['123456789', 'check digit 9 should be 5'],
    ['111222333', 'check digit 3 should be 9'],
    ['NO111222333MVA', 'check digit 3 should be 9'],
    ['912345678', 'no valid check digit exists for 91234567 (these numbers are never issued)'],
    ['SE995525828MVA', 'SE is not a Norwegian prefix; a Norwegian MVA number looks like NO 123 456 785 MVA'],
  ])('%s is rejected: %s', (input, message) => {
    expect(reject(input)).toBe(message);
  });

  it('98807791 + ? gives check digit 7 (Brreg worked example 12345678 gives 5)', () => {
    expect(orgNumberCheckDigit('98807791')).toBe(7);
    expect(orgNumberCheckDigit('12345678')).toBe(5);
    expect(orgNumberCheckDigit('91234567')).toBeNull();
  });

  it('rejects wrong lengths and stray characters with a clear message', () => {
    expect(reject('98807791')).toBe('must be 9 digits, got 8');
    expect(reject('NO 9880 779 170 MVA')).toBe('must be 9 digits, got 10');
    // Dashes and dots are separators now (issue 16); other characters still are not.
    expect(reject('988_077_917')).toBe('must contain only digits, optionally written as NO 123 456 785 MVA');
    expect(reject('988077917VAT')).toBe('must contain only digits, optionally written as NO 123 456 785 MVA');
    expect(reject('')).toBe('must be 9 digits, got 0');
  });

  it('orgNumberCheckDigit throws on a wrong length', () => {
    expect(() => orgNumberCheckDigit('1234567')).toThrow(RangeError);
  });
});

describe('formatting and warnings', () => {
  it('formatOrgNumber groups in threes', () => {
    expect(formatOrgNumber('988077917')).toBe('988 077 917');
    expect(formatOrgNumber('98807791')).toBe('98807791');
  });

  it('orgNumberWarning only warns when the first digit is not 8 or 9', () => {
    expect(orgNumberWarning('988077917')).toBeNull();
    expect(orgNumberWarning('810034882')).toBeNull();
    expect(orgNumberWarning('123456785')).toBe(
      'organisation numbers normally start with 8 or 9; check that 123 456 785 is correct',
    );
  });
});

describe('properties', () => {
  it('the module agrees with the sheet on arbitrary 9-digit strings', () => {
    fc.assert(
      fc.property(digitStringArb(9), (n) => {
        expect(parseOrgNumber(n).ok).toBe(sheetAccepts(n));
      }),
      { numRuns: 2000 },
    );
  });

  it('every generated number parses in plain, grouped and MVA form', () => {
    fc.assert(
      fc.property(validOrgArb, (n) => {
        expect(accept(n)).toBe(n);
        expect(accept(formatOrgNumber(n))).toBe(n);
        expect(accept(`NO ${formatOrgNumber(n)} MVA`)).toBe(n);
        expect(accept(`NO${n}MVA`)).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  // Every weight (3 2 7 6 5 4 3 2 1) is non-zero mod 11 and a digit moves by 1-9, so the sum always
  // leaves the multiple of 11.
  it('every single-digit change of a valid number is rejected', () => {
    fc.assert(
      fc.property(
        validOrgArb,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (n, pos, delta) => {
          const digits = [...n];
          digits[pos] = String((Number(digits[pos]) + delta) % 10);
          expect(parseOrgNumber(digits.join('')).ok).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
