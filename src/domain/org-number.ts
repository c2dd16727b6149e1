// Validation and display of Norwegian organisation numbers, including the MVA (VAT) form,
// following /work/shared/reference/norwegian-ids.md §2.

import { maskNationalIdsIn } from './national-id.js';
import type { ParseResult } from './parse-result.js';

/** An organisation number as typed, safe to quote in a message (a national ID typed instead is masked). */
export function orgNumberShown(text: string): string {
  return maskNationalIdsIn(text.trim()).slice(0, 40);
}

const WEIGHTS: readonly number[] = [3, 2, 7, 6, 5, 4, 3, 2];

/**
 * The mod-11 check digit for the first eight digits, or null when it would be 10 (Brreg never issues
 * such numbers). Throws on anything but exactly eight digits, since that is a caller bug.
 */
export function orgNumberCheckDigit(eight: string): number | null {
  if (!/^\d{8}$/.test(eight)) throw new RangeError('orgNumberCheckDigit needs exactly 8 digits');
  const sum = Array.from(eight).reduce((acc, c, i) => acc + Number(c) * (WEIGHTS[i] ?? 0), 0);
  const remainder = sum % 11;
  if (remainder === 1) return null;
  return remainder === 0 ? 0 : 11 - remainder;
}

/**
 * Accepts `988077917`, `988 077 917`, `988-077-917`, `988.077.917`, `0192:988077917` and the MVA forms `NO988077917MVA` / `NO 988 077 917 MVA`
 * (prefix and suffix are optional and case-insensitive). Returns the nine digits. A valid number
 * proves neither that the unit exists nor that it is VAT-registered; only the register knows that.
 */
export function parseOrgNumber(input: string): ParseResult<string> {
  // Separators as people write them (988-077-917, 988.077.917) and the Peppol participant form
  // 0192:988077917 (0192 is the ISO 6523 code for Norwegian organisation numbers).
  let compact = input.replace(/[\s.-]/g, '').toUpperCase();
  if (compact.startsWith('0192:')) compact = compact.slice(5);
  const country = /^([A-Z]{2})(?=\d)/.exec(compact)?.[1];
  if (country !== undefined && country !== 'NO') {
    return {
      ok: false,
      error: `${country} is not a Norwegian prefix; a Norwegian MVA number looks like NO 123 456 785 MVA`,
    };
  }
  if (country === 'NO') compact = compact.slice(2);
  if (compact.endsWith('MVA')) compact = compact.slice(0, -3);

  if (!/^\d*$/.test(compact)) {
    return { ok: false, error: 'must contain only digits, optionally written as NO 123 456 785 MVA' };
  }
  if (compact.length === 11)
    return {
      ok: false,
      error: 'has 11 digits: that looks like a national ID, not an organisation number (9 digits)',
    };
  if (compact.length !== 9) return { ok: false, error: `must be 9 digits, got ${compact.length}` };

  const expected = orgNumberCheckDigit(compact.slice(0, 8));
  if (expected === null) {
    return {
      ok: false,
      error: `no valid check digit exists for ${compact.slice(0, 8)} (these numbers are never issued)`,
    };
  }
  const actual = Number(compact[8]);
  if (actual !== expected) return { ok: false, error: `check digit ${actual} should be ${expected}` };
  return { ok: true, value: compact };
}

/** `988077917` → `988 077 917`; anything that is not nine digits is returned unchanged. */
export function formatOrgNumber(value: string): string {
  if (!/^\d{9}$/.test(value)) return value;
  return `${value.slice(0, 3)} ${value.slice(3, 6)} ${value.slice(6)}`;
}

/**
 * Every organisation number seen in practice starts with 8 or 9, but no official rule says so (Brreg's
 * own example starts with 1), so this is a warning for the user to double-check, never a rejection.
 */
export function orgNumberWarning(value: string): string | null {
  const first = value[0];
  if (first === undefined || first === '8' || first === '9') return null;
  return `organisation numbers normally start with 8 or 9; check that ${formatOrgNumber(value)} is correct`;
}
