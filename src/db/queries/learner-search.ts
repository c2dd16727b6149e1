// Learners by what an agent has typed so far (the guided mode's search-as-you-type): word prefixes of
// the name through each dialect's word index, or the start of the login e-mail. Small and indexed, so
// it can run on every keystroke.
import { type Kysely, sql } from 'kysely';
import type { Schema, User } from '../schema.js';
import type { Dialect } from '../target.js';

type Q = Kysely<Schema>;

/** Ids of learners whose name has a word starting with every one of the (folded, [a-z0-9]) prefixes. */
export async function idsByNamePrefixes(
  db: Q,
  dialect: Dialect,
  prefixes: readonly string[],
  limit: number,
): Promise<number[]> {
  if (prefixes.length === 0) return [];
  const rows =
    dialect === 'sqlite'
      ? await sql<{ id: number }>`select rowid as id from users_name_fts where users_name_fts match ${prefixes
          .map((p) => `"${p}"*`)
          .join(' AND ')} limit ${limit}`.execute(db)
      : await sql<{
          id: number;
        }>`select id from users where to_tsvector('simple', search_name) @@ to_tsquery('simple', ${prefixes
          .map((p) => `${p}:*`)
          .join(' & ')}) limit ${limit}`.execute(db);
  return rows.rows.map((r) => Number(r.id));
}

/** Learners whose login e-mail starts with the text (addresses are stored lower-case). */
export async function usersByEmailPrefix(db: Q, start: string, limit: number): Promise<User[]> {
  const pattern = `${start.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .selectFrom('users')
    .selectAll()
    .where(sql<boolean>`email like ${pattern} escape '\\'`)
    .orderBy('email')
    .limit(limit)
    .execute();
}

export async function usersByIds(db: Q, ids: readonly number[]): Promise<User[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('users')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}
