// Random command lines never crash the program: whatever words, flags and values come in, it answers
// with a documented exit code and at most a few lines on stderr, never an internal error, a stack trace
// or a national ID read back. Run in-process on a SQLite database of its own.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { openTestDatabase, type TestDatabase } from '../helpers/databases.js';

const NOUNS = [
  'users',
  'companies',
  'courses',
  'units',
  'links',
  'mail',
  'reports',
  'results',
  'certificates',
  'programmes',
  'privacy',
  'audit',
  'config',
  'db',
  'registry',
  'replies',
  'triage',
  'completion',
  'help',
  'doctor',
  '__complete',
];
const VERBS = [
  'find',
  'show',
  'list',
  'create',
  'move',
  'set-email',
  'set-hms',
  'set-type',
  'history',
  'duplicates',
  'search',
  'why-hidden',
  'enrol',
  'unenrol',
  'waitlist',
  'set-capacity',
  'request',
  'requests',
  'issue',
  'check',
  'revoke',
  'verify',
  'anchor',
  'status',
  'get',
  'set',
  'unset',
  'path',
  'lookup',
  'register',
  'update',
  'hms',
  'expiring',
  'export',
  'erase',
  'retention',
  'record',
  'assign',
  'ask',
  'decline',
  'bash',
  'zsh',
  'fish',
];
const FLAGS = [
  '--name',
  '--birthdate',
  '--email',
  '--format',
  '--fields',
  '--limit',
  '--all',
  '--within',
  '--since',
  '--expired',
  '--to',
  '--from',
  '--employer',
  '--user',
  '--reply',
  '--lang',
  '--ticket',
  '--reason',
  '--dry-run',
  '--wide',
  '--no-pager',
  '--quiet',
  '--expect-version',
  '--invoice-ref',
  '--issued',
  '--due',
  '--course',
  '--place',
  '--available',
  '--action',
  '--by',
  '--anchor',
  '--national-id',
  '--inactive',
  '--mail-bodies',
  '--links',
  '--profile',
  '--help',
  '-h',
  '--version',
  '--nonexistent',
  '--',
  '-',
];
const VALUES = [
  '',
  ' ',
  '0',
  '-1',
  '1e9',
  'NaN',
  'Infinity',
  '99999999999999999999999',
  '2.5',
  '0x10',
  '15108695088',
  '151086 950 88',
  '01912450097',
  '988077917',
  '912345678',
  'NO 988 077 917 MVA',
  '29.02.1900',
  '31.02.2024',
  '2024-13-01',
  '15.10.86',
  '2m',
  '6mo',
  '-5d',
  '999999y',
  'kari@nordbane.test',
  'not-an-email@',
  'a@b',
  'json',
  'csv',
  'yaml',
  'ids',
  'count',
  'table',
  'nb',
  'nn',
  'en',
  'xx',
  '\u0000',
  '\u001b]0;pwn\u0007',
  '٠١٢٣٤٥٦٧٨٩',
  '１２３４５６７８９',
  '../../etc/passwd',
  '/dev/null',
  'postgres://nobody@127.0.0.1:1/x',
  '\uFEFFkari',
  '\uD800',
  'x'.repeat(5000),
];

const WORD = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FLAGS) },
  { weight: 3, arbitrary: fc.constantFrom(...VALUES) },
  { weight: 1, arbitrary: fc.constantFrom(...VERBS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...FLAGS), fc.constantFrom(...VALUES)).map(([f, v]) => `${f}=${v}`),
  },
);
const ARGV = fc
  .tuple(
    fc.option(fc.constantFrom(...NOUNS), { nil: undefined, freq: 8 }),
    fc.option(fc.constantFrom(...VERBS), { nil: undefined, freq: 6 }),
    fc.array(WORD, { maxLength: 6 }),
  )
  .map(([noun, verb, rest]) => [...(noun ? [noun] : []), ...(verb ? [verb] : []), ...rest]);

const DOCUMENTED_EXIT_CODES = [0, 1, 2, 3, 4, 5, 130];

/** Every listing that takes --limit. */
const LIMITED: string[][] = [
  ['audit'],
  ['mail', 'list'],
  ['mail', 'send'],
  ['companies', 'list'],
  ['companies', 'find', 'AS'],
  ['users', 'duplicates'],
  ['users', 'find', '--name', 'Kari Nordmann'],
  ['courses', 'search', 'sik'],
];

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase('sqlite');
});
afterAll(() => t.close());

describe('random command lines', () => {
  it('end with a documented exit code and a plain message, never an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(ARGV, async (argv) => {
        const run = await runCli(argv, { db: t.url });
        expect(DOCUMENTED_EXIT_CODES, `${JSON.stringify(argv)}: ${run.stderr}`).toContain(run.code);
        expect(run.stderr, JSON.stringify(argv)).not.toMatch(
          /kursdesk: internal error|TypeError|\n\s+at \S+ \(?\S+:\d+:\d+|Unhandled/,
        );
        // A national ID given anywhere is never read back whole (the synthetic one may be quoted).
        expect(run.stderr + run.stdout, JSON.stringify(argv)).not.toMatch(/15108695088|151086 950 88/);
      }),
      { numRuns: 250 },
    );
  }, 240_000);

  it.each([
    ['audit'],
    ['mail', 'list'],
    ['companies', 'list'],
    ['companies', 'find', 'AS'],
    ['users', 'duplicates'],
  ])('%s %s --limit 99999999999999999999 is a usage error, not a database error', async (...words) => {
    // Past 2^53 the number was taken as a whole number and SQLite refused it: "internal error: datatype mismatch".
    const run = await runCli([...words, '--limit', '99999999999999999999'], { db: t.url });
    expect(run.stderr).toMatch(/--limit/);
    expect(run.code).toBe(2);
  });
  // Found by probing: Number() took '1e2' and '0x10' as counts and '' as 0, and companies list took 0
  // and then said "no customers" while there were some.
  it.each(
    LIMITED.flatMap((words) => ['0', '1e2', '0x10', '', ' 5', '+3'].map((value) => [words, value] as const)),
  )('%j --limit %j is a usage error naming --limit', async (words, value) => {
    const run = await runCli([...words, '--limit', value], { db: t.url });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^kursdesk: --limit must be/);
  });
});
