// Shell completion as a user gets it: the script `kursdesk completion bash` prints is loaded into bash,
// and the completion function is called as bash calls it on TAB. zsh and fish are checked when installed;
// without them the scripts are at least parsed (zsh's constructs used here also parse as POSIX shell).
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { completionScript } from '../../src/commands/completion/index.js';
import { testEnv } from '../helpers/cli.js';
import { stopTestServers, type TestDatabase, useTestDatabase } from '../helpers/databases.js';
import { BIN } from '../helpers/e2e.js';
import { insertCourse, insertUnit } from '../helpers/learning.js';

afterAll(stopTestServers);

/** Whether a program is on PATH, looked up here rather than by starting a shell. */
function has(program: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, program), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function shellEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };
  for (const [k, v] of Object.entries(testEnv(extra))) if (v !== undefined) env[k] = v;
  return env;
}

// bash is not installed by npm; where it is absent, the scripts cannot be loaded and these are skipped.
describe.skipIf(!has('bash'))('bash completion', () => {
  const database = useTestDatabase('sqlite');
  let t: TestDatabase;
  beforeEach(async () => {
    t = database();
    const course = await insertCourse(t.db.kysely, { code: 'KL-200', title: 'Kontaktledning' });
    await insertCourse(t.db.kysely, { code: 'SIK-101', title: 'Sikkerhet' });
    await insertUnit(t.db.kysely, course.id, {
      starts_at: '2099-02-01T07:00:00.000Z',
      ends_at: '2099-02-01T14:00:00.000Z',
    });
  });

  /** What bash offers after `kursdesk <line>` with the cursor at the end. */
  function complete(line: string): string[] {
    const words = line.split(' ');
    const script = `
kursdesk() { "${process.execPath}" "${BIN}" "$@"; }
eval "$(kursdesk completion bash)"
COMP_WORDS=(kursdesk ${words.map((w) => `'${w}'`).join(' ')})
COMP_CWORD=${words.length}
COMP_LINE="kursdesk ${line}"
_kursdesk_complete
printf '%s\\n' "\${COMPREPLY[@]}"
`;
    const run = spawnSync('bash', ['--norc', '--noprofile', '-c', script], {
      env: shellEnv({ KURSDESK_DB: t.url }),
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    return run.stdout.split('\n').filter(Boolean);
  }

  it('completes nouns, leaving out hidden aliases and entry points', () => {
    const nouns = complete('');
    expect(nouns).toEqual(
      expect.arrayContaining([
        'users',
        'units',
        'results',
        'completion',
        'config',
        'triage',
        'replies',
        'privacy',
      ]),
    );
    for (const hidden of ['enrol', 'completions', '__complete']) expect(nouns).not.toContain(hidden);
    // In the order of kursdesk --help; replies is a real noun (answers without a look-up).
    expect(complete('re')).toEqual(['registry', 'results', 'replies', 'reports']);
  });

  it('completes verbs, also under an old top-level form', () => {
    expect(complete('units ')).toEqual(expect.arrayContaining(['enrol', 'unenrol', 'waitlist', 'list']));
    expect(complete('users se')).toEqual(['set-email', 'set-type', 'set-hms']);
  });

  it("completes a verb's flags and the global ones, without hidden aliases", () => {
    const flags = complete('courses search --');
    expect(flags).toEqual(expect.arrayContaining(['--user', '--limit', '--format', '--db', '--yes']));
    expect(flags).not.toContain('--as');
  });

  it('completes flag values: formats, languages, duration units', () => {
    expect(complete('users show 1 --format ')).toEqual(['table', 'json', 'csv', 'yaml', 'ids', 'count']);
    expect(complete('units enrol 1 2 --lang ')).toEqual(['nb', 'en']);
    expect(complete('reports hms --within 6')).toEqual(['6d', '6w', '6mo', '6y']);
    expect(complete('audit --since 12')).toEqual(['12min', '12h', '12d', '12w', '12mo', '12y']);
    expect(complete('completion ')).toEqual(['bash', 'zsh', 'fish']);
  });

  it('completes course codes and coming unit ids from the database', () => {
    expect(complete('courses show ')).toEqual(['KL-200', 'SIK-101']);
    expect(complete('courses show K')).toEqual(['KL-200']);
    expect(complete('units waitlist ')).toEqual(['1']);
    expect(complete('units list --course S')).toEqual(['SIK-101']);
  });

  it('offers nothing from a database that does not exist, and creates none', () => {
    const run = spawnSync(process.execPath, [BIN, '__complete', '--', 'courses', 'show', ''], {
      env: shellEnv({ KURSDESK_DB: '/nonexistent/nowhere.db' }),
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
  });
});

describe('zsh and fish completion', () => {
  it.runIf(has('zsh'))('the zsh script loads into zsh with compinit', () => {
    const run = spawnSync(
      'zsh',
      ['-f', '-c', `autoload -U compinit; compinit -u; ${completionScript('zsh', 'kursdesk')}`],
      {
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.skipIf(has('zsh') || !has('bash'))(
    'zsh is not installed: the zsh script is only parsed (bash -n) and checked for its parts',
    () => {
      const script = completionScript('zsh', 'kursdesk');
      const run = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(script.startsWith('#compdef kursdesk\n')).toBe(true);
      // biome-ignore lint/suspicious/noTemplateCurlyInString: zsh's own parameter expansion, not a template
      expect(script).toContain('kursdesk __complete -- "${(@)words[2,CURRENT]}"');
      expect(script).toContain('compdef _kursdesk kursdesk');
    },
  );

  it.runIf(has('fish'))('the fish script loads into fish', () => {
    const run = spawnSync('fish', ['--no-config', '-c', completionScript('fish', 'kursdesk')], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
  });

  it.skipIf(has('fish'))('fish is not installed: the fish script names its completion function', () => {
    const script = completionScript('fish', 'kursdesk');
    expect(script).toContain("complete -c kursdesk -f -a '(__kursdesk_complete)'");
  });
});
