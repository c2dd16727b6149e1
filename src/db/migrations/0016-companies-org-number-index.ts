// Companies' unique organisation number as a named unique index instead of a UNIQUE column
// constraint, on SQLite. The rule is the same (a second company with the number is refused), but an
// index can be dropped and built again, which a constraint's automatic index cannot: an import into an
// empty companies table then writes its rows without keeping a random-order index in step, and builds
// the index (still unique) once the rows are in, in the same transaction.
//
// SQLite cannot drop a column constraint, so the table is rebuilt the documented way, as 0011 did for
// users (_sqlite-rebuild.ts): a new table without the constraint, the rows copied with their ids, the
// old one dropped, the new one renamed, its indexes and triggers made again. The migration runner keeps
// foreign keys off meanwhile (the learners, employment history and enrolments that point to a company
// keep pointing to the same id) and checks them before the commit. PostgreSQL keeps its constraint: its
// bulk path (COPY) has no use for dropping it, and the query layer sees the same rule either way.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../target.js';
import { rebuildWithoutUnique } from './_sqlite-rebuild.js';

/** The index's name, for the import that drops and builds it (db/bulk.ts). */
export const COMPANIES_ORG_NUMBER_INDEX = 'companies_org_number_unique';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'sqlite') return;
  await rebuildWithoutUnique(db, '0016', 'companies', ['org_number']);
  await sql`create unique index ${sql.id(COMPANIES_ORG_NUMBER_INDEX)} on companies (org_number)`.execute(db);
}
