// Calendar dates as Norwegians write them (14.03.1985, 14/3/85, 140385, 1985-03-14), parsed into
// ISO yyyy-mm-dd. "Today" is always passed in: the domain never reads the clock.
import { text as message, type Text } from './messages/index.js';
import { MONTH_NAME, monthNumber } from './month-names.js';
import { maskNationalIdShapesIn } from './national-id.js';
import { type ParseResult, refused } from './parse-result.js';

// Computed, not via Date.UTC, which reads years 0–99 as 1900–1999 (and so calls 0000-02-29 unreal).
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function isoFrom(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Two-digit years: the latest century that does not put the date in the future. */
function fullYear(yy: number, month: number, day: number, today: string): number {
  const candidate = Math.floor(Number(today.slice(0, 4)) / 100) * 100 + yy;
  return isoFrom(candidate, month, day) > today ? candidate - 100 : candidate;
}

type DateParts = [year: number, month: number, day: number];

/** A year of two or four digits; two digits are read by fullYear. */
function yearOf(text: string, month: number, day: number, today: string): number {
  return text.length === 2 ? fullYear(Number(text), month, day, today) : Number(text);
}

/** The day first: "5. mars 1977", "5 mars 77", "05.Mars.1977", "5th of March 1977", "5 sept. 1977". */
const DAY_MONTH_NAME_YEAR = new RegExp(
  `^(\\d{1,2})(?:\\.|st|nd|rd|th)?[\\s-]*(?:of\\s+)?(${MONTH_NAME})\\.?[\\s,.-]*(\\d{4}|\\d{2})$`,
  'i',
);
/** The month first, as English writes it: "March 5, 1977", "Mar. 5th 1977". */
const MONTH_NAME_DAY_YEAR = new RegExp(
  `^(${MONTH_NAME})\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?[\\s,.]+(\\d{4}|\\d{2})$`,
  'i',
);
/** The year first: "1977 mars 5", "1977-Mar-05". */
const YEAR_MONTH_NAME_DAY = new RegExp(
  `^(\\d{4})[\\s-]*(${MONTH_NAME})\\.?[\\s-]*(\\d{1,2})(?:st|nd|rd|th|\\.)?$`,
  'i',
);

/** The accepted forms, tried in order; each maps its match to year, month, day. */
const DATE_FORMS: readonly [RegExp, (m: RegExpExecArray, today: string) => DateParts][] = [
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  [
    /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/,
    (m, today) => [
      m[3]!.length === 2 ? fullYear(Number(m[3]), Number(m[2]), Number(m[1]), today) : Number(m[3]),
      Number(m[2]),
      Number(m[1]),
    ],
  ],
  [
    /^(\d{2})(\d{2})(\d{2})$/,
    (m, today) => [fullYear(Number(m[3]), Number(m[2]), Number(m[1]), today), Number(m[2]), Number(m[1])],
  ],
  [/^(\d{2})(\d{2})(\d{4})$/, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
  [
    DAY_MONTH_NAME_YEAR,
    (m, today) => {
      const month = monthNumber(m[2]!)!;
      return [yearOf(m[3]!, month, Number(m[1]), today), month, Number(m[1])];
    },
  ],
  [
    MONTH_NAME_DAY_YEAR,
    (m, today) => {
      const month = monthNumber(m[1]!)!;
      return [yearOf(m[3]!, month, Number(m[2]), today), month, Number(m[2])];
    },
  ],
  [YEAR_MONTH_NAME_DAY, (m) => [Number(m[1]), monthNumber(m[2]!)!, Number(m[3])]],
];

/** Parses any date form; checks it is a real calendar date. */
export function parseDate(input: string, today: string): ParseResult<string> {
  const text = input.trim().replace(/\s+/g, ' ');
  let parts: DateParts | undefined;
  for (const [pattern, toParts] of DATE_FORMS) {
    const m = pattern.exec(text);
    if (m) {
      parts = toParts(m, today);
      break;
    }
  }
  // The agent's own words read back: a national ID typed where a date belonged is hidden, valid or mistyped.
  if (!parts) return refused(message('date.unreadable', { value: maskNationalIdShapesIn(text) }));
  const [year, month, day] = parts;
  if (month < 1 || month > 12) return refused(message('date.no-such-month', { value: text, month }));
  if (!isRealDate(year, month, day)) {
    return refused(message('date.no-such-day', { value: text, date: isoFrom(year, month, day), day }));
  }
  return { ok: true, value: isoFrom(year, month, day) };
}

/** A birth date: a real date, not in the future, and not more than 120 years ago. */
export function parseBirthDate(input: string, today: string): ParseResult<string> {
  const date = parseDate(input, today);
  if (!date.ok) return date;
  if (date.value > today) return refused(message('birth-date.in-future', { date: date.value }));
  if (date.value < addMonths(today, -120 * 12)) {
    return refused(message('birth-date.too-old', { date: date.value }));
  }
  return date;
}

/** Whole years and months from one ISO date to another, e.g. "1 year 3 months". */
export function ageText(from: string, to: string): string {
  return age(from, to).in('en');
}

/** The same as a coded phrase, said in the reader's language where it is shown ("1 år 3 måneder"). */
export function age(from: string, to: string): Text<'age.years-months'> {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  let months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  if (months < 0) months = 0;
  return message('age.years-months', { years: Math.floor(months / 12), months: months % 12 });
}

/** The same day N months later (clamped to the month's last day). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return isoFrom(year, month, Math.min(d, daysInMonth(year, month)));
}
