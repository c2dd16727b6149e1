// Validation and display of Norwegian organisation numbers, including the MVA (VAT) form,
// following /work/shared/reference/norwegian-ids.md §2.

import { type Text, text } from './messages/index.js';
import { maskTypedNumber } from './national-id.js';
import { type ParseResult, refused } from './parse-result.js';

/**
 * An organisation number as typed, safe to quote in a message: a national ID typed instead is masked,
 * valid or mistyped, and so is a slip of one (ten or twelve digits); nine digits never look like one.
 */
export function orgNumberShown(text: string): string {
  return maskTypedNumber(text).slice(0, 40);
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
    return refused(text('org-number.foreign-prefix', { country }));
  }
  if (country === 'NO') compact = compact.slice(2);
  if (compact.endsWith('MVA')) compact = compact.slice(0, -3);

  if (!/^\d*$/.test(compact)) {
    return refused(text('org-number.not-digits'));
  }
  if (compact.length === 11) return refused(text('org-number.looks-like-national-id'));
  if (compact.length !== 9) return refused(text('org-number.length', { length: compact.length }));

  const expected = orgNumberCheckDigit(compact.slice(0, 8));
  if (expected === null) {
    return refused(text('org-number.never-issued', { prefix: compact.slice(0, 8) }));
  }
  const actual = Number(compact[8]);
  if (actual !== expected) return refused(text('org-number.check-digit', { actual, expected }));
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
  const notice = orgNumberNotice(value);
  return notice === null ? null : String(notice);
}

/** The same warning, coded, for the agent's language. */
export function orgNumberNotice(value: string): Text | null {
  const first = value[0];
  if (first === undefined || first === '8' || first === '9') return null;
  return text('org-number.unusual-first-digit', { shown: formatOrgNumber(value) });
}
