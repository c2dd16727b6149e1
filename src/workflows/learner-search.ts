// Learners matching a partial text, for pickers that search as the agent types: an id, the start of an
// e-mail address, or the starts of name words. Addresses come back masked: a picker is not a reveal.
import { idsByNamePrefixes, usersByEmailPrefix, usersByIds } from '../db/queries/learner-search.js';
import { userById } from '../db/queries/users.js';
import type { User } from '../db/schema.js';
import { fullName } from '../domain/learner.js';
import { nameTokens } from '../domain/name-matching.js';
import { maskEmail } from '../domain/personal-data.js';
import type { WorkflowDeps } from './deps.js';

export interface LearnerHit {
  id: number;
  name: string;
  birth_date: string;
  /** Masked. */
  email: string;
  status: string;
  account_type: string;
}

const MAX_PREFIXES = 4;

function hit(user: User): LearnerHit {
  return {
    id: user.id,
    name: fullName(user.given_names, user.family_name),
    birth_date: user.birth_date,
    email: maskEmail(user.email),
    status: user.status,
    account_type: user.account_type,
  };
}

export async function searchLearners(
  deps: Pick<WorkflowDeps, 'db'>,
  text: string,
  limit: number,
): Promise<LearnerHit[]> {
  const db = deps.db.kysely;
  const typed = text.trim();
  if (typed === '') return [];
  if (/^\d{1,9}$/.test(typed)) {
    const user = await userById(db, Number(typed));
    return user ? [hit(user)] : [];
  }
  if (typed.includes('@')) return (await usersByEmailPrefix(db, typed, limit)).map(hit);
  // A one-letter word would match half the register: wait for two letters.
  const prefixes = nameTokens(typed).slice(0, MAX_PREFIXES);
  const byName =
    prefixes.length === 0 || prefixes.every((p) => p.length < 2)
      ? []
      : await usersByIds(db, await idsByNamePrefixes(db, deps.db.dialect, prefixes, limit));
  // `kari.nordmann` is the start of an address as often as a name.
  const byEmail =
    byName.length < limit && !/\s/.test(typed) && typed.length >= 3
      ? await usersByEmailPrefix(db, typed, limit - byName.length)
      : [];
  const seen = new Set(byName.map((u) => u.id));
  return [
    ...byName.map(hit).sort((a, b) => a.name.localeCompare(b.name, 'nb') || a.id - b.id),
    ...byEmail.filter((u) => !seen.has(u.id)).map(hit),
  ];
}
