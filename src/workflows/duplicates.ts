// Accounts that are probably one person (same name and birth date under different national IDs, or an
// e-mail address both have used), with what support needs to decide.
import { probableDuplicates } from '../db/queries/identity.js';
import { userById } from '../db/queries/users.js';
import type { WorkflowDeps } from './deps.js';

export interface DuplicateRow {
  first_id: number;
  first_name: string;
  first_email: string;
  second_id: number;
  second_name: string;
  second_email: string;
  birth_date: string;
  reason: string;
}

export async function probableDuplicatePairs(
  deps: Pick<WorkflowDeps, 'db'>,
  limit: number,
): Promise<DuplicateRow[]> {
  const db = deps.db.kysely;
  const rows: DuplicateRow[] = [];
  for (const pair of await probableDuplicates(db, limit)) {
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
      reason: pair.reason,
    });
  }
  return rows;
}
