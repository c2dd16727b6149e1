// A PostgreSQL re-import sizes its table of stored companies' hashes from the server's estimate of the
// table's rows (reltuples), which lags behind after companies are added without an ANALYZE. The
// table must then grow as the hashes come in and still find every stored company: here the estimate
// is a few dozen while thousands are stored, and the re-import must count, update and audit exactly
// as it would have with a good estimate.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { COMPANY_CSV_HEADER, companyCsvRow, validOrgNumbers } from '../helpers/company-rows.js';
import { stopTestServers, useTestDatabase } from '../helpers/databases.js';
import { runBin } from '../helpers/e2e.js';

afterAll(stopTestServers);

const dir = mkdtempSync(join(tmpdir(), 'kursdesk-digests-growth-'));
const HEADER = COMPANY_CSV_HEADER;

const orgNumbers = (n: number) => validOrgNumbers(n);

const row = companyCsvRow;

describe('on postgres', () => {
  const db = useTestDatabase('postgres');
  const kd = (argv: string[]) => runBin(['--db', db().url, ...argv]);
  const csv = (name: string, lines: readonly string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${[HEADER, ...lines].join('\n')}\n`);
    return path;
  };

  it('finds every stored company when the server’s estimate of them is far short', {
    timeout: 180_000,
  }, async () => {
    const orgs = orgNumbers(3_020);
    const phone = (i: number, changed: boolean) => `${changed ? 4 : 9}${1_000_000 + i}`;
    const first = await kd([
      'companies',
      'import',
      csv(
        'few.csv',
        orgs.slice(0, 20).map((o, i) => row(o, i, phone(i, false))),
      ),
    ]);
    expect(first.code, first.stderr).toBe(0);
    await sql`analyze companies`.execute(db().db.kysely);
    const more = await kd([
      'companies',
      'import',
      csv(
        'more.csv',
        orgs.slice(20).map((o, k) => row(o, k + 20, phone(k + 20, false))),
      ),
      '--format',
      'json',
    ]);
    expect(JSON.parse(more.stdout)).toMatchObject({ created: 3_000 });
    const estimate = await sql<{
      n: number;
    }>`select reltuples::float8 as n from pg_class where oid = 'companies'::regclass`.execute(db().db.kysely);
    // The premise: the estimate is the 20 of the ANALYZE, not the 3,020 stored.
    expect(Number(estimate.rows[0]?.n)).toBeLessThan(100);

    // Every 100th company changed, the rest as stored.
    const changed = new Set(orgs.filter((_, i) => i % 100 === 7));
    const again = await kd([
      'companies',
      'import',
      csv(
        'all.csv',
        orgs.map((o, i) => row(o, i, phone(i, changed.has(o)))),
      ),
      '--format',
      'json',
    ]);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      rows: 3_020,
      created: 0,
      updated: changed.size,
      unchanged: 3_020 - changed.size,
    });
    const audited = await db()
      .db.kysely.selectFrom('audit_log')
      .select('target_id')
      .where('action', '=', 'companies.update')
      .execute();
    expect(new Set(audited.map((a) => a.target_id))).toEqual(changed);
    expect(audited).toHaveLength(changed.size);
  });
});
