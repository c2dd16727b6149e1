// What `users create` does with each kind of person number of the fact sheet, in a production database
// and in one marked as a test database: accepted, or refused with the documented exit code, and never
// printed back (only `DDMMYY *****`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { openTestDatabase, type TestDatabase } from '../helpers/databases.js';

let production: TestDatabase;
let marked: TestDatabase;
beforeAll(async () => {
  production = await openTestDatabase('sqlite');
  marked = await openTestDatabase('sqlite');
  const mark = await runCli(['db', 'mark', 'test', '--yes'], { db: marked.url });
  expect(mark.code, mark.stderr).toBe(0);
});
afterAll(async () => {
  await production?.close();
  await marked?.close();
});

// [number, what it is, exit in production, exit in a test database, stderr pattern of a refusal]
const KINDS: [string, string, number, number, RegExp | null][] = [
  ['15108695088', 'fnr', 0, 0, null],
  ['151086-95088', 'fnr with a dash', 0, 0, null],
  ['53097248016', 'D-number', 0, 0, null],
  ['30108299939', 'fnr, 2032 rule', 0, 0, null],
  ['01912450097', 'synthetic +80', 5, 0, /synthetic/],
  ['41912450080', 'D + synthetic +80', 5, 0, /synthetic/],
  ['13527248013', 'H-number (+40)', 2, 2, /H-number/],
  ['81234567802', 'FH-number', 2, 2, /FH-number/],
  ['29020105729', '29.02.1901', 2, 2, /not a real date/],
  ['15108695077', 'K1 wrong', 2, 2, /first check digit/],
  ['20036914712', 'K2 wrong', 2, 2, /second check digit/],
  ['30108299963', 'K1 remainder 4', 2, 2, /first check digit/],
  ['13932947702', 'month 93', 2, 2, /month 93/],
  ['1510869508', '10 digits', 2, 2, /11 digits/],
  ['55102499947', '2032 D-number, century open', 2, 2, /--birthdate/],
];

describe.each([
  ['production', () => production, 2],
  ['test', () => marked, 3],
] as const)('users create --national-id - in a %s database', (_name, db, exitColumn) => {
  it.each(KINDS)('%s (%s)', async (...row) => {
    const [number, _what, , , pattern] = row;
    const expected = row[exitColumn];
    const surname = `Probe${'abcdefghijklmnopqrstuvwxyz'[KINDS.findIndex((k) => k[0] === number)]}`;
    const run = await runCli(
      [
        'users',
        'create',
        '--first-name',
        'Test',
        '--last-name',
        surname,
        '--email',
        `${surname.toLowerCase()}@probe.test`,
        '--national-id',
        '-',
        '--type',
        'free',
        '--hms-card',
        '1234567',
        '--dry-run',
        '--format',
        'json',
      ],
      { db: db().url, stdin: `${number}\n` },
    );
    expect(run.code, run.stderr).toBe(expected);
    const digits = number.replace(/\D/g, '');
    const both = run.stdout + run.stderr;
    expect(both).not.toContain(digits.slice(6));
    if (expected === 0) expect(JSON.parse(run.stdout).national_id).toBe(`${digits.slice(0, 6)} *****`);
    else if (pattern) expect(run.stderr).toMatch(pattern);
  });
});
