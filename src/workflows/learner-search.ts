// Learners matching a partial text, for pickers that search as the agent types: an id, a national ID, the
// start of an e-mail address, or the starts of name words. Addresses come back masked: a picker is not a reveal.
import { idsByNamePrefixes, usersByEmailPrefix, usersByIds } from '../db/queries/learner-search.js';
import { userById } from '../db/queries/users.js';
import type { User } from '../db/schema.js';
import { fullName } from '../domain/learner.js';
import { nameTokens } from '../domain/name-matching.js';
import { maskEmail } from '../domain/personal-data.js';
import { NotFoundError } from '../errors.js';
import type { WorkflowDeps } from './deps.js';
import { resolveLearner } from './learners.js';

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
  deps: Pick<WorkflowDeps, 'db' | 'secret'>,
  text: string,
  limit: number,
): Promise<LearnerHit[]> {
  const db = deps.db.kysely;
  const typed = text.trim();
  if (typed === '') return [];
  // A whole national ID is looked up by its keyed hash, as everywhere else; its digits go no further.
  if (/^\d{6}\s?\d{5}$/.test(typed)) {
    try {
      return [
        hit((await resolveLearner(deps, { by: 'national-id', nationalId: typed.replace(/\s/g, '') })).user),
      ];
    } catch (error) {
      if (error instanceof NotFoundError) return [];
      throw error;
    }
  }
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
