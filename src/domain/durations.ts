// The one duration syntax of every option that takes a span (`audit --since 7d`, `reports hms --within
// 60d`, `reports expiring --within 6mo`): a whole number and a unit. A bare `m` is refused, because it
// meant minutes in one command and months in another; `mo` is months and `min` minutes everywhere.
import { addMonths, isoFrom } from './dates.js';
import { text as coded } from './messages/index.js';
import { type ParseResult, refused } from './parse-result.js';

export type DurationUnit = 'min' | 'h' | 'd' | 'w' | 'mo' | 'y';

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

/** Units that move a calendar date (reports): a span of hours means nothing to a due date. */
export const CALENDAR_UNITS: readonly DurationUnit[] = ['d', 'w', 'mo', 'y'];
export const ALL_UNITS: readonly DurationUnit[] = ['min', 'h', 'd', 'w', 'mo', 'y'];

/** The short forms, as help, README and shell completion show them. */
export const DURATION_SYNTAX = 'a number and d, w, mo, y (h, min where times count): 90d, 6mo';

// English and Norwegian words, so `6 months` or `6 mnd` from a ticket can be pasted as written.
const UNIT_WORDS: Readonly<Record<string, DurationUnit>> = {
  min: 'min',
  mins: 'min',
  minute: 'min',
  minutes: 'min',
  minutt: 'min',
  minutter: 'min',
  h: 'h',
  hour: 'h',
  hours: 'h',
  t: 'h',
  time: 'h',
  timer: 'h',
  d: 'd',
  day: 'd',
  days: 'd',
  dag: 'd',
  dager: 'd',
  w: 'w',
  week: 'w',
  weeks: 'w',
  u: 'w',
  uke: 'w',
  uker: 'w',
  mo: 'mo',
  mon: 'mo',
  month: 'mo',
  months: 'mo',
  mnd: 'mo',
  måned: 'mo',
  måneder: 'mo',
  y: 'y',
  yr: 'y',
  year: 'y',
  years: 'y',
  år: 'y',
};

const UNIT_DAYS: Readonly<Record<DurationUnit, number>> = {
  min: 1 / 1440,
  h: 1 / 24,
  d: 1,
  w: 7,
  mo: 31,
  y: 366,
};

export interface DurationRules {
  /** Units this option accepts (default: all). */
  units?: readonly DurationUnit[];
  /** `0d` is allowed (e.g. "overdue only"). */
  allowZero?: boolean;
  /** The longest span accepted, in days. */
  maxDays?: number;
}

/** `90d`, `12w`, `6mo`, `1y`, `12h`, `30min` (or `90 days`, `6 mnd`); a bare number is days. */
export function parseDuration(input: string, rules: DurationRules = {}): ParseResult<Duration> {
  const text = input.trim();
  const units = rules.units ?? ALL_UNITS;
  const match = /^(\d{1,5})\s*([a-zåæø]*)$/.exec(text.toLowerCase());
  if (match && match[2] === 'm') {
    return refused(
      coded('duration.ambiguous-m', { value: text, amount: match[1] ?? '', minutes: units.includes('min') }),
    );
  }
  const unit = match ? (match[2] === '' ? 'd' : UNIT_WORDS[match[2] as string]) : undefined;
  if (!match || !unit) {
    return refused(coded('duration.not-a-period', { value: text, minutes: units.includes('min') }));
  }
  if (!units.includes(unit)) {
    return refused(coded('duration.unit-not-here', { value: text, unit, minutes: units.includes('min') }));
  }
  const amount = Number(match[1]);
  if (amount === 0 && !rules.allowZero) {
    return refused(coded('duration.zero', { value: text }));
  }
  if (rules.maxDays !== undefined && amount * UNIT_DAYS[unit] > rules.maxDays) {
    return refused(coded('duration.too-long', { value: text, maxDays: rules.maxDays }));
  }
  return { ok: true, value: { amount, unit } };
}

export function durationText(d: Duration): string {
  const word = { min: 'minute', h: 'hour', d: 'day', w: 'week', mo: 'month', y: 'year' }[d.unit];
  return `${d.amount} ${word}${d.amount === 1 ? '' : 's'}`;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoFrom(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * The calendar day a span after (or, with sign -1, before) `from`; months and years keep the day of the
 * month where it exists (30 November + 3 months is 28 February). Hours and minutes do not move a day.
 */
export function shiftDay(from: string, d: Duration, sign: 1 | -1 = 1): string {
  switch (d.unit) {
    case 'd':
      return addDays(from, sign * d.amount);
    case 'w':
      return addDays(from, sign * 7 * d.amount);
    case 'mo':
      return addMonths(from, sign * d.amount);
    case 'y':
      return addMonths(from, sign * 12 * d.amount);
    default:
      return from;
  }
}

/** The instant a span before `now`: hours and minutes exactly, days and longer by the calendar (UTC). */
export function instantBefore(now: Date, d: Duration): Date {
  if (d.unit === 'min') return new Date(now.getTime() - d.amount * 60_000);
  if (d.unit === 'h') return new Date(now.getTime() - d.amount * 3_600_000);
  const day = now.toISOString().slice(0, 10);
  const shifted = shiftDay(day, d, -1);
  return new Date(`${shifted}${now.toISOString().slice(10)}`);
}
