// One grammar, in-process: `help <noun> <verb>`, unknown commands named even with --help, a stray
// argument pointed at its flag, old spellings (enrol, completions, --as, --learner, --due-within) still
// working but hidden, and the one duration syntax in the options that take one.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('help', () => {
  it('kursdesk help <noun> <verb> prints the help of the verb', async () => {
    const run = await runCli(['help', 'users', 'find']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: kursdesk users find \[options\]/);
    expect((await runCli(['help', 'units', 'enrol'])).stdout).toMatch(/^Usage: kursdesk units enrol/);
  });

  it('an unknown command followed by --help is named, with exit 2 and nothing on stdout', async () => {
    const top = await runCli(['nosuch', '--help']);
    expect(top).toMatchObject({
      code: 2,
      stdout: '',
      stderr: "kursdesk: unknown command 'nosuch' — see kursdesk --help\n",
    });
    const verb = await runCli(['users', 'nosuch', '--help']);
    expect(verb).toMatchObject({ code: 2, stdout: '' });
    expect(verb.stderr).toBe("kursdesk: unknown command 'users nosuch' — see kursdesk users --help\n");
    expect((await runCli(['usres', '--help'])).stderr).toBe(
      "kursdesk: unknown command 'usres' — did you mean users?\n",
    );
    expect((await runCli(['help', 'nosuch'])).code).toBe(2);
  });

  it('says the precedence of settings and the duration syntax', async () => {
    const top = await runCli(['--help']);
    expect(top.stdout).toContain('a flag wins over the environment, which wins over the profile');
    const hms = await runCli(['reports', 'hms', '--help']);
    expect(hms.stdout).toContain('A bare m is refused: mo is months, min minutes.');
  });
});

describe('a word where a flag was meant', () => {
  it.each([
    [
      ['users', 'find', 'Kari Nordmann'],
      `users find takes no argument 'Kari Nordmann': did you mean --name "Kari Nordmann"?`,
    ],
    [
      ['users', 'find', 'kari@firma.no'],
      "users find takes no argument 'kari@firma.no': did you mean --email kari@firma.no?",
    ],
    [
      ['users', 'find', '15.10.1986'],
      "users find takes no argument '15.10.1986': did you mean --birthdate 15.10.1986?",
    ],
    // One line however long, and a national ID in the stray word is masked like everywhere else.
    [
      ['users', 'find', 'Kari Nordmann 15108695077'],
      `users find takes no argument 'Kari Nordmann 151086 *****': did you mean --name "Kari Nordmann 151086 *****"?`,
    ],
  ])('%j', async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`kursdesk: ${message} — see kursdesk users find --help\n`);
  });

  it('users show with a name suggests users find --name', async () => {
    const run = await runCli(['users', 'show', 'Kari Nordmann']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `kursdesk: 'Kari Nordmann' is not a learner id, e-mail or national ID (11 digits) — to find a learner by name: kursdesk users find --name "Kari Nordmann" --birthdate <date>\n`,
    );
  });
});

describe('old spellings', () => {
  it('run the current command but are not listed', async () => {
    expect((await runCli(['enrol', '--help'])).stdout).toMatch(/^Usage: kursdesk units enrol/);
    expect((await runCli(['waitlist', '--help'])).stdout).toMatch(/^Usage: kursdesk units waitlist/);
    expect((await runCli(['completions', 'record', '--help'])).stdout).toMatch(
      /^Usage: kursdesk results record/,
    );
    const top = (await runCli(['--help'])).stdout;
    expect(top).toMatch(/^ {2}results /m);
    for (const old of ['enrol', 'unenrol', 'waitlist', 'completions'])
      expect(top).not.toMatch(new RegExp(`^  ${old} `, 'm'));
  });

  it('old flag names are hidden aliases of the one name', async () => {
    expect((await runCli(['courses', 'search', '--help'])).stdout).not.toContain('--as');
    expect((await runCli(['mail', 'list', '--help'])).stdout).not.toContain('--learner');
    const hms = (await runCli(['reports', 'hms', '--help'])).stdout;
    expect(hms).toContain('--within <period>');
    expect(hms).not.toContain('--due-within');
  });
});

describe('durations', () => {
  it('refuse a bare m everywhere and take mo and min', async () => {
    for (const argv of [
      ['reports', 'hms', '--within', '2m'],
      ['reports', 'expiring', '--within', '2m'],
      ['audit', '--since', '2m'],
    ]) {
      const run = await runCli(argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/'2m' is ambiguous: write 2mo for months/);
    }
    expect((await runCli(['audit', '--since', '2min', '--format', 'count'])).code).toBe(0);
    expect((await runCli(['reports', 'hms', '--within', '2mo', '--format', 'count'])).code).toBe(0);
    expect((await runCli(['reports', 'hms', '--due-within', '1y', '--format', 'count'])).code).toBe(0);
    expect((await runCli(['reports', 'expiring', '--within', '12h'])).stderr).toMatch(/h is not a unit here/);
  });
});
