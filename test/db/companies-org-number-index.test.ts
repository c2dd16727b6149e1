// Migration 0016 rebuilds the SQLite companies table so its unique organisation number is a named
// index (which an import into an empty table drops and builds again). An existing database keeps every
// company with its id, every learner, employment and enrolment that points to one, and the rule.
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

const dir = mkdtempSync(join(tmpdir(), 'kursdesk-0016-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 0016 (companies: a unique index instead of a unique column) on sqlite', () => {
  it('keeps every company, id and reference to it, and the unique rule', async () => {
    const db = await openDb(parseDbTarget(join(dir, 'old.db'), dir), { create: true });
    try {
      // The database as the migrations before 0016 left it, with data in it.
      await db.kysely.transaction().execute(async (trx) => {
        await sql`create table kursdesk_migrations (name text primary key, applied_at text not null)`.execute(
          trx,
        );
        for (const m of migrations.filter((m) => m.name < '0016')) {
          await m.up(trx as unknown as Kysely<unknown>, 'sqlite');
          await sql`insert into kursdesk_migrations values (${m.name}, ${TEST_NOW})`.execute(trx);
        }
      });
      const bygg = await insertCompany(db.kysely, { org_number: '912362043', name: 'Bygg AS' });
      const bane = await insertCompany(db.kysely, { org_number: '974760673', name: 'Bane AS' });
      const kari = await insertLearnerRow(db.kysely, { email: 'kari@bygg.test', employer_id: bane.id });
      await db.kysely
        .insertInto('employment_history')
        .values({ user_id: kari.id, company_id: bane.id, started_on: '2026-01-01' })
        .execute();

      expect(await migrate(db, new Date(TEST_NOW))).toEqual(
        migrations.filter((m) => m.name >= '0016').map((m) => m.name),
      );

      const stored = await db.kysely.selectFrom('companies').select(['id', 'org_number', 'name']).execute();
      expect(stored).toEqual([
        { id: bygg.id, org_number: '912362043', name: 'Bygg AS' },
        { id: bane.id, org_number: '974760673', name: 'Bane AS' },
      ]);
      expect(
        (await db.kysely.selectFrom('users').select('employer_id').executeTakeFirstOrThrow()).employer_id,
      ).toBe(bane.id);
      const indexes = await sql<{
        name: string;
      }>`select name from sqlite_master where type = 'index' and tbl_name = 'companies' order by name`.execute(
        db.kysely,
      );
      expect(indexes.rows.map((r) => r.name)).toEqual(['companies_org_number_unique']);
      await expect(insertCompany(db.kysely, { org_number: '912362043' })).rejects.toThrow(
        /UNIQUE constraint failed: companies\.org_number/,
      );
      // The references still hold: a company with learners cannot go, and foreign keys are on again.
      await expect(db.kysely.deleteFrom('companies').where('id', '=', bane.id).execute()).rejects.toThrow(
        /FOREIGN KEY constraint failed/,
      );
      expect(await sql`pragma foreign_key_check`.execute(db.kysely)).toMatchObject({ rows: [] });
      expect(await sql`pragma integrity_check`.execute(db.kysely)).toMatchObject({
        rows: [{ integrity_check: 'ok' }],
      });
    } finally {
      await db.close();
    }
  });
});
