// Rebuilding a SQLite table, for the migrations that change a column constraint (which SQLite cannot
// alter in place). Migrations 0011 and 0016 run this, and databases in the field were rebuilt by it:
// what it does must not change (test/db/sqlite-rebuild-schema.test.ts compares the schema it leaves
// with a stored dump). A migration that needs another kind of rebuild gets a new helper.
//
// The documented way: a new table from the edited definition, the rows copied with their ids, the old
// table dropped, the new one renamed, and its indexes and triggers made again. The migration runner
// keeps foreign keys off meanwhile (so the drop deletes no child rows) and checks them before the commit.
import { type Kysely, sql } from 'kysely';

/**
 * Rebuilds `table` without the UNIQUE constraint on each of `columns` (declared `"col" text not null
 * unique`); the caller then builds the named unique indexes that keep the rule (an index, unlike a
 * constraint, a bulk load may drop and build again). `migration` names the step in its errors.
 */
export async function rebuildWithoutUnique(
  db: Kysely<unknown>,
  migration: string,
  table: string,
  columns: readonly string[],
): Promise<void> {
  const found = await sql<{
    sql: string;
  }>`select sql from sqlite_master where type = 'table' and name = ${table}`.execute(db);
  let definition = found.rows[0]?.sql;
  if (!definition) throw new Error(`${migration}: the ${table} table is missing`);
  for (const column of columns) {
    const constrained = new RegExp(`("${column}" text not null) unique`, 'i');
    if (!constrained.test(definition))
      throw new Error(`${migration}: ${table}.${column} is not declared unique as expected`);
    definition = definition.replace(constrained, '$1');
  }
  const copy = `${table}_rebuilt`;
  const rebuilt = definition.replace(
    new RegExp(`^create table (if not exists )?"?${table}"?`, 'i'),
    `create table "${copy}"`,
  );
  if (!rebuilt.startsWith(`create table "${copy}"`))
    throw new Error(`${migration}: cannot read the ${table} table definition`);
  // Everything else that belongs to the table (indexes, triggers) goes with the drop.
  const attached = await sql<{
    sql: string;
  }>`select sql from sqlite_master where tbl_name = ${table} and type in ('index', 'trigger') and sql is not null order by type, name`.execute(
    db,
  );
  await sql.raw(rebuilt).execute(db);
  // The statements as the first rebuilds ran them (names unquoted: the migrations' own constants).
  const [name, temporary] = [sql.raw(table), sql.raw(copy)];
  await sql`insert into ${temporary} select * from ${name}`.execute(db);
  await sql`drop table ${name}`.execute(db);
  await sql`alter table ${temporary} rename to ${name}`.execute(db);
  for (const { sql: text } of attached.rows) await sql.raw(text).execute(db);
}
