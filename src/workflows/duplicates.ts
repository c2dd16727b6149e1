// Accounts that are probably one person (same name and birth date under different national IDs, or an
// e-mail address both have used), with what support needs to decide.
import { probableDuplicates } from '../db/queries/identity.js';
import { userById } from '../db/queries/users.js';
import { type Text, text } from '../domain/messages/index.js';
import { compareNames } from '../domain/name-matching.js';
import type { WorkflowDeps } from './deps.js';

export interface DuplicateRow {
  first_id: number;
  first_name: string;
  first_email: string;
  second_id: number;
  second_name: string;
  second_email: string;
  birth_date: string;
  /** Coded: English in json/csv/yaml, the agent's language on screen. */
  reason: Text;
}

export async function probableDuplicatePairs(
  deps: Pick<WorkflowDeps, 'db'>,
  limit: number,
): Promise<DuplicateRow[]> {
  const db = deps.db.kysely;
  const rows: DuplicateRow[] = [];
  for (const pair of await probableDuplicates(db, limit)) {
    if (rows.length >= limit) break;
    let reason: Text =
      pair.reason === 'same birth date'
        ? text('duplicates.same-birth-date')
        : text('duplicates.shared-email', { email: pair.reason.slice('both used '.length) });
    if (pair.names) {
      // The same allowance as users find: the shorter name read against the longer one's account.
      const [x, y] = pair.names;
      const [written, account] =
        `${x.given} ${x.family}`.length <= `${y.given} ${y.family}`.length ? [x, y] : [y, x];
      const names = compareNames(`${written.given} ${written.family}`, account.given, account.family);
      if (names.kind === 'different') continue;
      reason =
        names.kind === 'exact'
          ? text('duplicates.same-name')
          : text('duplicates.names-alike', { details: names.details });
    }
    const [a, b] = await Promise.all([userById(db, pair.first_id), userById(db, pair.second_id)]);
    if (!a || !b) continue;
    rows.push({
      first_id: a.id,
      first_name: `${a.given_names} ${a.family_name}`,
      first_email: a.email,
      second_id: b.id,
      second_name: `${b.given_names} ${b.family_name}`,
      second_email: b.email,
      birth_date: a.birth_date === b.birth_date ? a.birth_date : `${a.birth_date} / ${b.birth_date}`,
      reason,
    });
  }
  return rows;
}
