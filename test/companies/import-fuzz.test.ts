// The company import on generated files of good and bad rows: every data row is counted once, as
// created, updated, unchanged or refused (good + reported-bad = total), and a file that is not CSV at
// all is one plain error, never an internal one.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgNumberCheckDigit } from '../../src/domain/org-number.js';
import { runCli } from '../helpers/cli.js';
import { openTestDatabase, type TestDatabase } from '../helpers/databases.js';

const HEADER = 'org_number,name,invoice_email,contact_name,contact_email,contact_phone';
const dir = mkdtempSync(join(tmpdir(), 'kursdesk-import-fuzz-'));

/** A valid org number from eight digits, or null when none exists for them. */
function orgNumber(eight: number): string | null {
  const prefix = String(8e7 + (eight % 2e7)).padStart(8, '0');
  const check = orgNumberCheckDigit(prefix);
  return check === null ? null : `${prefix}${check}`;
}

const JUNK = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', ' ', '=SUM(A1)', '15108695088', '"', '""', 'a,b', 'ø€😀', 'x'.repeat(300)),
);
const GOOD_ROW = fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 20 })).map(([n, name]) => {
  const org = orgNumber(n) ?? '988077917';
  const safe = name.replace(/[",\r\n]/g, ' ').trim() || 'Firma';
  return `${org},${safe} AS,faktura@test.example,Kari Test,kari@test.example,91234567`;
});
const BAD_ROW = fc
  .array(JUNK, { minLength: 1, maxLength: 8 })
  .map((fields) => fields.map((f) => `"${f.replaceAll('"', '""')}"`).join(','));

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase('sqlite');
});
afterAll(() => t.close());

describe('companies import on generated files', () => {
  it('counts every data row once: created + updated + unchanged + refused = rows', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(GOOD_ROW, BAD_ROW), { minLength: 1, maxLength: 12 }),
        async (rows) => {
          const path = join(dir, `f${n++}.csv`);
          writeFileSync(path, `${HEADER}\n${rows.join('\n')}\n`);
          const run = await runCli(
            ['companies', 'import', path, '--keep-good', '--dry-run', '--force', '--format', 'json'],
            { db: t.url },
          );
          expect(run.stderr).not.toMatch(/internal error/);
          expect([0, 1]).toContain(run.code);
          const report = JSON.parse(run.stdout) as Record<string, number>;
          expect(report.rows).toBe(rows.length);
          expect(report.created! + report.updated! + report.unchanged! + report.rejected!).toBe(rows.length);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);

  it('random bytes are one plain error or an import, never an internal error', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const path = join(dir, `b${n++}.csv`);
        writeFileSync(path, Buffer.concat([Buffer.from(`${HEADER}\n`), Buffer.from(bytes)]));
        const run = await runCli(['companies', 'import', path, '--keep-good', '--dry-run'], { db: t.url });
        expect(run.stderr).not.toMatch(/internal error|TypeError|\n\s+at /);
        expect([0, 1, 2]).toContain(run.code);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
