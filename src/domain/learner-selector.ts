// How an agent names a learner on the command line: an id, an e-mail (current or earlier) or a
// national ID. Pure: the look-up itself is in src/workflows/learners.ts.
import { UsageError } from '../errors.js';

export type LearnerSelector =
  | { by: 'id'; id: number }
  | { by: 'email'; email: string }
  | { by: 'national-id'; nationalId: string };

/** `42` → id, `x@y.no` → e-mail, 11 digits (spaces allowed) → national ID. */
export function parseLearnerSelector(text: string): LearnerSelector {
  const value = text.trim();
  const digits = value.replace(/[\s.]/g, '');
  if (value.includes('@')) return { by: 'email', email: value.toLowerCase() };
  if (/^\d{11}$/.test(digits)) return { by: 'national-id', nationalId: digits };
  if (/^\d{10}$/.test(digits))
    throw new UsageError(`'${text}' has 10 digits: a national ID has 11, a learner id fewer`);
  if (/^\d{1,9}$/.test(value) && Number(value) > 0) return { by: 'id', id: Number(value) };
  if (value === '') throw new UsageError('the learner is empty: give an id, e-mail or national ID');
  // A name is the commonest slip: the agent has a name from the ticket, and names find, not select.
  const looksLikeName = /\p{L}/u.test(value) && !/\d/.test(value);
  throw new UsageError(`'${text}' is not a learner id, e-mail or national ID (11 digits)`, {
    ...(looksLikeName
      ? { hint: `to find a learner by name: kursdesk users find --name "${value}" --birthdate <date>` }
      : {}),
  });
}
