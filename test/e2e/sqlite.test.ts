// The built binary against SQLite files, as an agent uses it: registering and showing learners, bad
// input and bad database files, the stdout/stderr split and colour, the audit log and doctor.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { withAuditGuardsLifted } from '../../src/db/audit-guard.js';
import { LATEST_SCHEMA_VERSION } from '../../src/db/migrate.js';
import { ANSI, createArgv, KARI, OLA, oneLineError, recordValue, SIRI } from '../commands/fixtures.js';
import { openTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { runBin, runBinEach } from '../helpers/e2e.js';
import { slowTests } from '../helpers/limits.js';

slowTests();

let t: TestDatabase;
let scratch: string;

beforeAll(async () => {
  t = await openTestDatabase('sqlite');
  scratch = mkdtempSync(join(tmpdir(), 'kursdesk-e2e-'));
});
afterAll(async () => {
  await t.close();
  rmSync(scratch, { recursive: true, force: true });
});
beforeEach(() => t.reset());

/** The binary on the test database. */
const kd = (argv: string[], options: Parameters<typeof runBin>[1] = {}) =>
  runBin(['--db', t.url, ...argv], options);

async function count(table: 'users' | 'audit_log'): Promise<number> {
  const row = await t.db.kysely
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function json<T = Record<string, unknown>>(stdout: string): T {
  return JSON.parse(stdout) as T;
}

describe('users create and show', () => {
  it('registers a learner, then shows it by id, e-mail and national ID', async () => {
    const created = await kd([...createArgv(KARI), '--ticket', 'SUP-1']);
    expect(created.code).toBe(0);
    expect(recordValue(created.stdout, 'id')).toBe('1');
    expect(recordValue(created.stdout, 'national_id')).toBe(KARI.mask);
    expect(recordValue(created.stdout, 'email')).toBe(KARI.email);
    expect(created.stderr).toBe(
      'created learner 1 (pending); next: kursdesk links issue 1 --reply nb (the activation link)\n',
    );

    const byId = await kd(['users', 'show', '1', '--format', 'json']);
    expect(byId.code).toBe(0);
    expect(byId.stderr).toBe('');
    expect(json(byId.stdout)).toMatchObject({
      id: 1,
      name: 'Kari Nordmann',
      birth_date: KARI.birthDate,
      national_id: KARI.mask,
      email: KARI.email,
      account_type: 'free',
      status: 'pending',
      employer: null,
      hms_card: expect.stringMatching(/^\*+456$/),
    });
    for (const selector of [KARI.email, KARI.email.toUpperCase(), KARI.nationalId]) {
      const run = await kd(['users', 'show', selector, '--format', 'json']);
      expect(run.code, selector).toBe(0);
      expect(json(run.stdout), selector).toEqual(json(byId.stdout));
    }
  });

  it('keeps the national ID out of the database file: only a keyed hash and the mask are stored', async () => {
    expect((await kd(createArgv(KARI))).code).toBe(0);
    // Whatever the child wrote is in the file or, not yet checkpointed, in its write-ahead log.
    const bytes = Buffer.concat(
      [t.url, `${t.url}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)),
    );
    expect(bytes.includes(KARI.email)).toBe(true);
    expect(bytes.includes(KARI.nationalId)).toBe(false);
  });

  it.each([
    ['--national-id', '15108695077', /^kursdesk: --national-id: first check digit .* should be 8\b/],
    ['--national-id', '1510869508', /^kursdesk: --national-id: must be 11 digits, got 10$/],
    ['--national-id', '29020105729', /^kursdesk: --national-id: 29\.02\.1901 is not a real date$/],
    ['--email', 'kari.nordmann@firma', /^kursdesk: --email: .*domain 'firma' has no top-level part/],
    ['--email', 'kari.nordmann.firma.no', /^kursdesk: --email: .*has no @/],
    ['--birthdate', '31.02.1986', /^kursdesk: --birthdate: .*1986-02-31 is not a real date/],
    ['--birthdate', '2031-01-01', /^kursdesk: --birthdate: birth date 2031-01-01 is in the future$/],
    [
      '--birthdate',
      '16.10.1986',
      /^kursdesk: --birthdate 1986-10-16 does not match the national ID's birth date/,
    ],
    ['--hms-card', '12', /^kursdesk: --hms-card: .*expected 4 to 20/],
  ])('refuses %s %s with exit 2, naming the flag, and writes nothing', async (flag, value, message) => {
    const run = await kd(createArgv(KARI, { [flag]: value }));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(oneLineError(run.stderr)).toMatch(message);
    if (flag === '--national-id') expect(run.stderr).not.toContain(value);
    expect(await count('users')).toBe(0);
    expect(await count('audit_log')).toBe(0);
  });

  it('refuses a second account for the same national ID with exit 4, showing the e-mail masked', async () => {
    expect((await kd(createArgv(KARI))).code).toBe(0);
    const run = await kd(createArgv(KARI, { '--email': 'kari@nyjobb.no', '--first-name': 'Kari Anne' }));
    expect(run.code).toBe(4);
    expect(run.stdout).toBe('');
    const line = oneLineError(run.stderr);
    expect(line).toContain('learner 1');
    expect(line).toContain('k***@firma.no');
    expect(line).not.toContain(KARI.email);
    expect(await count('users')).toBe(1);
  });

  it.each([
    ['an unknown id', '99', /no learner has id 99/],
    ['an unknown e-mail', 'nobody@firma.no', /no learner has the e-mail nobody@firma\.no/],
    ['an unknown national ID', OLA.nationalId, /no learner has the national ID 200369 \*{5}$/],
  ])('users show of %s exits 3', async (_what, selector, message) => {
    expect((await kd(createArgv(KARI))).code).toBe(0);
    const run = await kd(['users', 'show', selector]);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(oneLineError(run.stderr)).toMatch(message);
  });

  it('a refusal speaks bokmål when the agent chose it (KURSDESK_LANG or the config), English otherwise, with its exit code', async () => {
    expect((await kd(createArgv(KARI))).code).toBe(0);
    const english = await kd(['users', 'show', 'nobody@firma.no']);
    expect(english.code).toBe(3);
    expect(english.stderr).toBe(
      'kursdesk: no learner has the e-mail nobody@firma.no, now or earlier — try kursdesk users find with name and birth date\n',
    );
    const nb = await kd(['users', 'show', 'nobody@firma.no'], { env: { KURSDESK_LANG: 'nb' } });
    expect(nb.code).toBe(3);
    expect(nb.stderr).toBe(
      'kursdesk: ingen bruker har e-postadressen nobody@firma.no, verken nå eller tidligere — prøv kursdesk users find med navn og fødselsdato\n',
    );
    const home = join(scratch, 'config-nb');
    mkdirSync(join(home, 'kursdesk'), { recursive: true });
    writeFileSync(join(home, 'kursdesk', 'config'), 'profiles:\n  default:\n    lang: nb\n', { mode: 0o600 });
    const fromConfig = await kd(['users', 'show', '99'], { env: { XDG_CONFIG_HOME: home } });
    expect(fromConfig).toMatchObject({ code: 3, stdout: '', stderr: 'kursdesk: ingen bruker har id 99\n' });
  });

  it('the course-side and file refusals speak bokmål too, and keep their code in JSON', async () => {
    const unit = await kd(['units', 'waitlist', '999'], { env: { KURSDESK_LANG: 'nb' } });
    expect(unit).toMatchObject({ code: 3, stdout: '' });
    expect(unit.stderr).toBe(
      'kursdesk: det finnes ingen enhet med id 999 — se enhetene: kursdesk units list --course <kurskode>\n',
    );
    const file = join(scratch, 'finnes-ikke.csv');
    const missing = await kd(['results', 'import', file, '--format', 'json'], {
      env: { KURSDESK_LANG: 'nb' },
    });
    expect(missing.code).toBe(3);
    expect(JSON.parse(oneLineError(missing.stderr).slice('kursdesk: '.length))).toEqual({
      error: { code: 'file.no-such-file', exit_code: 3, message: `filen ${file} finnes ikke` },
    });
    const english = await kd(['results', 'import', file]);
    expect(english.stderr).toBe(`kursdesk: no such file: ${file}\n`);
  });

  it('with --format json the refusal is one JSON line on stderr with its code; the national ID stays masked', async () => {
    expect((await kd(createArgv(KARI))).code).toBe(0);
    const run = await kd(['users', 'show', OLA.nationalId, '--format', 'json']);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    const line = oneLineError(run.stderr);
    expect(JSON.parse(line.slice('kursdesk: '.length))).toEqual({
      error: {
        code: 'learner.no-such-national-id',
        exit_code: 3,
        message: 'no learner has the national ID 200369 *****',
      },
    });
    const taken = await kd([...createArgv(KARI, { '--email': 'kari@nyjobb.no' }), '--format', 'json'], {
      env: { KURSDESK_LANG: 'nb' },
    });
    expect(taken.code).toBe(4);
    const error = (
      JSON.parse(oneLineError(taken.stderr).slice('kursdesk: '.length)) as {
        error: { code: string; message: string; hint: string };
      }
    ).error;
    expect(error.code).toBe('learner.national-id-taken');
    expect(error.message).toMatch(
      /^fødselsnummeret har allerede en konto: bruker 1, e-post k\*\*\*@firma\.no/,
    );
    expect(error.hint).toMatch(/^personen må logge inn/);
  });

  it('without a terminal, a missing required value is a usage error naming the flag', async () => {
    const run = await kd(createArgv(KARI, { '--email': undefined }));
    expect(run.code).toBe(2);
    expect(oneLineError(run.stderr)).toMatch(/^kursdesk: missing --email\b/);
    expect(await count('users')).toBe(0);
  });

  it('--national-id - reads the number from stdin', async () => {
    const run = await kd(createArgv(OLA, { '--national-id': '-' }), { stdin: `${OLA.nationalId}\n` });
    expect(run.code).toBe(0);
    const shown = await kd(['users', 'show', OLA.nationalId, '--format', 'json']);
    expect(shown.code).toBe(0);
    expect(json(shown.stdout)).toMatchObject({
      email: OLA.email,
      national_id: OLA.mask,
      birth_date: OLA.birthDate,
    });
  });

  it('--dry-run checks and shows the learner but writes nothing', async () => {
    const run = await kd([...createArgv(KARI), '--dry-run', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(json(run.stdout)).toMatchObject({ email: KARI.email, national_id: KARI.mask });
    expect(run.stderr).toMatch(/dry run.*nothing was written/);
    expect((await kd(['users', 'show', '1'])).code).toBe(3);
    expect(await count('users')).toBe(0);
    expect(await count('audit_log')).toBe(0);
    // The dry run really ran the checks: the real thing now succeeds, and a duplicate dry run fails.
    expect((await kd(createArgv(KARI))).code).toBe(0);
    expect((await kd([...createArgv(KARI, { '--email': 'x@firma.no' }), '--dry-run'])).code).toBe(4);
  });

  it('KURSDESK_REQUIRE_TICKET=1 refuses a change without --ticket (exit 5) and accepts it with one', async () => {
    const env = { KURSDESK_REQUIRE_TICKET: '1' };
    const refused = await kd(createArgv(KARI), { env });
    expect(refused.code).toBe(5);
    expect(oneLineError(refused.stderr)).toMatch(/ticket.*--ticket/);
    expect(await count('users')).toBe(0);
    expect((await kd([...createArgv(KARI), '--ticket', 'SUP-9'], { env })).code).toBe(0);
  });

  it('a KURSDESK_WAIT_MS that is not a number of milliseconds is a usage error (exit 2), nothing written', async () => {
    const run = await kd(createArgv(KARI), { env: { KURSDESK_WAIT_MS: '5s' } });
    expect(run.code).toBe(2);
    expect(oneLineError(run.stderr)).toMatch(/KURSDESK_WAIT_MS '5s'.*whole number/);
    expect(await count('users')).toBe(0);
    expect((await kd(createArgv(KARI), { env: { KURSDESK_WAIT_MS: '2000' } })).code).toBe(0);
  });
});

describe('stdout carries data, stderr the rest', () => {
  it('--format json output parses as JSON while the note goes to stderr; --quiet silences the note', async () => {
    const run = await kd(['--format', 'json', ...createArgv(KARI)]);
    expect(run.code).toBe(0);
    expect(json(run.stdout)).toMatchObject({ id: 1, email: KARI.email });
    expect(run.stderr).toMatch(/^created learner 1/);

    const quiet = await kd(['--quiet', '--format', 'json', ...createArgv(OLA)]);
    expect(quiet.code).toBe(0);
    expect(json(quiet.stdout)).toMatchObject({ id: 2, email: OLA.email });
    expect(quiet.stderr).toBe('');
  });

  it('has no colour when piped, with NO_COLOR, or with --no-color (even when FORCE_COLOR asks for it)', async () => {
    expect((await kd(createArgv(KARI))).code).toBe(0);
    const show = ['users', 'show', '1'];
    // The control: colour is possible, so its absence below means something.
    const forced = await kd(show, { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(ANSI);
    for (const [what, argv, env] of [
      ['piped', show, {}],
      ['NO_COLOR', show, { NO_COLOR: '1', FORCE_COLOR: '1' }],
      ['--no-color', ['--no-color', ...show], { FORCE_COLOR: '1' }],
      ['--no-color, a note on stderr', ['--no-color', ...createArgv(OLA)], { FORCE_COLOR: '1' }],
    ] as const) {
      const run = await kd([...argv], { env });
      expect(run.code, what).toBe(0);
      expect(run.stdout, what).not.toMatch(ANSI);
      expect(run.stderr, what).not.toMatch(ANSI);
    }
  });

  it('never shows the national ID: not in output, notes, errors, audit entries or doctor', async () => {
    const runs = [
      await kd(['--format', 'json', ...createArgv(KARI, { '--national-id': '-' })], {
        stdin: KARI.nationalId,
      }),
      await kd(createArgv(OLA, { '--birthdate': '20.03.1969' })),
      await kd(createArgv(KARI, { '--email': 'other@firma.no' })),
      await kd(['users', 'show', KARI.nationalId]),
      await kd(['users', 'show', KARI.nationalId, '--format', 'yaml', '--history']),
      await kd(['users', 'show', SIRI.nationalId]),
      await kd(['audit']),
      await kd(['audit', '--format', 'json']),
      await kd(['audit', '--format', 'csv', '--fields', 'id,changes,summary']),
      await kd(['audit', '--user', KARI.nationalId, '--format', 'yaml']),
      await kd(['doctor']),
    ];
    const codes = [0, 0, 4, 0, 0, 3, 0, 0, 0, 0, 0];
    for (const [i, run] of runs.entries()) expect(run.code, `run ${i}: ${run.stderr}`).toBe(codes[i]);
    const everything = runs.map((r) => r.stdout + r.stderr).join('\n');
    for (const who of [KARI, OLA, SIRI]) {
      expect(everything).not.toContain(who.secretPart);
      expect(everything).not.toContain(who.nationalId);
    }
    expect(everything).toContain(KARI.mask);
    const audit = json<{ changes: { field: string; new: unknown }[] }[]>(runs[7]!.stdout);
    expect(audit).toHaveLength(2);
    expect(audit[0]!.changes).toContainEqual({ field: 'national_id_hash', old: null, new: '[hidden]' });
  });
});

describe('output formats in the built program', () => {
  it('every --format works, including those whose code is loaded only when used', async () => {
    expect((await kd(createArgv(KARI))).code).toBe(0);
    const profile = json((await kd(['users', 'show', '1', '--format', 'json'])).stdout);
    const entries = json<unknown[]>((await kd(['audit', '--format', 'json'])).stdout);
    const outputs: Record<string, string> = {};
    const argvs = ['table', 'csv', 'yaml', 'ids', 'count'].flatMap((format) =>
      [['users', 'show', '1'], ['audit']].map((argv) => [...argv, '--format', format]),
    );
    // Read-only, so a few at a time.
    const runs = await runBinEach(argvs.map((argv) => ['--db', t.url, ...argv]));
    for (const [i, argv] of argvs.entries()) {
      expect(runs[i], argv.join(' ')).toMatchObject({ code: 0, stderr: '' });
      outputs[`${argv[0]} ${argv[argv.length - 1]}`] = runs[i]!.stdout;
    }
    expect(parseYaml(outputs['users yaml']!)).toEqual(profile);
    expect(parseYaml(outputs['audit yaml']!)).toEqual(entries);
    expect(outputs['users csv']).toMatch(/^id,name,birth_date,/);
    // On SQLite the login is the OS user who ran the command (this test's user).
    expect(outputs['audit csv']).toMatch(
      new RegExp(
        `^id,at,agent,login,ticket,action,target,summary\\n1,[^,]+,test-agent,${userInfo().username},,`,
      ),
    );
    expect([
      outputs['users ids'],
      outputs['users count'],
      outputs['audit ids'],
      outputs['audit count'],
    ]).toEqual(['1\n', '1\n', '1\n', '1\n']);
    expect(recordValue(outputs['users table']!, 'email')).toBe(KARI.email);
  });
});

describe('the audit log', () => {
  interface Entry {
    id: number;
    agent: string;
    ticket: string | null;
    action: string;
    target: string;
  }
  const audit = async (argv: string[]) => {
    const run = await kd(['audit', '--format', 'json', ...argv]);
    expect(run.code, argv.join(' ')).toBe(0);
    return json<Entry[]>(run.stdout);
  };

  it('lists each create with its agent (--agent or KURSDESK_AGENT) and ticket; --by, --action and --since filter', async () => {
    expect((await kd(['--agent', 'anna', '--ticket', 'SUP-7', ...createArgv(KARI)])).code).toBe(0);
    expect((await kd(createArgv(OLA), { env: { KURSDESK_AGENT: 'bob' } })).code).toBe(0);

    expect(await audit([])).toEqual([
      expect.objectContaining({
        id: 1,
        agent: 'anna',
        ticket: 'SUP-7',
        action: 'users.create',
        target: 'user 1',
      }),
      expect.objectContaining({
        id: 2,
        agent: 'bob',
        ticket: null,
        action: 'users.create',
        target: 'user 2',
      }),
    ]);
    expect((await audit(['--by', 'anna'])).map((e) => e.id)).toEqual([1]);
    expect((await audit(['--by', 'bob'])).map((e) => e.id)).toEqual([2]);
    expect((await audit(['--action', 'users'])).map((e) => e.id)).toEqual([1, 2]);
    expect((await audit(['--action', 'db'])).map((e) => e.id)).toEqual([]);
    expect((await audit(['--since', '7d'])).map((e) => e.id)).toEqual([1, 2]);
    expect((await audit(['--since', '2999-01-01'])).map((e) => e.id)).toEqual([]);

    const table = await kd(['audit']);
    // The time in Oslo, to the minute (`25 Nov 2026 11:00`).
    expect(table.stdout).toMatch(
      new RegExp(
        `^1 +\\d\\d [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d +anna +${userInfo().username} +SUP-7 +users\\.create +user 1 `,
        'm',
      ),
    );
  });

  it('audit verify says intact, and after an entry is edited in the file it exits 1 naming that entry', async () => {
    expect((await kd(createArgv(KARI))).code).toBe(0);
    expect((await kd(createArgv(OLA))).code).toBe(0);
    const intact = await kd(['audit', 'verify']);
    expect(intact).toEqual({ code: 0, stdout: 'audit log intact: 2 entries\n', stderr: '' });

    // The log is append-only (a trigger refuses UPDATE): play an owner with access to the file who
    // lifts the guards, edits an entry and puts the guards back, as the tamper tests of the write gate do.
    await withAuditGuardsLifted(t.db, (trx) =>
      trx.updateTable('audit_log').set({ agent: 'mallory' }).where('id', '=', 1).execute(),
    );
    const guarded = new Database(t.url);
    try {
      expect(() => guarded.prepare("update audit_log set agent = 'eve' where id = 2").run()).toThrow(
        /append-only/,
      );
    } finally {
      guarded.close();
    }
    const broken = await kd(['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(oneLineError(broken.stderr)).toMatch(/chain broken at entry 1\b/);
  });
});

describe('doctor on SQLite', () => {
  it('reports the file, dialect, schema version and row counts', async () => {
    expect((await kd(createArgv(KARI))).code).toBe(0);
    const run = await kd(['doctor', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(json(run.stdout)).toMatchObject({
      database: t.url,
      dialect: 'sqlite',
      schema_version: LATEST_SCHEMA_VERSION,
      latest_version: LATEST_SCHEMA_VERSION,
      pending_migrations: 'none',
      database_kind: 'production',
      server_version: expect.stringMatching(/^SQLite 3\.\d+/),
      national_id_key: 'KURSDESK_SECRET',
      'rows.users': 1,
      'rows.audit_log': 1,
    });
  });
});

describe('the default database file', () => {
  it('is created owner-only under XDG_DATA_HOME and migrated on first use, with an owner-only key file', async () => {
    const home = mkdtempSync(join(scratch, 'home-'));
    const env = {
      XDG_DATA_HOME: join(home, 'data'),
      XDG_CONFIG_HOME: join(home, 'config'),
      KURSDESK_SECRET: undefined,
    };
    const created = await runBin(createArgv(KARI), { env });
    expect(created.code).toBe(0);
    const file = join(home, 'data', 'kursdesk', 'kursdesk.db');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, 'data', 'kursdesk')).mode & 0o777).toBe(0o700);
    expect(statSync(join(home, 'config', 'kursdesk', 'secret.key')).mode & 0o777).toBe(0o600);

    const status = await runBin(['db', 'status', '--format', 'json'], { env });
    expect(status.code).toBe(0);
    const states = json<{ state: string }[]>(status.stdout);
    expect(states).toHaveLength(LATEST_SCHEMA_VERSION);
    expect(states.every((s) => s.state === 'applied')).toBe(true);

    // The key file made on first use is the one later runs use: the national ID is found again.
    const shown = await runBin(['users', 'show', KARI.nationalId, '--format', 'json'], { env });
    expect(shown.code).toBe(0);
    expect(json(shown.stdout)).toMatchObject({ email: KARI.email });
    const doctor = await runBin(['doctor', '--format', 'json'], { env });
    expect(json(doctor.stdout)).toMatchObject({ database: file, national_id_key: 'key file' });
  });
});

describe('choosing the database', () => {
  it('a new file given by --db is created owner-only and migrated, relative paths from the working folder', async () => {
    const folder = mkdtempSync(join(scratch, 'fresh-'));
    const created = await runBin(['--db', 'desk.db', ...createArgv(KARI)], { cwd: folder });
    expect(created.code).toBe(0);
    const file = join(folder, 'desk.db');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const shown = await runBin(['--db', `sqlite:${file}`, 'users', 'show', KARI.email, '--format', 'json']);
    expect(shown.code).toBe(0);
    expect(json(shown.stdout)).toMatchObject({ id: 1, national_id: KARI.mask });
  });

  it('--db wins over KURSDESK_DB, which wins over DATABASE_URL', async () => {
    const [a, b, c] = ['a.db', 'b.db', 'c.db'].map((name) =>
      join(mkdtempSync(join(scratch, 'choice-')), name),
    );
    const used = async (argv: string[], env: Record<string, string>) => {
      const run = await runBin([...argv, 'doctor', '--format', 'json'], { env });
      // Each file is new, so doctor also reports its pending migrations (exit 1); the point is which file.
      expect(run.stderr, JSON.stringify(env)).toMatch(/pending migrations/);
      return json(run.stdout).database;
    };
    expect(await used([], { DATABASE_URL: c! })).toBe(c);
    expect(await used([], { DATABASE_URL: c!, KURSDESK_DB: b! })).toBe(b);
    expect(await used(['--db', a!], { DATABASE_URL: c!, KURSDESK_DB: b! })).toBe(a);
  });
});

describe('database files that cannot be used: one line, nothing changed', () => {
  it('a file that is not SQLite is left exactly as it was (exit 2: the wrong --db)', async () => {
    const file = join(scratch, 'notes.txt');
    const text = 'not a database\n'.repeat(10);
    writeFileSync(file, text);
    const before = statSync(file).mtimeMs;
    for (const argv of [createArgv(KARI), ['users', 'show', '1'], ['db', 'migrate'], ['doctor']]) {
      const run = await runBin(['--db', file, ...argv]);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(oneLineError(run.stderr)).toContain(`${file} is not a SQLite database`);
    }
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(`${file}-journal`)).toBe(false);
  });

  it.each([
    ['under a regular file (ENOTDIR)', () => join(scratch, 'plain-file', 'kursdesk.db'), /not a folder/],
    [
      'in a folder that does not exist',
      () => join(scratch, 'missing', 'deeper', 'kursdesk.db'),
      /does not exist/,
    ],
    ['where nobody may create files, not even root', () => '/proc/kursdesk-e2e.db', /cannot create/],
    ['that is a folder', () => scratch, /is not a file/],
  ])('a database path %s', async (_what, path, reason) => {
    writeFileSync(join(scratch, 'plain-file'), 'x');
    const db = path();
    const run = await runBin(['--db', db, ...createArgv(KARI)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const line = oneLineError(run.stderr);
    expect(line).toContain(db);
    expect(line).toMatch(reason);
    expect(readFileSync(join(scratch, 'plain-file'), 'utf8')).toBe('x');
    expect(existsSync(join(scratch, 'missing'))).toBe(false);
  });
});
