// W11: when an HMS card is due. A card is valid for at most two years from its issue date, and the
// number has no public format (reference/norwegian-ids.md §5), so the due date is all the rules there are.
import { addMonths, isoFrom } from './dates.js';
import { CALENDAR_UNITS, type Duration, parseDuration, shiftDay } from './durations.js';
import { HMS_CARD_VALIDITY_MONTHS } from './learner.js';
import type { ParseResult } from './parse-result.js';

/** How far ahead a report looks: days, weeks, calendar months or years. */
export type DueWindow = Duration;

/** `60d`, `60` (days), `8w`, `2mo`; from 0 (overdue cards only) up to 5 years. */
export function parseDueWindow(input: string): ParseResult<DueWindow> {
  return parseDuration(input, { units: CALENDAR_UNITS, allowZero: true, maxDays: 5 * 366 });
}

function dayNumber(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000
  );
}

export function addDays(iso: string, days: number): string {
  const at = new Date((dayNumber(iso) + days) * 86_400_000);
  return isoFrom(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** The last day a report looks at. */
export function windowEnd(today: string, window: DueWindow): string {
  return shiftDay(today, window);
}

/**
 * The latest registration date whose card can be due by `end`: a little later than `end` less two years,
 * so cards registered on 29 February (due on 28 February) are never missed; callers check the exact date.
 */
export function registeredOnOrBefore(end: string): string {
  return addDays(addMonths(end, -HMS_CARD_VALIDITY_MONTHS), 3);
}

export type CardState = 'overdue' | 'due' | 'missing';
