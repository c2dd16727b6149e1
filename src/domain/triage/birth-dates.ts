// Birth dates as Norwegians and English writers put them in a ticket: 14.03.85, 14/3-1985, 140385,
// "14. mars 1985", "14. mars -85", "14 mar 85", "March 14, 1985", 1985-03-14, "1985 03 14", 85-03-14.
// Numbers that parse are handed to the domain's parseBirthDate, so the calendar and the age limits are
// the same as for --birthdate. Pure.
import { addMonths, isoFrom, isRealDate, parseBirthDate } from '../dates.js';
import { MONTH_NAME, MONTHS } from '../month-names.js';

/** Words that say the next date is the person's birth date. */
const BIRTH_CONTEXT =
  /(?:født|fødd|\bf\.?|fdato|f\.dato|fødselsdato|fødselsdag|fødselsdatoen|bursdag|birth|born|dob|d\.o\.b\.?)\s*(?:den|dato|date|on|er|is|:|-)?\s*:?\s*$/i;

/** A date counts as a birth date when the person would be 14 to 100 years old today. */
function plausibleBirthDate(iso: string, today: string): boolean {
  return iso <= addMonths(today, -14 * 12) && iso >= addMonths(today, -100 * 12);
}

function twoDigitYear(yy: number, month: number, day: number, today: string): number {
  const century = Math.floor(Number(today.slice(0, 4)) / 100) * 100;
  const year = century + yy;
  return isoFrom(year, month, day) > today ? year - 100 : year;
}

interface Found {
  index: number;
  /** Where the written date ends. */
  end: number;
  iso: string;
}

/**
 * Words right before a date that make it a course's, a booking's or a deadline's ("kurset 03.02.27",
 * "course on 4/3/27", "venteliste til 12.03.27"): not the person's birth, whatever age it would give.
 */
const EVENT_CONTEXT =
  /(?<!\p{L})(?:kurs(?:et|ene|a|dato(?:en)?|start(?:en)?)?|course|class|session|venteliste\p{L}*|waiting list|påmeld\p{L}*|booked|booka?|frist(?:en)?|deadline|innen|innan|by|utløp\p{L}*|expir\p{L}*|gyldig\p{L}*|valid|starter|startar|starts?|starting|begins|beginning|begynner|byrjar)\s*(?:den|dato|date|on|til|fra|frå|from|for|på|:)?\s*$/iu;

/**
 * A date the writer takes back ("f. 10.10.1998 — beklager, riktig er 13.10.1998", "born 3/4/90, sorry, I
 * mean 4/3/90"): words of correction between it and the next date, which stands in its place. An
 * apology or a bare "nei"/"feil" counts only with nothing but punctuation after it ("– nei, 13.10.1998"):
 * with more words it is about something else ("14.06.2004 har feil e-post. Maria Lund 02.09.2005",
 * "sorry for the delay"), and the second date is someone else's.
 */
const CORRECTION =
  /^[\s,.;:!()–—-]*(?:\p{L}+\s+){0,2}?(?:beklager|orsak|unnskyld|sorry|oops|rettelse|korreksjon|correction)[^\p{L}\d\n]{0,5}$|^[\s,.;:!()–—-]*(?:nei|no|feil|wrong)[^\p{L}\d\n]{0,5}$|^[^\n\d]{0,20}\b(?:riktig(?:e)?(?:\s+dato)?\s+er|rett(?:are)?\s+er|skal være|skal vere|correct(?:ly)?(?:\s+date)?\s+is|should be|i mean|i meant|jeg mener|eg meiner|meinte|mente)\b[^\n\d]{0,20}$/iu;

function fromParts(day: number, month: number, yearText: string, today: string): string | null {
  const year = yearText.length === 2 ? twoDigitYear(Number(yearText), month, day, today) : Number(yearText);
  if (!isRealDate(year, month, day)) return null;
  return isoFrom(year, month, day);
}

