// The built binary on both dialects, where the import parses in the main thread (and, asked with
// KURSDESK_IMPORT_WORKER=1, in its worker thread): a file and stdin, the registers loaded from gzip, the exit codes, the split of data (stdout) and reasons (stderr), and
// a batch boundary crossed by thousands of rows.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { orgNumberCheckDigit } from '../../src/domain/org-number.js';
import { DIALECTS, openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';
import { runBin } from '../helpers/e2e.js';
import { slowTests } from '../helpers/limits.js';

slowTests();

afterAll(stopTestServers);

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'kursdesk-e2e-companies-'));
const HEADER = 'Organisasjonsnummer;Navn;Faktura e-post;Kontaktperson;Kontakt e-post;Kontakttelefon';

/** `n` rows with distinct valid org numbers; row `bad` (1-based, if given) has a broken one. */
function bigFile(n: number, bad?: number): string {
  const lines = [HEADER];
  for (let i = 0, prefix = 91000000; lines.length <= n; prefix++) {
    const check = orgNumberCheckDigit(String(prefix));
    if (check === null) continue;
    i++;
    const org = i === bad ? `${prefix}${(check + 1) % 10}` : `${prefix}${check}`;
    lines.push(
      `${org};Firma ${i} AS;faktura@firma${i}.example;Kari Nordmann;kari@firma${i}.example;9${String(1000000 + i)}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe.each(DIALECTS)('on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  const kd = (argv: string[], options: Parameters<typeof runBin>[1] = {}) =>
    runBin(['--db', t.url, ...argv], options);
  const count = async () =>
    Number(
      (
        await t.db.kysely
          .selectFrom('companies')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('imports 5,000 rows in batches in one thread, then changes nothing on a second run', async () => {
    const path = join(dir, `big-${dialect}.csv`);
    // The import writes 2,000 rows a batch: 5,000 rows cross two batch boundaries.
    writeFileSync(path, bigFile(5_000));
    const first = await kd(['companies', 'import', path, '--format', 'json']);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      rows: 5_000,
      created: 5_000,
      parsed_in_worker: false,
      delimiter: ';',
    });
    expect(await count()).toBe(5_000);
    const second = await kd(['companies', 'import', path, '--format', 'json']);
    expect(JSON.parse(second.stdout)).toMatchObject({ created: 0, updated: 0, unchanged: 5_000 });
  });

  it('one bad row deep in the file keeps everything out; --keep-good keeps the rest', async () => {
    const path = join(dir, `bad-${dialect}.csv`);
    // In the third batch, after two batches of good rows.
    writeFileSync(path, bigFile(5_000, 4_321));
    const run = await kd(['companies', 'import', path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`bad-${dialect}\\.csv:4322: Organisasjonsnummer: check digit \\d should be \\d`),
    );
    expect(run.stdout).toMatch(/rejected\s+1/);
    expect(await count()).toBe(0);
    const errors = join(dir, `errors-${dialect}.csv`);
    const kept = await kd(['companies', 'import', path, '--keep-good', '--errors', errors]);
    expect(kept.code).toBe(1);
    expect(await count()).toBe(4_999);
    expect(readFileSync(errors, 'utf8')).toMatch(
      /^\uFEFF"line";"column";"value";"reason"\r\n"4322";"Organisasjonsnummer";/,
    );
  });

  it('reads stdin through the worker when asked, and loads gzipped registers before an import', async () => {
    const brreg = await kd([
      'registry',
      'import',
      'brreg',
      join(ROOT, 'fixtures/registers/enheter-sample.csv.gz'),
      join(ROOT, 'fixtures/registers/underenheter-sample.csv'),
    ]);
    expect(brreg.code, brreg.stderr).toBe(0);
    const elma = await kd(['registry', 'import', 'elma', '-'], {
      stdin: readFileSync(join(ROOT, 'fixtures/registers/peppol-participants.csv'), 'utf8'),
    });
    expect(elma.code, elma.stderr).toBe(0);
    const run = await kd(['companies', 'import', '-', '--format', 'json'], {
      stdin: readFileSync(join(ROOT, 'fixtures/companies/nye-kunder-bom.csv'), 'utf8'),
      env: { KURSDESK_IMPORT_WORKER: '1' },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: 'stdin', created: 2, parsed_in_worker: true });
    expect(run.stderr).toContain("the name 'Glåmdal Graving' differs from the register's");
    const lookup = await kd(['registry', 'lookup', '912352455']);
    expect(lookup.stdout).toMatch(/customer\s+yes: GLÅMDAL GRAVING Ola Nordberg \(active\)/);
  });

  it('a structural error found while parsing is one line with the line number and exit 1', async () => {
    const path = join(dir, `quote-${dialect}.csv`);
    writeFileSync(
      path,
      `${bigFile(12_000)}"912346978;Open quote AS;x@y.example;Kari;k@y.example;91234567\r\n`,
    );
    const run = await kd(['companies', 'import', path]);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('kursdesk:'))).toHaveLength(1);
    expect(lines.filter((l) => !l.startsWith('kursdesk:') && !l.startsWith('warning:'))).toEqual([]);
    expect(run.stderr).toContain(`quote-${dialect}.csv: line 12002: a quoted value starts`);
    expect(run.stdout).toBe('');
    expect(await count()).toBe(0);
  });
});
