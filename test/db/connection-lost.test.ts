// A connection lost at any moment of a command ends it with one line, never with a wait for ever: the
// connection is cut at every statement of a company import in turn (connect, schema check, bulk lock,
// stored org numbers, COPY, compare, update, audit spool, write lock, audit append, commit), and each
// time the command fails at once, nothing is written, and the import then runs to the end. On the real
// server also the other way a session is lost: the server itself ends it (a restart, pg_terminate_backend)
// while a COPY waits to start; and a COPY the server refuses before it starts, which hung the same way.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connect.js';
import { type CliRun, runCli, testHome } from '../helpers/cli.js';
import { type CutProxy, startCutProxy } from '../helpers/cut-proxy.js';
import { useTestDatabase } from '../helpers/databases.js';
import { countRows } from '../helpers/rows.js';

/** A company CSV of `rows` valid org numbers from `first` on, named `<label> <k> AS`. */
function companiesCsv(name: string, rows: number, label: string): string {
  const lines = ['org_number,name,invoice_email,contact_name,contact_email,contact_phone'];
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (let k = 0; lines.length <= rows; k++) {
    const eight = String(80_000_000 + k);
    const r = [...eight].reduce((s, d, i) => s + Number(d) * (weights[i] as number), 0) % 11;
    if (r === 1) continue;
    lines.push(
      `${eight}${r === 0 ? 0 : 11 - r},${label} ${k} AS,faktura@f${k}.example,Kari Nordmann,kari@f${k}.example,91234567`,
    );
  }
  const file = join(testHome(), name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** The run, or a failure naming what it still waits for: a lost connection must never hang a command. */
async function settled(run: Promise<CliRun>, what: string): Promise<CliRun> {
  let timer: NodeJS.Timeout | undefined;
  const stuck = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the command still waits, 30 s after ${what}`)), 30_000);
  });
  try {
    return await Promise.race([run, stuck]);
  } finally {
    clearTimeout(timer);
  }
}

/** The lines of stderr that say why (the import also warns that no register extract is loaded). */
const errorLines = (run: CliRun) =>
  run.stderr
    .trim()
    .split('\n')
    .filter((line) => line !== '' && !line.includes('warning'));

async function counts(db: Db) {
  const renamed = await db.kysely
    .selectFrom('companies')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('name', 'like', 'Renamed %')
    .executeTakeFirst();
  return {
    companies: await countRows(db.kysely, 'companies'),
    audit: await countRows(db.kysely, 'audit_log'),
    renamed: Number(renamed?.n),
  };
}

describe('a connection lost at any statement of a company import', () => {
  const t = useTestDatabase('postgres');
  let proxy: CutProxy;
  beforeAll(async () => {
    proxy = await startCutProxy(t().url);
  });
  afterAll(async () => {
    await proxy?.close();
  });

  /**
   * Cuts the import at statement 1, 2, … until it runs past its last one. Each cut: exit 1, one line
   * that says the connection was lost, and the database as `before`. Returns how many were cut.
   */
  async function cutEveryStatement(file: string, before: Awaited<ReturnType<typeof counts>>) {
    const db = proxy.url(t().url);
    for (let n = 1; ; n++) {
      proxy.cutAt(n);
      const run = await settled(
        runCli(['companies', 'import', file, '--yes'], { db }),
        `losing the connection at statement ${n}`,
      );
      const at = proxy.cut;
      proxy.cutAt(undefined);
      if (at === undefined) {
        expect(run, run.stderr).toMatchObject({ code: 0 });
        return n - 1;
      }
      const where = `cut at statement ${n}: ${at.slice(0, 60)}`;
      expect(run.code, `${where}\n${run.stderr}`).toBe(1);
      expect(errorLines(run), where).toEqual([expect.stringContaining('lost the connection to PostgreSQL')]);
      expect(run.stderr, where).toMatch(/nothing was (written|done)/);
      expect(await counts(t().db), where).toEqual(before);
    }
  }

  // Two batches (the import takes 2,000 rows a batch), so a cut also falls between two COPYs.
  it('new companies: fails at once at every statement, writes nothing, and then imports them all', {
    timeout: 300_000,
  }, async () => {
    const file = companiesCsv('lost-new.csv', 2500, 'Firma');
    const cuts = await cutEveryStatement(file, { companies: 0, audit: 0, renamed: 0 });
    // Connect, schema check, bulk lock, COPY of each batch, write lock, audit and commit were all cut.
    expect(cuts).toBeGreaterThan(12);
    expect(await counts(t().db)).toEqual({ companies: 2500, audit: 1, renamed: 0 });
  });

  it('stored companies that change: also the compare, the update and the audit spool', {
    timeout: 300_000,
  }, async () => {
    const first = companiesCsv('lost-stored.csv', 1000, 'Firma');
    expect(await runCli(['companies', 'import', first, '--yes'], { db: t().url })).toMatchObject({ code: 0 });
    const file = companiesCsv('lost-changed.csv', 2500, 'Renamed');
    const cuts = await cutEveryStatement(file, { companies: 1000, audit: 1, renamed: 0 });
    expect(cuts).toBeGreaterThan(15);
    // One entry for each import and one for each updated company.
    expect(await counts(t().db)).toEqual({ companies: 2500, audit: 2 + 1000, renamed: 2500 });
  });
});

describe.runIf(process.env.KURSDESK_TEST_PG_URL)(
  'the server ends the session or refuses the COPY of an import',
  () => {
    const t = useTestDatabase('postgres');

    it('refusing its COPY before it starts (the wait for the table lock ran out): one line, no wait for ever', {
      timeout: 120_000,
    }, async () => {
      const file = companiesCsv('refused-copy.csv', 2500, 'Firma');
      const schema = new URL(t().url).searchParams.get('schema') as string;
      const holder = new pg.Client({ connectionString: process.env.KURSDESK_TEST_PG_URL });
      await holder.connect();
      try {
        // Reads pass an EXCLUSIVE lock, the COPY waits for it: the server refuses the COPY when
        // lock_timeout runs out, before the COPY has started. The connection stays usable.
        await holder.query('begin');
        await holder.query(`lock table "${schema}".companies in exclusive mode`);
        const run = await settled(
          runCli(['companies', 'import', file, '--yes'], { db: t().url, env: { KURSDESK_WAIT_MS: '300' } }),
          'the server refused the COPY',
        );
        expect(run.code, run.stderr).toBe(1);
        expect(errorLines(run)).toEqual([expect.stringContaining('the database is busy')]);
      } finally {
        await holder.query('rollback');
        await holder.end();
      }
      expect(await counts(t().db)).toEqual({ companies: 0, audit: 0, renamed: 0 });
    });

    it('while its COPY waits to start: one line, nothing written, no wait for ever', {
      timeout: 120_000,
    }, async () => {
      const file = companiesCsv('ended-copy.csv', 2500, 'Firma');
      const schema = new URL(t().url).searchParams.get('schema') as string;
      const watcher = new pg.Client({ connectionString: process.env.KURSDESK_TEST_PG_URL });
      await watcher.connect();
      try {
        // An EXCLUSIVE lock lets the import read the table but holds its COPY before the server answers
        // it: the moment a restart that lands between two batches hits.
        await watcher.query('begin');
        await watcher.query(`lock table "${schema}".companies in exclusive mode`);
        const importing = runCli(['companies', 'import', file, '--yes'], { db: t().url });
        let copying: number | undefined;
        for (let i = 0; i < 600 && copying === undefined; i++) {
          const { rows } = await watcher.query<{ pid: number }>(
            `select pid from pg_locks where not granted and relation = $1::regclass`,
            [`"${schema}".companies`],
          );
          copying = rows[0]?.pid;
          if (copying === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
        }
        expect(copying, 'the import never reached its COPY').toBeDefined();
        await watcher.query('select pg_terminate_backend($1)', [copying]);
        await watcher.query('rollback');
        const run = await settled(importing, 'the server ended the session');
        expect(run.code, run.stderr).toBe(1);
        expect(errorLines(run)).toEqual([expect.stringContaining('lost the connection to PostgreSQL')]);
        expect(run.stderr).toContain('nothing was written');
      } finally {
        await watcher.end();
      }
      expect(await counts(t().db)).toEqual({ companies: 0, audit: 0, renamed: 0 });
      expect(await runCli(['companies', 'import', file, '--yes'], { db: t().url })).toMatchObject({
        code: 0,
      });
      expect(await counts(t().db)).toEqual({ companies: 2500, audit: 1, renamed: 0 });
    });
  },
);
