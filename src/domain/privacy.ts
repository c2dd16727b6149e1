// W20 rules that need no database: retention periods as agents type them, and the folding used to
// tell whether a free text names a person.
import { text as coded } from './messages/index.js';
import { type ParseResult, refused } from './parse-result.js';

export interface Period {
  years?: number;
  days?: number;
}

export interface RetentionPeriods {
  /** Accounts with no activity for this long are anonymised. */
  inactive: Period;
  /** Bodies of mail that was sent (or gave up) this long ago are cleared. */
  mailBodies: Period;
  /** Used, revoked or expired link rows this old are deleted. */
  links: Period;
}

/** The documented defaults (README, "Personal data requests (W20)"). */
export const DEFAULT_RETENTION: RetentionPeriods = {
  inactive: { years: 5 },
  mailBodies: { days: 90 },
  links: { days: 30 },
};

/** `5y`, `18m` (months, counted as 30 days), `90d`. */
export function parsePeriod(text: string): ParseResult<Period> {
  const match = /^\s*(\d{1,4})\s*([ymd])\s*$/i.exec(text);
  if (!match) return refused(coded('period.not-a-period', { given: text.slice(0, 20) }));
  const n = Number(match[1]);
  if (n === 0) return refused(coded('period.zero'));
  const unit = (match[2] as string).toLowerCase();
  if (unit === 'y') return n > 100 ? refused(coded('period.too-long')) : { ok: true, value: { years: n } };
  return { ok: true, value: { days: unit === 'm' ? n * 30 : n } };
}

/** Lower case, without diacritics or punctuation, for "does this text contain that name". */
export function foldForComparison(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/[^\p{L}\p{N}@.]+/gu, ' ');
}
