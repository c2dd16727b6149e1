// Every --format of a record (`users show`) and of a list (`audit`), and --fields, as a script or an
// agent in a terminal reads them.
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type CliOptions, runCli, TEST_NOW } from '../helpers/cli.js';
import { openTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { ANSI, createArgv, KARI, oneLineError, SIRI, stripAnsi } from './fixtures.js';

const EMPLOYER = { org_number: '974760673', name: 'Bygg, Anlegg & Drift AS' };
const INVOICE_REF = 'Prosjekt 7, "Bane Nord"';
const BOX = /[┌┐└┘─│]/;
/** TEST_NOW as a table shows it: Oslo time, to the minute. */
const OSLO_NOW = '25 Nov 2026 11:00';

let t: TestDatabase;
const kd = (argv: string[], options: CliOptions = {}) => runCli(argv, { db: t.url, ...options });

beforeAll(async () => {
  t = await openTestDatabase('sqlite');
  await t.db.kysely
    .insertInto('companies')
    .values({ ...EMPLOYER, in_elma: true, created_at: TEST_NOW, updated_at: TEST_NOW })
    .execute();
  expect((await kd(['--agent', 'anna', '--ticket', 'SUP-1', ...createArgv(KARI)])).code).toBe(0);
  const siri = createArgv(SIRI, {
    '--type': 'full',
    '--employer': EMPLOYER.org_number,
    '--invoice-ref': INVOICE_REF,
  });
  expect((await kd(siri)).code).toBe(0);
});
afterAll(() => t.close());

/** Where each of `words` starts in `line`, searching left to right. */
function starts(line: string, words: string[]): number[] {
  let from = 0;
  return words.map((word) => {
    const at = line.indexOf(word, from);
    from = at + word.length;
    return at;
  });
}

describe('users show (one record)', () => {
  const show = (argv: string[] = [], options: CliOptions = {}) =>
    kd(['users', 'show', '2', ...argv], options);

  it('json: every field of the profile, the national ID masked', async () => {
    const run = await show(['--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const profile = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(profile).toMatchObject({
      id: 2,
      name: "Siri O'Neill",
      birth_date: SIRI.birthDate,
      national_id: SIRI.mask,
      email: SIRI.email,
      account_type: 'full',
      employer: EMPLOYER.name,
      employer_org_number: EMPLOYER.org_number,
      invoice_reference: INVOICE_REF,
      hms_card_registered_on: TEST_NOW.slice(0, 10),
      hms_card_renewal_due: '2028-11-25',
    });
    expect(Object.keys(profile).filter((k) => k.includes('hash'))).toEqual([]);
  });

  it('csv: a header and one row, quoting cells with commas and quotes', async () => {
    const run = await show(['--format', 'csv']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^id,name,birth_date,national_id,email,/);
    expect(lines[1]).toContain(`"${EMPLOYER.name}"`);
    expect(lines[1]).toContain('"Prosjekt 7, ""Bane Nord"""');
    const [row] = parseCsv(run.stdout, { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      id: '2',
      name: "Siri O'Neill",
      national_id: SIRI.mask,
      employer: EMPLOYER.name,
      invoice_reference: INVOICE_REF,
      phone: '',
    });
  });

  it('yaml: the same data as json', async () => {
    const yaml = await show(['--format', 'yaml', '--history']);
    const json = await show(['--format', 'json', '--history']);
    expect(yaml.code).toBe(0);
    expect(parseYaml(yaml.stdout)).toEqual(JSON.parse(json.stdout));
    expect(JSON.parse(json.stdout).employment_history).toEqual([
      expect.objectContaining({ org_number: EMPLOYER.org_number, invoice_reference: INVOICE_REF }),
    ]);
  });

  it('ids and count', async () => {
    expect(await show(['--format', 'ids'])).toMatchObject({ code: 0, stdout: '2\n', stderr: '' });
    expect(await show(['--format', 'count'])).toMatchObject({ code: 0, stdout: '1\n', stderr: '' });
  });

  it('table when piped: aligned "field  value" lines, no box drawing and no colour', async () => {
    const run = await show();
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(BOX);
    expect(run.stdout).not.toMatch(ANSI);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split(/\s{2,}/)[0])).toEqual(
      expect.arrayContaining(['id', 'name', 'national_id', 'email', 'employer', 'hms_card_age']),
    );
    const valueColumn = lines[0]!.indexOf('2');
    expect(lines.find((l) => l.startsWith('national_id '))!.slice(valueColumn)).toBe(SIRI.mask);
    expect(lines.find((l) => l.startsWith('employer '))!.slice(valueColumn)).toBe(EMPLOYER.name);
  });

  it('table in a terminal: bold labels, and the histories as boxed tables', async () => {
    const run = await show(['--history'], { tty: true });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\u001b\[1mid +\u001b\[0m {2}2$/m);
    const history = stripAnsi(run.stdout.slice(run.stdout.indexOf('\nEmployer history\n')));
    expect(history).toMatch(/┌─/);
    expect(history).toMatch(new RegExp(`│ ${EMPLOYER.name} +│ ${EMPLOYER.org_number} +│`));
    const plain = await show(['--history'], { tty: true, env: { NO_COLOR: '1' } });
    expect(plain.stdout).not.toMatch(ANSI);
    expect(plain.stdout).toMatch(/^id {2,}2$/m);
  });
});

