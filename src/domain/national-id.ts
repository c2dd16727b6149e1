// Validation and birth-date hints for Norwegian 11-digit person identifiers (fnr, D, H, FH, synthetic),
// following /work/shared/reference/norwegian-ids.md §1. Pure: the caller always passes "today".

import { type Text, text } from './messages/index.js';
import { type ParseResult, refused } from './parse-result.js';

export type { ParseResult } from './parse-result.js';

export type NationalIdKind = 'fnr' | 'd-number' | 'h-number' | 'fh-number' | 'synthetic';

export interface NationalId {
  /** The 11 digits, normalised. Personal data: show it through maskNationalId, keep it out of logs. */
  readonly value: string;
  /** 'synthetic' wins over 'd-number'; a D + H number is 'h-number' with dNumber = true. */
  readonly kind: NationalIdKind;
  readonly dNumber: boolean;
  readonly synthetic: boolean;
  /** '1964' when the first check digit fits the old rule (valid under both), '2032' when only the new one fits. */
  readonly rule: '1964' | '2032';
  /**
   * Only a hint (the registry field is authoritative, and a D-number's date may be its registration date).
   * null for FH numbers and when several centuries remain possible.
   */
  readonly birthDate: string | null;
  /** ISO dates still possible after the century rules, the calendar and the "not in the future" filter. */
  readonly birthDateCandidates: string[];
  /**
   * True when the digits only yield a date after `today`. The fact sheet lists such numbers as valid
   * (Skatteetaten's born-2032 example), so a future date is reported rather than rejected.
   */
  readonly birthDateInFuture: boolean;
}

export interface ParseNationalIdOptions {
  /** Accept Skatteetaten/Tenor (+80 month) and NHN (+65 month) test numbers; only for test databases. */
  allowSynthetic: boolean;
  /** Accept health-sector H-numbers (+40 month, which NAV's Dolly test identities share) and FH numbers. */
  allowHNumber?: boolean;
  /** ISO yyyy-mm-dd; birth dates after this day are not plausible. */
  today: string;
}

const K1_WEIGHTS: readonly number[] = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
const K2_WEIGHTS: readonly number[] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/** The 2032 rule accepts these remainders of (S1 + K1) mod 11; the 1964 rule only the first. */
const ACCEPTED_K1_REMAINDERS: readonly number[] = [0, 1, 2, 3];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function normalise(input: string): string {
  return input.replace(/[\s.-]/g, '');
}

function digitsOf(value: string): number[] {
  return Array.from(value, (c) => c.charCodeAt(0) - 48);
}

/** Sums the digits against the leading weights; a shorter digit list simply uses fewer weights. */
function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  return digits.reduce((sum, digit, i) => sum + digit * (weights[i] ?? 0), 0);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => pad(i, 2));
const THREE_DIGITS: readonly string[] = Array.from({ length: 1000 }, (_, i) => pad(i, 3));

function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function norwegianDate(year: number, month: number, day: number): string {
  return `${pad(day, 2)}.${pad(month, 2)}.${pad(year, 4)}`;
}

