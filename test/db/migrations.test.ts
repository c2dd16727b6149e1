import { afterAll, describe, expect, it } from 'vitest';
import {
  ensureCurrentSchema,
  LATEST_SCHEMA_VERSION,
  migrate,
  migrationStatus,
} from '../../src/db/migrate.js';
import { migrations } from '../../src/db/migrations/index.js';
import { TABLES } from '../../src/db/schema.js';
import {
  DIALECTS,
  emptyTables,
  openTestDatabase,
  stopTestServers,
  type TestDatabase,
} from '../helpers/databases.js';

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
