// `companies import` (W8) in-process on both dialects: the sample files, re-import, updates, all or
// nothing against --keep-good, --dry-run, the register rules, and every bad input the issue lists —
// each with a reason that names its line, and the database unchanged.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { companyBulkWriter } from '../../src/db/bulk.js';
import { flag } from '../../src/db/schema.js';
import { COMPANY_FIELDS } from '../../src/domain/companies/fields.js';
import { encodeRow } from '../../src/domain/ingest/copy-text.js';
import { encodeWindows1252 } from '../../src/domain/ingest/text-decoding.js';
import { orgNumberCheckDigit } from '../../src/domain/org-number.js';
import { type CliOptions, runCli } from '../helpers/cli.js';
import { DIALECTS, openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';
import { insertCompany } from '../helpers/rows.js';

afterAll(stopTestServers);

const dir = mkdtempSync(join(tmpdir(), 'kursdesk-import-'));
const SAMPLES = join(import.meta.dirname, '..', '..', 'fixtures', 'companies');
const REGISTERS = join(import.meta.dirname, '..', '..', 'fixtures', 'registers');

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const HEADER = 'org_number,name,invoice_email,contact_name,contact_email,contact_phone';
const row = (org: string, name = 'Testfirma AS') =>
  `${org},${name},faktura@test.example,Kari Test,kari@test.example,91234567`;
const GOOD = [row('912362043', 'Kongsberg Kontaktledning AS'), row('912368890', 'Riktig Rad AS')];

describe.each(DIALECTS)('on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  const kd = (argv: string[], options: CliOptions = {}) => runCli(argv, { db: t.url, ...options });
  const importJson = async (path: string, ...extra: string[]) => {
    const run = await kd(['companies', 'import', path, '--format', 'json', ...extra]);
    return { ...run, report: run.stdout ? (JSON.parse(run.stdout) as Record<string, unknown>) : {} };
  };
  const companies = () => t.db.kysely.selectFrom('companies').selectAll().orderBy('org_number').execute();
  const count = async (table: 'companies' | 'audit_log') =>
    Number(
      (
        await t.db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const loadRegisters = async () => {
    expect(
      (
        await kd([
          'registry',
          'import',
          'brreg',
          join(REGISTERS, 'enheter-sample.csv.gz'),
          join(REGISTERS, 'underenheter-sample.csv'),
        ])
      ).code,
    ).toBe(0);
    expect(
      (
        await kd([
          'registry',
          'import',
          'elma',
          join(REGISTERS, 'peppol-participants.csv'),
          '--date',
          '2026-11-20',
        ])
      ).code,
    ).toBe(0);
  };

  it('imports a UTF-8 file, and importing it again changes nothing', async () => {
    const path = file('good.csv', `${HEADER}\n${GOOD.join('\n')}\n`);
    const first = await importJson(path);
    expect(first.code).toBe(0);
    expect(first.report).toMatchObject({
      rows: 2,
      created: 2,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      committed: true,
    });
    const before = await companies();
    const audits = await count('audit_log');
    const second = await importJson(path);
    expect(second.code).toBe(0);
    expect(second.report).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    expect(await companies()).toEqual(before);
    // Only the summary entry of the second run is new.
    expect(await count('audit_log')).toBe(audits + 1);
  });

  it('updates what changed, with the old and new values in the audit log', async () => {
    await importJson(file('v1.csv', `${HEADER}\n${GOOD.join('\n')}\n`));
    const changed = GOOD[0]!.replace('kari@test.example', 'ny@test.example');
    const run = await importJson(file('v2.csv', `${HEADER}\n${changed}\n${GOOD[1]}\n`));
    expect(run.report).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const stored = (await companies()).find((c) => c.org_number === '912362043');
    expect(stored).toMatchObject({ contact_email: 'ny@test.example', version: 2 });
    const audit = await t.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'companies.update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.changes)).toEqual([
      { field: 'contact_email', old: 'k***@test.example', new: 'n***@test.example' },
    ]);
    expect(audit.target_id).toBe('912362043');
  });

  it('compares only the columns a file gives: a later file without a column keeps it, and only changed rows are audited', async () => {
    const wide = `${HEADER},email_domains,invoice_street,invoice_postal_code,invoice_city`;
    const orgs: string[] = [];
    for (let prefix = 91236000; orgs.length < 30; prefix += 7) {
      const check = orgNumberCheckDigit(String(prefix));
      if (check !== null) orgs.push(`${prefix}${check}`);
    }
    // A backslash and a comma in a value: stored as given, compared as stored.
    const narrowRow = (org: string, i: number) =>
      `${org},"Firma\\${i}, Bane AS",faktura@test.example,Kari Test,kari@test.example,91234567`;
    const rows = orgs.map((org, i) => `${narrowRow(org, i)},firma${i}.example,Postboks ${i},0150,Oslo`);
    expect((await importJson(file('wide.csv', `${wide}\n${rows.join('\n')}\n`))).report).toMatchObject({
      created: 30,
    });
    const before = await companies();
    const audits = await count('audit_log');
    const narrow = orgs.map(narrowRow);
    const again = await importJson(file('narrow.csv', `${HEADER}\n${narrow.join('\n')}\n`));
    expect(again.report).toMatchObject({ created: 0, updated: 0, unchanged: 30 });
    // Nothing a company holds changes. The import's digest (migration 0018) is bookkeeping: on SQLite a
    // file of other columns found equal records the digest of its own columns, at the same version.
    const withoutDigest = (rows: Awaited<ReturnType<typeof companies>>) =>
      rows.map(({ import_digest, import_version, ...company }) => company);
    const narrowed = await companies();
    expect(withoutDigest(narrowed)).toEqual(withoutDigest(before));
    for (const c of narrowed) expect(c.import_version).toBe(dialect === 'sqlite' ? c.version : null);
    expect(await count('audit_log')).toBe(audits + 1);

    // Twelve changed rows: more than nine audit entries wait in PostgreSQL's spool, read back in pages.
    const picked = orgs.filter((_, i) => i % 5 !== 0 && i % 7 !== 0).slice(0, 12);
    const changed = narrow.map((r, i) =>
      picked.includes(orgs[i] as string) ? r.replace('91234567', '97654321') : r,
    );
    const third = await importJson(file('changed.csv', `${HEADER}\n${changed.join('\n')}\n`));
    expect(third.report).toMatchObject({ created: 0, updated: 12, unchanged: 18 });
    const updates = await t.db.kysely
      .selectFrom('audit_log')
      .select(['target_id', 'changes'])
      .where('action', '=', 'companies.update')
      .orderBy('target_id')
      .execute();
    expect(updates.map((u) => u.target_id)).toEqual([...picked].sort());
    for (const u of updates) expect(JSON.parse(u.changes)).toHaveLength(1);
    const after = await companies();
    expect(after.filter((c) => c.email_domains !== null && c.invoice_city === 'Oslo')).toHaveLength(30);
    expect(after.find((c) => c.org_number === orgs[3])?.name).toBe('Firma\\3, Bane AS');
  });

  it('reads Windows-1252 with ; and Norwegian headers: 0x80 becomes €, 0x92 ’ and 0x96 –', async () => {
    const run = await importJson(join(SAMPLES, 'nye-kunder-excel.csv'));
    expect(run.code).toBe(0);
    expect(run.report).toMatchObject({ encoding: 'windows-1252', delimiter: ';', created: 3 });
    const names = (await companies()).map((c) => c.name);
    expect(names).toEqual([
      'Bjørkås & Sønn – Sporservice AS',
      'O’Neill Jernbaneteknikk AS',
      'Øre & € Regnskap AS',
    ]);
    expect(run.stderr).toContain('ignoring column Kommentar');
  });

  it('reads UTF-8 with a BOM, and --encoding overrides the guess', async () => {
    const bom = await importJson(file('bom.csv', `\uFEFF${HEADER}\n${GOOD[0]}\n`));
    expect(bom.report).toMatchObject({ encoding: 'utf-8', created: 1 });
    // Latin-1 bytes that happen to be valid UTF-8 are still read as Windows-1252 when asked.
    const text = `${HEADER}\n${row('912368890', 'Sjø AS')}\n`;
    const forced = await importJson(
      file('forced.csv', encodeWindows1252(text)),
      '--encoding',
      'windows-1252',
    );
    expect(forced.code).toBe(0);
    expect((await companies()).find((c) => c.org_number === '912368890')?.name).toBe('Sjø AS');
  });

  it('is all or nothing: one bad row keeps every row out and exits 1', async () => {
    const run = await importJson(join(SAMPLES, 'bad-rows.csv'));
    expect(run.code).toBe(1);
    expect(run.report).toMatchObject({ rows: 10, created: 2, rejected: 8, committed: false });
    expect(await count('companies')).toBe(0);
    expect(run.stderr).toContain('bad-rows.csv:3: org_number: check digit 4 should be 3');
    expect(run.stderr).toContain('bad-rows.csv:4: org_number: must be 9 digits, got 8');
    expect(run.stderr).toContain('bad-rows.csv:5: org_number: must be 9 digits, got 10');
    expect(run.stderr).toContain('bad-rows.csv:6: org_number: must contain only digits');
    expect(run.stderr).toContain(
      'bad-rows.csv:7: org_number: organisation number 912362043 appears twice in the file (first on line 2)',
    );
    expect(run.stderr).toContain('bad-rows.csv:10: too many fields: 7, but the header has 6 columns');
    expect(run.stderr).toContain('nothing was imported');
  });

  it('with --keep-good commits the good rows, still exits 1, and writes an Excel-safe report', async () => {
    const errors = join(dir, `rejected-${dialect}.csv`);
    const run = await importJson(join(SAMPLES, 'bad-rows.csv'), '--keep-good', '--errors', errors);
    expect(run.code).toBe(1);
    expect(run.report).toMatchObject({ created: 2, rejected: 8, committed: true });
    expect((await companies()).map((c) => c.org_number)).toEqual(['912362043', '912368890']);
    const report = readFileSync(errors, 'utf8');
    expect(report.startsWith('\uFEFF"line","column","value","reason"\r\n')).toBe(true);
    expect(report).toContain(`"9","contact_phone","'=cmd|' /C calc'!A0",`);
    expect(report.split('\r\n').filter(Boolean)).toHaveLength(9);
  });

  it('--dry-run reports what would happen and writes nothing', async () => {
    const run = await importJson(file('dry.csv', `${HEADER}\n${GOOD.join('\n')}\n`), '--dry-run');
    expect(run.code).toBe(0);
    expect(run.report).toMatchObject({ created: 2, committed: false, dry_run: true });
    expect(await count('companies')).toBe(0);
    expect(await count('audit_log')).toBe(0);
  });

  it('keeps the org-number rule whatever an import into an empty table ends in: refused, dry run or done', async () => {
    // Into an empty table SQLite loads without the unique index and builds it at the end.
    const path = file('rule.csv', `${HEADER}\n${GOOD.join('\n')}\n`);
    const duplicate = () => insertCompany(t.db.kysely, { org_number: '912362043' });
    expect((await importJson(join(SAMPLES, 'bad-rows.csv'))).code).toBe(1);
    expect((await importJson(path, '--dry-run')).code).toBe(0);
    await duplicate();
    await expect(duplicate()).rejects.toThrow(/unique|duplicate/i);
    await t.db.kysely.deleteFrom('companies').execute();
    expect((await importJson(path)).report).toMatchObject({ created: 2, committed: true });
    await expect(duplicate()).rejects.toThrow(/unique|duplicate/i);
    // A later import into the filled table finds the stored rows by the index.
    expect((await importJson(path)).report).toMatchObject({ created: 0, unchanged: 2 });
  });

  it.skipIf(dialect !== 'sqlite')(
    'matches a company registered after the import found the table empty, as its transaction sees it',
    async () => {
      // The import looks at the table before its transaction (to choose SQLite's journal) and tells
      // the writer; a company registered in between must be found, not loaded again without the index.
      await insertCompany(t.db.kysely, { org_number: '912362043', name: 'Kongsberg Kontaktledning AS' });
      const values = COMPANY_FIELDS.map((f) =>
        f === 'org_number' ? '912362043' : f === 'name' ? 'Kongsberg Kontaktledning AS' : null,
      );
      const outcome = await t.db.kysely.transaction().execute(async (trx) => {
        const writer = companyBulkWriter(t.db, trx, '2026-12-06T12:00:00.000Z', { companiesEmpty: true });
        const row = { text: encodeRow(values), values, org: '912362043', inElma: false };
        const result = await writer.writeRows([row], ['name']);
        if (writer.finish) for await (const _ of writer.finish());
        return result;
      });
      expect(outcome).toMatchObject({ created: 0, unchanged: 1 });
      expect(await count('companies')).toBe(1);
    },
  );

  it.skipIf(dialect !== 'sqlite')(
    'a stored org number that is not nine digits (written around the program) matches no row of a file',
    async () => {
      expect((await importJson(file('one.csv', `${HEADER}\n${GOOD[0]}\n`))).code).toBe(0);
      // Control characters: the re-import reads the stored numbers a page at a time as one string.
      await sql`insert into companies (org_number, name, created_at, updated_at)
                values (char(31) || char(30) || '912368890', 'Ikke et nummer AS', '2026-01-01', '2026-01-01')`.execute(
        t.db.kysely,
      );
      const path = file('both.csv', `${HEADER}\n${GOOD.join('\n')}\n`);
      expect((await importJson(path)).report).toMatchObject({ created: 1, updated: 0, unchanged: 1 });
      expect((await companies()).map((c) => c.name)).toContain('Ikke et nummer AS');
    },
  );

  it('a re-import finds every stored company however its numbers are spread: bunched, far apart, lowest and highest', async () => {
    /** The first `n` valid org numbers from an eight-digit prefix on. */
    const validFrom = (prefix: number, n: number) => {
      const orgs: string[] = [];
      for (let p = prefix; orgs.length < n; p++) {
        const check = orgNumberCheckDigit(String(p));
        if (check !== null) orgs.push(`${p}${check}`);
      }
      return orgs;
    };
    // Two bunches at the ends of the range and one number alone between them, stored; new numbers
    // right beside each stored one, inside the bunches and between them.
    const low = validFrom(80_000_000, 60);
    const high = validFrom(99_999_000, 60);
    const middle = validFrom(90_000_000, 2);
    const stored = [...low.filter((_, i) => i % 2 === 0), ...high.filter((_, i) => i % 2 === 1), middle[0]];
    const fresh = [...low.filter((_, i) => i % 2 === 1), ...high.filter((_, i) => i % 2 === 0), middle[1]];
    const first = await importJson(
      file('spread-1.csv', `${HEADER}\n${stored.map((o) => row(o as string)).join('\n')}\n`),
    );
    expect(first.report).toMatchObject({ created: stored.length });
    const all = [...stored, ...fresh].sort().map((o) => row(o as string));
    const second = await importJson(file('spread-2.csv', `${HEADER}\n${all.join('\n')}\n`));
    expect(second.code, second.stderr).toBe(0);
    expect(second.report).toMatchObject({ created: fresh.length, unchanged: stored.length, updated: 0 });
    expect((await companies()).map((c) => c.org_number)).toEqual([...stored, ...fresh].sort());
  });

  it('applies the registers: name and address from Brønnøysund, refusals, ELMA and the invoice e-mail', async () => {
    await loadRegisters();
    const run = await importJson(join(SAMPLES, 'new-customers.csv'));
    expect(run.code).toBe(0);
    expect(run.report).toMatchObject({ created: 4, rejected: 0 });
    const stored = await companies();
    const fjell = stored.find((c) => c.org_number === '912346978')!;
    expect(fjell).toMatchObject({
      name: 'FJELLBRUDD ENTREPRENØR AS',
      business_street: 'Sporveien 12',
      invoice_email: null,
    });
    expect(flag(fjell.in_elma)).toBe(true);
    // Its invoice address is the register's business address, so it is not stored twice.
    expect(stored.find((c) => c.org_number === '912355195')).toMatchObject({
      invoice_street: null,
      invoice_email: 'post@polarskinne.example',
    });

    const refused = await importJson(
      file(
        'register.csv',
        `${HEADER}\n${row('912349713')}\n${row('912353826')}\n${row('912357937')}\n${row('912348342').replace('faktura@test.example', '')}\n`,
      ),
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      ':2: org_number: 912 349 713 is bankrupt (konkurs) in the Brønnøysund extract',
    );
    expect(refused.stderr).toContain(
      ':3: org_number: 912 353 826 is deleted from the register on 2025-06-30',
    );
    expect(refused.stderr).toContain(':4: org_number: 912 357 937 is not in the Brønnøysund extract');
    expect(refused.stderr).toContain(
      ':5: invoice_email: invoice e-mail is required: 912 348 342 is not listed in the ELMA/Peppol extract of 2026-11-20',
    );
    const forced = await importJson(file('forced.csv', `${HEADER}\n${row('912349713')}\n`), '--force');
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('registered anyway (--force)');
  });

  describe('bad files: a reason with its line, exit 1, nothing written', () => {
    const cases: [string, () => string, RegExp][] = [
      ['an empty file', () => file('empty.csv', ''), /empty\.csv: line 1: the file is empty/],
      [
        'a file with only a header',
        () => file('header.csv', `${HEADER}\n`),
        /header\.csv: line 2: the file has a header but no company rows/,
      ],
      [
        'missing required columns',
        () => file('columns.csv', `org_number,name,contact_name\n${'9'.repeat(9)},x,y\n`),
        /columns\.csv: line 1: missing required columns: contact_email .*contact_phone/,
      ],
      [
        'an unterminated quote',
        () =>
          file(
            'quote.csv',
            `${HEADER}\n${GOOD[0]}\n912368890,"Riktig Rad AS,x@y.example,Kari,k@y.example,91234567\n`,
          ),
        /quote\.csv: line 3: a quoted value starts/,
      ],
      [
        'a field of 10 MB',
        () =>
          file(
            'huge.csv',
            `${HEADER}\n${GOOD[0]}\n912368890,"${'x'.repeat(10 * 1024 * 1024)}",a@b.example,Kari,k@b.example,91234567\n`,
          ),
        /huge\.csv: line 3: the record starting on this line is longer than 256 KiB/,
      ],
      [
        'a binary file',
        () =>
          file(
            'binary.csv',
            Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
          ),
        /binary\.csv: line 1: the file contains NUL bytes: it is binary/,
      ],
      [
        'a workbook',
        () => file('book.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 1)])),
        /book\.xlsx: line 1: this is a zip file or an Excel workbook/,
      ],
      [
        'invalid UTF-8 after a valid start',
        () =>
          file(
            'mixed.csv',
            // Past the first megabyte, where the encoding is guessed, a Windows-1252 ø turns up.
            Buffer.concat([
              Buffer.from(`${HEADER}\n${`${GOOD[0]}\n`.repeat(20_000)}`, 'utf8'),
              encodeWindows1252('Sjø\n'),
            ]),
          ),
        /mixed\.csv: line 20002: the text is not valid UTF-8 here; .*--encoding windows-1252/,
      ],
    ];
    it.each(cases)('%s', async (_what, make, message) => {
      const run = await importJson(make());
      expect(run.code).toBe(1);
      expect(run.stderr, run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/internal error|at .*\.ts:\d+/);
      expect(await count('companies')).toBe(0);
      expect(await count('audit_log')).toBe(0);
    });

    it('a structural error stops even --keep-good', async () => {
      const path = file('late-quote.csv', `${HEADER}\n${GOOD[0]}\n"912368890,broken\n`);
      const run = await importJson(path, '--keep-good');
      expect(run.code).toBe(1);
      expect(await count('companies')).toBe(0);
    });
  });

  it('draws a progress bar on stderr in a terminal only', async () => {
    const path = file('progress.csv', `${HEADER}\n${GOOD.join('\n')}\n`);
    const terminal = await kd(['companies', 'import', path, '--dry-run'], { tty: true });
    expect(terminal.stderr).toMatch(/importing .*progress\.csv \[#+-*\] +\d+%/);
    expect(terminal.stdout).not.toContain('importing');
    const piped = await kd(['companies', 'import', path, '--dry-run']);
    expect(piped.stderr).not.toContain('importing');
  });

  it('reads stdin, and names bad option values as usage errors', async () => {
    const run = await kd(['companies', 'import', '-', '--format', 'json'], {
      stdin: `${HEADER}\n${GOOD[0]}\n`,
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: 'stdin', created: 1 });
    expect((await kd(['companies', 'import', 'x.csv', '--encoding', 'ebcdic'])).code).toBe(2);
    expect((await kd(['companies', 'import', 'x.csv', '--delimiter', '|'])).code).toBe(2);
    const missing = await kd(['companies', 'import', join(dir, 'nope.csv')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('no such file');
  });
});
