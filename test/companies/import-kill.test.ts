// A company import into an empty SQLite file runs under a rollback journal and without the org_number
// index (built at the end of its transaction): a process killed half-way must leave the file as it was,
// in WAL mode, with the index and its rule, and the next import must work.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/connect.js';
import { parseDbTarget } from '../../src/db/target.js';
import { orgNumberCheckDigit } from '../../src/domain/org-number.js';
import { testHome } from '../helpers/cli.js';
import { killWhileLoading, runBin } from '../helpers/e2e.js';
import { insertCompany } from '../helpers/rows.js';

const dir = mkdtempSync(join(tmpdir(), 'kursdesk-import-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `n` rows with distinct valid org numbers and long enough rows to fill the page cache. */
function companiesFile(n: number): string {
  const lines = [
    'org_number,name,invoice_street,invoice_postal_code,invoice_city,invoice_email,contact_name,contact_email,contact_phone',
  ];
  for (let prefix = 91000000; lines.length <= n; prefix++) {
    const check = orgNumberCheckDigit(String(prefix));
    if (check === null) continue;
    const i = lines.length;
    lines.push(
      `${prefix}${check},Firma ${i} Entreprenør og Maskinutleie AS,Postboks ${i} Sentrum,0150,Oslo,faktura@firma${i}.example,Kari Nordmann,kari@firma${i}.example,9${String(1000000 + i)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('a company import killed half-way on sqlite', () => {
  // Writing 30 MB and the import itself take well over the default 30 s on a busy machine.
  it('leaves the database as it was, with its unique index, and the next import works', {
    timeout: 180_000,
  }, async () => {
    const csv = join(dir, 'big.csv');
    // About 30 MB of rows: more than the import's page cache, so pages reach the file before the kill.
    writeFileSync(csv, companiesFile(200_000));
    const path = join(dir, 'killed.db');
    expect((await runBin(['--db', path, 'db', 'migrate'])).code).toBe(0);
    const sizeBefore = statSync(path).size;
    // Kill it once rows are going into the file under the rollback journal.
    const killed = await killWhileLoading(
      ['companies', 'import', csv],
      path,
      sizeBefore + (4 << 20),
      120_000,
    );
    expect(killed).toBe(true);

    const db = await openDb(parseDbTarget(path, testHome()), { create: false });
    try {
      const count = await sql<{ n: number }>`select count(*) as n from companies`.execute(db.kysely);
      expect(count.rows[0]?.n).toBe(0);
      expect(await sql`pragma integrity_check`.execute(db.kysely)).toMatchObject({
        rows: [{ integrity_check: 'ok' }],
      });
      expect(await sql`pragma journal_mode`.execute(db.kysely)).toMatchObject({
        rows: [{ journal_mode: 'wal' }],
      });
      const indexes = await sql<{
        name: string;
      }>`select name from sqlite_master where type = 'index' and tbl_name = 'companies'`.execute(db.kysely);
      expect(indexes.rows.map((r) => r.name)).toEqual(['companies_org_number_unique']);
    } finally {
      await db.close();
    }
    const small = join(dir, 'small.csv');
    writeFileSync(small, companiesFile(3));
    const again = await runBin(['--db', path, 'companies', 'import', small, '--format', 'json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 3 });
    const db2 = await openDb(parseDbTarget(path, testHome()), { create: false });
    try {
      const first = companiesFile(1).split('\n')[1]?.split(',')[0];
      await expect(insertCompany(db2.kysely, { org_number: first })).rejects.toThrow(
        /UNIQUE constraint failed: companies\.org_number/,
      );
    } finally {
      await db2.close();
    }
  });
});
