// W10 `users set-type` in-process on both dialects: the fields each type needs (flags or questions in a
// terminal), driver details, bookings the new type may not keep (refused, or cancelled with their seats
// going to the waitlists), stale updates and every refusal leaving the data as it was.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { readDriverDetails } from '../../src/domain/driver-details.js';
import { changeAccountType, startTypeChange } from '../../src/workflows/set-type.js';
import { type CliOptions, runCli } from '../helpers/cli.js';
import { DIALECTS, stopTestServers, type TestDatabase, useTestDatabase } from '../helpers/databases.js';
import { testDeps } from '../helpers/deps.js';
import { insertCompany } from '../helpers/rows.js';
import {
  buildWorld,
  EMPLOYER,
  enrolmentRows,
  expectRefused,
  FORMER_CUSTOMER,
  fullLearners,
  snapshot,
  type World,
} from './fixtures.js';

afterAll(stopTestServers);

describe.each(DIALECTS)('users set-type on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let t: TestDatabase;
  let w: World;
  beforeEach(async () => {
    t = database();
    w = await buildWorld(t.db.kysely);
  });

  const kd = (argv: string[], options: CliOptions = {}) => runCli(argv, { db: t.url, ...options });
  const user = (id: number) =>
    t.db.kysely.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  const refused = (argv: string[], code: number, text: RegExp, options: CliOptions = {}) =>
    expectRefused(t.db.kysely, () => kd(argv, options), code, text);

  it('free → full with an employer: the employer is set, an employment period opens, the change is audited', async () => {
    const run = await kd([
      'users',
      'set-type',
      'ingrid.haugen@epost.no',
      'full',
      '--employer',
      '988 077 917',
      '--invoice-ref',
      'Prosjekt 7',
      '--ticket',
      'SUP-10',
      '--format',
      'json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      id: w.learners.free,
      account_type: 'full',
      employer_org_number: EMPLOYER,
      invoice_reference: 'Prosjekt 7',
      version: 2,
    });
    expect(run.stderr).toMatch(
      /changed learner \d+ from free to full; employer Bygg og Anlegg AS \(988077917\)/,
    );
    const periods = await t.db.kysely
      .selectFrom('employment_history')
      .selectAll()
      .where('user_id', '=', w.learners.free)
      .execute();
    expect(periods).toMatchObject([
      { company_id: w.employer, invoice_reference: 'Prosjekt 7', started_on: '2026-11-25', ended_on: null },
    ]);
    const audit = await t.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'users.set-type')
      .executeTakeFirstOrThrow();
    expect(audit.ticket).toBe('SUP-10');
    expect(JSON.parse(audit.changes)).toEqual([
      { field: 'account_type', old: 'free', new: 'full' },
      { field: 'employer', old: null, new: EMPLOYER },
      { field: 'invoice_reference', old: null, new: 'Prosjekt 7' },
    ]);
    // Now the paid course is bookable.
    expect((await kd(['enrol', String(w.learners.free), String(w.units.roomy)])).code).toBe(0);
  });

  it('asks for the employer in a terminal, and names the flag without one', async () => {
    await refused(
      ['users', 'set-type', String(w.learners.free), 'full'],
      2,
      /missing --employer \(stdin is not a terminal/,
    );
    const run = await kd(['users', 'set-type', String(w.learners.free), 'full'], {
      tty: true,
      answers: [EMPLOYER],
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.asked).toEqual([
      "Employer, name or org number (a full account's paid courses are invoiced to it)",
    ]);
    expect((await user(w.learners.free)).employer_id).toBe(w.employer);
  });

  it('driver: needs a depot, takes a licence, stores them as JSON and keeps them out of output and audit', async () => {
    await refused(['users', 'set-type', String(w.learners.full), 'driver'], 2, /missing --depot/);
    await refused(
      ['users', 'set-type', String(w.learners.full), 'driver', '--depot', 'Narvik', '--licence', 'F-12'],
      2,
      /--licence: licence number 'F12' has 3 characters/,
    );
    await refused(
      ['users', 'set-type', String(w.learners.full), 'driver', '--depot', '#1'],
      2,
      /--depot: depot '#1' must be a place name/,
    );
    const run = await kd([
      'users',
      'set-type',
      String(w.learners.full),
      'driver',
      '--depot',
      ' Narvik ',
      '--licence',
      'f 441 0982',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('F4410982');
    const stored = await user(w.learners.full);
    expect(stored.driver_details).toBe('{"licence":"F4410982","depot":"Narvik"}');
    const audit = await t.db.kysely
      .selectFrom('audit_log')
      .select('changes')
      .where('action', '=', 'users.set-type')
      .executeTakeFirstOrThrow();
    expect(audit.changes).not.toContain('F4410982');
    expect(JSON.parse(audit.changes)).toContainEqual({ field: 'driver_details', old: null, new: '[hidden]' });

    // In a terminal both are asked for; 'none' while in training.
    const asked = await kd(['users', 'set-type', String(w.learners.pending), 'driver'], {
      tty: true,
      answers: ['Bodø', 'none'],
    });
    expect(asked.code, asked.stderr).toBe(0);
    expect(asked.asked).toEqual([
      'Home depot or training location',
      "Train-driver licence number ('none' while in training)",
    ]);
    expect(readDriverDetails((await user(w.learners.pending)).driver_details)).toEqual({
      depot: 'Bodø',
      licence: null,
    });

    // Leaving the driver type clears the details.
    expect((await kd(['users', 'set-type', String(w.learners.driver), 'full'])).code).toBe(0);
    expect((await user(w.learners.driver)).driver_details).toBeNull();
  });

  it('refuses unknown and inactive companies, an employer change, the same type and bad input, changing nothing', async () => {
    await refused(
      ['users', 'set-type', String(w.learners.free), 'full', '--employer', '912837459'],
      3,
      /no customer company has org number 912837459.*companies register 912837459/,
    );
    await refused(
      ['users', 'set-type', String(w.learners.free), 'full', '--employer', FORMER_CUSTOMER],
      5,
      /Vei og Bane AS \(974760673\) is not an active customer/,
    );
    await refused(
      ['users', 'set-type', String(w.learners.driver), 'full', '--employer', FORMER_CUSTOMER],
      5,
      /not an active customer/,
    );
    await refused(
      ['users', 'set-type', String(w.learners.formerStaff), 'driver', '--depot', 'Oslo'],
      5,
      /employer Vei og Bane AS .* is not an active customer.*users move/,
    );
    await insertCompany(t.db.kysely, { org_number: '912837459', name: 'Bane og Signal Norge AS' });
    await refused(
      ['users', 'set-type', String(w.learners.driver), 'full', '--employer', '912837459'],
      4,
      /works for Bygg og Anlegg AS .* a new employer is a move.*users move/,
    );
    await refused(
      ['users', 'set-type', String(w.learners.full), 'full'],
      2,
      /is already a full account; nothing to change/,
    );
    await refused(
      ['users', 'set-type', String(w.learners.full), 'gold'],
      2,
      /<type>: account type 'gold' is not one of free, full, driver/,
    );
    await refused(
      ['users', 'set-type', String(w.learners.free), 'full', '--employer', '123'],
      2,
      /--employer/,
    );
    await refused(['users', 'set-type', '9999', 'full'], 3, /no learner has id 9999/);
  });

  it('going down to free with paid bookings is refused listing them; --cancel-paid cancels them and promotes each waitlist', async () => {
    const [a, b] = await fullLearners(t.db.kysely, w.employer, 2);
    const me = String(w.learners.full);
    await kd(['enrol', me, String(w.units.small)]);
    await kd(['enrol', String(a), String(w.units.small)]);
    await kd(['enrol', String(b), String(w.units.small)]);
    await kd(['enrol', me, String(w.units.roomy)]);
    await kd(['enrol', me, String(w.units.openToAll)]);
    await refused(
      ['users', 'set-type', me, 'free'],
      4,
      new RegExp(
        `has 2 booking\\(s\\) a free account may not keep: unit ${w.units.small} \\(SV-300, 11 Jan 2027 08:00, enrolled\\); unit ${w.units.roomy} \\(SV-300, 11 Feb 2027 08:00, enrolled\\); nothing was changed — add --cancel-paid`,
      ),
    );

    const dry = await kd(['users', 'set-type', me, 'free', '--cancel-paid', '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toMatch(
      new RegExp(`would cancel the seat on unit ${w.units.small} .*the seat goes to learner ${b}`),
    );

    const run = await kd(['users', 'set-type', me, 'free', '--cancel-paid', '--yes', '--ticket', 'SUP-11']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(
      new RegExp(
        `cancelled the seat on unit ${w.units.small} \\(SV-300, 11 Jan 2027 08:00\\); the seat goes to learner ${b}, who is mailed`,
      ),
    );
    expect((await user(w.learners.full)).account_type).toBe('free');
    expect((await enrolmentRows(t.db.kysely, w.units.small)).map((r) => [r.user_id, r.status])).toEqual([
      [w.learners.full, 'cancelled'],
      [a, 'enrolled'],
      [b, 'enrolled'],
    ]);
    // FHJ-120 is open to free accounts and still invoiced to the employer: that booking stays.
    expect((await enrolmentRows(t.db.kysely, w.units.openToAll)).map((r) => r.status)).toEqual(['enrolled']);
    const mails = await t.db.kysely.selectFrom('outbox').select(['user_id', 'kind']).execute();
    expect(mails).toEqual([{ user_id: b, kind: 'seat.promoted' }]);
    const actions = await t.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('ticket', '=', 'SUP-11')
      .orderBy('id')
      .execute();
    expect(actions.map((x) => x.action)).toEqual([
      'users.set-type',
      'enrolments.cancel',
      'enrolments.promote',
      'enrolments.cancel',
    ]);
  });

  it('a change made meanwhile by another agent is a conflict naming them; nothing is written', async () => {
    const deps = testDeps(t.db, { agent: 'anna', ticket: 'SUP-12' });
    const start = await startTypeChange(deps, { by: 'id', id: w.learners.free });
    expect(
      (
        await kd([
          'users',
          'set-type',
          String(w.learners.free),
          'full',
          '--employer',
          EMPLOYER,
          '--agent',
          'bob',
        ])
      ).code,
    ).toBe(0);
    const before = await snapshot(t.db.kysely);
    await expect(
      changeAccountType(
        deps,
        start,
        {
          type: 'driver',
          employerOrgNumber: EMPLOYER,
          invoiceReference: undefined,
          driver: { depot: 'Oslo', licence: null },
          cancelPaid: false,
          lang: undefined,
        },
        { dryRun: false },
      ),
    ).rejects.toMatchObject({
      exitCode: 4,
      message: expect.stringMatching(/was changed by bob at .*users.set-type/),
    });
    expect(await snapshot(t.db.kysely)).toEqual(before);
  });
});
