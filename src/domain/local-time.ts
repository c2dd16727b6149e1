// Norwegian local time, the one place instants and calendar days become text: people read Europe/Oslo
// wall-clock time (bokmål/nynorsk `11.01.2027 08:00`, English `11 Jan 2027 08:00`, and a long form for
// replies and letters); machines get ISO 8601 with the offset.
// Pure: Intl's time-zone data does the daylight-saving arithmetic, except for one rule written out for
// speed (see osloParts) and checked against Intl by the tests.

export const OSLO = 'Europe/Oslo';

export type TimeLang = 'nb' | 'nn' | 'en';

/** A stored instant: ISO 8601 with a `Z` or an offset (what both database dialects hand back). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export function isInstantText(text: string): boolean {
  return INSTANT.test(text) && !Number.isNaN(Date.parse(text));
}

export interface OsloParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
  /** `+01:00` in winter, `+02:00` in summer. */
  offset: string;
}

// Formatters are costly to build and the tables call them per cell: make each once, when first needed.
let partsFormat: Intl.DateTimeFormat | undefined;

/** Oslo's wall-clock parts by Intl's time-zone data: outside the written-out rule, and the tests' reference. */
export function intlParts(instant: Date): OsloParts {
  partsFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: OSLO,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  });
  const parts: Record<string, string> = {};
  for (const p of partsFormat.formatToParts(instant)) parts[p.type] = p.value;
  // longOffset gives `GMT+01:00`, or plain `GMT` for a zero offset (never in Oslo, but be exact).
  const offset = (parts.timeZoneName ?? 'GMT').replace(/^GMT/, '') || '+00:00';
  return {
    year: parts.year ?? '',
    month: parts.month ?? '',
    day: parts.day ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
    second: parts.second ?? '',
    offset,
  };
}

/*
 * The first Intl formatter a process builds costs about a fifth of Node's own start-up (ICU sets up its
 * locale tables), more than the rest of a look-up such as `users show` spends on its times. From 1996
 * to 2100 Oslo keeps the EU rule of the time-zone database: summer time (+02:00) from 01:00 UTC on the
 * last Sunday of March to 01:00 UTC on the last Sunday of October, +01:00 otherwise. Instants in that
 * span are computed from the rule; the tests compare it with Intl across the whole span, and every
 * instant outside it (older rules, a future change) goes to Intl.
 */
const RULE_FROM = Date.UTC(1996, 0, 1);
const RULE_UNTIL = Date.UTC(2100, 0, 1);

/** 01:00 UTC on the last Sunday of a month (0-based). */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

const two = (n: number) => String(n).padStart(2, '0');

function osloParts(instant: Date): OsloParts {
  const t = instant.getTime();
  if (!(t >= RULE_FROM && t < RULE_UNTIL)) return intlParts(instant);
  const year = instant.getUTCFullYear();
  const summer = t >= lastSundayOneUtc(year, 2) && t < lastSundayOneUtc(year, 9);
  const local = new Date(t + (summer ? 2 : 1) * 3_600_000);
  return {
    year: String(local.getUTCFullYear()),
    month: two(local.getUTCMonth() + 1),
    day: two(local.getUTCDate()),
    hour: two(local.getUTCHours()),
    minute: two(local.getUTCMinutes()),
    second: two(local.getUTCSeconds()),
    offset: summer ? '+02:00' : '+01:00',
  };
}