function parseIsoDate(iso: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

/**
 * The 1964-rule check digits for nine leading digits, or null when that prefix can never be issued
 * (a check digit would be 10). Throws on anything but exactly nine digits, since that is a caller bug.
 */
export function computeNationalIdCheckDigits(nineDigits: string): string | null {
  if (!/^\d{9}$/.test(nineDigits)) {
    throw new RangeError('computeNationalIdCheckDigits needs exactly 9 digits');
  }
  const check = checkDigitsOfNine(Number(nineDigits));
  return check < 0 ? null : (TWO_DIGITS[check] as string);
}

/**
 * The same check digits for nine leading digits given as one whole number (0–999999999), as
 * k1 * 10 + k2, or -1 when a check digit would be 10. Arithmetic on the number itself, because the
 * fixture generator makes millions of synthetic numbers and digit strings were most of its cost.
 */
function checkDigitsOfNine(nine: number): number {
  let s1 = 0;
  let s2 = 0;
  // Nine digits fit in 32 bits; integer division keeps V8 off its slow floating-point remainder.
  let rest = nine | 0;
  for (let i = 8; i >= 0; i--) {
    const quotient = (rest / 10) | 0;
    const digit = rest - quotient * 10;
    rest = quotient;
    s1 += digit * (K1_WEIGHTS[i] as number);
    s2 += digit * (K2_WEIGHTS[i] as number);
  }
  const k1 = (11 - (s1 % 11)) % 11;
  if (k1 === 10) return -1;
  // K2 also weighs K1 itself, at position 10.
  const k2 = (11 - ((s2 + k1 * (K2_WEIGHTS[9] as number)) % 11)) % 11;
  if (k2 === 10) return -1;
  return k1 * 10 + k2;
}

type CheckDigitOutcome = { ok: true; rule: '1964' | '2032' } | { ok: false; error: string; text: Text };

function checkDigits(value: string): CheckDigitOutcome {
  const digits = digitsOf(value);
  const s1 = weightedSum(digits.slice(0, 9), K1_WEIGHTS) % 11;
  const k1 = digits[9] ?? 0;
  const k2 = digits[10] ?? 0;
  const remainder = (s1 + k1) % 11;

  if (!ACCEPTED_K1_REMAINDERS.includes(remainder)) {
    // A remainder whose K1 would be 10 has no digit, so it drops out of the list of accepted values.
    const valueFor = (r: number): number => (r - s1 + 11) % 11;
    const oldRule = valueFor(0);
    const newRule = ACCEPTED_K1_REMAINDERS.slice(1)
      .map(valueFor)
      .filter((k) => k !== 10)
      .map(String);
    return refused(
      oldRule === 10
        ? text('national-id.first-check-digit-2032', { under2032: newRule, actual: k1 })
        : text('national-id.first-check-digit', { expected: oldRule, under2032: newRule, actual: k1 }),
    );
  }

  // K2 is strict under both rules and is computed from the K1 actually present.
  const expectedK2 = (11 - (weightedSum(digits.slice(0, 10), K2_WEIGHTS) % 11)) % 11;
  if (expectedK2 === 10) {
    return refused(text('national-id.second-check-digit-impossible'));
  }
  if (expectedK2 !== k2) {
    return refused(text('national-id.second-check-digit', { expected: expectedK2, actual: k2 }));
  }
  return { ok: true, rule: remainder === 0 ? '1964' : '2032' };
}

/**
 * Which check-digit rule an 11-digit string satisfies ('1964' also satisfies 2032), or null when it
 * satisfies neither or is not 11 digits. Looks at the check digits only, not at dates or kinds.
 */
export function nationalIdCheckDigitRule(value: string): '1964' | '2032' | null {
  if (!/^\d{11}$/.test(value)) return null;
  const outcome = checkDigits(value);
  return outcome.ok ? outcome.rule : null;
}

interface DatedStructure {
  readonly fh: false;
  readonly kind: Exclude<NationalIdKind, 'fh-number'>;
  readonly dNumber: boolean;
  readonly synthetic: boolean;
  readonly day: number;
  readonly month: number;
  readonly yy: number;
  readonly individual: number;
}

type Structure = DatedStructure | { readonly fh: true };

/** Month offsets from §1.4: H/Dolly +40, NHN synthetic +65, Skatteetaten synthetic +80. */
function monthMarking(mm: number): { month: number; h: boolean; synthetic: boolean } | null {
  if (mm >= 1 && mm <= 12) return { month: mm, h: false, synthetic: false };
  if (mm >= 41 && mm <= 52) return { month: mm - 40, h: true, synthetic: false };
  if (mm >= 66 && mm <= 77) return { month: mm - 65, h: false, synthetic: true };
  if (mm >= 81 && mm <= 92) return { month: mm - 80, h: false, synthetic: true };
  return null;
}

function decodeStructure(value: string): ParseResult<Structure> {
  const first = Number(value[0]);
  if (first >= 8) return { ok: true, value: { fh: true } };

  const dNumber = first >= 4;
  const dd = Number(value.slice(0, 2));
  const day = dNumber ? dd - 40 : dd;
  const marking = monthMarking(Number(value.slice(2, 4)));
  if (!marking) return refused(text('national-id.bad-month', { month: value.slice(2, 4) }));
  if (day < 1 || day > 31) {
    return refused(
      dNumber
        ? text('national-id.bad-d-number-day', { day: value.slice(0, 2), realDay: pad(day, 2) })
        : text('national-id.bad-day', { day: value.slice(0, 2) }),
    );
  }
  const kind = marking.synthetic ? 'synthetic' : marking.h ? 'h-number' : dNumber ? 'd-number' : 'fnr';
  return {
    ok: true,
    value: {
      fh: false,
      kind,
      dNumber,
      synthetic: marking.synthetic,
      day,
      month: marking.month,
      yy: Number(value.slice(4, 6)),
      individual: Number(value.slice(6, 9)),
    },
  };
}

/** Birth years allowed by the classic individual-number table (§1.5); at most one, as its rows do not overlap. */
function classicYears(yy: number, individual: number): number[] {
  const years: number[] = [];
  if (individual >= 500 && individual <= 749 && yy >= 54) years.push(1800 + yy);
  if (individual <= 499 || (individual >= 900 && yy >= 40)) years.push(1900 + yy);
  if (individual >= 500 && yy <= 39) years.push(2000 + yy);
  return years;
}

/** Birth years allowed by the D-number table in use since November 2021 (§1.5). */
function dTable2021Years(yy: number, individual: number): number[] {
  const years: number[] = [];
  if (individual >= 500 && individual <= 599 && yy >= 58) years.push(1800 + yy);
  if ((individual <= 199 && yy <= 39) || (yy >= 40 && (individual <= 499 || individual >= 600))) {
    years.push(1900 + yy);
  }
  if (individual >= 200 && yy <= 39) years.push(2000 + yy);
  return years;
}

/** D-numbers get both tables, because older D-numbers were issued under the classic one. */
function candidateYears(yy: number, individual: number, dNumber: boolean): number[] {
  const years = new Set(classicYears(yy, individual));
  if (dNumber) for (const year of dTable2021Years(yy, individual)) years.add(year);
  return [...years].sort((a, b) => a - b);
}

type DateOutcome =
  | { ok: true; candidates: string[]; inFuture: boolean }
  | { ok: false; error: string; text: Text };

/**
 * A number whose first check digit needs the 2032 rule was issued from 2032, when the individual number
 * stopped telling the century (Skatteetaten counts down from 999 for people of every age). So neither
 * table is asked (its 1854–1899 row would add a birth in the 1800s to individual numbers 500–749, and
 * nobody born then gets a new number in 2032): the 1900s and the 2000s stay possible, and the birth
 * date decides: the future filter, or the date the agent gives.
 */
function centuriesFromBirthDate(yy: number): number[] {
  return [1900 + yy, 2000 + yy];
}

function birthDates(structure: DatedStructure, today: string, rule: '1964' | '2032'): DateOutcome {
  const { day, month, yy, individual, dNumber } = structure;
  const years = rule === '2032' ? centuriesFromBirthDate(yy) : candidateYears(yy, individual, dNumber);
  if (years.length === 0) {
    return refused(text('national-id.unknown-century', { individual: pad(individual, 3), year: pad(yy, 2) }));
  }
  const real = years.filter((year) => isRealDate(year, month, day));
  if (real.length === 0) {
    return refused(
      text('national-id.no-real-date', { dates: years.map((year) => norwegianDate(year, month, day)) }),
    );
  }
  const isoDates = real.map((year) => isoDate(year, month, day));
  // ISO strings compare chronologically. The future filter only narrows the hint: the sheet lists
  // numbers whose only date is still ahead (born 2032) as valid, so it never rejects on its own.
  const notFuture = isoDates.filter((date) => date <= today);
  return notFuture.length > 0
    ? { ok: true, candidates: notFuture, inFuture: false }
    : { ok: true, candidates: isoDates, inFuture: true };
}

/**
 * Validates a person identifier typed by a user. Spaces, '.' and '-' are ignored. Error messages are
 * one user-facing line and never repeat the whole number (it is personal data).
 * Throws only when options.today is not an ISO date, which is a caller bug.
 */
export function parseNationalId(input: string, options: ParseNationalIdOptions): ParseResult<NationalId> {
  const today = options.today;
  if (!parseIsoDate(today))
    throw new RangeError(`options.today must be an ISO date (yyyy-mm-dd), got "${today}"`);

  const value = normalise(input);
  if (!/^\d*$/.test(value)) {
    return refused(text('national-id.not-digits'));
  }
  if (value.length !== 11) return refused(text('national-id.length', { length: value.length }));

  const structure = decodeStructure(value);
  if (!structure.ok) return structure;

  const check = checkDigits(value);
  if (!check.ok) return check;

  const allowH = options.allowHNumber ?? false;
  const decoded = structure.value;
  if (decoded.fh) {
    if (!allowH) return refused(text('national-id.fh-number'));
    return {
      ok: true,
      value: {
        value,
        kind: 'fh-number',
        dNumber: false,
        synthetic: false,
        rule: check.rule,
        birthDate: null,
        birthDateCandidates: [],
        birthDateInFuture: false,
      },
    };
  }
  if (decoded.synthetic && !options.allowSynthetic) {
    return refused(text('national-id.synthetic'));
  }
  if (decoded.kind === 'h-number' && !allowH) {
    return refused(text('national-id.h-number'));
  }

  const dates = birthDates(decoded, today, check.rule);
  if (!dates.ok) return dates;
  return {
    ok: true,
    value: {
      value,
      kind: decoded.kind,
      dNumber: decoded.dNumber,
      synthetic: decoded.synthetic,
      rule: check.rule,
      birthDate: dates.candidates.length === 1 ? (dates.candidates[0] ?? null) : null,
      birthDateCandidates: dates.candidates,
      birthDateInFuture: dates.inFuture,
    },
  };
}

/**
 * `DDMMYY *****`, the display form the sheet recommends. Input that is not 11 digits after normalising
 * becomes `****** *****`, because a malformed value may still be someone's number with a typo.
 */
export function maskNationalId(value: string): string {
  const digits = normalise(value);
  return /^\d{11}$/.test(digits) ? `${digits.slice(0, 6)} *****` : '****** *****';
}

/** A blank or a dash or dot, with blanks around it, between the date and the individual number. */
const GAP = String.raw`[ \t\u00a0]{0,2}[.\-\u2013]?[ \t\u00a0]{0,2}`;

/**
 * Eleven digits written as people write a national ID: in one run (`15108695088`), the date and the
 * rest apart (`151086-95088`, `151086 950 88`), or the date itself written as one
 * (`15.10.86-95088`, `15 10 86 95088`, `15/10/86 95088`). No digit, '+' (a phone's country code),
 * or digit and '.' or ',' (a decimal) just before; no digit, or '.' or ',' and a digit, just after:
 * the run is then part of a longer number (a KID, an account, an amount), whose 11-digit windows are
 * not read.
 */
const WRITTEN_LIKE_NATIONAL_ID = new RegExp(
  String.raw`(?<![\d+]|\d[.,])(?:(\d{6})|(\d\d)([ .\/\-])(\d\d)\3(\d\d))${GAP}(\d{3})[ \t\u00a0.\-]?(\d\d)(?!\d|[.,]\d)`,
  'g',
);

/** One stretch of a text written like a national ID; `digits` are its eleven digits. */
export interface WrittenNationalId {
  readonly index: number;
  readonly written: string;
  readonly digits: string;
  /** The date part is written as a date, with separators (`15.10.86-95088`), not as six digits. */
  readonly dateWritten: boolean;
}

/**
 * Digits people type other than ASCII: full-width (an East Asian input method) and Arabic-Indic and
 * Persian ones. Each is one UTF-16 unit whose code point ends in its value, so folding them to ASCII
 * keeps every index of the text.
 */
const OTHER_DIGIT = /[\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9]/;
const OTHER_DIGITS = new RegExp(OTHER_DIGIT.source, 'g');

/** The text with other digits written as ASCII ones, index for index (the same text when it has none). */
function asciiDigits(text: string): string {
  if (!OTHER_DIGIT.test(text)) return text;
  return text.replace(OTHER_DIGITS, (c) => String.fromCharCode(48 + (c.charCodeAt(0) & 0xf)));
}

/**
 * Every stretch of the text written like a national ID (see WRITTEN_LIKE_NATIONAL_ID), valid or not,
 * in ASCII digits or in full-width or Arabic-Indic ones (`digits` are then ASCII, `written` as typed).
 */
export function writtenNationalIdsIn(text: string): WrittenNationalId[] {
  const found: WrittenNationalId[] = [];
  for (const m of asciiDigits(text).matchAll(WRITTEN_LIKE_NATIONAL_ID)) {
    const date = m[1] ?? `${m[2]}${m[4]}${m[5]}`;
    found.push({
      index: m.index,
      written: text.slice(m.index, m.index + m[0].length),
      digits: `${date}${m[6]}${m[7]}`,
      dateWritten: m[1] === undefined,
    });
  }
  return found;
}

/**
 * Whether eleven digits may be a person's number: the check digits hold (the 1964 rule, or the 2032
 * rule's wider first digit) and the first four digits are a day and a month some scheme uses (fnr,
 * D, H, FH, synthetic). The century table and the calendar are not asked: a number that fails only
 * them (29.02.1901) is still masked, since whoever typed it may have one digit wrong.
 */
export function mayBeNationalId(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  return decodeStructure(digits).ok && checkDigits(digits).ok;
}

/**
 * A text with each national ID in it masked (`DDMMYY *****`), in every written form
 * (writtenNationalIdsIn). Only numbers that may be a person's are masked (mayBeNationalId): an 11-digit
 * KID, invoice or account number whose check digits fail stays as it is, since the agent needs it,
 * and so do phone numbers, organisation numbers, dates and times. Digits of a longer run are not read
 * as one: where a value was meant as a national ID (a selector, an ID column), its caller hides it
 * whole instead (maskNationalId).
 */
export function maskNationalIdsIn(text: string): string {
  return maskSlips(maskWrittenIds(text, mayBeNationalId));
}

/**
 * Twelve digits on their own (no digit, '+', or decimal next to them): in one run, or written as a
 * national ID is (the date apart, or written as a date) with one digit too many at the end
 * (`151086-950881`, `15.10.86 950 881`).
 */
const TWELVE_DIGITS = new RegExp(
  String.raw`(?<![\d+]|\d[.,])(?:\d{12}|(?:\d{6}|\d\d([ .\/\-])\d\d\1\d\d)${GAP}\d{3}[ \t\u00a0.\-]?\d{3})(?!\d|[.,]\d)`,
  'g',
);

/**
 * A national ID typed with one digit too many (`151086950881`): twelve digits whose first or last
 * eleven may be a person's number are hidden whole, as a slip of one. Any other twelve-digit number
 * (a KID, an account) stays.
 */
function maskSlips(text: string): string {
  let shown = '';
  let kept = 0;
  for (const m of asciiDigits(text).matchAll(TWELVE_DIGITS)) {
    const run = m[0].replace(/\D/g, '');
    if (run.length !== 12) continue;
    const inside = [run.slice(0, 11), run.slice(1)].filter(
      (digits) => mayBeNationalId(digits) && !isSyntheticNationalId(digits),
    );
    if (inside.length === 0) continue;
    shown += `${text.slice(kept, m.index)}****** *****`;
    kept = m.index + m[0].length;
  }
  return kept === 0 ? text : shown + text.slice(kept);
}

/** Whether a text holds, in any written form, a number that may be a person's (synthetic test numbers are nobody's). */
export function holdsNationalId(text: string): boolean {
  return writtenNationalIdsIn(text).some(
    (id) => mayBeNationalId(id.digits) && !isSyntheticNationalId(id.digits),
  );
}

/**
 * Free text that is kept or written to a file (a reason, a note, a rejected cell): every stretch written
 * like a national ID is masked, whether its check digits hold or not. A typo is still someone's number,
 * and such a text is no place for a KID the agent needs to read back.
 */
export function maskNationalIdShapesIn(text: string): string {
  return maskSlips(maskWrittenIds(text, () => true));
}

/**
 * A value typed where one number was meant (an organisation number), safe to quote: ten to twelve
 * digits, spaces, dots and dashes aside, are a national ID with a digit too few, too many or none wrong,
 * hidden whole whether its check digits hold or not; any other value is masked as free text is
 * (maskNationalIdShapesIn). Free text itself keeps ten digits and other twelve (a phone, a KID).
 */
export function maskTypedNumber(value: string): string {
  const typed = value.trim();
  if (/^\d{10,12}$/.test(asciiDigits(typed).replace(/[\s.-]/g, ''))) return '****** *****';
  return maskNationalIdShapesIn(typed);
}

/** The text with each written national ID that `masked` picks shown as `DDMMYY *****`; synthetic ones stay. */
function maskWrittenIds(text: string, masked: (digits: string) => boolean): string {
  let shown = '';
  let kept = 0;
  for (const id of writtenNationalIdsIn(text)) {
    // A synthetic test number (month + 80 or + 65) is nobody's, and messages quote one as an example.
    if (!masked(id.digits) || isSyntheticNationalId(id.digits)) continue;
    shown += text.slice(kept, id.index) + maskNationalId(id.digits);
    kept = id.index + id.written.length;
  }
  return kept === 0 ? text : shown + text.slice(kept);
}

/**
 * True when the digits carry a synthetic month marking (+80 Skatteetaten/Tenor, +65 NHN), which no real
 * person's number can have. It checks the marking only, not the check digits.
 */
export function isSyntheticNationalId(value: string): boolean {
  const digits = normalise(value);
  if (!/^\d{11}$/.test(digits) || Number(digits[0]) >= 8) return false;
  return monthMarking(Number(digits.slice(2, 4)))?.synthetic ?? false;
}

/**
 * The synthetic fnr for a birth year, the date's six digits as one number (day, month + 80, two-digit
 * year: ddmmyy) and an individual number (an integer 0–999 the caller vouches for), or null when the
 * classic century table never uses that individual number in that year or a check digit would be 10.
 * Split from syntheticNationalId so that a caller making millions of numbers handles no date text.
 */
export function syntheticNationalIdOf(year: number, dateDigits: number, individual: number): string | null {
  if (!classicTableAllows(year, individual)) return null;
  const check = checkDigitsOfNine(dateDigits * 1000 + individual);
  if (check < 0) return null;
  const dd = (dateDigits / 10_000) | 0;
  const mm = ((dateDigits / 100) | 0) - dd * 100;
  return (
    (TWO_DIGITS[dd] as string) +
    (TWO_DIGITS[mm] as string) +
    (TWO_DIGITS[year % 100] as string) +
    (THREE_DIGITS[individual] as string) +
    (TWO_DIGITS[check] as string)
  );
}

/** Whether the classic individual-number table (§1.5) gives this individual number to this birth year. */
function classicTableAllows(year: number, individual: number): boolean {
  const yy = year % 100;
  switch (year - yy) {
    case 1800:
      return individual >= 500 && individual <= 749 && yy >= 54;
    case 1900:
      return individual <= 499 || (individual >= 900 && yy >= 40);
    case 2000:
      return individual >= 500 && yy <= 39;
    default:
      return false;
  }
}

/**
 * A Skatteetaten-style synthetic fnr (month + 80, 1964 rule) for fixtures. Returns null when no such
 * number exists: the individual number is never used for that birth year under the classic century
 * table, or a check digit would be 10. Throws on a malformed date or individual number (caller bugs).
 */
export function syntheticNationalId(birthDate: string, individual: number): string | null {
  const date = parseIsoDate(birthDate);
  if (!date) throw new RangeError(`birthDate must be a real ISO date (yyyy-mm-dd), got "${birthDate}"`);
  if (!Number.isInteger(individual) || individual < 0 || individual > 999) {
    throw new RangeError(`individual must be an integer 0-999, got ${individual}`);
  }
  const dateDigits = (date.day * 100 + date.month + 80) * 100 + (date.year % 100);
  return syntheticNationalIdOf(date.year, dateDigits, individual);
}
