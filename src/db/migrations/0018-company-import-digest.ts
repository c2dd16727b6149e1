// Two nullable columns on companies for the company import (db/import-digest.ts, db/bulk.ts):
// import_digest, a 53-bit hash of the compared fields and in_elma as the last import wrote them (the
// compared field names are in its seed), and import_version, the company's version that write gave it.
// While version = import_version, nothing but that import has written the company since, so a
// re-import whose row hashes to import_digest is unchanged without reading the stored values. Every
// other write path bumps version and leaves these columns alone: the digest then silently stops
// counting, and the re-import compares value by value as before. Nothing else reads them.
//
// Only the SQLite import writes them. On PostgreSQL they stay NULL, which is harmless: its import
// compares through a hash the server computes from the stored values, and a NULL import_version never
// equals a version. bigint there (integer is 32-bit); SQLite's integer is 64-bit. Existing companies
// start with NULLs: their first re-import compares by value and writes the digest of the rows it
// finds equal.
import type { Kysely } from 'kysely';
import type { Dialect } from '../target.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const digest = dialect === 'postgres' ? 'bigint' : 'integer';
  await db.schema.alterTable('companies').addColumn('import_digest', digest).execute();
  await db.schema.alterTable('companies').addColumn('import_version', 'integer').execute();
}