describe('audit (a list)', () => {
  const audit = (argv: string[], options: CliOptions = {}) => kd(['audit', ...argv], options);

  it('json: the entries with every field, the changes masked', async () => {
    const run = await audit(['--format', 'json']);
    expect(run.code).toBe(0);
    const entries = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(entries).toEqual([
      expect.objectContaining({
        id: 1,
        agent: 'anna',
        ticket: 'SUP-1',
        action: 'users.create',
        target: 'user 1',
      }),
      expect.objectContaining({
        id: 2,
        agent: 'test-agent',
        ticket: null,
        action: 'users.create',
        user_id: 2,
      }),
    ]);
    expect(entries[0]!.changes).toContainEqual({ field: 'email', old: null, new: 'k***@firma.no' });
  });

  it('csv: a header and a row per entry; JSON-valued cells are quoted and round-trip', async () => {
    const run = await audit(['--format', 'csv']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('id,at,agent,login,ticket,action,target,summary');
    expect(lines).toHaveLength(3);
    const json = JSON.parse((await audit(['--format', 'json'])).stdout) as {
      changes: unknown;
      summary: string;
    }[];
    const rows = parseCsv(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.summary)).toEqual(json.map((e) => e.summary));
    expect(rows[1]).toMatchObject({
      id: '2',
      agent: 'test-agent',
      login: 'tester',
      ticket: '',
      target: 'user 2',
    });

    const changes = await audit(['--format', 'csv', '--fields', 'id,changes']);
    expect(changes.stdout).toMatch(/^1,"\[\{""field"":""given_names""/m);
    const parsed = parseCsv(changes.stdout, { columns: true }) as { changes: string }[];
    expect(parsed.map((r) => JSON.parse(r.changes))).toEqual(json.map((e) => e.changes));
  });

  it('yaml: the same data as json', async () => {
    const yaml = await audit(['--format', 'yaml']);
    expect(yaml.code).toBe(0);
    expect(parseYaml(yaml.stdout)).toEqual(JSON.parse((await audit(['--format', 'json'])).stdout));
  });

  it('ids and count', async () => {
    expect(await audit(['--format', 'ids'])).toMatchObject({ code: 0, stdout: '1\n2\n', stderr: '' });
    expect(await audit(['--format', 'count'])).toMatchObject({ code: 0, stdout: '2\n', stderr: '' });
  });

  it('table when piped: a header and aligned columns, no box drawing and no colour', async () => {
    const run = await audit([]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(BOX);
    expect(run.stdout).not.toMatch(ANSI);
    const [header, first, second, ...rest] = run.stdout.trimEnd().split('\n') as string[];
    expect(rest).toEqual([]);
    expect(header).toMatch(/^id +at +agent +login +ticket +action +target +summary$/);
    const columns = starts(header!, ['id', 'at', 'agent', 'login', 'ticket', 'action', 'target', 'summary']);
    expect(
      starts(first!, ['1', OSLO_NOW, 'anna', 'tester', 'SUP-1', 'users.create', 'user 1', 'given_names=']),
    ).toEqual(columns);
    // An empty ticket leaves its column blank; the columns after it stay in place.
    expect(starts(second!, ['2', OSLO_NOW, 'test-agent', 'tester'])).toEqual(columns.slice(0, 4));
    expect(second!.slice(columns[4]!, columns[5]).trim()).toBe('');
    expect(starts(second!.slice(columns[5]!), ['users.create', 'user 2'])).toEqual([
      0,
      columns[6]! - columns[5]!,
    ]);
  });

  it('table in a terminal: a boxed table, coloured unless NO_COLOR', async () => {
    const run = await audit([], { tty: true });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(ANSI);
    const boxed = stripAnsi(run.stdout);
    expect(boxed).toMatch(/^┌─/);
    expect(boxed).toMatch(/^│ id +│ at +│ agent +│ login +│ ticket +│ action +│ target +│$/m);
    expect(boxed).toMatch(
      /^│ 1 +│ 25 Nov 2026 11:00 +│ anna +│ tester +│ SUP-1 +│ users\.create +│ user 1 +│$/m,
    );
    // The long summary is on a line under its entry, across the table.
    expect(boxed).toMatch(/^│ summary: given_names=K\*\*\*;/m);
    const plain = await audit([], { tty: true, env: { NO_COLOR: '1' } });
    expect(plain.stdout).toMatch(/^┌─/);
    expect(plain.stdout).not.toMatch(ANSI);
    // The long summaries wrap inside the terminal's width (120 columns here) instead of overflowing it.
    const lines = plain.stdout.trimEnd().split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(120);
    expect(lines.length).toBeGreaterThan(6);
    expect(plain.stdout).toMatch(/updated_at=25 Nov 2026 11:00/);
  });

  it('no entries: nothing on stdout and a note on stderr in a table; an empty document otherwise', async () => {
    const none = ['--by', 'nobody'];
    expect(await audit(none)).toMatchObject({ code: 0, stdout: '', stderr: 'no audit entries match\n' });
    expect(await audit([...none, '--quiet'])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(await audit([...none, '--format', 'json'])).toMatchObject({ code: 0, stdout: '[]\n', stderr: '' });
    expect(await audit([...none, '--format', 'count'])).toMatchObject({ code: 0, stdout: '0\n' });
    expect(await audit([...none, '--format', 'ids'])).toMatchObject({ code: 0, stdout: '' });
    expect((await audit([...none, '--format', 'csv'])).stdout).toBe(
      'id,at,agent,login,ticket,action,target,summary\n',
    );
  });
});

describe('--fields', () => {
  it('chooses the fields and their order, in every format', async () => {
    const fields = ['--fields', 'email,id'];
    const json = await kd(['users', 'show', '1', ...fields, '--format', 'json']);
    expect(json.stdout).toBe(`{\n  "email": "${KARI.email}",\n  "id": 1\n}\n`);
    expect((await kd(['users', 'show', '1', ...fields, '--format', 'csv'])).stdout).toBe(
      `email,id\n${KARI.email},1\n`,
    );
    expect((await kd(['users', 'show', '1', ...fields, '--format', 'yaml'])).stdout).toBe(
      `email: ${KARI.email}\nid: 1\n`,
    );
    const table = await kd(['users', 'show', '1', ...fields]);
    expect(table.stdout.split('\n').map((l) => l.split(/\s+/)[0])).toEqual(['email', 'id', '']);

    expect((await kd(['audit', '--fields', 'action,id', '--format', 'csv'])).stdout).toBe(
      'action,id\nusers.create,1\nusers.create,2\n',
    );
    const list = JSON.parse(
      (await kd(['audit', '--fields', 'agent,id', '--format', 'json'])).stdout,
    ) as object[];
    expect(list.map((e) => Object.keys(e))).toEqual([
      ['agent', 'id'],
      ['agent', 'id'],
    ]);
  });

  interface ErrorLine {
    error: { code: string | null; exit_code: number; message: string };
  }

  it('an unknown field typed like a national ID is not read back, valid or mistyped', async () => {
    for (const typed of ['15108695088', '151086-95077', '15.10.86 95088']) {
      const run = await kd(['users', 'show', '1', '--fields', `id,${typed}`]);
      expect(run.code, typed).toBe(2);
      expect(oneLineError(run.stderr)).toMatch(/--fields: unknown field '151086 \*{5}'; available: /);
      expect(run.stderr).not.toMatch(/95088|95077/);
    }
  });

  it.each([
    ['users show', ['users', 'show', '1'], ['email', 'national_id', 'hms_card_age']],
    ['audit', ['audit'], ['agent', 'ticket', 'changes']],
  ])(
    'an unknown field in %s is a usage error listing the available fields',
    async (_what, argv, available) => {
      for (const format of ['table', 'json', 'csv']) {
        const run = await kd([...argv, '--fields', 'id,mail', '--format', format]);
        expect(run.code, format).toBe(2);
        expect(run.stdout, format).toBe('');
        // With --format json the line is a JSON object (its code null: this message is not coded yet).
        const line =
          format === 'json'
            ? (JSON.parse(oneLineError(run.stderr).slice('kursdesk: '.length)) as ErrorLine).error.message
            : oneLineError(run.stderr);
        expect(line).toMatch(/--fields: unknown field 'mail'; available: /);
        for (const field of available) expect(line).toMatch(new RegExp(`[:,] ${field}(,|$)`));
      }
    },
  );
});
