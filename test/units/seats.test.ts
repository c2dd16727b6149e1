// W13 in-process on both dialects: units list, enrol (a seat or the waitlist), unenrol (the freed seat
// goes to the first waiting, who is mailed), waitlist, set-capacity, unit requests, and every refusal
// leaving the data as it was.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { type CliOptions, runCli } from '../helpers/cli.js';
import { DIALECTS, stopTestServers, type TestDatabase, useTestDatabase } from '../helpers/databases.js';
import {
  buildWorld,
  countRows,
  enrolmentRows,
  expectRefused,
  fullLearners,
  snapshot,
  type World,
} from './fixtures.js';

afterAll(stopTestServers);

describe.each(DIALECTS)('seats on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let t: TestDatabase;
  let w: World;
  beforeEach(async () => {
    t = database();
    w = await buildWorld(t.db.kysely);
  });

  const kd = (argv: string[], options: CliOptions = {}) => runCli(argv, { db: t.url, ...options });
  const json = async (argv: string[]) => {
    const run = await kd([...argv, '--format', 'json']);
    expect(run.code, `${argv.join(' ')}: ${run.stderr}`).toBe(0);
    return JSON.parse(run.stdout);
  };

  /** Runs a command that must be refused with `code`, one line naming `text`, and nothing changed. */
  const refused = (argv: string[], code: number, text: RegExp) =>
    expectRefused(t.db.kysely, () => kd(argv), code, text, { oneLine: true });

  it('books free seats, then waitlists with 1-based positions, invoicing the employer', async () => {
    const [a, b, c, d] = await fullLearners(t.db.kysely, w.employer, 4);
    const first = await json(['enrol', String(a), String(w.units.small), '--ticket', 'SUP-1']);
    expect(first).toMatchObject({
      learner: a,
      unit: w.units.small,
      course: 'SV-300',
      status: 'enrolled',
      position: null,
      seats_left: 1,
      invoice_to: '988077917',
    });
    expect((await json(['enrol', String(b), String(w.units.small)])).status).toBe('enrolled');
    const third = await json(['enrol', String(c), String(w.units.small)]);
    expect(third).toMatchObject({ status: 'waitlisted', position: 1, seats_left: 0, waitlist: 1 });
    const fourth = await kd(['enrol', String(d), String(w.units.small)]);
    expect(fourth.code).toBe(0);
    expect(fourth.stdout).toMatch(/status\s+waitlisted/);
    expect(fourth.stderr).toMatch(/is full: put learner \d+ on its waitlist as number 2/);

    const rows = await enrolmentRows(t.db.kysely, w.units.small);
    expect(rows.map((r) => [r.user_id, r.status, r.invoice_company_id])).toEqual([
      [a, 'enrolled', w.employer],
      [b, 'enrolled', w.employer],
      [c, 'waitlisted', w.employer],
      [d, 'waitlisted', w.employer],
    ]);
    const audit = await t.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'ticket', 'user_id'])
      .orderBy('id')
      .execute();
    expect(audit[0]).toEqual({ action: 'enrolments.enrol', ticket: 'SUP-1', user_id: a });
    expect(audit.map((e) => e.action)).toEqual(Array(4).fill('enrolments.enrol'));

    const queue = await json(['waitlist', String(w.units.small)]);
    expect(queue.map((q: { position: number; learner: number }) => [q.position, q.learner])).toEqual([
      [1, c],
      [2, d],
    ]);
    expect(queue[0].email).toBe('l***@bygg.no');
  });

  it('unenrolling frees the seat for the first on the waitlist in the same change, with a mail in the outbox', async () => {
    const [a, b, c, d] = await fullLearners(t.db.kysely, w.employer, 4);
    for (const id of [a, b, c, d])
      expect((await kd(['enrol', String(id), String(w.units.small)])).code).toBe(0);
    const run = await kd([
      'unenrol',
      '--yes',
      String(a),
      String(w.units.small),
      '--ticket',
      'SUP-2',
      '--format',
      'json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ learner: a, was: 'enrolled', seats_left: 0, waitlist: 1 });
    expect(run.stderr).toMatch(new RegExp(`gave a freed seat on unit ${w.units.small} to learner ${c}`));
    const rows = await enrolmentRows(t.db.kysely, w.units.small);
    expect(rows.map((r) => [r.user_id, r.status])).toEqual([
      [a, 'cancelled'],
      [b, 'enrolled'],
      [c, 'enrolled'],
      [d, 'waitlisted'],
    ]);
    const mails = await t.db.kysely.selectFrom('outbox').selectAll().execute();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      user_id: c,
      to_address: 'learner3.bygg@bygg.no',
      kind: 'seat.promoted',
      lang: 'nb',
      status: 'pending',
    });
    expect(mails[0]?.subject).toBe('Du har fått plass på SV-300');
    expect(mails[0]?.body).toContain('Jernbaneskolen, Oslo');
    expect(mails[0]?.body).toContain('mandag 11. januar 2027 kl. 08:00');
    const actions = await t.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'ticket'])
      .where('ticket', '=', 'SUP-2')
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['enrolments.cancel', 'enrolments.promote']);

    // A learner waiting can leave the queue: no seat moves, no mail, those behind move up.
    const e = (await fullLearners(t.db.kysely, w.employer, 1, 'extra'))[0]!;
    await kd(['enrol', String(e), String(w.units.small)]);
    expect((await kd(['unenrol', '--yes', String(d), String(w.units.small)])).code).toBe(0);
    expect(await countRows(t.db.kysely, 'outbox')).toBe(1);
    expect(
      (await json(['waitlist', String(w.units.small)])).map((q: { position: number; learner: number }) => [
        q.position,
        q.learner,
      ]),
    ).toEqual([[1, e]]);
  });

  it("mails in English with --lang en, and otherwise in the learner's last mail language", async () => {
    const [a, b, c] = await fullLearners(t.db.kysely, w.employer, 3);
    for (const id of [a, b, c]) await kd(['enrol', String(id), String(w.units.small)]);
    await kd(['unenrol', '--yes', String(a), String(w.units.small), '--lang', 'en']);
    const [english] = await t.db.kysely.selectFrom('outbox').selectAll().execute();
    expect(english).toMatchObject({ user_id: c, lang: 'en', subject: 'You have a seat on SV-300' });
    expect(english?.body).toContain('Track safety guard – basic training (SV-300)');

    // c read English last time: a seat given to c later is offered in English without --lang.
    await kd(['unenrol', '--yes', String(c), String(w.units.small)]);
    expect((await json(['enrol', String(a), String(w.units.small)])).status).toBe('enrolled');
    expect((await json(['enrol', String(c), String(w.units.small)])).status).toBe('waitlisted');
    await kd(['unenrol', '--yes', String(b), String(w.units.small)]);
    const last = await t.db.kysely
      .selectFrom('outbox')
      .selectAll()
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(last).toMatchObject({ user_id: c, lang: 'en' });
    expect(await countRows(t.db.kysely, 'outbox')).toBe(2);
  });

  it('a learner who leaves and comes back joins the back of the queue, on the same row', async () => {
    const [a, b, c, d] = await fullLearners(t.db.kysely, w.employer, 4);
    for (const [i, id] of [a, b, c, d].entries())
      await kd(['enrol', String(id), String(w.units.small)], { now: `2026-11-25T10:0${i}:00.000Z` });
    await kd(['unenrol', '--yes', String(c), String(w.units.small)], { now: '2026-11-25T10:05:00.000Z' });
    const back = await kd(['enrol', String(c), String(w.units.small), '--format', 'json'], {
      now: '2026-11-25T10:06:00.000Z',
    });
    expect(back.code, back.stderr).toBe(0);
    expect(JSON.parse(back.stdout)).toMatchObject({ status: 'waitlisted', position: 2 });
    const rows = await enrolmentRows(t.db.kysely, w.units.small);
    expect(rows).toHaveLength(4);
    expect(
      (await json(['waitlist', String(w.units.small)])).map((q: { learner: number }) => q.learner),
    ).toEqual([d, c]);
  });

  it('refuses bookings a learner may not make, with the reason and the fix, changing nothing', async () => {
    const [a, b] = await fullLearners(t.db.kysely, w.employer, 2);
    for (const id of [a, b, w.learners.full]) await kd(['enrol', String(id), String(w.units.small)]);
    await refused(['enrol', String(a), String(w.units.small)], 4, /already has a seat on unit/);
    await refused(
      ['enrol', 'kari.nordmann@bygg.no', String(w.units.small)],
      4,
      /is already on the waitlist \(place 1\)/,
    );
    await refused(
      ['enrol', String(a), String(w.units.past)],
      4,
      /started 02 Mar 2026 08:00.*in the past.*units list --course SV-300 --available/,
    );
    await refused(['enrol', String(a), String(w.units.cancelled)], 4, /is cancelled/);
    await refused(['enrol', String(a), '9999'], 3, /no unit has id 9999/);
    await refused(
      ['enrol', 'nobody@bygg.no', String(w.units.small)],
      3,
      /no learner has the e-mail nobody@bygg.no/,
    );
    await refused(['enrol', String(a), 'x1'], 2, /<unit>: 'x1' is not a unit id/);
    await refused(
      ['enrol', String(w.learners.free), String(w.units.roomy)],
      5,
      new RegExp(
        `a free account does not see SV-300 \\(it is for full\\).*kursdesk users set-type ${w.learners.free} full --employer <orgnr>`,
      ),
    );
    await refused(
      ['enrol', String(w.learners.driver), String(w.units.roomy)],
      5,
      new RegExp(
        `a driver account does not see SV-300.*users set-type ${w.learners.driver} full --employer 988077917`,
      ),
    );
    await refused(
      ['enrol', String(w.learners.full), String(w.units.driverOnly)],
      5,
      new RegExp(`users set-type ${w.learners.full} driver --employer 988077917 --depot <place>`),
    );
    await refused(
      ['enrol', String(w.learners.free), String(w.units.openToAll)],
      5,
      new RegExp(
        `FHJ-120 is a paid course and learner ${w.learners.free} has no employer to invoice.*users set-type ${w.learners.free} full --employer <orgnr>`,
      ),
    );
    await refused(
      ['enrol', String(w.learners.formerStaff), String(w.units.roomy)],
      5,
      /no longer an active customer.*users move/,
    );
    await refused(['enrol', String(w.learners.disabled), String(w.units.roomy)], 5, /is disabled/);
    await refused(
      ['unenrol', '--yes', String(w.learners.free), String(w.units.roomy)],
      3,
      /has no seat or waitlist place on unit/,
    );
    await refused(['waitlist', '9999'], 3, /no unit has id 9999/);
  });

  it('books a pending account with a warning, and --dry-run books nothing', async () => {
    const before = await snapshot(t.db.kysely);
    const dry = await kd(['enrol', String(w.learners.full), String(w.units.roomy), '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stderr).toMatch(/dry run, nothing was written/);
    expect(await snapshot(t.db.kysely)).toEqual(before);
    // A second unit of the same course is booked, with a warning naming the first.
    await kd(['enrol', String(w.learners.full), String(w.units.small)]);
    const second = await kd(['enrol', String(w.learners.full), String(w.units.roomy)]);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(
      new RegExp(
        `warning: learner ${w.learners.full} is also enrolled on unit ${w.units.small} of SV-300 \\(11 Jan 2027 08:00, Jernbaneskolen, Oslo\\)`,
      ),
    );
    const pending = await kd(['enrol', String(w.learners.pending), String(w.units.roomy)]);
    expect(pending.code).toBe(0);
    expect(pending.stderr).toMatch(/has not activated the account yet.*links issue/);
  });

  it('set-capacity: more seats promote the first waiting (each mailed); fewer than enrolled is refused naming the count', async () => {
    const ids = await fullLearners(t.db.kysely, w.employer, 6);
    for (const id of ids) await kd(['enrol', String(id), String(w.units.small)]);
    await refused(
      ['units', 'set-capacity', String(w.units.small), '1'],
      4,
      /has 2 learner\(s\) enrolled: the capacity cannot go below 2 \(asked for 1\)/,
    );
    await refused(
      ['units', 'set-capacity', String(w.units.small), 'ten'],
      2,
      /<seats>: 'ten' is not a number of seats/,
    );
    await refused(['units', 'set-capacity', String(w.units.past), '20'], 4, /started/);
    await refused(['units', 'set-capacity', '9999', '20'], 3, /no unit has id 9999/);

    const raised = await json(['units', 'set-capacity', String(w.units.small), '4', '--ticket', 'PLAN-1']);
    expect(raised).toMatchObject({
      old_capacity: 2,
      capacity: 4,
      enrolled: 4,
      seats_left: 0,
      waitlist: 2,
      promoted: [ids[2], ids[3]],
    });
    const mails = await t.db.kysely.selectFrom('outbox').select(['user_id', 'kind']).orderBy('id').execute();
    expect(mails).toEqual([
      { user_id: ids[2], kind: 'seat.promoted' },
      { user_id: ids[3], kind: 'seat.promoted' },
    ]);
    const unit = await t.db.kysely
      .selectFrom('course_units')
      .selectAll()
      .where('id', '=', w.units.small)
      .executeTakeFirstOrThrow();
    expect(unit).toMatchObject({ capacity: 4, version: 2 });
    expect((await json(['units', 'set-capacity', String(w.units.small), '4'])).unchanged).toBe(true);
    expect((await json(['units', 'set-capacity', String(w.units.small), '4'])).promoted).toEqual([]);
  });

  it('units list: sorted by start with seats left and waitlists; --available, --place, --course, dates', async () => {
    const ids = await fullLearners(t.db.kysely, w.employer, 3);
    for (const id of ids) await kd(['enrol', String(id), String(w.units.small)]);
    const all = await json(['units', 'list']);
    expect(all.map((u: { unit: number }) => u.unit)).toEqual([
      w.units.small,
      w.units.roomy,
      w.units.cancelled,
      w.units.driverOnly,
      w.units.openToAll,
    ]);
    expect(all[0]).toMatchObject({
      course: 'SV-300',
      capacity: 2,
      enrolled: 2,
      seats_left: 0,
      waitlist: 1,
      state: 'full',
    });
    expect(all[2]).toMatchObject({ state: 'cancelled' });
    const available = await json(['units', 'list', '--available']);
    expect(available.map((u: { unit: number }) => u.unit)).toEqual([
      w.units.roomy,
      w.units.driverOnly,
      w.units.openToAll,
    ]);
    expect(
      (await json(['units', 'list', '--place', 'ÅLESUND'])).map((u: { unit: number }) => u.unit),
    ).toEqual([w.units.openToAll]);
    const withPast = await json([
      'units',
      'list',
      '--course',
      'sv-300',
      '--from',
      '01.01.2026',
      '--to',
      '2027-01-11',
    ]);
    expect(withPast.map((u: { unit: number; state: string }) => [u.unit, u.state])).toEqual([
      [w.units.past, 'started'],
      [w.units.small, 'full'],
    ]);
    await refused(
      ['units', 'list', '--course', 'SV-301'],
      3,
      /no course has the code SV-301.*did you mean SV-300/,
    );
    await refused(
      ['units', 'list', '--from', '2027-02-01', '--to', '2027-01-01'],
      2,
      /--to 2027-01-01 is before --from 2027-02-01/,
    );
    await refused(['units', 'list', '--from', '31.02.2027'], 2, /--from: .*not a real date/);
    const table = await kd(['units', 'list', '--available']);
    expect(table.stdout.split('\n')[0]).toMatch(
      /^unit\s+course\s+starts_at\s+place\s+capacity\s+enrolled\s+seats_left\s+waitlist\s+state/,
    );
  });

  it('units request records one open request per learner, course and place; units requests sums them for planners', async () => {
    const [a, b] = await fullLearners(t.db.kysely, w.employer, 2);
    const first = await kd([
      'units',
      'request',
      'SV-300',
      '--user',
      String(a),
      '--place',
      'Bergen',
      '--note',
      'Vi er fire',
      '--format',
      'json',
    ]);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      learner: a,
      course: 'SV-300',
      place: 'Bergen',
      note: 'Vi er fire',
      open_units: [w.units.small, w.units.roomy],
    });
    // Units with seats exist: recorded anyway, with a warning naming them.
    expect(first.stderr).toMatch(
      new RegExp(
        `warning: SV-300 has units with free seats: unit ${w.units.small} \\(11 Jan 2027 08:00, Jernbaneskolen, Oslo, 2 left\\)`,
      ),
    );
    expect((await kd(['units', 'request', 'SV-300', '--user', String(b), '--place', 'bergen'])).code).toBe(0);
    expect((await kd(['units', 'request', 'SV-300', '--user', String(b)])).code).toBe(0);
    await refused(
      ['units', 'request', 'SV-300', '--user', String(a), '--place', 'BERGEN'],
      4,
      /already asked for a unit of SV-300 in BERGEN \(request 1/,
    );
    await refused(
      ['units', 'request', 'SIK-100', '--user', String(a)],
      4,
      /e-learning course: it has no units/,
    );
    await refused(
      ['units', 'request', 'FØR-500', '--user', String(a)],
      5,
      /a full account does not see FØR-500/,
    );
    await refused(['units', 'request', 'XX-1', '--user', String(a)], 3, /no course has the code XX-1/);
    await refused(['units', 'request', 'SV-300'], 2, /missing --user/);
    await refused(
      ['units', 'request', 'SV-300', '--user', String(a), '--place', ' '],
      2,
      /--place: the place is empty/,
    );

    const demand = await json(['units', 'requests']);
    expect(demand).toEqual([
      {
        course: 'SV-300',
        title: 'Sikkerhetsvakt – grunnopplæring',
        place: 'Bergen',
        requests: 2,
        learners: 2,
        first_asked: expect.any(String),
        last_asked: expect.any(String),
        upcoming_units: 2,
        seats_left: 12,
      },
      expect.objectContaining({ course: 'SV-300', place: '(any place)', requests: 1 }),
    ]);
    expect(await json(['units', 'requests', '--place', 'berg'])).toHaveLength(1);
    const audit = await t.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'units.request')
      .execute();
    expect(audit).toHaveLength(3);
  });
});
