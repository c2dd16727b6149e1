// `users create` and `users show` in-process on both dialects: the round trip, the checks that refuse a
// learner, --dry-run, and the questions asked in a terminal (and Ctrl-C at one of them).
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { type CliOptions, runCli, TEST_NOW } from '../helpers/cli.js';
import { DIALECTS, stopTestServers, type TestDatabase, useTestDatabase } from '../helpers/databases.js';
import { createArgv, KARI, OLA, oneLineError, SIRI } from './fixtures.js';

afterAll(stopTestServers);

const EMPLOYER = { org_number: '974760673', name: 'Registerenheten i Brønnøysund' };
/** The questions of `users create` in a terminal, in the order they are asked. */
const QUESTIONS = [
  'First name(s)',
  'Last name',
  'E-mail (login)',
  'National ID (fødselsnummer or D-number)',
  'HMS card number',
  'Account type',
];

describe.each(DIALECTS)('on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let t: TestDatabase;
  beforeEach(async () => {
    t = database();
    await t.db.kysely
      .insertInto('companies')
      .values({ ...EMPLOYER, in_elma: true, created_at: TEST_NOW, updated_at: TEST_NOW })
      .execute();
  });

  const kd = (argv: string[], options: CliOptions = {}) => runCli(argv, { db: t.url, ...options });
  const showJson = async (selector: string, ...extra: string[]) => {
    const run = await kd(['users', 'show', selector, '--format', 'json', ...extra]);
    expect(run.code, `users show ${selector}`).toBe(0);
    return JSON.parse(run.stdout) as Record<string, unknown>;
  };
  async function count(table: 'users' | 'audit_log' | 'email_history'): Promise<number> {
    const row = await t.db.kysely
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it('creates a learner and shows the same learner by id, e-mail and national ID', async () => {
    const created = await kd([...createArgv(KARI), '--format', 'json']);
    expect(created.code).toBe(0);
    const profile = JSON.parse(created.stdout) as Record<string, unknown>;
    expect(profile).toMatchObject({
      id: 1,
      name: 'Kari Nordmann',
      birth_date: KARI.birthDate,
      national_id: KARI.mask,
      national_id_kind: 'fnr',
      email: KARI.email,
      account_type: 'free',
      status: 'pending',
      hms_card_registered_on: '2026-11-25',
      hms_card_age: '0 months',
      created_at: '2026-11-25T11:00:00+01:00',
      version: 1,
    });
    for (const selector of ['1', KARI.email, KARI.nationalId, '151086 95088'])
      expect(await showJson(selector), selector).toEqual(profile);

    // `-` reads the learner from stdin, so a national ID stays out of ps and the shell history.
    const piped = await kd(['users', 'show', '-', '--format', 'json'], { stdin: `${KARI.nationalId}\n` });
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout)).toEqual(profile);
    const empty = await kd(['users', 'show', '-'], { stdin: '' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/the learner is empty/);

    const history = await showJson('1', '--history');
    expect(history.email_history).toEqual([
      { email: KARI.email, valid_from: '2026-11-25T11:00:00+01:00', valid_to: null },
    ]);
    expect(history.employment_history).toEqual([]);
  });

  it('a full account gets its employer, with the invoice reference, in the employer history', async () => {
    const run = await kd(
      createArgv(SIRI, { '--type': 'full', '--employer': EMPLOYER.org_number, '--invoice-ref': 'PO-17' }),
    );
    expect(run.code).toBe(0);
    expect(await showJson(SIRI.email, '--history')).toMatchObject({
      account_type: 'full',
      employer: EMPLOYER.name,
      employer_org_number: EMPLOYER.org_number,
      invoice_reference: 'PO-17',
      employment_history: [
        { company: EMPLOYER.name, org_number: EMPLOYER.org_number, started_on: '2026-11-25', ended_on: null },
      ],
    });
  });

  it.each([
    ['a full account without an employer', { '--type': 'full' }, 2, /missing --employer/],
    [
      'an employer that is not a customer',
      { '--type': 'full', '--employer': '123456785' },
      3,
      /no customer company has org number 123456785/,
    ],
    [
      'an org number with a wrong check digit',
      { '--type': 'full', '--employer': '974760674' },
      2,
      /^kursdesk: --employer: /,
    ],
    [
      'a synthetic national ID in a production database',
      { '--national-id': '03851598730' },
      5,
      /synthetic.*test\/demo database/,
    ],
  ])('refuses %s, writing nothing', async (_what, overrides, code, message) => {
    const run = await kd(createArgv(OLA, overrides));
    expect(run.code).toBe(code);
    expect(run.stdout).toBe('');
    expect(oneLineError(run.stderr)).toMatch(message);
    expect(await count('users')).toBe(0);
    expect(await count('audit_log')).toBe(0);
  });

  it('accepts a synthetic national ID once the database is marked as a test database', async () => {
    expect((await kd(['db', 'mark', 'test'])).code).toBe(0);
    const run = await kd([...createArgv(OLA, { '--national-id': '03851598730' }), '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ national_id_kind: 'synthetic', birth_date: '2015-05-03' });
  });

  it('refuses a second account for the person (exit 4, e-mail masked) and a login e-mail already taken (exit 4)', async () => {
    expect((await kd(createArgv(KARI))).code).toBe(0);
    const samePerson = await kd(createArgv(KARI, { '--email': 'kari@nyjobb.no' }));
    expect(samePerson.code).toBe(4);
    expect(oneLineError(samePerson.stderr)).toMatch(
      /already has an account: learner 1, e-mail k\*\*\*@firma\.no/,
    );
    expect(samePerson.stderr).not.toContain(KARI.email);
    const sameEmail = await kd(createArgv(OLA, { '--email': KARI.email.toUpperCase() }));
    expect(sameEmail.code).toBe(4);
    expect(oneLineError(sameEmail.stderr)).toMatch(/already the login of learner 1/);
    expect(await count('users')).toBe(1);
  });

  it('--dry-run shows the learner it would create and rolls everything back', async () => {
    const run = await kd([...createArgv(KARI), '--dry-run', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ name: 'Kari Nordmann', national_id: KARI.mask });
    expect(run.stderr).toMatch(/^dry run: .*nothing was written\n$/);
    expect(await count('users')).toBe(0);
    expect(await count('email_history')).toBe(0);
    expect(await count('audit_log')).toBe(0);
    expect((await kd(['users', 'show', KARI.email])).code).toBe(3);
  });

  describe('in a terminal', () => {
    it('asks for each missing value in order and creates the learner', async () => {
      const run = await kd(['users', 'create'], {
        tty: true,
        answers: ['Kari', 'Nordmann', KARI.email, KARI.nationalId, KARI.hmsCard, 'free'],
      });
      expect(run.asked).toEqual(QUESTIONS);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/created learner 1/);
      expect(await showJson(KARI.nationalId)).toMatchObject({ name: 'Kari Nordmann', email: KARI.email });
    });

    it('asks only for what the flags left out, and for the employer of a full account', async () => {
      const run = await kd(['users', 'create', '--first-name', 'Siri', '--email', SIRI.email], {
        tty: true,
        answers: ["O'Neill", SIRI.nationalId, SIRI.hmsCard, 'full', EMPLOYER.org_number],
      });
      expect(run.asked).toEqual([
        'Last name',
        'National ID (fødselsnummer or D-number)',
        'HMS card number',
        'Account type',
        'Employer (name or org number)',
      ]);
      expect(run.code).toBe(0);
      expect(await showJson(SIRI.email)).toMatchObject({ name: "Siri O'Neill", employer: EMPLOYER.name });
    });

    it('Ctrl-C at a question exits 130 and writes nothing', async () => {
      const run = await kd(['users', 'create'], {
        tty: true,
        answers: ['Kari', 'Nordmann', KARI.email, null],
      });
      expect(run.asked).toEqual(QUESTIONS.slice(0, 4));
      expect(run.code).toBe(130);
      expect(run.stdout).toBe('');
      expect(oneLineError(run.stderr)).toBe('kursdesk: cancelled');
      expect(await count('users')).toBe(0);
      expect(await count('audit_log')).toBe(0);
    });
  });
});
