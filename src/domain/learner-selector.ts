// How an agent names a learner on the command line: an id, an e-mail (current or earlier) or a
// national ID. Pure: the look-up itself is in src/workflows/learners.ts.
import { UsageError } from '../errors.js';
import { text as message } from './messages/index.js';
import { maskNationalId } from './national-id.js';

export type LearnerSelector =
  | { by: 'id'; id: number }
  | { by: 'email'; email: string }
  | { by: 'national-id'; nationalId: string };

/**
 * `42` → id, `x@y.no` → e-mail, 11 digits → national ID, written as one run or with spaces, dots or a
 * dash (`151086-95088`, the most common form). Errors never repeat digits that may be a national ID.
 */
export function parseLearnerSelector(text: string): LearnerSelector {
  const value = text.trim();
  const digits = value.replace(/[\s.-]/g, '');
  if (value.includes('@')) return { by: 'email', email: value.toLowerCase() };
  if (/^\d{11}$/.test(digits)) return { by: 'national-id', nationalId: digits };
  if (/^\d{1,9}$/.test(value) && Number(value) > 0) return { by: 'id', id: Number(value) };
  if (value === '') throw new UsageError(message('selector.empty'));
  if (/^\d+$/.test(digits) && digits.length >= 10)
    throw new UsageError(
      message('selector.digit-count', { shown: maskNationalId(value), digits: digits.length }),
    );
  // A name is the commonest slip: the agent has a name from the ticket, and names find, not select.
  const looksLikeName = /\p{L}/u.test(value) && !/\d/.test(value);
  throw new UsageError(
    message('selector.unreadable', { shown: selectorShown(value).slice(0, 80) }),
    looksLikeName ? { hint: message('hint.find-by-name', { name: value.slice(0, 80) }) } : {},
  );
}

/**
 * A learner named wrongly, safe to quote: the value was meant to name someone, so any run of six or more
 * digits (a national ID with a typo, a digit too many) is hidden whole, valid or not.
 */
function selectorShown(value: string): string {
  return value.replace(/\d(?:[\s.-]?\d){5,}/g, (run) => maskNationalId(run));
}
