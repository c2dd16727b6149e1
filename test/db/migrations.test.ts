import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureCurrentSchema,
  LATEST_SCHEMA_VERSION,
  migrate,
  migrationStatus,
} from '../../src/db/migrate.js';
import { migrations } from '../../src/db/migrations/index.js';
import { flag, TABLES } from '../../src/db/schema.js';
import {
  DIALECTS,
  emptyTables,
  openTestDatabase,
  stopTestServers,
  type TestDatabase,
} from '../helpers/databases.js';
import { insertCompany, insertLearnerRow } from '../helpers/rows.js';

afterAll(stopTestServers);

async function columnsByTable(t: TestDatabase): Promise<Record<string, string[]>> {
  const tables = await t.db.kysely.introspection.getTables();
  return Object.fromEntries(
    tables
      // SQLite's FTS5 index is a virtual table with shadow tables; PostgreSQL keeps its index inside users.
      .filter((table) => table.name !== 'kursdesk_migrations' && !table.name.startsWith('users_name_fts'))
      .map((table) => [table.name, table.columns.map((c) => c.name).sort()]),
  );
}

describe('migrations', () => {
  it('are named in order, each once', () => {
    const names = migrations.map((m) => m.name);
    expect([...names].sort()).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^\d{4}-[a-z0-9-]+$/);
  });

  const schemas: Record<string, Record<string, string[]>> = {};

  describe.each(DIALECTS)('on %s', (dialect) => {
    it('migrate from nothing to the latest version, then nothing is pending and a second run applies nothing', async () => {
      const t = await openTestDatabase(dialect);
      try {
        const states = await migrationStatus(t.db);
        expect(states).toHaveLength(LATEST_SCHEMA_VERSION);
        expect(states.every((s) => s.appliedAt !== null)).toBe(true);
        expect(await migrate(t.db, new Date())).toEqual([]);
        await ensureCurrentSchema(t.db, new Date());
        schemas[dialect] = await columnsByTable(t);
        expect(Object.keys(schemas[dialect]!).sort()).toEqual([...TABLES].sort());
        await emptyTables(t.db);
      } finally {
        await t.close();
      }
    });
  });

  it('give both dialects the same tables and columns', () => {
    expect(schemas.sqlite).toBeDefined();
    expect(schemas.postgres).toEqual(schemas.sqlite);
  });
});

// Both dialects also read back the same shapes, which every workflow and output format relies on:
// timestamps as the ISO strings written, dates as yyyy-mm-dd, ids and counts as numbers, flags as flags.
describe.each(DIALECTS)('values read back from %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });
  afterAll(() => t.close());

  it('are the same shapes as on the other dialect', async () => {
    const company = await insertCompany(t.db.kysely, {
      in_elma: true,
      created_at: '2026-02-28T23:59:59.123Z',
    });
    const user = await insertLearnerRow(t.db.kysely, {
      employer_id: company.id,
      birth_date: '1986-10-15',
      hms_card_registered_on: '2024-02-29',
      password_set_at: '2026-11-25T10:00:00.000Z',
    });
    expect(typeof company.id).toBe('number');
    expect(company.created_at).toBe('2026-02-28T23:59:59.123Z');
    expect(flag(company.in_elma)).toBe(true);
    expect(flag((await insertCompany(t.db.kysely, { org_number: '974760673' })).in_elma)).toBe(false);
    expect(user).toMatchObject({
      employer_id: company.id,
      birth_date: '1986-10-15',
      hms_card_registered_on: '2024-02-29',
      password_set_at: '2026-11-25T10:00:00.000Z',
      version: 1,
    });

    const counted = await t.db.kysely
      .selectFrom('companies')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(counted.n).toBe(2);
    const raw = await sql<{ n: number }>`select count(*) as n from users`.execute(t.db.kysely);
    expect(raw.rows[0]!.n).toBe(1);
  });

  it('keep Norwegian letters intact', async () => {
    const user = await insertLearnerRow(t.db.kysely, {
      email: 'aase@firma.no',
      given_names: 'Åse Bjørg',
      family_name: 'Ødegård-Ærø',
    });
    const found = await t.db.kysely
      .selectFrom('users')
      .select(['given_names', 'family_name'])
      .where('family_name', '=', 'Ødegård-Ærø')
      .executeTakeFirstOrThrow();
    expect(found).toEqual({ given_names: user.given_names, family_name: 'Ødegård-Ærø' });
  });
});
