// Migration 0011 rebuilds the SQLite users table so its unique e-mail and national-ID hash are named
// indexes (which a bulk load can drop and build again). An existing database keeps every learner,
// every child row (cascading foreign keys must not fire on the rebuild), the name index and the rules.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/connect.js';
import { migrate } from '../../src/db/migrate.js';
import { migrations } from '../../src/db/migrations/index.js';
import { parseDbTarget } from '../../src/db/target.js';
import { TEST_NOW } from '../helpers/cli.js';
import { insertCompany, insertLearnerRow } from '../helpers/rows.js';

const dir = mkdtempSync(join(tmpdir(), 'kursdesk-0011-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 0011 (users: unique indexes instead of unique columns) on sqlite', () => {
  it('keeps every learner and child row, the name index and both unique rules', async () => {
    const db = await openDb(parseDbTarget(join(dir, 'old.db'), dir), { create: true });
    try {
      // The database as the migrations before 0011 left it, with data in it.
      const before = migrations.filter((m) => m.name < '0011');
      await db.kysely.transaction().execute(async (trx) => {
        await sql`create table kursdesk_migrations (name text primary key, applied_at text not null)`.execute(
          trx,
        );
        for (const m of before) {
          await m.up(trx as unknown as Kysely<unknown>, 'sqlite');
          await sql`insert into kursdesk_migrations values (${m.name}, ${TEST_NOW})`.execute(trx);
        }
      });
      const company = await insertCompany(db.kysely);
      const kari = await insertLearnerRow(db.kysely, {
        email: 'kari@bygg.test',
        employer_id: company.id,
        search_name: 'kari nordmann',
      });
      await insertLearnerRow(db.kysely, { email: 'ola@bygg.test', search_name: 'ola nordmann' });
      await db.kysely
        .insertInto('email_history')
        .values({ user_id: kari.id, email: 'kari@bygg.test', local_part: 'kari', valid_from: TEST_NOW })
        .execute();

      // 0011 and whatever came after it.
      expect(await migrate(db, new Date(TEST_NOW))).toEqual(
        migrations.filter((m) => m.name >= '0011').map((m) => m.name),
      );

      const users = await db.kysely.selectFrom('users').select(['id', 'email']).orderBy('id').execute();
      expect(users.map((u) => u.email)).toEqual(['kari@bygg.test', 'ola@bygg.test']);
      expect(await db.kysely.selectFrom('email_history').select('user_id').execute()).toEqual([
        { user_id: kari.id },
      ]);
      const indexes = await sql<{
        name: string;
      }>`select name from sqlite_master where type = 'index' and tbl_name = 'users' order by name`.execute(
        db.kysely,
      );
      expect(indexes.rows.map((r) => r.name)).toEqual([
        'users_birth_date',
        'users_email_unique',
        'users_employer',
        'users_national_id_hash_unique',
      ]);
      // The full-text triggers came back: a new learner is found by name.
      await insertLearnerRow(db.kysely, { email: 'per@bygg.test', search_name: 'per hansen' });
      const found = await sql<{
        rowid: number;
      }>`select rowid from users_name_fts where users_name_fts match 'hansen'`.execute(db.kysely);
      expect(found.rows).toHaveLength(1);
      // Both rules still hold.
      await expect(
        insertLearnerRow(db.kysely, { email: 'kari@bygg.test', national_id_hash: 'another-hash' }),
      ).rejects.toThrow(/UNIQUE constraint failed: users\.email/);
      await expect(
        insertLearnerRow(db.kysely, {
          email: 'new@bygg.test',
          national_id_hash: 'placeholder-hash-ola@bygg.test',
        }),
      ).rejects.toThrow(/UNIQUE constraint failed: users\.national_id_hash/);
      // Foreign keys are on again, and a child still cascades with its learner.
      expect(await sql`pragma foreign_keys`.execute(db.kysely)).toMatchObject({
        rows: [{ foreign_keys: 1 }],
      });
      await db.kysely.deleteFrom('users').where('id', '=', kari.id).execute();
      expect(await db.kysely.selectFrom('email_history').selectAll().execute()).toEqual([]);
      expect(await sql`pragma integrity_check`.execute(db.kysely)).toMatchObject({
        rows: [{ integrity_check: 'ok' }],
      });
    } finally {
      await db.close();
    }
  });
});
