// Commander's refusals and the option parsers' as coded usage errors: exit 2, one line, in the agent's
// language, commander's suggestion kept as the hint, one JSON line with --format json, and never a value
// that may be a national ID quoted back.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const NB = { KURSDESK_LANG: 'nb' };

describe('usage errors in the agent’s language', () => {
  it.each([
    [
      ['users', 'fnd'],
      "kursdesk: unknown command 'fnd' — did you mean find?",
      'kursdesk: ukjent kommando «fnd» — mente du find?',
    ],
    [
      ['users', 'find', '--nme', 'x'],
      "kursdesk: unknown option '--nme' — did you mean --name?",
      'kursdesk: ukjent valg «--nme» — mente du --name?',
    ],
    [
      ['users', 'show'],
      "kursdesk: missing required argument 'learner' — see kursdesk users show --help",
      'kursdesk: mangler argumentet «learner» — se kursdesk users show --help',
    ],
    [
      ['users', 'find', '--format'],
      "kursdesk: option '--format <format>' argument missing — see kursdesk --help",
      'kursdesk: valget «--format <format>» mangler en verdi — se kursdesk --help',
    ],
    [
      ['users', 'find', '--limit', 'x'],
      "kursdesk: --limit must be a whole number from 1 to 100; got 'x'",
      'kursdesk: --limit må være et heltall fra 1 til 100; fikk «x»',
    ],
  ])('%j', async (argv, en, nb) => {
    const english = await runCli(argv);
    expect(english).toMatchObject({ code: 2, stdout: '', stderr: `${en}\n` });
    const bokmal = await runCli(argv, { env: NB });
    expect(bokmal).toMatchObject({ code: 2, stdout: '', stderr: `${nb}\n` });
  });

  it('an invalid choice names the choices; with --format json it is the one JSON line, coded', async () => {
    const run = await runCli(['--format', 'json', 'users', 'create', '--type', 'premium'], { env: NB });
    expect(run.code).toBe(2);
    const [line, ...rest] = run.stderr.split('\n').filter(Boolean);
    expect(rest).toEqual([]);
    expect(JSON.parse((line as string).replace(/^kursdesk: /, ''))).toMatchObject({
      error: {
        code: 'usage.invalid-choice',
        exit_code: 2,
        message: 'valget «--type» fikk «premium», som ikke er en av free, full, driver',
      },
    });
  });

  it('never quotes back a value that may be a national ID', async () => {
    const id = '15108695077';
    const runs = [
      await runCli(['users', 'create', '--type', id]),
      await runCli(['users', 'find', `--nationalid=${id}`]),
      await runCli(['users', 'find', '--national-id', '15108695078'], { env: NB }),
    ];
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stderr).not.toMatch(/95077|95078/);
      expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    }
    expect(runs[1]?.stderr).toBe(
      "kursdesk: unknown option '--nationalid' — see kursdesk users find --help\n",
    );
    expect(runs[2]?.stderr).toMatch(/^kursdesk: --national-id: .*(kontrollsiffer|siffer)/);
  });
});