const NUMERIC = /(?<!\d|\d\.)(\d{1,2})\s?([./-])\s?(\d{1,2})\s?[./-]\s?(\d{4}|\d{2})(?![\d]|[.-]\d)/g;
const ISO = /(?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)/g;
/** The year first with spaces between ("f. 1986 06 11"): month and day both in two digits, no digits around. */
const YEAR_MONTH_DAY_SPACED = /(?<![\d+]\s?)((?:19|20)\d{2}) (\d{2}) (\d{2})(?!\s?\d)/g;
const DAY_MONTH_NAME = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s*(?:of\\s+)?(${MONTH_NAME})\\.?,?\\s*(?:[-–'’]\\s?)?(\\d{4}|\\d{2})(?!\\d)`,
  'gi',
);
const MONTH_NAME_DAY = new RegExp(
  `\\b(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
  'gi',
);
/** The year first, then the month's name and the day ("born 1993 feb 19"), as some write it. */
const YEAR_MONTH_NAME_DAY = new RegExp(
  `(?<!\\d)((?:19|20)\\d{2})\\s+(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|\\.\\d)`,
  'gi',
);
// Six or eight digits with no separators are birth dates only when the text says so just before.
const COMPACT = /(?<!\d)(\d{6}|\d{8})(?![\d]|[\s-]\d{5}(?!\d))/g;

/**
 * Every birth date written in the text, in order, as ISO dates. A date that would make the writer younger
 * than 14 (a course date, a deadline) is left out. National IDs are not read here.
 */
export function birthDatesIn(text: string, today: string): string[] {
  const found: Found[] = [];
  for (const m of text.matchAll(ISO)) {
    const iso = fromParts(Number(m[3]), Number(m[2]), m[1]!, today);
    if (iso) found.push({ index: m.index, end: m.index + m[0].length, iso });
  }
  for (const m of text.matchAll(YEAR_MONTH_DAY_SPACED)) {
    const iso = fromParts(Number(m[3]), Number(m[2]), m[1]!, today);
    if (iso) found.push({ index: m.index, end: m.index + m[0].length, iso });
  }
  for (const m of text.matchAll(NUMERIC)) {
    // A first number no day can be, with two digits at each end, is a year first: 86-06-11.
    const yearFirst = Number(m[1]) > 31 && m[1]!.length === 2 && m[4]!.length === 2;
    let iso = yearFirst
      ? fromParts(Number(m[4]), Number(m[3]), m[1]!, today)
      : fromParts(Number(m[1]), Number(m[3]), m[4]!, today);
    // "03-03-27" with dashes, two digits each: read day first it is someone of 99 (1927), year first
    // someone of 23 (2003). Over 90 is no learner's age; the short ISO order is then meant.
    if (!yearFirst && iso && m[2] === '-' && m[1]!.length === 2 && m[4]!.length === 2) {
      const turned = fromParts(Number(m[4]), Number(m[3]), m[1]!, today);
      if (iso < addMonths(today, -90 * 12) && turned && plausibleBirthDate(turned, today)) iso = turned;
    }
    if (iso) found.push({ index: m.index, end: m.index + m[0].length, iso });
  }
  for (const m of text.matchAll(DAY_MONTH_NAME)) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month === undefined) continue;
    const iso = fromParts(Number(m[1]), month, m[3]!, today);
    if (iso) found.push({ index: m.index, end: m.index + m[0].length, iso });
  }
  for (const m of text.matchAll(MONTH_NAME_DAY)) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (month === undefined) continue;
    const iso = fromParts(Number(m[2]), month, m[3]!, today);
    if (iso) found.push({ index: m.index, end: m.index + m[0].length, iso });
  }
  for (const m of text.matchAll(YEAR_MONTH_NAME_DAY)) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month === undefined) continue;
    const iso = fromParts(Number(m[3]), month, m[1]!, today);
    if (iso) found.push({ index: m.index, end: m.index + m[0].length, iso });
  }
  for (const m of text.matchAll(COMPACT)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (!BIRTH_CONTEXT.test(before)) continue;
    const parsed = parseBirthDate(m[1]!, today);
    if (parsed.ok) found.push({ index: m.index, end: m.index + m[0].length, iso: parsed.value });
  }
  found.sort((a, b) => a.index - b.index);
  const dates: string[] = [];
  for (const [i, { index, end, iso }] of found.entries()) {
    const before = text.slice(Math.max(0, index - 30), index);
    if (EVENT_CONTEXT.test(before) && !BIRTH_CONTEXT.test(before)) continue;
    const next = found[i + 1];
    if (next && next.index >= end && CORRECTION.test(text.slice(end, next.index))) continue;
    if (plausibleBirthDate(iso, today) && !dates.includes(iso)) dates.push(iso);
  }
  return dates;
}
