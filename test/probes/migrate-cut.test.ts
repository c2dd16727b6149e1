// The connection to PostgreSQL lost at each statement of `db migrate` in turn (a server restart, a
// network failure): every cut is one coded line with exit 1, never an internal error, and the schema is
// left as it was (the migrations run in one transaction), so the next migrate completes it.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../src/db/migrate.js';
import { runCli } from '../helpers/cli.js';
import { startCutProxy } from '../helpers/cut-proxy.js';
import { stopTestServers, useTestDatabase } from '../helpers/databases.js';

afterAll(stopTestServers);

describe('db migrate on a connection that is lost', () => {
  const t = useTestDatabase('postgres');

  it('at every statement: one coded line, exit 1, all migrations or none; then a migrate completes', {
    timeout: 600_000,
  }, async () => {
    const schema = `kd_cut_${randomBytes(4).toString('hex')}`;
    const proxy = await startCutProxy(t().url);
    const url = new URL(proxy.url(t().url));
    url.searchParams.set('schema', schema);
    const applied = async () => {
      const found = await sql<{
        n: number;
      }>`select count(*)::int as n from information_schema.tables where table_schema = ${schema} and table_name = 'kursdesk_migrations'`.execute(
        t().db.kysely,
      );
      if (found.rows[0]?.n === 0) return 0;
      const rows = await sql<{
        n: number;
      }>`select count(*)::int as n from ${sql.id(schema, 'kursdesk_migrations')}`.execute(t().db.kysely);
      return rows.rows[0]?.n ?? 0;
    };
    const seen = new Set<string>();
    const cuts = new Set<number>();
    try {
      let done = false;
      for (let n = 1; n <= 400 && !done; n++) {
        proxy.cutAt(n);
        const run = await runCli(['db', 'migrate'], { db: url.href });
        if (proxy.cut === undefined) {
          expect(run.code, run.stderr).toBe(0);
          done = true;
          break;
        }
        expect(run.code, `cut at statement ${n} (${proxy.cut}): ${run.stderr}`).toBe(1);
        const said = run.stderr.split('\n').filter((line) => line !== '');
        expect(said, `cut at statement ${n} (${proxy.cut})`).toHaveLength(1);
        expect(said[0]).not.toMatch(/internal error|a bug/);
        seen.add(said[0] as string);
        // Cut before the commit: nothing applied, and it says so; after it: all applied, and it says so.
        const kept = await applied();
        expect([0, LATEST_SCHEMA_VERSION], `cut at statement ${n}`).toContain(kept);
        if (kept === 0) expect(said[0]).not.toMatch(/already committed is kept/);
        else expect(said[0]).toMatch(/what it had already committed is kept/);
        cuts.add(kept);
      }
      expect(done).toBe(true);
      proxy.cutAt(undefined);
      const status = await runCli(['db', 'status'], { db: url.href });
      expect(status.code, status.stderr).toBe(0);
    } finally {
      await proxy.close();
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(t().db.kysely);
    }
    expect([...cuts].sort()).toEqual([0, LATEST_SCHEMA_VERSION]);
  });
});
