// `users set-hms` and `reports hms` in-process on both dialects: the card recorded with its issue date
// (version-checked and audited), the bad numbers and dates refused, and the renewal report for a mailing.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { oneLineError } from '../commands/fixtures.js';
import { auditChanges } from '../helpers/audit.js';
import { type CliOptions, runCli } from '../helpers/cli.js';
import { DIALECTS, stopTestServers, type TestDatabase, useTestDatabase } from '../helpers/databases.js';
import { insertCompany, insertLearnerRow } from '../helpers/rows.js';
import { NEW } from './setup.js';

afterAll(stopTestServers);

// TEST_NOW is 2026-11-25: a card registered on 2024-11-25 is due today.
const CARDS: [email: string, card: string | null, registered: string | null, status?: 'disabled'][] = [
  ['due-in-30@firma.no', 'A0001', '2024-12-25'],
  ['overdue@firma.no', 'A0002', '2024-01-10'],
  ['due-in-90@firma.no', 'A0003', '2025-02-23'],
  ['fresh@firma.no', 'A0004', '2026-06-01'],
  ['none@firma.no', null, null],
  ['disabled@firma.no', 'A0006', '2023-01-01', 'disabled'],
  ['due-today@other.no', 'A0007', '2024-11-25'],
];

describe.each(DIALECTS)('HMS cards on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let t: TestDatabase;
  let employer: number;
  beforeEach(async () => {
    t = database();
    employer = (await insertCompany(t.db.kysely, NEW)).id;
    for (const [email, card, registered, status] of CARDS) {
      await insertLearnerRow(t.db.kysely, {
        email,
        given_names: email.split('@')[0]!.replace(/-/g, ' '),
        hms_card_number: card,
        hms_card_registered_on: registered,
        employer_id: email.endsWith('@firma.no') ? employer : null,
        status: status ?? 'active',
      });
    }
  });
  const kd = (argv: string[], options: CliOptions = {}) => runCli(argv, { db: t.url, ...options });
  const user = (id: number) =>
    t.db.kysely
      .selectFrom('users')
      .select(['hms_card_number', 'hms_card_registered_on', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('records the normalised number, today as its date and the renewal two years on; audited with the ticket, the number masked', async () => {
    const run = await kd([
      'users',
      'set-hms',
      'none@firma.no',
      'hms 4011-2233',
      '--ticket',
      'SUP-2502',
      '--format',
      'json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      id: 5,
      hms_card: '******233',
      hms_card_registered_on: '2026-11-25',
      hms_card_renewal_due: '2028-11-25',
      hms_card_overdue: false,
      version: 2,
    });
    expect(run.stdout).not.toContain('40112233');
    expect(await user(5)).toEqual({
      hms_card_number: 'HMS40112233',
      hms_card_registered_on: '2026-11-25',
      version: 2,
    });
    const audit = await t.db.kysely.selectFrom('audit_log').selectAll().execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'users.set-hms', ticket: 'SUP-2502', user_id: 5 });
    expect((await auditChanges(t.db))[0]).toEqual([
      { field: 'hms_card_number', old: null, new: '******233' },
      { field: 'hms_card_registered_on', old: null, new: '2026-11-25' },
    ]);
    expect(audit[0]!.changes).not.toContain('40112233');
  });

  it('--issued takes the date on the card; an old one is warned about, a number another learner has too is warned about', async () => {
    const run = await kd(['users', 'set-hms', '1', 'A0002', '--issued', '10.01.2024']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('warning: a card issued on 2024-01-10 was due for renewal on 2026-01-10');
    expect(run.stderr).toContain('warning: learner 2 has the same HMS card number');
    expect(await user(1)).toMatchObject({ hms_card_number: 'A0002', hms_card_registered_on: '2024-01-10' });
  });

  it.each([
    [
      'a number too short',
      2,
      ['users', 'set-hms', '1', 'AB1'],
      "<number>: HMS card number 'AB1' has 3 characters; expected 4 to 20",
    ],
    [
      'a number too long',
      2,
      ['users', 'set-hms', '1', '1'.repeat(21)],
      'has 21 characters; expected 4 to 20',
    ],
    ['a number with symbols', 2, ['users', 'set-hms', '1', 'AB#123'], 'may contain only letters and digits'],
    ['an empty number', 2, ['users', 'set-hms', '1', ' '], 'HMS card number is empty'],
    [
      'a date in the future',
      2,
      ['users', 'set-hms', '1', 'B1234', '--issued', '2026-12-01'],
      '--issued 2026-12-01 is in the future',
    ],
    [
      'a date that does not exist',
      2,
      ['users', 'set-hms', '1', 'B1234', '--issued', '31.02.2026'],
      '--issued:',
    ],
    [
      'the same card again',
      2,
      ['users', 'set-hms', '1', 'a0001', '--issued', '2024-12-25'],
      'already has HMS card **001, issued 2024-12-25; nothing to change',
    ],
    ['an unknown learner', 3, ['users', 'set-hms', '99', 'B1234'], 'no learner has id 99'],
    [
      'a stale version',
      4,
      ['users', 'set-hms', '1', 'B1234', '--expect-version', '2'],
      'learner 1 was changed after you read it',
    ],
  ])('refuses %s (exit %i) and changes nothing', async (_what, code, argv, message) => {
    const before = await user(1);
    const run = await kd(argv);
    expect(run.code, run.stderr).toBe(code);
    expect(oneLineError(run.stderr)).toContain(message);
    expect(await user(1)).toEqual(before);
    expect(await t.db.kysely.selectFrom('audit_log').select('id').execute()).toEqual([]);
  });

  it('--dry-run shows the card and writes nothing', async () => {
    const run = await kd([
      'users',
      'set-hms',
      '1',
      'B1234',
      '--dry-run',
      '--fields',
      'hms_card,hms_card_renewal_due',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2028-11-25');
    expect(run.stderr).toContain('dry run, nothing written');
    expect(await user(1)).toMatchObject({ hms_card_number: 'A0001', version: 1 });
  });

  describe('reports hms', () => {
    it('lists overdue and soon-due cards by due date, leaving out later ones and disabled accounts', async () => {
      const run = await kd(['reports', 'hms', '--due-within', '60d', '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      const report = JSON.parse(run.stdout);
      expect(report).toMatchObject({ today: '2026-11-25', until: '2027-01-24' });
      expect(
        report.rows.map((r: { email: string; due_on: string; days_left: number; state: string }) => [
          r.email,
          r.due_on,
          r.days_left,
          r.state,
        ]),
      ).toEqual([
        ['overdue@firma.no', '2026-01-10', -319, 'overdue'],
        ['due-today@other.no', '2026-11-25', 0, 'overdue'],
        ['due-in-30@firma.no', '2026-12-25', 30, 'due'],
      ]);
      const wider = await kd(['reports', 'hms', '--due-within', '3mo', '--format', 'ids']);
      expect(wider.stdout).toBe('2\n7\n1\n3\n');
    });

    it('--employer and --missing narrow and widen; csv for a mailing has the name and e-mail and a masked card', async () => {
      const run = await kd(['reports', 'hms', '--employer', NEW.org_number, '--missing', '--format', 'csv']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe(
        [
          'id,name,email,employer,hms_card,registered_on,due_on,days_left,state',
          `2,overdue Nordmann,overdue@firma.no,${NEW.name},**002,2024-01-10,2026-01-10,-319,overdue`,
          `1,due in 30 Nordmann,due-in-30@firma.no,${NEW.name},**001,2024-12-25,2026-12-25,30,due`,
          `5,none Nordmann,none@firma.no,${NEW.name},,,,,missing`,
          '',
        ].join('\n'),
      );
      const none = await kd([
        'reports',
        'hms',
        '--due-within',
        '0d',
        '--employer',
        NEW.org_number,
        '--format',
        'count',
      ]);
      expect(none.stdout).toBe('1\n');
    });

    it.each([
      ['a bad period', 2, ['reports', 'hms', '--due-within', 'soon'], "--within: 'soon' is not a period"],
      [
        'a malformed org number',
        2,
        ['reports', 'hms', '--employer', '12345'],
        '--employer: must be 9 digits',
      ],
      [
        'an unknown employer',
        3,
        ['reports', 'hms', '--employer', '974760673'],
        'no customer company has org number 974760673',
      ],
    ])('refuses %s (exit %i)', async (_what, code, argv, message) => {
      const run = await kd(argv);
      expect(run.code).toBe(code);
      expect(oneLineError(run.stderr)).toContain(message);
    });
  });
});
