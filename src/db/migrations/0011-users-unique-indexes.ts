// Learners' unique e-mail and national-ID hash as named unique indexes instead of UNIQUE column
// constraints. The rule is the same (a second account with either value is refused), but on SQLite an
// index can be dropped and built again, which a constraint's automatic index cannot: a fixture load
// into an empty database then writes a million learners without keeping two random-order indexes in
// step, and builds them (still unique, failing on any duplicate) once the rows are in.
//
// SQLite cannot drop a column constraint, so the table is rebuilt the documented way (_sqlite-rebuild.ts:
// a new table without the constraints, the rows copied, the old one dropped, the new one renamed, its
// indexes and triggers made again; the runner keeps foreign keys off meanwhile and checks them after).
// PostgreSQL already drops and builds unique indexes as it likes; its constraints stay as they are.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../target.js';
import { rebuildWithoutUnique } from './_sqlite-rebuild.js';

const UNIQUE_COLUMNS = ['email', 'national_id_hash'] as const;

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'sqlite') return;
  await rebuildWithoutUnique(db, '0011', 'users', UNIQUE_COLUMNS);
  for (const column of UNIQUE_COLUMNS) {
    await sql`create unique index ${sql.id(`users_${column}_unique`)} on users (${sql.ref(column)})`.execute(
      db,
    );
  }
}
