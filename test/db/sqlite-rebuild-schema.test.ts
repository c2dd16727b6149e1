// Migrations 0011 and 0016 rebuild a SQLite table (users, companies) through one helper. Databases in
// the field ran the rebuilds as they were first written, so the schema they leave must not change: the
// whole of sqlite_master after 0001–0016 is compared with a dump taken before the helper existed
// (schema/sqlite-0016.sql), both for a database migrated in one go and for one migrated release by
// release with rows in the rebuilt tables.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { type Db, openDb } from '../../src/db/connect.js';
import { migrations } from '../../src/db/migrations/index.js';
import { parseDbTarget } from '../../src/db/target.js';
import { insertCompany, insertLearnerRow } from '../helpers/rows.js';

const dir = mkdtempSync(join(tmpdir(), 'kursdesk-rebuild-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DUMP = join(import.meta.dirname, 'schema', 'sqlite-0016.sql');

/** Runs the migrations named `from` ≤ name < `to` in one transaction, foreign keys off as the runner does. */
async function applyMigrations(db: Db, from: string, to: string): Promise<void> {
  await sql`pragma foreign_keys = off`.execute(db.kysely);
  await db.kysely.transaction().execute(async (trx) => {
    for (const m of migrations.filter((m) => m.name >= from && m.name < to))
      await m.up(trx as unknown as Kysely<unknown>, 'sqlite');
    expect((await sql`pragma foreign_key_check`.execute(trx)).rows).toEqual([]);
  });
  await sql`pragma foreign_keys = on`.execute(db.kysely);
}

/** Every table, index, trigger and view as SQLite stores its definition, one per line block. */
async function schemaText(db: Db): Promise<string> {
  const rows = await sql<{
    type: string;
    name: string;
    tbl_name: string;
    sql: string | null;
  }>`select type, name, tbl_name, sql from sqlite_master order by type, name`.execute(db.kysely);
  return rows.rows
    .map((r) => `-- ${r.type} ${r.name} on ${r.tbl_name}\n${r.sql ?? '(automatic)'};\n`)
    .join('');
}

describe('the SQLite schema after migrations 0001–0016', () => {
  it('is the one the migrations left before the rebuild helper, migrated in one go', async () => {
    const db = await openDb(parseDbTarget(join(dir, 'one-go.db'), dir), { create: true });
    try {
      await applyMigrations(db, '0001', '0017');
      expect(await schemaText(db)).toBe(readFileSync(DUMP, 'utf8'));
    } finally {
      await db.close();
    }
  });

  it('is the same migrated release by release, with rows in the tables that are rebuilt', async () => {
    const db = await openDb(parseDbTarget(join(dir, 'stepwise.db'), dir), { create: true });
    try {
      await applyMigrations(db, '0001', '0011');
      const bane = await insertCompany(db.kysely, { org_number: '974760673', name: 'Bane AS' });
      await insertLearnerRow(db.kysely, { email: 'kari@bane.test', employer_id: bane.id });
      await applyMigrations(db, '0011', '0016');
      await insertCompany(db.kysely, { org_number: '912362043', name: 'Bygg AS' });
      await applyMigrations(db, '0016', '0017');
      expect(await schemaText(db)).toBe(readFileSync(DUMP, 'utf8'));
      expect(await db.kysely.selectFrom('companies').select('org_number').orderBy('id').execute()).toEqual([
        { org_number: '974760673' },
        { org_number: '912362043' },
      ]);
    } finally {
      await db.close();
    }
  });
});
