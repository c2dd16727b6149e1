// The built CLI under a seeded fuzzer (./cli-fuzz.ts): every command of the tree with hostile arguments,
// options, stdin and files, against a demo database, an empty one and a missing one. Bounded to about a
// minute; KURSDESK_FUZZ_SEED and KURSDESK_FUZZ_BUDGET_MS run another seed or a longer hunt.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/registry.js';
import type { Runner } from '../../src/commands/runner.js';
import { TEST_SECRET } from '../helpers/cli.js';
import { BIN, runBin } from '../helpers/e2e.js';
import { type CommandSpec, type FuzzWorld, fuzz, judge, makeWorld } from './cli-fuzz.js';

const SEED = Number(process.env.KURSDESK_FUZZ_SEED ?? 20261206);
const BUDGET_MS = Number(process.env.KURSDESK_FUZZ_BUDGET_MS ?? 45_000);

/** Every verb of the program with its arguments and options, read from the commander tree itself. */
async function commandSpecs(): Promise<CommandSpec[]> {
  const program = new Command('kursdesk');
  const run = (() => undefined) as unknown as Runner;
  for (const entry of COMMANDS) {
    const module = await entry.load();
    await module.register(program, run, undefined);
  }
  const specs: CommandSpec[] = [];
  const walk = (command: Command, words: string[]) => {
    if (command.commands.length === 0) {
      specs.push({
        words,
        args: command.registeredArguments.map((a) => ({ name: a.name(), required: a.required })),
        opts: command.options
          .filter((o) => o.long !== undefined && o.long !== '--help')
          .map((o) => ({ flag: o.long as string, value: o.required || o.optional ? o.flags : null })),
      });
    }
    for (const sub of command.commands) walk(sub, [...words, sub.name()]);
  };
  for (const noun of program.commands) walk(noun, [noun.name()]);
  return specs;
}

let root = '';
let world: FuzzWorld;
let specs: CommandSpec[];
const env = (home: string): Record<string, string> => ({
  PATH: process.env.PATH ?? '',
  HOME: home,
  KURSDESK_SECRET: TEST_SECRET,
  KURSDESK_AGENT: 'fuzz-agent',
  XDG_CONFIG_HOME: join(home, 'config'),
  PAGER: 'cat',
  TZ: 'Europe/Oslo',
});

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kursdesk-fuzz-'));
  specs = await commandSpecs();
  const demo = join(root, 'demo.db');
  const empty = join(root, 'empty.db');
  const e = env(root);
  const loaded = await runBin(['--db', demo, 'fixtures', 'load', 'demo', '--yes', '-q'], { env: e });
  expect(loaded.code, loaded.stderr).toBe(0);
  const migrated = await runBin(['--db', empty, 'db', 'migrate', '-q'], { env: e });
  expect(migrated.code, migrated.stderr).toBe(0);
  // Real rows to aim at, so the fuzzer gets past "not found" into the workflows.
  const db = new Database(demo, { readonly: true });
  const known = [
    ...(db.prepare('select email from users order by id limit 3').pluck().all() as string[]),
    ...(db.prepare('select cast(id as text) from users order by id limit 2').pluck().all() as string[]),
    ...(db.prepare('select org_number from companies order by id limit 3').pluck().all() as string[]),
    ...(db.prepare('select code from courses order by id limit 3').pluck().all() as string[]),
    ...(db
      .prepare('select cast(id as text) from course_units order by id limit 2')
      .pluck()
      .all() as string[]),
    ...(db.prepare('select number from certificates order by id limit 2').pluck().all() as string[]),
    ...(db.prepare('select code from programmes order by id limit 2').pluck().all() as string[]),
  ];
  db.close();
  world = makeWorld(join(root, 'world'), demo, empty, known);
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the built CLI under hostile command lines', () => {
  it('reads the whole command tree', () => {
    expect(specs.length).toBeGreaterThan(60);
    expect(specs.map((s) => s.words.join(' '))).toContain('users create');
  });

  it(
    `no crash, leak, hang or half-write in ${BUDGET_MS / 1000} s of seeded runs (seed ${SEED})`,
    async () => {
      const result = await fuzz({
        bin: BIN,
        env: env(root),
        world,
        specs,
        seed: SEED,
        budgetMs: BUDGET_MS,
        maxRuns: 100_000,
        parallel: 3,
        timeoutMs: 20_000,
        checkDatabase: true,
        log: process.env.KURSDESK_FUZZ_LOG,
      });
      const report = result.findings.map(
        (f) => `${f.case}\n  ${f.problems.join('\n  ')}\n  stderr: ${f.stderr}`,
      );
      expect(report, `after ${result.runs} runs, exit codes ${JSON.stringify(result.codes)}`).toEqual([]);
      // The run must have reached past usage errors: some commands succeed, some are refused.
      expect(result.runs).toBeGreaterThan(20);
    },
    BUDGET_MS + 60_000,
  );
});

describe('the judge of a run', () => {
  const c = {
    index: 0,
    database: 'demo' as const,
    argv: ['users', 'show', '151086-95077'],
    stdin: 'empty' as const,
  };
  const ok = {
    code: 3,
    signal: null,
    stdout: '',
    stderr: 'kursdesk: no learner 151086 *****\n',
    ms: 5,
    timedOut: false,
  };
  const state = { data: 'a', auditActions: ['users.create'] };

  it('passes a clean refusal', () => {
    expect(judge(c, ok, state, state)).toEqual([]);
  });
  it('flags an undocumented exit, a stack, a number read back, a hang and a changed database', () => {
    expect(judge(c, { ...ok, code: 7 }, state, state)).toEqual(['exit code 7']);
    expect(judge(c, { ...ok, stderr: 'kursdesk: internal error: x (a bug; …)' }, state, state)).toHaveLength(
      1,
    );
    expect(judge(c, { ...ok, stderr: 'TypeError: x\n    at f (/a/b.js:1:2)' }, state, state)).toHaveLength(1);
    expect(judge(c, { ...ok, stderr: 'no learner 151086-95077' }, state, state)).toEqual([
      'an 11-digit input was printed back (151086 *****)',
    ]);
    expect(judge(c, { ...ok, code: null, timedOut: true, ms: 20_001 }, state, state)[0]).toMatch(/^hang/);
    expect(judge(c, ok, state, { ...state, data: 'b' })).toEqual([
      'exit 3, yet the database changed: rows changed',
    ]);
    expect(judge(c, ok, state, { data: 'a', auditActions: ['users.create', 'users.move'] })).toHaveLength(1);
  });
  it('flags a planted number in a file the run wrote', () => {
    expect(judge(c, ok, state, state, '"2","org_number","15108695077"')).toEqual([
      'an 11-digit input was written to a file (151086 *****)',
    ]);
  });
  it('lets a failed command leave only the audit of an access it made', () => {
    const after = { data: 'a', auditActions: ['users.create', 'privacy.export'] };
    expect(judge(c, ok, state, after)).toEqual([]);
  });
});
