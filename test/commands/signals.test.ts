// A run stopped from outside: SIGTERM (kill, a CI job's timeout) exits 143 and SIGINT (Ctrl-C outside a
// prompt) 130, each with one line on stderr and nothing written: a company import stopped half-way
// leaves the database as it was, and the exit-code table says so.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/connect.js';
import { parseDbTarget } from '../../src/db/target.js';
import { orgNumberCheckDigit } from '../../src/domain/org-number.js';
import { EXIT_CODE_HELP } from '../../src/errors.js';
import { testEnv, testHome } from '../helpers/cli.js';
import { BIN, runBin } from '../helpers/e2e.js';

const dir = mkdtempSync(join(tmpdir(), 'kursdesk-signals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `n` companies with distinct valid org numbers, from `first` on. */
function companiesFile(n: number, first = 91000000): string {
  const lines = [
    'org_number,name,invoice_street,invoice_postal_code,invoice_city,invoice_email,contact_name,contact_email,contact_phone',
  ];
  for (let prefix = first; lines.length <= n; prefix++) {
    const check = orgNumberCheckDigit(String(prefix));
    if (check === null) continue;
    const i = lines.length;
    lines.push(
      `${prefix}${check},Firma ${i} Anlegg og Maskinutleie AS,Postboks ${i} Sentrum,0150,Oslo,faktura@firma${i}.example,Ola Nordmann,ola@firma${i}.example,9${String(1000000 + i)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function companyCount(path: string): Promise<number> {
  const db = await openDb(parseDbTarget(path, testHome()), { create: false });
  try {
    const count = await sql<{ n: number }>`select count(*) as n from companies`.execute(db.kysely);
    return Number(count.rows[0]?.n);
  } finally {
    await db.close();
  }
}

/**
 * Runs an import into `path` and sends `signal` once rows are going into the file (its journal is there
 * and the file has grown by 4 MB): its exit code and stderr, and whether the signal came before its end.
 */
async function stopWhileImporting(
  path: string,
  csv: string,
  signal: NodeJS.Signals,
  extraEnv: Record<string, string> = {},
): Promise<{ code: number | null; stderr: string; stopped: boolean }> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '' };
  for (const [k, v] of Object.entries(testEnv(extraEnv))) if (v !== undefined) env[k] = v;
  const child = spawn(process.execPath, [BIN, '--db', path, 'companies', 'import', csv], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += String(d);
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const sizeBefore = statSync(path).size;
  let stopped = false;
  const started = Date.now();
  while (Date.now() - started < 120_000 && child.exitCode === null) {
    const growing = existsSync(`${path}-journal`) || existsSync(`${path}-wal`);
    if (growing && statSync(path).size + fileSize(`${path}-wal`) > sizeBefore + (4 << 20)) {
      child.kill(signal);
      stopped = true;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return { code: await closed, stderr, stopped };
}

function fileSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

describe('a run stopped by a signal', () => {
  const csv = join(dir, 'big.csv');
  writeFileSync(csv, companiesFile(200_000));

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    '%s: exit %i, one line on stderr, the import rolled back',
    {
      timeout: 180_000,
    },
    async (signal, exitCode) => {
      const path = join(dir, `${signal}.db`);
      expect((await runBin(['--db', path, 'db', 'migrate'])).code).toBe(0);
      const few = join(dir, `${signal}-few.csv`);
      writeFileSync(few, companiesFile(3));
      const imported = await runBin(['--db', path, 'companies', 'import', few]);
      expect(imported.code, imported.stderr).toBe(0);

      const run = await stopWhileImporting(path, csv, signal);
      expect(run.stopped, 'the import ended before the signal was sent').toBe(true);
      expect(run.code, run.stderr).toBe(exitCode);
      // The import's warning (no register extract loaded) comes first; then the one line, and nothing after.
      expect(run.stderr).toMatch(
        new RegExp(
          `\\nkursdesk: stopped by ${signal} \\(exit ${exitCode}\\): a change not yet committed is not kept\\n$`,
        ),
      );
      expect(run.stderr.match(/^kursdesk: /gm)).toHaveLength(1);
      expect(await companyCount(path)).toBe(3);
    },
  );

  it('in bokmål when the agent chose it', { timeout: 180_000 }, async () => {
    const path = join(dir, 'nb.db');
    expect((await runBin(['--db', path, 'db', 'migrate'])).code).toBe(0);
    const run = await stopWhileImporting(path, csv, 'SIGTERM', { KURSDESK_LANG: 'nb' });
    expect(run.code, run.stderr).toBe(143);
    expect(run.stderr).toMatch(/\nkursdesk: stoppet av SIGTERM \(avslutningskode 143\): [^\n]+\n$/);
    expect(await companyCount(path)).toBe(0);
  });

  it('the exit-code table of --help names 130 and 143', () => {
    expect(EXIT_CODE_HELP).toMatch(/^ {2}130 .*SIGINT/m);
    expect(EXIT_CODE_HELP).toMatch(/^ {2}143 .*SIGTERM/m);
  });
});
