// Learners' unique e-mail and national-ID hash as named unique indexes instead of UNIQUE column
// constraints. The rule is the same (a second account with either value is refused), but on SQLite an
// index can be dropped and built again, which a constraint's automatic index cannot: a fixture load
// into an empty database then writes a million learners without keeping two random-order indexes in
// step, and builds them (still unique, failing on any duplicate) once the rows are in.
//
// SQLite cannot drop a column constraint, so the table is rebuilt the documented way: a new table
// without the constraints, the rows copied, the old one dropped, the new one renamed, its indexes and
// triggers made again (the migration runner keeps foreign keys off meanwhile and checks them after).
// PostgreSQL already drops and builds unique indexes as it likes; its constraints stay as they are.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../target.js';

const UNIQUE_COLUMNS = ['email', 'national_id_hash'] as const;

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'sqlite') return;
  const table = await sql<{
    sql: string;
  }>`select sql from sqlite_master where type = 'table' and name = 'users'`.execute(db);
  let definition = table.rows[0]?.sql;
  if (!definition) throw new Error('0011: the users table is missing');
  for (const column of UNIQUE_COLUMNS) {
    const constrained = new RegExp(`("${column}" text not null) unique`, 'i');
    if (!constrained.test(definition))
      throw new Error(`0011: users.${column} is not declared unique as expected`);
    definition = definition.replace(constrained, '$1');
  }
  const rebuilt = definition.replace(
    /^create table (if not exists )?"?users"?/i,
    'create table "users_rebuilt"',
  );
  if (rebuilt === definition) throw new Error('0011: cannot read the users table definition');
  // Everything else that belongs to the table (indexes, the full-text triggers) goes with the drop.
  const attached = await sql<{
    sql: string;
  }>`select sql from sqlite_master where tbl_name = 'users' and type in ('index', 'trigger') and sql is not null order by type, name`.execute(
    db,
  );
  await sql.raw(rebuilt).execute(db);
  await sql`insert into users_rebuilt select * from users`.execute(db);
  await sql`drop table users`.execute(db);
  await sql`alter table users_rebuilt rename to users`.execute(db);
  for (const { sql: text } of attached.rows) await sql.raw(text).execute(db);
  for (const column of UNIQUE_COLUMNS) {
    await sql`create unique index ${sql.id(`users_${column}_unique`)} on users (${sql.ref(column)})`.execute(
      db,
    );
  }
}
