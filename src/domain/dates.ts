// Calendar dates as Norwegians write them (14.03.1985, 14/3/85, 140385, 1985-03-14), parsed into
// ISO yyyy-mm-dd. "Today" is always passed in: the domain never reads the clock.
import type { ParseResult } from './parse-result.js';

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

export function isoFrom(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Two-digit years: the latest century that does not put the date in the future. */
function fullYear(yy: number, today: string): number {
  const thisYear = Number(today.slice(0, 4));
  const candidate = Math.floor(thisYear / 100) * 100 + yy;
  return candidate > thisYear ? candidate - 100 : candidate;
}

const FORMS = 'dd.mm.yyyy, dd/mm/yy, ddmmyy, ddmmyyyy or yyyy-mm-dd';

type DateParts = [year: number, month: number, day: number];

/** The accepted forms, tried in order; each maps its match to year, month, day. */
const DATE_FORMS: readonly [RegExp, (m: RegExpExecArray, today: string) => DateParts][] = [
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  [
    /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/,
    (m, today) => [
      m[3]!.length === 2 ? fullYear(Number(m[3]), today) : Number(m[3]),
      Number(m[2]),
      Number(m[1]),
    ],
  ],
  [/^(\d{2})(\d{2})(\d{2})$/, (m, today) => [fullYear(Number(m[3]), today), Number(m[2]), Number(m[1])]],
  [/^(\d{2})(\d{2})(\d{4})$/, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
];

/** Parses any date form; checks it is a real calendar date. */
export function parseDate(input: string, today: string): ParseResult<string> {
  const text = input.trim();
  let parts: DateParts | undefined;
  for (const [pattern, toParts] of DATE_FORMS) {
    const m = pattern.exec(text);
    if (m) {
      parts = toParts(m, today);
      break;
    }
  }
  if (!parts) return { ok: false, error: `'${text}' is not a date: write ${FORMS}` };
  const [year, month, day] = parts;
  if (month < 1 || month > 12) return { ok: false, error: `'${text}': month ${month} does not exist` };
  if (!isRealDate(year, month, day)) {
    return {
      ok: false,
      error: `'${text}': ${isoFrom(year, month, day)} is not a real date (day ${day} does not exist in that month)`,
    };
  }
  return { ok: true, value: isoFrom(year, month, day) };
}

/** A birth date: a real date, not in the future, and not more than 120 years ago. */
export function parseBirthDate(input: string, today: string): ParseResult<string> {
  const date = parseDate(input, today);
  if (!date.ok) return date;
  if (date.value > today) return { ok: false, error: `birth date ${date.value} is in the future` };
  if (Number(today.slice(0, 4)) - Number(date.value.slice(0, 4)) > 120) {
    return { ok: false, error: `birth date ${date.value} is more than 120 years ago` };
  }
  return date;
}

/** Whole years and months from one ISO date to another, e.g. "1 year 3 months". */
export function ageText(from: string, to: string): string {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  let months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  if (months < 0) months = 0;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts: string[] = [];
  if (years > 0) parts.push(`${years} year${years === 1 ? '' : 's'}`);
  if (rest > 0 || years === 0) parts.push(`${rest} month${rest === 1 ? '' : 's'}`);
  return parts.join(' ');
}

/** The same day N months later (clamped to the month's last day). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoFrom(year, month, Math.min(d, last));
}
