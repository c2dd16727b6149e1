// Misuse probes of robust14 on the shared PostgreSQL server: `db migrate` whose connection is cut just
// after it made the schema its URL names, or just after its commit, and two agents migrating a new
// schema at once.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../src/db/migrate.js';
import { runCli } from '../helpers/cli.js';
import { startCutProxy } from '../helpers/cut-proxy.js';
import { stopTestServers, useTestDatabase } from '../helpers/databases.js';

afterAll(stopTestServers);

describe('db migrate into a new ?schema= on a shared server', () => {
  const t = useTestDatabase('postgres');

  const schemaExists = async (schema: string) => {
    const found = await sql<{
      n: number;
    }>`select count(*)::int as n from pg_namespace where nspname = ${schema}`.execute(t().db.kysely);
    return found.rows[0]?.n === 1;
  };
  const applied = async (schema: string) => {
    if (!(await schemaExists(schema))) return 0;
    const found = await sql<{
      t: string | null;
    }>`select to_regclass(${`${schema}.kursdesk_migrations`})::text as t`.execute(t().db.kysely);
    if (found.rows[0]?.t == null) return 0;
    const rows = await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.id(schema, 'kursdesk_migrations')}`.execute(t().db.kysely);
    return rows.rows[0]?.n ?? 0;
  };
  const withSchema = (url: string, schema: string) => {
    const u = new URL(url);
    u.searchParams.set('schema', schema);
    return u.href;
  };
  const drop = (schema: string) =>
    sql`drop schema if exists ${sql.id(schema)} cascade`.execute(t().db.kysely);

  it('a cut before the commit leaves no empty schema; one after it points to db status, not audit', {
    timeout: 300_000,
  }, async () => {
    const proxy = await startCutProxy(t().url);
    const schemas = Array.from({ length: 2 }, () => `kd_r14_${randomBytes(4).toString('hex')}`);
    try {
      // How many statements a whole migrate of a new schema sends, to cut at its last ones.
      proxy.cutAt(undefined);
      const whole = await runCli(['db', 'migrate'], {
        db: withSchema(proxy.url(t().url), schemas[0] as string),
      });
      expect(whole.code, whole.stderr).toBe(0);
      const total = proxy.seen;
      const url = withSchema(proxy.url(t().url), schemas[1] as string);
      // The first statements: connecting, the checks, the schema made, the transaction begun.
      for (let n = 1; n <= 10; n++) {
        proxy.cutAt(n);
        const run = await runCli(['db', 'migrate'], { db: url });
        expect(run.code, `cut at ${n} (${proxy.cut}): ${run.stderr}`).toBe(1);
        expect(await applied(schemas[1] as string)).toBe(0);
        expect(await schemaExists(schemas[1] as string), `cut at ${n} (${proxy.cut})`).toBe(false);
      }
      // The last statements, after the commit: everything kept, and the hint names db status.
      let afterCommit = 0;
      for (let n = total; n > total - 5; n--) {
        proxy.cutAt(n);
        const run = await runCli(['db', 'migrate'], { db: url });
        if (proxy.cut === undefined) continue;
        expect(run.code, run.stderr).toBe(1);
        if ((await applied(schemas[1] as string)) !== LATEST_SCHEMA_VERSION) break;
        afterCommit++;
        const said = run.stderr.split('\n').filter((line) => line !== '');
        expect(said).toHaveLength(1);
        expect(said[0]).toMatch(/what it had already committed is kept/);
        expect(said[0]).toMatch(/kursdesk db status shows the migrations that were applied/);
        expect(said[0]).not.toMatch(/kursdesk audit/);
        await drop(schemas[1] as string);
      }
      expect(afterCommit).toBeGreaterThan(0);
    } finally {
      await proxy.close();
      for (const schema of schemas) await drop(schema);
    }
  });

  it('two agents migrating the same new schema at once both finish', { timeout: 120_000 }, async () => {
    const schemas: string[] = [];
    try {
      for (let round = 0; round < 4; round++) {
        const schema = `kd_r14_${randomBytes(4).toString('hex')}`;
        schemas.push(schema);
        const url = withSchema(t().url, schema);
        const runs = await Promise.all([
          runCli(['db', 'migrate'], { db: url }),
          runCli(['db', 'migrate'], { db: url }),
        ]);
        for (const run of runs) expect(run.code, run.stderr).toBe(0);
        expect(await applied(schema)).toBe(LATEST_SCHEMA_VERSION);
      }
    } finally {
      for (const schema of schemas) await drop(schema);
    }
  });
});
