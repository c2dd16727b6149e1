// The kill test for the writing commands on SQLite beyond the bulk paths (companies import and fixtures
// load into an empty file have their own: test/companies/import-kill, test/fixtures/bulk-load): a
// register import, a certificate issue, a company import into a file in use and a fixture load, each
// stopped by SIGKILL or SIGTERM at spread moments. Afterwards the file opens, `PRAGMA integrity_check`
// is ok, and its data is as before the command or as after it, never in between.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgNumberCheckDigit } from '../../src/domain/org-number.js';
import { generateToDirectory } from '../../src/workflows/fixtures/generate.js';
import { testEnv } from '../helpers/cli.js';
import { loadDemo } from '../helpers/demo-db.js';
import { BIN, runBin, stopWhileLoading } from '../helpers/e2e.js';

const dir = mkdtempSync(join(tmpdir(), 'kursdesk-kill-writes-'));
const demo = join(dir, 'demo.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  await loadDemo(demo);
}, 120_000);

/** Runs the built CLI on `path` and sends `signal` after `delayMs`; whether it was still running then. */
async function stopAfter(args: readonly string[], path: string, delayMs: number, signal: NodeJS.Signals) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '' };
  for (const [k, v] of Object.entries(testEnv())) if (v !== undefined) env[k] = v;
  const child = spawn(process.execPath, [BIN, '--db', path, ...args], { env, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const timer = setTimeout(() => child.kill(signal), delayMs);
  const code = await exited;
  clearTimeout(timer);
  return { stopped: code === null || code === 143 || code === 137 };
}

/** The file's state as the query sees it, after checking that the file is whole. */
function stateOf(path: string, query: string): unknown {
  const db = new Database(path);
  try {
    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    return db.prepare(query).all();
  } finally {
    db.close();
  }
}

interface KillCase {
  name: string;
  args: readonly string[];
  /** What must be as before or as after. */
  query: string;
  /** When to stop it, as fractions of how long a run to the end took on this machine just before. */
  delays: readonly number[];
  /** Extra files the command writes, checked as whole or absent. */
  output?: string;
}

function bigBrregFile(): string {
  const path = join(dir, 'enheter.json');
  const units: string[] = [];
  for (let prefix = 81000000; units.length < 60_000; prefix++) {
    const check = orgNumberCheckDigit(String(prefix));
    if (check === null) continue;
    units.push(
      `{"organisasjonsnummer":"${prefix}${check}","navn":"FIRMA ${prefix} AS","organisasjonsform":{"kode":"AS"}}`,
    );
  }
  writeFileSync(path, `[${units.join(',\n')}]\n`);
  return path;
}

function companiesFile(): string {
  const path = join(dir, 'companies.csv');
  const lines = ['org_number,name,invoice_email,contact_name,contact_email,contact_phone'];
  for (let prefix = 92000000; lines.length <= 20_000; prefix++) {
    const check = orgNumberCheckDigit(String(prefix));
    if (check === null) continue;
    lines.push(
      `${prefix}${check},Firma ${prefix} AS,faktura@f${prefix}.example,Kari Nordmann,kari@f${prefix}.example,91234567`,
    );
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const SIGNALS: NodeJS.Signals[] = ['SIGKILL', 'SIGTERM'];

describe('writing commands stopped half-way on sqlite', () => {
  let cases: KillCase[];
  beforeAll(() => {
    const pdf = join(dir, 'kursbevis.pdf');
    cases = [
      {
        name: 'registry import brreg',
        args: ['registry', 'import', 'brreg', bigBrregFile()],
        query:
          'select (select count(*) from brreg_units) as units, (select count(*) from register_extracts) as extracts, (select count(*) from audit_log) as audit',
        delays: [0.4, 0.8],
      },
      {
        name: 'certificates issue',
        args: ['certificates', 'issue', '301', 'SIK-100', '--out', pdf, '--yes'],
        query:
          'select (select count(*) from certificates) as certificates, (select count(*) from audit_log) as audit',
        delays: [0.25, 0.55, 0.85],
        output: pdf,
      },
      {
        name: 'companies import into a file in use',
        args: ['companies', 'import', companiesFile(), '--force'],
        query:
          'select (select count(*) from companies) as companies, (select count(*) from audit_log) as audit',
        delays: [0.4, 0.8],
      },
    ];
  });

  it('each is as before or as after, and the file is whole', { timeout: 600_000 }, async () => {
    for (const c of cases) {
      // The states a stopped run may leave: the file before, and the file after a run to the end.
      const before = stateOf(demo, c.query);
      const finished = join(dir, `finished-${c.name.replaceAll(' ', '-')}.db`);
      copyFileSync(demo, finished);
      const started = performance.now();
      const done = await runBin(['--db', finished, ...c.args]);
      // The stops are placed in the run as it goes on this machine now (a fixed delay in ms lands after
      // the end on a fast machine and before the start on a busy one).
      const runMs = performance.now() - started;
      expect(done.code, `${c.name}: ${done.stderr}`).toBe(0);
      const after = stateOf(finished, c.query);
      expect(after, c.name).not.toEqual(before);
      let stoppedOnce = false;
      for (const signal of SIGNALS)
        for (const fraction of c.delays) {
          const delay = Math.round(runMs * fraction);
          const path = join(dir, `stopped-${c.name.replaceAll(' ', '-')}-${signal}-${delay}.db`);
          copyFileSync(demo, path);
          if (c.output) rmSync(c.output, { force: true });
          const { stopped } = await stopAfter(c.args, path, delay, signal);
          stoppedOnce ||= stopped;
          const state = stateOf(path, c.query);
          expect([before, after], `${c.name} stopped by ${signal} after ${delay} ms`).toContainEqual(state);
          if (c.output && existsSync(c.output)) {
            // A certificate file is whole or not there: never a PDF cut short.
            expect(readFileSync(c.output).subarray(-8).toString('latin1')).toMatch(/%%EOF\s*$/);
          }
          if (signal !== 'SIGKILL') continue;
          // The next run works on what was left.
          const again = await runBin(['--db', path, ...c.args]);
          expect(again.code, `${c.name} again after ${signal}/${delay}: ${again.stderr}`).toBe(0);
        }
      expect(stoppedOnce, `${c.name} was never stopped while it ran`).toBe(true);
    }
  });
});

describe('fixtures load stopped by SIGTERM on sqlite', () => {
  it('exits 143 with one line on stderr, leaves the file whole and as before, and the next load works', {
    timeout: 600_000,
  }, async () => {
    // Big enough for the bulk path (rollback journal, indexes after), as the SIGKILL test in
    // test/fixtures/bulk-load: the signal arrives while rows go into the file.
    const fixtures = join(dir, 'fixtures');
    await generateToDirectory({
      users: 40_000,
      seed: 'term',
      asOf: '2026-12-01',
      scope: 'people',
      out: fixtures,
    });
    const query =
      'select (select count(*) from users) as users, (select count(*) from companies) as companies, (select count(*) from audit_log) as audit';
    const finished = join(dir, 'fixtures-finished.db');
    expect((await runBin(['--db', finished, 'db', 'migrate'])).code).toBe(0);
    const before = stateOf(finished, query);
    const done = await runBin(['--db', finished, 'fixtures', 'load', fixtures]);
    expect(done.code, done.stderr).toBe(0);
    const after = stateOf(finished, query);
    expect(after).not.toEqual(before);

    const path = join(dir, 'fixtures-sigterm.db');
    expect((await runBin(['--db', path, 'db', 'migrate'])).code).toBe(0);
    const run = await stopWhileLoading(['fixtures', 'load', fixtures], path, 2 << 20, 120_000, 'SIGTERM');
    expect(run.stopped, 'the load ended before the signal could be sent').toBe(true);
    // kursdesk stops on SIGTERM on purpose (src/main.ts stopOnSignals): one line, exit 143 (128 + 15).
    expect(run).toMatchObject({ code: 143, signal: null });
    expect(run.stderr.trim().split('\n'), run.stderr).toHaveLength(1);
    expect(run.stderr).toMatch(/SIGTERM/);
    expect(stateOf(path, query)).toEqual(before);
    const again = await runBin(['--db', path, 'fixtures', 'load', fixtures]);
    expect(again.code, again.stderr).toBe(0);
    expect(stateOf(path, query)).toEqual(after);
  });
});
