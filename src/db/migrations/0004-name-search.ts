// Finding accounts by name and e-mail (W1): each learner's folded name terms in users.search_name, a
// word index over them (FTS5 on SQLite, a GIN tsvector index on PostgreSQL), the vocabulary of terms
// (for typo expansion), and the local part of every e-mail address ever used.
import { type Kysely, sql } from 'kysely';
import { nameIndexTerms } from '../../domain/name-matching.js';
import type { Dialect } from '../target.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('search_name', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('email_history')
    .addColumn('local_part', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('email_history_local_part').on('email_history').column('local_part').execute();
  await db.schema
    .createTable('name_terms')
    .addColumn('term', 'text', (c) => c.primaryKey())
    .execute();

  if (dialect === 'sqlite') {
    await sql`create virtual table users_name_fts using fts5(search_name, content='users', content_rowid='id', tokenize='unicode61 remove_diacritics 0')`.execute(
      db,
    );
    await sql`create trigger users_name_fts_insert after insert on users begin
      insert into users_name_fts(rowid, search_name) values (new.id, new.search_name); end`.execute(db);
    await sql`create trigger users_name_fts_delete after delete on users begin
      insert into users_name_fts(users_name_fts, rowid, search_name) values ('delete', old.id, old.search_name); end`.execute(
      db,
    );
    await sql`create trigger users_name_fts_update after update of search_name on users begin
      insert into users_name_fts(users_name_fts, rowid, search_name) values ('delete', old.id, old.search_name);
      insert into users_name_fts(rowid, search_name) values (new.id, new.search_name); end`.execute(db);
  } else {
    await sql`create index users_search_name_words on users using gin (to_tsvector('simple', search_name))`.execute(
      db,
    );
  }

  // Existing rows: fill the new columns (the triggers keep the SQLite index in step).
  const users = await sql<{
    id: number;
    given_names: string;
    family_name: string;
  }>`select id, given_names, family_name from users`.execute(db);
  const terms = new Set<string>();
  for (const u of users.rows) {
    const userTerms = nameIndexTerms(u.given_names, u.family_name);
    for (const t of userTerms) terms.add(t);
    await sql`update users set search_name = ${userTerms.join(' ')} where id = ${u.id}`.execute(db);
  }
  for (const term of terms) await sql`insert into name_terms (term) values (${term})`.execute(db);
  const at = dialect === 'sqlite' ? sql`instr(email, '@')` : sql`strpos(email, '@')`;
  await sql`update email_history set local_part = substr(email, 1, ${at} - 1)`.execute(db);
}
