// Month names as people write them in a date: bokmål and nynorsk (the same words), English, and the
// usual short forms (jan, feb., febr, sept, okt, des). One table for every parser that reads a date
// with a month's name: the --birthdate option and its guided question (dates.ts) and the birth dates
// triage finds in a ticket (triage/birth-dates.ts). Pure.

/** Lower-case month word (without a trailing dot) to month number 1–12. */
export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  januar: 1,
  january: 1,
  feb: 2,
  febr: 2,
  februar: 2,
  february: 2,
  mar: 3,
  mars: 3,
  march: 3,
  apr: 4,
  april: 4,
  mai: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oct: 10,
  oktober: 10,
  october: 10,
  nov: 11,
  november: 11,
  des: 12,
  dec: 12,
  desember: 12,
  december: 12,
};

/** The month words as one regular-expression alternation, longest first so "mars" wins over "mar". */
export const MONTH_NAME = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The month number of a month word in any case, with or without its dot; undefined for other words. */
export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}
