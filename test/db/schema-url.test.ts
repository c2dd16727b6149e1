// A PostgreSQL URL whose ?schema= names no schema (a new desk, or a typo) is refused in one line that
// says the schema is not there yet, so a typo is fixed in the URL rather than migrated into a second,
// empty desk; nothing is created by the refusal.
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { stopTestServers, useTestDatabase } from '../helpers/databases.js';

afterAll(stopTestServers);

describe('a ?schema= that does not exist', () => {
  const t = useTestDatabase('postgres');

  it('is named in the one refusal line (exit 1), and no schema is created', async () => {
    const url = new URL(t().url);
    const typo = `${url.searchParams.get('schema')}_typo`;
    url.searchParams.set('schema', typo);
    const run = await runCli(['users', 'show', '1'], { db: url.href });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`there is no schema '${typo}' yet`);
    expect(run.stderr).toContain('fix ?schema= in the URL');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    const found = await sql<{
      n: number;
    }>`select count(*)::int as n from pg_namespace where nspname = ${typo}`.execute(t().db.kysely);
    expect(found.rows[0]?.n).toBe(0);
  });

  it('is not mentioned for a schema that exists but is not migrated yet', async () => {
    const url = new URL(t().url);
    const empty = `${url.searchParams.get('schema')}_empty`;
    await sql`create schema ${sql.id(empty)}`.execute(t().db.kysely);
    try {
      url.searchParams.set('schema', empty);
      const run = await runCli(['users', 'show', '1'], { db: url.href });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('schema version 0');
      expect(run.stderr).not.toContain('there is no schema');
    } finally {
      await sql`drop schema ${sql.id(empty)} cascade`.execute(t().db.kysely);
    }
  });
});
