// The PostgreSQL company import sends its new companies as binary COPY (made from the parsing side's
// COPY text, in sorted runs of 25,000): what lands must be what SQLite stores from bound values, row
// for row and field for field, over several runs, with backslashes, "\N" as text, empty fields and
// non-ASCII, in_elma from the ELMA register, and the import's own time in both timestamps. Each run's
// savepoint is set (and the last one's released) in the message that starts its COPY.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgNumberCheckDigit } from '../../src/domain/org-number.js';
import { runCli } from '../helpers/cli.js';
import { openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';

afterAll(stopTestServers);

const dir = mkdtempSync(join(tmpdir(), 'kursdesk-import-binary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Org numbers of the ELMA sample (fixtures/registers/peppol-participants.csv). */
const ELMA = ['912346978', '912352455'];

/** `n` companies over more than two runs, with the values the COPY formats treat specially. */
function companiesFile(n: number): string {
  const lines = [
    'org_number,name,invoice_street,invoice_postal_code,invoice_city,invoice_email,contact_name,contact_email,contact_phone',
  ];
  for (const org of ELMA)
    lines.push(`${org},Elma ${org} AS,,,,faktura@elma${org}.example,Kari Elma,kari@elma.example,91234567`);
  for (let prefix = 80000000; lines.length <= n; prefix += 7) {
    const check = orgNumberCheckDigit(String(prefix));
    if (check === null) continue;
    const i = lines.length;
    const street =
      i % 5 === 0
        ? `Postboks \\N ${i}`
        : i % 5 === 1
          ? `Gate\\\\${i} C:\\data`
          : i % 5 === 2
            ? ''
            : `Storgata ${i}`;
    const name = i % 3 === 0 ? `"Bjørn, Ærlig & Søn ${i} AS"` : `Firma ${i} ÅS`;
    lines.push(
      `${prefix}${check},${name},${street},${street === '' ? '' : '0150'},${street === '' ? '' : 'Oslo'},faktura@firma${i}.example,Åse Ødegård,ase@firma${i}.example,9${String(1000000 + i)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const COLUMNS = [
  'org_number',
  'name',
  'status',
  'business_street',
  'business_postal_code',
  'business_city',
  'invoice_street',
  'invoice_postal_code',
  'invoice_city',
  'invoice_email',
  'in_elma',
  'contact_name',
  'contact_email',
  'contact_phone',
  'email_domains',
  'version',
] as const;

async function stored(t: TestDatabase): Promise<{ rows: string[]; times: Set<number> }> {
  const all = await t.db.kysely
    .selectFrom('companies')
    .select([...COLUMNS, 'created_at', 'updated_at'])
    .orderBy('org_number')
    .execute();
  const times = new Set<number>();
  const rows = all.map((row) => {
    const r = row as Record<string, unknown>;
    times.add(new Date(r.created_at as string).getTime());
    times.add(new Date(r.updated_at as string).getTime());
    return JSON.stringify(COLUMNS.map((c) => (c === 'in_elma' ? Boolean(r[c]) : r[c])));
  });
  return { rows, times };
}

describe('new companies sent to PostgreSQL (binary COPY where the server takes COPY)', () => {
  let sqlite: TestDatabase;
  let postgres: TestDatabase;
  beforeAll(async () => {
    sqlite = await openTestDatabase('sqlite');
    postgres = await openTestDatabase('postgres');
  });
  afterAll(async () => {
    await sqlite?.close();
    await postgres?.close();
  });

  it('land as SQLite stores them from bound values, over three runs, with the import time in both timestamps', {
    timeout: 300_000,
  }, async () => {
    const csv = join(dir, 'companies.csv');
    writeFileSync(csv, companiesFile(60_000));
    const elma = join(import.meta.dirname, '..', '..', 'fixtures', 'registers', 'peppol-participants.csv');
    // Which statements reach the server (pg's Client.query, as it is: nothing is replaced).
    const queries: string[] = [];
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const q = args[0] as string | { text?: string };
      queries.push(typeof q === 'string' ? q : (q?.text ?? ''));
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    const results: Record<string, { rows: string[]; times: Set<number> }> = {};
    try {
      for (const t of [sqlite, postgres]) {
        const registry = await runCli(['registry', 'import', 'elma', elma, '--date', '2026-11-20'], {
          db: t.url,
        });
        expect(registry.code, registry.stderr).toBe(0);
        const run = await runCli(['companies', 'import', csv, '--format', 'json'], { db: t.url });
        expect(run.code, run.stderr).toBe(0);
        expect(JSON.parse(run.stdout)).toMatchObject({ rows: 60_000, created: 60_000, rejected: 0 });
        results[t.dialect] = await stored(t);
        // One instant for every row's created_at and updated_at: the import's.
        expect(results[t.dialect]?.times.size).toBe(1);
      }
    } finally {
      pg.Client.prototype.query = query;
    }
    const fromSqlite = results.sqlite?.rows ?? [];
    const fromPostgres = results.postgres?.rows ?? [];
    expect(fromSqlite).toHaveLength(60_000);
    expect(fromPostgres).toHaveLength(60_000);
    for (let i = 0; i < fromSqlite.length; i++) expect(fromPostgres[i]).toBe(fromSqlite[i]);
    // The same instant (the tests' clock), to the millisecond.
    expect([...(results.postgres?.times ?? [])]).toEqual([...(results.sqlite?.times ?? [])]);
    // The special values are there as written.
    expect(fromPostgres.filter((r) => r.includes('"Postboks \\\\N '))).not.toHaveLength(0);
    expect(fromPostgres.filter((r) => r.includes('C:\\\\data"'))).not.toHaveLength(0);
    expect(fromPostgres.filter((r) => JSON.parse(r)[10] === true)).toHaveLength(ELMA.length);
    // A server that takes COPY gets the runs of new companies in the binary format, one COPY a run.
    const binary = queries.filter((q) =>
      /copy "companies" \(.*\) from stdin with \(format binary\)$/.test(q),
    );
    if (process.env.KURSDESK_TEST_PG_URL) {
      expect(binary).toHaveLength(3);
      // Each run's savepoint goes with its COPY, and the last run's is released there: no round trip
      // of its own for either, while the server waits.
      expect(binary.map((q) => q.slice(0, q.indexOf('copy')))).toEqual([
        'savepoint kursdesk_company_run; ',
        'release savepoint kursdesk_company_run; savepoint kursdesk_company_run; ',
        'release savepoint kursdesk_company_run; savepoint kursdesk_company_run; ',
      ]);
      expect(queries.filter((q) => /^(release )?savepoint kursdesk_company_run$/.test(q))).toEqual([]);
    }
  });
});
