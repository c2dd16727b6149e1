// Learners' stored search terms made again with today's name folding. The folding learned letters it
// used to drop or keep apart (Ł, ß, Đ, Þ, letters of other scripts, Aa/Å and Oe/Ø alike, a hyphen as a
// word break), so a database made before that holds users.search_name values that a search folded the
// new way would miss. Only rows whose terms differ are written; new terms join the vocabulary. Erased
// accounts (empty search names) stay empty.
import { type Kysely, sql } from 'kysely';
import { searchName } from '../../domain/name-matching.js';
import type { Dialect } from '../target.js';

/** Rows read at a time, so a large register is walked in bounded memory. */
const PAGE = 5_000;

export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  const added = new Set<string>();
  let after = 0;
  for (;;) {
    const page = await sql<{ id: number; given_names: string; family_name: string; search_name: string }>`
      select id, given_names, family_name, search_name from users
      where id > ${after} and search_name <> '' order by id limit ${PAGE}`.execute(db);
    for (const user of page.rows) {
      const refolded = searchName(user.given_names, user.family_name);
      if (refolded === user.search_name) continue;
      await sql`update users set search_name = ${refolded} where id = ${user.id}`.execute(db);
      for (const term of refolded.split(' ')) if (term !== '') added.add(term);
    }
    if (page.rows.length < PAGE) break;
    after = Number(page.rows[page.rows.length - 1]?.id);
  }
  for (const term of added)
    await sql`insert into name_terms (term) values (${term}) on conflict (term) do nothing`.execute(db);
}
