// The command-line frame as a shell sees it: version, help, usage errors and their exit codes, and
// what happens to the output when the reader goes away. None of these need a database.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneLineError } from '../commands/fixtures.js';
import type { CliRun } from '../helpers/cli.js';
import { BIN, runBin, runBinEach } from '../helpers/e2e.js';
import { slowTests } from '../helpers/limits.js';

slowTests();

const packageJson = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'),
) as {
  version: string;
};

/** The first words of the lines in a help section (`Commands:` …), without commander's `help`. */
function section(help: string, title: string): string[] {
  const start = help.indexOf(`\n${title}\n`);
  if (start < 0) return [];
  const body = help.slice(start + title.length + 2).split('\n\n')[0] ?? '';
  return body
    .split('\n')
    .filter((line) => /^ {2}\S/.test(line))
    .map((line) => line.trim().split(/\s+/)[0] as string)
    .filter((word) => word !== 'help');
}

describe('version and help', () => {
  it.each(['--version', '-V'])('%s prints the version of package.json and exits 0', async (flag) => {
    const run = await runBin([flag]);
    expect(run).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });

  it('--help lists the commands, the global options and the exit-code table on stdout', async () => {
    const run = await runBin(['--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(section(run.stdout, 'Commands:')).toEqual(
      expect.arrayContaining(['users', 'audit', 'db', 'doctor']),
    );
    for (const option of [
      '--db',
      '--format',
      '--fields',
      '--agent',
      '--ticket',
      '--yes',
      '--quiet',
      '--no-color',
    ])
      expect(run.stdout).toContain(option);
    const table = run.stdout.slice(run.stdout.indexOf('Exit codes:'));
    for (const [code, meaning] of [
      ['0', 'done'],
      ['1', 'failed'],
      ['2', 'usage'],
      ['3', 'not found'],
      ['4', 'conflict'],
      ['5', 'refused'],
      ['130', 'cancelled'],
    ])
      expect(table).toMatch(new RegExp(`^ {2}${code} +${meaning}`, 'm'));
  });

  it('users --help lists the verbs', async () => {
    const run = await runBin(['users', '--help']);
    expect(run.code).toBe(0);
    expect(section(run.stdout, 'Commands:')).toEqual(expect.arrayContaining(['create', 'show']));
  });

  it('every verb of every command ends its --help with two or three real examples', async () => {
    const top = await runBin(['--help']);
    const nouns = section(top.stdout, 'Commands:');
    expect(new Set(nouns).size, 'each command listed once').toBe(nouns.length);
    const verbs: { verb: string[]; help: CliRun }[] = [];
    // A few at a time: a hundred processes one after another is most of this file's time.
    // A command with commands of its own (users, db roles) is a group: its commands are checked in
    // turn, one level deeper, until every leaf is reached.
    let groups = nouns.map((noun) => [noun]);
    while (groups.length > 0) {
      const helps = await runBinEach(groups.map((group) => [...group, '--help']));
      const deeper: string[][] = [];
      for (const [i, group] of groups.entries()) {
        const help = helps[i]!;
        expect(help.code, `${group.join(' ')} --help`).toBe(0);
        const sub = section(help.stdout, 'Commands:');
        // A command with an action of its own (audit, doctor) is a verb too.
        if (sub.length === 0 || help.stdout.includes('Examples:')) verbs.push({ verb: group, help });
        for (const verb of sub) deeper.push([...group, verb]);
      }
      groups = deeper;
    }
    expect(verbs.map((v) => v.verb.join(' '))).toEqual(
      expect.arrayContaining([
        'users create',
        'users show',
        'audit',
        'audit verify',
        'db migrate',
        'db status',
        'db roles grant',
        'doctor',
      ]),
    );
    // Each verb's help was read on the way down.
    for (const { verb, help: run } of verbs) {
      const name = `kursdesk ${verb.join(' ')} --help`;
      expect(run.code, name).toBe(0);
      const tail = run.stdout.trimEnd().split('\nExamples:\n');
      expect(tail, `${name} ends with Examples:`).toHaveLength(2);
      // A long example continues on the next line after ` \`, and a comment that would not fit beside
      // it stands on its own line above it (help fits 80 columns).
      const examples = (tail[1] as string)
        .replace(/ \\\n +/g, ' ')
        .split('\n')
        .filter((line) => !/^ {2}# /.test(line));
      expect(examples.length, `${name}: number of examples`).toBeGreaterThanOrEqual(2);
      expect(examples.length, `${name}: number of examples`).toBeLessThanOrEqual(3);
      // A real invocation of this command, possibly at the end of a pipeline (`pbpaste | kursdesk …`).
      for (const line of examples)
        expect(line, name).toMatch(new RegExp(`^ {2}\\$ (.+\\| )?kursdesk ${verb[0]}\\b`));
    }
    // About a hundred processes: minutes, not seconds, on a busy shared machine.
  }, 180_000);

  it('without arguments prints the help on stderr and exits 2', async () => {
    const run = await runBin([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Usage: kursdesk /);
    expect(run.stderr).toContain('Exit codes:');
  });
});

describe('usage errors: one line on stderr, nothing on stdout, exit 2', () => {
  it.each([
    ['an unknown option', ['--bogus'], /unknown option '--bogus'/],
    ['an unknown option of a verb', ['users', 'show', '1', '--colour'], /unknown option '--colour'/],
    ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    [
      'a mistyped command, with a suggestion',
      ['user', 'show', '1'],
      /unknown command 'user' — did you mean users\?/,
    ],
    [
      'a mistyped option, with a suggestion',
      ['users', 'show', '1', '--histroy'],
      /'--histroy' — did you mean --history\?/,
    ],
    ['an unknown verb', ['users', 'delete', '1'], /unknown command 'delete'/],
    [
      'an unknown format',
      ['--format', 'bogus', 'users', 'show', '1'],
      /'bogus'.*table, json, csv, yaml, ids, count/,
    ],
    ['a format after the verb', ['users', 'show', '1', '--format', 'xml'], /'xml'.*table, json, csv/],
    ['a missing argument', ['users', 'show'], /missing required argument 'learner'/],
    ['a bad choice', ['users', 'create', '--type', 'premium'], /'premium'.*free, full, driver/],
    [
      'a postgres URL without a host',
      ['--db', 'postgres://', 'users', 'show', '1'],
      /malformed database URL.*no host/,
    ],
    [
      'a database URL of another kind',
      ['--db', 'mysql://x/y', 'users', 'show', '1'],
      /unsupported database URL scheme 'mysql:'.*SQLite.*PostgreSQL/,
    ],
    ['a bad ticket reference', ['--ticket', 'two words', 'users', 'show', '1'], /--ticket 'two words'/],
  ])('%s', async (_what, argv, message) => {
    const run = await runBin(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(oneLineError(run.stderr)).toMatch(message);
  });
});

describe('a reader that goes away', () => {
  it('closing stdout early (| head) ends quietly, without a stack trace', async () => {
    const child = spawn(process.execPath, [BIN, '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the program writes: its first write meets a broken pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
