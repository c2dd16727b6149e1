// Re-imports through the built binary (batches of 2,000 rows) on both dialects, with new and stored
// companies mixed in every batch: PostgreSQL then switches its COPY between companies and the
// table the stored rows are compared through, and settles the changed companies a page at a time
// after the last batch. The counts, the rows and the audit must come out as one row at a time would.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/db/write-gate.js';
import { orgNumberCheckDigit } from '../../src/domain/org-number.js';
import { COMPANY_CSV_HEADER, companyCsvRow, validOrgNumbers } from '../helpers/company-rows.js';
import { DIALECTS, stopTestServers, useTestDatabase } from '../helpers/databases.js';
import { runBin } from '../helpers/e2e.js';

afterAll(stopTestServers);

const dir = mkdtempSync(join(tmpdir(), 'kursdesk-reimport-'));
const HEADER = COMPANY_CSV_HEADER;

/** The first `n` valid org numbers from 92000000… */
const orgNumbers = (n: number) => validOrgNumbers(n, 92_000_000);

const row = companyCsvRow;

describe.each(DIALECTS)('on %s', (dialect) => {
  const db = useTestDatabase(dialect);
  const kd = (argv: string[]) => runBin(['--db', db().url, ...argv]);

  // Three imports of thousands of rows through the binary: minutes on a loaded machine.
  it('a file of new and stored companies in every batch: counts, stored rows and audit name exactly the changed ones', {
    timeout: 240_000,
  }, async () => {
    const orgs = orgNumbers(7_000);
    const first = join(dir, `first-${dialect}.csv`);
    writeFileSync(
      first,
      `${[HEADER, ...orgs.slice(0, 5_000).map((org, i) => row(org, i, `9${1_000_000 + i}`))].join('\n')}\n`,
    );
    const created = await kd(['companies', 'import', first, '--format', 'json']);
    expect(created.code, created.stderr).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ created: 5_000 });

    // Every second stored company gets a new phone (2,500: more than one page of changes), and two new
    // companies follow every fifth stored one, so each batch holds both kinds.
    const lines = [HEADER];
    const changed = new Set<string>();
    let fresh = 5_000;
    for (let i = 0; i < 5_000; i++) {
      const org = orgs[i] as string;
      const phone = i % 2 === 1 ? `4${1_000_000 + i}` : `9${1_000_000 + i}`;
      if (i % 2 === 1) changed.add(org);
      lines.push(row(org, i, phone));
      if (i % 5 === 4)
        for (let k = 0; k < 2; k++, fresh++) lines.push(row(orgs[fresh] as string, fresh, '91234567'));
    }
    const second = join(dir, `second-${dialect}.csv`);
    writeFileSync(second, `${lines.join('\n')}\n`);
    const run = await kd(['companies', 'import', second, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      rows: 7_000,
      created: 2_000,
      updated: 2_500,
      unchanged: 2_500,
      rejected: 0,
    });

    const companies = await db()
      .db.kysely.selectFrom('companies')
      .select(['org_number', 'contact_phone', 'version'])
      .execute();
    expect(companies).toHaveLength(7_000);
    const byOrg = new Map(companies.map((c) => [c.org_number, c]));
    orgs.forEach((org, i) => {
      const stored = byOrg.get(org);
      if (i >= 5_000) expect(stored).toMatchObject({ contact_phone: '+4791234567', version: 1 });
      else if (changed.has(org))
        expect(stored).toMatchObject({ contact_phone: `+474${1_000_000 + i}`, version: 2 });
      else expect(stored).toMatchObject({ contact_phone: `+479${1_000_000 + i}`, version: 1 });
    });

    const audited = await db()
      .db.kysely.selectFrom('audit_log')
      .select(['target_id', 'changes'])
      .where('action', '=', 'companies.update')
      .execute();
    expect(new Set(audited.map((a) => a.target_id))).toEqual(changed);
    expect(audited).toHaveLength(2_500);
    expect(JSON.parse(audited[0]?.changes as string)).toEqual([
      expect.objectContaining({ field: 'contact_phone' }),
    ]);
    // Appended a batch at a time, the entries still make one chain: both imports' summaries and the
    // 2,500 updates.
    expect(await verifyAuditChain(db().db.kysely)).toEqual({ checked: 2_502, brokenAt: null });

    // The same file again: nothing left to change, every row counted as unchanged.
    const again = await kd(['companies', 'import', second, '--format', 'json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, updated: 0, unchanged: 7_000 });
  });

  // A re-import must see the companies as they are now, whichever door changed them since the last
  // import: the PostgreSQL side matches unchanged rows by a hash of the stored values, so a stale one
  // would show here as a change missed or a company rewritten for nothing.
  it('tells the companies changed by `companies update` and `companies register` since the last import, and only those', {
    timeout: 120_000,
  }, async () => {
    const orgs = orgNumbers(4);
    const first = join(dir, `paths-first-${dialect}.csv`);
    writeFileSync(
      first,
      `${[HEADER, ...orgs.slice(0, 3).map((org, i) => row(org, i, `9${1_000_000 + i}`))].join('\n')}\n`,
    );
    expect((await kd(['companies', 'import', first])).code).toBe(0);
    // A field the file gives, changed by hand; a field it does not give (email domains), changed too.
    const phone = await kd(['companies', 'update', orgs[0] as string, '--contact-phone', '+4799887766']);
    expect(phone.code, phone.stderr).toBe(0);
    const domains = await kd(['companies', 'update', orgs[1] as string, '--email-domains', 'firma1.example']);
    expect(domains.code, domains.stderr).toBe(0);
    // Registered by hand as the file has it, but another phone.
    const registered = await kd([
      'companies',
      'register',
      orgs[3] as string,
      '--force',
      '--name',
      'Firma 3 AS',
      '--invoice-email',
      'faktura@firma3.example',
      '--contact-name',
      'Kari Nordmann',
      '--contact-email',
      'kari@firma3.example',
      '--contact-phone',
      '98765432',
    ]);
    expect(registered.code, registered.stderr).toBe(0);

    const second = join(dir, `paths-second-${dialect}.csv`);
    writeFileSync(
      second,
      `${[HEADER, ...orgs.map((org, i) => row(org, i, `9${1_000_000 + i}`))].join('\n')}\n`,
    );
    const run = await kd(['companies', 'import', second, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ created: 0, updated: 2, unchanged: 2 });
    const audited = await db()
      .db.kysely.selectFrom('audit_log')
      .select(['target_id', 'changes'])
      .where('action', '=', 'companies.update')
      .orderBy('id')
      .execute();
    // The two hand updates, then the import's two.
    expect(audited.map((a) => a.target_id)).toEqual([orgs[0], orgs[1], orgs[0], orgs[3]]);
    expect(audited.slice(2).map((a) => JSON.parse(a.changes as string))).toEqual([
      [expect.objectContaining({ field: 'contact_phone' })],
      [expect.objectContaining({ field: 'contact_phone' })],
    ]);
    const stored = await db()
      .db.kysely.selectFrom('companies')
      .select(['org_number', 'contact_phone', 'email_domains'])
      .orderBy('org_number')
      .execute();
    expect(stored.map((c) => c.contact_phone)).toEqual(orgs.map((_, i) => `+479${1_000_000 + i}`));
    expect(stored[1]?.email_domains).toBe('firma1.example');
  });

  // PostgreSQL hashes most rows from their COPY bytes and a row with an escaped backslash from its
  // values: both must hash as the server hashes what it stored, nulls and wide characters included.
  it('counts rows with a backslash, empty fields and characters of every UTF-8 width as unchanged, and finds a change in them', {
    timeout: 120_000,
  }, async () => {
    const orgs = orgNumbers(4);
    const header =
      'org_number,name,invoice_street,invoice_postal_code,invoice_city,invoice_email,contact_name,contact_email,contact_phone';
    // An invoice address is all three fields or none (then all three are stored as null).
    const line = (i: number, name: string, street: string) =>
      `${orgs[i]},${name},${street === '' ? ',,' : `${street},0150,Oslo`},faktura@firma${i}.example,Kari Nordmann,kari@firma${i}.example,9${1_000_000 + i}`;
    const write = (name: string, lines: string[]) => {
      const file = join(dir, `${name}-${dialect}.csv`);
      writeFileSync(file, `${[header, ...lines].join('\n')}\n`);
      return file;
    };
    const first = write('escapes-first', [
      line(0, 'Bakke\\Sønn AS', 'Gate 1\\2'),
      line(1, 'Ærlig Ølbrygg ✓ 𝄞 AS', ''),
      line(2, 'Tom gate AS', ''),
      line(3, 'Siste\\ AS', 'Vei 3'),
    ]);
    expect((await kd(['companies', 'import', first])).code).toBe(0);
    const again = await kd(['companies', 'import', first, '--format', 'json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, updated: 0, unchanged: 4 });

    const second = write('escapes-second', [
      line(0, 'Bakke\\Sønner AS', 'Gate 1\\2'),
      line(1, 'Ærlig Ølbrygg ✓ 𝄞 AS', ''),
      line(2, 'Tom gate AS', 'Postboks 5'),
      line(3, 'Siste\\ AS', 'Vei 3'),
    ]);
    const run = await kd(['companies', 'import', second, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ created: 0, updated: 2, unchanged: 2 });
    const audited = await db()
      .db.kysely.selectFrom('audit_log')
      .select('target_id')
      .where('action', '=', 'companies.update')
      .orderBy('id')
      .execute();
    expect(audited.map((a) => a.target_id)).toEqual([orgs[0], orgs[2]]);
    const stored = await db()
      .db.kysely.selectFrom('companies')
      .select(['name', 'invoice_street'])
      .orderBy('org_number')
      .execute();
    expect(stored).toEqual([
      { name: 'Bakke\\Sønner AS', invoice_street: 'Gate 1\\2' },
      { name: 'Ærlig Ølbrygg ✓ 𝄞 AS', invoice_street: null },
      { name: 'Tom gate AS', invoice_street: 'Postboks 5' },
      { name: 'Siste\\ AS', invoice_street: 'Vei 3' },
    ]);
  });

  // Both writers read the stored org numbers as numbers; one stored without its leading zero (by hand,
  // outside kursdesk) is another company than the file's zero-led one, not a match that finds no row.
  it("a file's org number with a leading zero is new beside a stored number without it", async () => {
    let org = '';
    for (let prefix = 1_000_000; org === ''; prefix++) {
      const eight = String(prefix).padStart(8, '0');
      const check = orgNumberCheckDigit(eight);
      if (check !== null) org = `${eight}${check}`;
    }
    const now = new Date().toISOString();
    await db()
      .db.kysely.insertInto('companies')
      .values({ org_number: org.slice(1), name: 'Uten null AS', created_at: now, updated_at: now })
      .execute();
    const file = join(dir, `zero-${dialect}.csv`);
    writeFileSync(file, `${HEADER}\n${row(org, 1, '91234567')}\n`);
    const run = await kd(['companies', 'import', file, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ created: 1, unchanged: 0 });
    const stored = await db()
      .db.kysely.selectFrom('companies')
      .select('org_number')
      .orderBy('org_number')
      .execute();
    expect(stored.map((c) => c.org_number)).toEqual([org, org.slice(1)]);
  });

  // PostgreSQL sends new companies in runs sorted by org number (random inserts into the unique index
  // cost the server more than the rows): the ids then follow the numbers, not the file's order, and
  // every row must still arrive once with its own values, around the stored rows of the same batches.
  it.runIf(dialect === 'postgres')(
    'new companies in a file in falling order: stored sorted by org number, each once with its own row',
    {
      timeout: 120_000,
    },
    async () => {
      const orgs = orgNumbers(4_500);
      const first = join(dir, `stored-${dialect}.csv`);
      writeFileSync(
        first,
        `${[HEADER, ...orgs.slice(0, 500).map((org, i) => row(org, i, '91234567'))].join('\n')}\n`,
      );
      expect((await kd(['companies', 'import', first])).code).toBe(0);
      // 4,000 new companies from the highest number down, a stored one after every eighth.
      const lines = [HEADER];
      for (let i = 4_499, k = 0; i >= 500; i--) {
        lines.push(row(orgs[i] as string, i, `9${1_000_000 + i}`));
        if (i % 8 === 0) lines.push(row(orgs[k] as string, k++, '91234567'));
      }
      const file = join(dir, `falling-${dialect}.csv`);
      writeFileSync(file, `${lines.join('\n')}\n`);
      const run = await kd(['companies', 'import', file, '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ created: 4_000, unchanged: 500, updated: 0 });

      const fresh = await db()
        .db.kysely.selectFrom('companies')
        .select(['id', 'org_number', 'name', 'contact_phone'])
        .where('org_number', '>', orgs[499] as string)
        .orderBy('id')
        .execute();
      expect(fresh.map((c) => c.org_number)).toEqual(orgs.slice(500));
      fresh.forEach((c, k) => {
        expect(c).toMatchObject({ name: `Firma ${500 + k} AS`, contact_phone: `+479${1_000_500 + k}` });
      });
    },
  );
});