function toDate(instant: Date | string): Date {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a point in time: ${String(instant)}`);
  return date;
}

/** Oslo's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function osloOffsetMinutes(instant: Date): number {
  const m = /^([+-])(\d\d):(\d\d)$/.exec(osloParts(instant).offset);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/**
 * The instant `days` calendar days later that shows the same Oslo wall-clock time: a unit at 08:00 in
 * January moved into April still starts at 08:00, not 09:00, across the change to summer time.
 */
export function addOsloDays(instant: Date | string, days: number): Date {
  const from = toDate(instant);
  const moved = new Date(from.getTime() + days * 86_400_000);
  const shift = osloOffsetMinutes(from) - osloOffsetMinutes(moved);
  return new Date(moved.getTime() + shift * 60_000);
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A bare calendar day (`2028-01-10`): it names a day, not an instant, so no time zone may shift it. */
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The calendar date in Oslo: `11.01.2027` (nb, nn) or `11 Jan 2027` (en). A bare `yyyy-mm-dd` (a birth
 * date, a validity's last day) is shown as that day.
 */
export function osloDate(instant: Date | string, lang: TimeLang = 'en'): string {
  const day = typeof instant === 'string' ? CALENDAR_DAY.exec(instant) : null;
  const [year, month, dayOfMonth] = day
    ? [day[1], day[2], day[3]]
    : (({ year, month, day }) => [year, month, day])(osloParts(toDate(instant)));
  return lang === 'en'
    ? `${dayOfMonth} ${MONTHS_EN[Number(month) - 1]} ${year}`
    : `${dayOfMonth}.${month}.${year}`;
}

/** Date and wall-clock time in Oslo, to the minute: `11.01.2027 08:00` (nb), `11 Jan 2027 08:00` (en). */
export function osloDateTime(instant: Date | string, lang: TimeLang = 'en'): string {
  const p = osloParts(toDate(instant));
  return `${osloDate(instant, lang)} ${p.hour}:${p.minute}`;
}

/** The Oslo calendar date as ISO (`2027-01-11`): what "today" or "the day of a unit" means here. */
export function osloIsoDate(instant: Date | string): string {
  const p = osloParts(toDate(instant));
  return `${p.year}-${p.month}-${p.day}`;
}

/**
 * ISO 8601 in Oslo time with its offset: `2027-01-11T08:00:00+01:00` (json, csv, yaml); milliseconds
 * only when there are some, so a stored instant reads back exactly.
 */
export function osloIso(instant: Date | string): string {
  const date = toDate(instant);
  const p = osloParts(date);
  const ms = date.getUTCMilliseconds();
  const fraction = ms === 0 ? '' : `.${String(ms).padStart(3, '0')}`;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${fraction}${p.offset}`;
}

const LOCALES: Record<TimeLang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
const AT: Record<TimeLang, string> = { nb: 'kl.', nn: 'kl.', en: 'at' };

const longDayFormats = new Map<TimeLang, Intl.DateTimeFormat>();
const clockFormats = new Map<TimeLang, Intl.DateTimeFormat>();

function cached(
  cache: Map<TimeLang, Intl.DateTimeFormat>,
  lang: TimeLang,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let f = cache.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: OSLO, ...options });
    cache.set(lang, f);
  }
  return f;
}

/**
 * The long form for replies and letters to learners: `mandag 11. januar 2027 kl. 08:00`,
 * `måndag 14. juni 2027 kl. 08:30`, `Monday 11 January 2027 at 08:00`. Built from the day and the
 * clock separately because ICU's combined pattern differs between versions and languages (an English
 * comma after the weekday, `08.00` in Norwegian).
 */
export function osloLongDateTime(instant: Date | string, lang: TimeLang): string {
  // A reply is read by a person: a stray text that is no time reads better as itself than as a crash.
  if (typeof instant === 'string' && !isInstantText(instant)) return instant;
  const at = toDate(instant);
  const day = cached(longDayFormats, lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
    .format(at)
    .replace(',', '');
  const clock = cached(clockFormats, lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(at)
    .replace('.', ':');
  return `${day} ${AT[lang]} ${clock}`;
}

/**
 * A calendar day in the long form of a reply: `10. januar 2028` / `10 January 2028` (a validity's last
 * day, an HMS card's due date). An instant is first taken to its Oslo date.
 */
export function osloLongDate(day: Date | string, lang: TimeLang): string {
  if (typeof day === 'string' && !CALENDAR_DAY.test(day) && !isInstantText(day)) return day;
  const iso = typeof day === 'string' && CALENDAR_DAY.test(day) ? day : osloIsoDate(day);
  // Noon UTC of that day is the same day in every zone the formatter might use.
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${iso}T12:00:00Z`));
}

/** A value that knows its own JSON form (a coded phrase), other than a Date. */
function isJsonValued(value: unknown): value is { toJSON(): unknown } {
  return (
    value !== null &&
    typeof value === 'object' &&
    !(value instanceof Date) &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  );
}

/**
 * Every instant inside a value (strings in records, lists and nested records) rewritten with `as`;
 * other values pass unchanged. Used by the renderer so no view has to name its time fields.
 */
export function mapInstants(value: unknown, as: (instant: string) => string): unknown {
  if (typeof value === 'string') return isInstantText(value) ? as(value) : value;
  if (Array.isArray(value)) return value.map((v) => mapInstants(v, as));
  // A value that says how it reads as JSON (a coded phrase: its English) is that JSON.
  if (isJsonValued(value)) return mapInstants(value.toJSON(), as);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapInstants(v, as);
    return out;
  }
  if (value instanceof Date) return as(value.toISOString());
  return value;
}
