// The SQLite company import tells an unchanged stored company by its import digest (migration 0018):
// trusted only while the company's version is the one the import wrote, and only for the same set of
// compared fields. These re-imports run through the built binary on both dialects: PostgreSQL leaves
// the digest columns NULL and compares through its own server hash, and must count the same.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { validOrgNumbers } from '../helpers/company-rows.js';
import { DIALECTS, stopTestServers, useTestDatabase } from '../helpers/databases.js';
import { runBin } from '../helpers/e2e.js';

afterAll(stopTestServers);

const dir = mkdtempSync(join(tmpdir(), 'kursdesk-digest-'));
const HEADER_TAIL = 'invoice_email,contact_name,contact_email,contact_phone';
const CONTACT = ',Kari Nordmann,kari@firma.example,91234567';

const orgNumbers = (n: number) => validOrgNumbers(n);

describe.each(DIALECTS)('on %s', (dialect) => {
  const db = useTestDatabase(dialect);
  const kd = (argv: string[]) => runBin(['--db', db().url, ...argv]);
  const orgs = orgNumbers(3);
  let files = 0;
  /**
   * Writes a file of the three companies with an invoice or a business address (the same values,
   * and the same place among the compared fields: only the columns differ), `street` for the middle one.
   */
  const file = (kind: 'invoice' | 'business', street = 'Storgata 1') => {
    const path = join(dir, `${dialect}-${files++}.csv`);
    const lines = orgs.map(
      (org, i) =>
        `${org},Firma ${i} AS,${i === 1 ? street : 'Storgata 1'},0150,Oslo,faktura@firma${i}.example${CONTACT}`,
    );
    const header = `org_number,name,${kind}_street,${kind}_postal_code,${kind}_city,${HEADER_TAIL}`;
    writeFileSync(path, `${[header, ...lines].join('\n')}\n`);
    return path;
  };
  const importFile = async (path: string) => {
    const run = await kd(['companies', 'import', path, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as { created: number; updated: number; unchanged: number };
  };
  const companies = () =>
    db()
      .db.kysely.selectFrom('companies')
      .select([
        'org_number',
        'invoice_street',
        'business_street',
        'version',
        'import_version',
        'import_digest',
      ])
      .orderBy('org_number')
      .execute();
  const audited = async () =>
    (
      await db()
        .db.kysely.selectFrom('audit_log')
        .select('target_id')
        .where('action', '=', 'companies.update')
        .orderBy('id')
        .execute()
    ).map((a) => a.target_id);

  it('writes the digest on SQLite only, at the version the import gave', async () => {
    expect(await importFile(file('invoice'))).toMatchObject({ created: 3 });
    for (const c of await companies()) {
      if (dialect === 'sqlite') {
        expect(c.import_version).toBe(c.version);
        expect(Number.isSafeInteger(c.import_digest)).toBe(true);
      } else expect([c.import_digest, c.import_version]).toEqual([null, null]);
    }
  });

  // The two files hold the same values in the same order of compared fields; only the column differs.
  it('compares a file with another set of columns by value', { timeout: 120_000 }, async () => {
    expect(await importFile(file('invoice'))).toMatchObject({ created: 3 });
    expect(await importFile(file('business'))).toMatchObject({ created: 0, updated: 3, unchanged: 0 });
    expect(await audited()).toEqual(orgs);
    expect((await companies()).map((c) => [c.invoice_street, c.business_street, c.version])).toEqual(
      orgs.map(() => ['Storgata 1', 'Storgata 1', 2]),
    );
    // The import's own update counts for the next import of the same columns; the first file's
    // columns are compared by value again and found equal.
    expect(await importFile(file('business'))).toMatchObject({ updated: 0, unchanged: 3 });
    expect(await importFile(file('invoice'))).toMatchObject({ updated: 0, unchanged: 3 });
    expect(await audited()).toHaveLength(3);
    if (dialect === 'sqlite')
      for (const c of await companies()) expect([c.version, c.import_version]).toEqual([2, 2]);
  });

  it('compares by value a company whose version moved since its import, and one from before the digest', {
    timeout: 120_000,
  }, async () => {
    const path = file('invoice');
    await importFile(path);
    const imported = await companies();
    // Changed by `companies update` and changed back: written since, but equal to the file.
    for (const street of ['Kirkegata 2', 'Storgata 1']) {
      const run = await kd(['companies', 'update', orgs[0] as string, '--invoice-street', street]);
      expect(run.code, run.stderr).toBe(0);
    }
    // As a company imported before migration 0018 stands.
    await db()
      .db.kysely.updateTable('companies')
      .set({ import_digest: null, import_version: null })
      .where('org_number', '=', orgs[1] as string)
      .execute();
    const before = await companies();
    expect(await importFile(path)).toMatchObject({ updated: 0, unchanged: 3 });
    expect(await audited()).toEqual([orgs[0], orgs[0]]);
    const after = await companies();
    expect(after.map((c) => c.version)).toEqual(before.map((c) => c.version));
    // SQLite records the digest of what it found equal, at the version the company has.
    if (dialect === 'sqlite') for (const c of after) expect(c.import_version).toBe(c.version);
    expect(after.map((c) => c.import_digest)).toEqual(imported.map((c) => c.import_digest));

    // The file now differs for that company: told and written.
    const changed = file('invoice', 'Kirkegata 2');
    expect(await importFile(changed)).toMatchObject({ updated: 1, unchanged: 2 });
    expect(await audited()).toEqual([orgs[0], orgs[0], orgs[1]]);
  });

  // What the digest means: while version = import_version nobody but an import wrote the company, so
  // SQLite reads none of its values. A write that bypasses kursdesk's write paths (no version bump) is
  // therefore not seen there; PostgreSQL hashes the stored values and sees it. A version bump is seen.
  it('trusts the digest on SQLite while the version is the imported one', { timeout: 120_000 }, async () => {
    const path = file('invoice');
    await importFile(path);
    await sql`update companies set invoice_street = 'Hamarvegen 3' where org_number = ${orgs[2]}`.execute(
      db().db.kysely,
    );
    expect(await importFile(path)).toMatchObject(
      dialect === 'sqlite' ? { updated: 0, unchanged: 3 } : { updated: 1, unchanged: 2 },
    );
    await sql`update companies set invoice_street = 'Hamarvegen 3', version = version + 1 where org_number = ${orgs[2]}`.execute(
      db().db.kysely,
    );
    expect(await importFile(path)).toMatchObject({ updated: 1, unchanged: 2 });
    expect((await companies()).map((c) => c.invoice_street)).toEqual(orgs.map(() => 'Storgata 1'));
  });
});
