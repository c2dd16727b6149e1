// A PostgreSQL URL whose ?schema= names no schema (most often a typo) is said to be that, not "run db
// migrate", which would make a second, empty desk under the wrong name; nothing is created.
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { stopTestServers, useTestDatabase } from '../helpers/databases.js';

afterAll(stopTestServers);

describe('a ?schema= that does not exist', () => {
  const t = useTestDatabase('postgres');

  it('is named in one line (exit 1), and no schema is created', async () => {
    const url = new URL(t().url);
    const typo = `${url.searchParams.get('schema')}_typo`;
    url.searchParams.set('schema', typo);
    const run = await runCli(['users', 'show', '1'], { db: url.href });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('has no such schema');
    expect(run.stderr).toContain(`?schema=${typo}`);
    expect(run.stderr).not.toContain('run: kursdesk db migrate');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    const found = await sql<{
      n: number;
    }>`select count(*)::int as n from pg_namespace where nspname = ${typo}`.execute(t().db.kysely);
    expect(found.rows[0]?.n).toBe(0);
  });
});
