// Rules for completed courses: when a time-limited qualification expires, whether it is still valid on
// a given day, and the parsers for what instructors write in a result list (result, score, course code).
import { addMonths, parseDate } from './dates.js';
import { text as coded } from './messages/index.js';
import { type ParseResult, refused } from './parse-result.js';

export type QualificationStatus = 'valid' | 'expired' | 'failed';

/** A pass of a course with a validity period expires that many months after the completion date. */
export function expiryFor(
  completedOn: string,
  passed: boolean,
  validityMonths: number | null,
): string | null {
  if (!passed || validityMonths === null || validityMonths <= 0) return null;
  return addMonths(completedOn, validityMonths);
}

/** The qualification lasts through its expiry date and has lapsed the day after. */
export function qualificationStatus(
  passed: boolean,
  expiresOn: string | null,
  today: string,
): QualificationStatus {
  if (!passed) return 'failed';
  return expiresOn !== null && expiresOn < today ? 'expired' : 'valid';
}

const PASSED = new Set([
  'passed',
  'pass',
  'p',
  'yes',
  'y',
  'ja',
  'j',
  '1',
  'true',
  'bestått',
  'bestatt',
  'b',
  'godkjent',
]);
const FAILED = new Set([
  'failed',
  'fail',
  'f',
  'no',
  'n',
  'nei',
  '0',
  'false',
  'ikke bestått',
  'ikke bestatt',
  'ib',
  'strøket',
  'stryk',
  'underkjent',
]);

/** A result as instructors write it, in English or Norwegian. */
export function parseResult(input: string): ParseResult<boolean> {
  const value = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (PASSED.has(value)) return { ok: true, value: true };
  if (FAILED.has(value)) return { ok: true, value: false };
  if (value === '') return refused(coded('result.empty'));
  return refused(coded('result.unreadable', { value: input.trim() }));
}

/** A score in percent: a whole number from 0 to 100. */
export function parseScore(input: string): ParseResult<number> {
  const value = input.trim().replace(/\s*%$/, '');
  if (!/^\d{1,3}$/.test(value) || Number(value) > 100) {
    return refused(coded('score.unreadable', { value: input.trim() }));
  }
  return { ok: true, value: Number(value) };
}

/** Course codes are written in capitals (SIK-101); case and surrounding space do not matter. */
export function parseCourseCode(input: string): ParseResult<string> {
  const value = input.trim().toUpperCase();
  if (value === '') return refused(coded('course-code.empty'));
  if (!/^[A-Z0-9ÆØÅ][A-Z0-9ÆØÅ._/-]{0,39}$/.test(value)) {
    return refused(coded('course-code.unreadable', { value: input.trim() }));
  }
  return { ok: true, value };
}

/** A completion date: any date form, not in the future. */
export function parseCompletionDate(input: string, today: string): ParseResult<string> {
  const date = parseDate(input, today);
  if (!date.ok) return date;
  if (date.value > today) return refused(coded('completion-date.future', { date: date.value }));
  if (date.value < '1970-01-01') return refused(coded('completion-date.before-1970', { date: date.value }));
  return date;
}

/** A unit id as typed: a positive whole number. */
export function parseUnitId(input: string): ParseResult<number> {
  const value = input.trim();
  if (!/^\d{1,10}$/.test(value) || Number(value) < 1) {
    return refused(coded('unit-id.unreadable', { value }));
  }
  return { ok: true, value: Number(value) };
}
