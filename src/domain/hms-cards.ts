// W11: when an HMS card is due. A card is valid for at most two years from its issue date, and the
// number has no public format (reference/norwegian-ids.md §5), so the due date is all the rules there are.
import { addMonths, isoFrom } from './dates.js';
import { HMS_CARD_VALIDITY_MONTHS } from './learner.js';
import type { ParseResult } from './parse-result.js';

/** How far ahead a report looks: days, weeks or calendar months. */
export interface DueWindow {
  amount: number;
  unit: 'd' | 'w' | 'm';
}

/** `60d`, `60` (days), `8w`, `2m`; from 0 (overdue cards only) up to 5 years. */
export function parseDueWindow(input: string): ParseResult<DueWindow> {
  const m = /^(\d{1,4})\s*(d|days?|w|weeks?|m|months?)?$/i.exec(input.trim());
  if (!m) return { ok: false, error: `'${input}' is not a period: write it as 60d, 8w or 2m` };
  const amount = Number(m[1]);
  const unit = (m[2]?.[0]?.toLowerCase() ?? 'd') as DueWindow['unit'];
  const days = unit === 'd' ? amount : unit === 'w' ? amount * 7 : amount * 31;
  if (days > 5 * 366) return { ok: false, error: `'${input}' is longer than 5 years` };
  return { ok: true, value: { amount, unit } };
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
  if (window.unit === 'm') return addMonths(today, window.amount);
  return addDays(today, window.unit === 'w' ? window.amount * 7 : window.amount);
}

/**
 * The latest registration date whose card can be due by `end`: a little later than `end` less two years,
 * so cards registered on 29 February (due on 28 February) are never missed; callers check the exact date.
 */
export function registeredOnOrBefore(end: string): string {
  return addDays(addMonths(end, -HMS_CARD_VALIDITY_MONTHS), 3);
}

export type CardState = 'overdue' | 'due' | 'missing';
