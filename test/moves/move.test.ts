// `users move` in-process on both dialects: one learner (W5) and bulk moves (W6), what they change
// (learner, employment periods, invoicing of coming paid courses, audit), and every bad input the
// issue names, each leaving the data as it was.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { oneLineError } from '../commands/fixtures.js';
import { auditChanges } from '../helpers/audit.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useMovesWorld } from '../helpers/moves-world.js';
import { INACTIVE, NEW, OLD, UNREGISTERED } from './setup.js';

afterAll(stopTestServers);

describe.each(DIALECTS)('users move on %s', (dialect) => {
  const m = useMovesWorld(dialect);
  const { kd, snapshot } = m;
  const invoicedTo = async (id: number) =>
    (
      await m.t.db.kysely
        .selectFrom('enrolments')
        .select('invoice_company_id')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).invoice_company_id;

  it('moves a learner: new employer and reference, the old period closed and a new one open, coming paid courses re-invoiced and listed', async () => {
    const [kari] = m.w.learners as [number];
    const run = await kd([
      'users',
      'move',
      'kari@gammelbygg.no',
      '--to',
      NEW.org_number,
      '--invoice-ref',
      'Prosjekt 4411',
      '--ticket',
      'SUP-2410',
      '--format',
      'json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({
      id: kari,
      employer: NEW.name,
      employer_org_number: NEW.org_number,
      invoice_reference: 'Prosjekt 4411',
      version: 2,
    });
    expect(out.employment_history).toEqual([
      {
        org_number: NEW.org_number,
        company: NEW.name,
        invoice_reference: 'Prosjekt 4411',
        started_on: '2026-11-25',
        ended_on: null,
      },
      {
        org_number: OLD.org_number,
        company: OLD.name,
        invoice_reference: null,
        started_on: '2020-01-01',
        ended_on: '2026-11-25',
      },
    ]);
    expect(
      out.enrolments_reinvoiced.map(
        (e: { enrolment: number; status: string; invoiced_before_to: string }) => [
          e.enrolment,
          e.status,
          e.invoiced_before_to,
        ],
      ),
    ).toEqual([
      [m.w.comingPaid, 'enrolled', OLD.org_number],
      [m.w.comingWaitlisted, 'waitlisted', OLD.org_number],
    ]);
    expect(await invoicedTo(m.w.comingPaid)).toBe(m.w.new);
    expect(await invoicedTo(m.w.comingWaitlisted)).toBe(m.w.new);
    for (const id of m.w.untouched) expect(await invoicedTo(id)).toBe(m.w.old);
    // The login is on the old employer's domain: warned, with the flag that fixes it.
    expect(run.stderr).toContain(
      'warning: the login e-mail kari@gammelbygg.no is on gammelbygg.no, a domain of the employer being left',
    );
    expect(run.stderr).toContain('--email <new>');
    const audit = await m.t.db.kysely.selectFrom('audit_log').selectAll().execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'users.move',
      ticket: 'SUP-2410',
      user_id: kari,
      agent: 'test-agent',
    });
    expect(JSON.parse(audit[0]!.changes)).toEqual([
      { field: 'employer', old: OLD.org_number, new: NEW.org_number },
      { field: 'invoice_reference', old: 'GB-17', new: 'Prosjekt 4411' },
      { field: 'enrolments_reinvoiced', old: null, new: 2 },
    ]);
  });

  it('a subdomain of the old employer counts as its domain; a private address gets no warning', async () => {
    const ola = await kd(['users', 'move', '2', '--to', NEW.org_number]);
    expect(ola.stderr).toContain('avd.gammelbygg.no is on gammelbygg.no');
    const siri = await kd(['users', 'move', '3', '--to', NEW.org_number]);
    expect(siri.code).toBe(0);
    expect(siri.stderr).not.toContain('warning');
  });

  it('--email changes the login as set-email does (history kept, links revoked) and needs a ticket', async () => {
    const before = await snapshot();
    const refused = await kd(['users', 'move', '1', '--to', NEW.org_number, '--email', 'kari@banesignal.no']);
    expect(refused.code).toBe(5);
    expect(oneLineError(refused.stderr)).toContain('needs the ticket');
    expect(await snapshot()).toEqual(before);

    await m.t.db.kysely
      .insertInto('link_tokens')
      .values({
        user_id: 1,
        kind: 'reset',
        token_hash: 'h1',
        created_at: '2026-11-25T09:00:00.000Z',
        expires_at: '2026-11-26T09:00:00.000Z',
        issued_by: 'a',
      })
      .execute();
    const run = await kd([
      'users',
      'move',
      '1',
      '--to',
      NEW.org_number,
      '--email',
      'Kari@Banesignal.no',
      '--ticket',
      'SUP-7',
      '--format',
      'json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('warning');
    expect(run.stderr).toContain('1 open link(s) revoked');
    const out = JSON.parse(run.stdout);
    expect(out.email).toBe('kari@banesignal.no');
    expect(
      out.email_history.map((e: { email: string; valid_to: string | null }) => [
        e.email,
        e.valid_to === null,
      ]),
    ).toEqual([['kari@banesignal.no', true]]);
    const link = await m.t.db.kysely.selectFrom('link_tokens').select('revoked_at').executeTakeFirstOrThrow();
    expect(link.revoked_at).not.toBeNull();
    const [changes] = await auditChanges(m.t.db);
    expect(changes).toContainEqual({
      field: 'email',
      old: 'k***@gammelbygg.no',
      new: 'k***@banesignal.no',
    });
  });

  it('--dry-run shows the move and the enrolments, and writes nothing', async () => {
    const before = await snapshot();
    const run = await kd(['users', 'move', '1', '--to', NEW.org_number, '--dry-run', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).enrolments_reinvoiced).toHaveLength(2);
    expect(run.stderr).toContain('dry run, nothing written: would move learner 1');
    // Without --invoice-ref the old employer's reference is dropped, and the agent is told.
    expect(run.stderr).toContain("the invoice reference GB-17 was Gammel Bygg AS's; give --invoice-ref");
    expect(JSON.parse(run.stdout).invoice_reference).toBeNull();
    expect(await snapshot()).toEqual(before);
    // The same note in bokmål for an agent who chose it.
    const nb = await kd(['users', 'move', '1', '--to', NEW.org_number, '--dry-run', '--format', 'json'], {
      env: { KURSDESK_LANG: 'nb' },
    });
    expect(nb.code).toBe(0);
    expect(nb.stderr).toContain('prøvekjøring, ingenting lagret: ville flyttet bruker 1 fra');
    expect(nb.stderr).toContain('2 betalte påmeldinger ville blitt fakturert den nye arbeidsgiveren');
  });

  it.each([
    ['an unknown learner', 3, ['users', 'move', '99', '--to', NEW.org_number], 'no learner has id 99'],
    [
      'an unknown e-mail',
      3,
      ['users', 'move', 'nobody@x.no', '--to', NEW.org_number],
      'no learner has the e-mail nobody@x.no',
    ],
    [
      'an unregistered company',
      3,
      ['users', 'move', '1', '--to', UNREGISTERED],
      `register it first (W7): kursdesk companies register ${UNREGISTERED}`,
    ],
    [
      'an inactive company',
      5,
      ['users', 'move', '1', '--to', INACTIVE.org_number],
      `${INACTIVE.name} (${INACTIVE.org_number}) is an inactive customer`,
    ],
    [
      'the same employer with another invoice reference',
      2,
      ['users', 'move', '1', '--to', OLD.org_number, '--invoice-ref', 'GB-99'],
      `learner 1 is already employed at ${OLD.name} (${OLD.org_number}); nothing to move`,
    ],
    [
      'a malformed org number',
      2,
      ['users', 'move', '1', '--to', '912837458'],
      '--to: check digit 8 should be 9',
    ],
    [
      'an invoice reference with a tab',
      2,
      ['users', 'move', '1', '--to', NEW.org_number, '--invoice-ref', 'a\tb'],
      '--invoice-ref: invoice reference contains an unprintable character (U+0009)',
    ],
    [
      'a too long invoice reference',
      2,
      ['users', 'move', '1', '--to', NEW.org_number, '--invoice-ref', 'x'.repeat(61)],
      'at most 60 are allowed',
    ],
    [
      'an empty invoice reference',
      2,
      ['users', 'move', '1', '--to', NEW.org_number, '--invoice-ref', ' '],
      'invoice reference is empty',
    ],
    [
      'a malformed new e-mail',
      2,
      ['users', 'move', '1', '--to', NEW.org_number, '--email', 'kari@', '--ticket', 'S-1'],
      '--email:',
    ],
    [
      "another account's e-mail",
      4,
      ['users', 'move', '1', '--to', NEW.org_number, '--email', 'siri@gmail.com', '--ticket', 'S-1'],
      'siri@gmail.com is the login of another account (learner 3)',
    ],
    ['no --to without a terminal', 2, ['users', 'move', '1'], 'missing --to'],
    [
      'a learner and --from',
      2,
      ['users', 'move', '1', '--from', OLD.org_number, '--to', NEW.org_number],
      'give only one of a learner, --from and --file',
    ],
    ['nobody to move', 2, ['users', 'move', '--to', NEW.org_number], 'say who moves'],
    [
      '--keep-good for one learner',
      2,
      ['users', 'move', '1', '--to', NEW.org_number, '--keep-good'],
      '--keep-good is for bulk moves',
    ],
    [
      '--email in a bulk move',
      2,
      ['users', 'move', '--yes', '--from', OLD.org_number, '--to', NEW.org_number, '--email', 'a@b.no'],
      '--email changes one learner',
    ],
    [
      'a bad --expect-version',
      2,
      ['users', 'move', '1', '--to', NEW.org_number, '--expect-version', 'two'],
      "--expect-version: 'two' is not a version",
    ],
  ])('refuses %s with one line and exit %i, changing nothing', async (_what, code, argv, message) => {
    const before = await snapshot();
    const run = await kd(argv);
    expect(run.code, run.stderr).toBe(code);
    expect(oneLineError(run.stderr)).toContain(message);
    expect(run.stdout).toBe('');
    expect(await snapshot()).toEqual(before);
  });

  it('--expect-version: a learner changed since it was read is a conflict (exit 4) naming who changed it and when', async () => {
    const first = await kd([
      'users',
      'set-hms',
      '1',
      'HMS40112233',
      '--agent',
      'per',
      '--ticket',
      'SUP-1',
      '--expect-version',
      '1',
    ]);
    expect(first.code, first.stderr).toBe(0);
    const before = await snapshot();
    const stale = await kd([
      'users',
      'move',
      '1',
      '--to',
      NEW.org_number,
      '--expect-version',
      '1',
      '--ticket',
      'SUP-2',
    ]);
    expect(stale.code).toBe(4);
    expect(oneLineError(stale.stderr)).toMatch(
      /learner 1 was changed by per at 25 Nov 2026 11:00 \(ticket SUP-1\), users\.set-hms after you read it; nothing was written/,
    );
    expect(await snapshot()).toEqual(before);
    const fresh = await kd(['users', 'move', '1', '--to', NEW.org_number, '--expect-version', '2']);
    expect(fresh.code, fresh.stderr).toBe(0);
  });

  describe('bulk', () => {
    it('--from moves everyone employed at the company in one transaction, with a summary and an audit entry each', async () => {
      const run = await kd([
        'users',
        'move',
        '--yes',
        '--from',
        OLD.org_number,
        '--to',
        NEW.org_number,
        '--invoice-ref',
        'Fusjon 2026',
        '--ticket',
        'HR-88',
        '--format',
        'json',
      ]);
      expect(run.code, run.stderr).toBe(0);
      const report = JSON.parse(run.stdout);
      expect(report).toMatchObject({
        rows: 3,
        movable: 3,
        moved: 3,
        refused: 0,
        enrolments_reinvoiced: 2,
        logins_on_old_domain: 2,
        committed: true,
      });
      expect(report.learners.map((r: { id: number; outcome: string }) => [r.id, r.outcome])).toEqual([
        [1, 'moved'],
        [2, 'moved'],
        [3, 'moved'],
      ]);
      expect(run.stderr).toContain('2 learners have logins on a domain of the old employer');
      const users = await m.t.db.kysely
        .selectFrom('users')
        .select(['employer_id', 'invoice_reference', 'version'])
        .execute();
      expect(
        users.every(
          (u) => u.employer_id === m.w.new && u.invoice_reference === 'Fusjon 2026' && u.version === 2,
        ),
      ).toBe(true);
      const open = await m.t.db.kysely
        .selectFrom('employment_history')
        .select(['user_id', 'company_id'])
        .where('ended_on', 'is', null)
        .orderBy('user_id')
        .execute();
      expect(open).toEqual(m.w.learners.map((id) => ({ user_id: id, company_id: m.w.new })));
      const audit = await m.t.db.kysely
        .selectFrom('audit_log')
        .select(['action', 'user_id', 'ticket'])
        .orderBy('id')
        .execute();
      expect(audit.map((a) => a.action)).toEqual([
        'users.move',
        'users.move',
        'users.move',
        'users.move-bulk',
      ]);
      expect(audit.every((a) => a.ticket === 'HR-88')).toBe(true);
    });

    it('draws a progress bar on stderr in a terminal, and none when piped', async () => {
      const tty = await kd(
        ['users', 'move', '--yes', '--from', OLD.org_number, '--to', NEW.org_number, '--dry-run'],
        {
          tty: true,
        },
      );
      expect(tty.code).toBe(0);
      expect(tty.stderr).toMatch(/moving learners \[#+\] 100% {2}3\/3 {2}learners/);
      const piped = await kd([
        'users',
        'move',
        '--yes',
        '--from',
        OLD.org_number,
        '--to',
        NEW.org_number,
        '--dry-run',
      ]);
      expect(piped.stderr).not.toContain('moving learners');
    });

    it('--from --dry-run lists what would move and writes nothing; an unknown --from is exit 3', async () => {
      const before = await snapshot();
      const dry = await kd([
        'users',
        'move',
        '--yes',
        '--from',
        OLD.org_number,
        '--to',
        NEW.org_number,
        '--dry-run',
        '--format',
        'csv',
      ]);
      expect(dry.code).toBe(0);
      expect(dry.stdout.split('\n')[0]).toBe(
        'learner,id,name,from,outcome,enrolments_reinvoiced,login_on_old_domain,reason',
      );
      expect(dry.stdout).toContain(`1,1,Kari Nordmann,${OLD.org_number},would move,2,yes,`);
      expect(await snapshot()).toEqual(before);
      const unknown = await kd(['users', 'move', '--yes', '--from', UNREGISTERED, '--to', NEW.org_number]);
      expect(unknown.code).toBe(3);
      expect(oneLineError(unknown.stderr)).toContain(`no customer company has org number ${UNREGISTERED}`);
      const same = await kd(['users', 'move', '--yes', '--from', NEW.org_number, '--to', NEW.org_number]);
      expect(same.code).toBe(2);
      expect(await snapshot()).toEqual(before);
    });

    function listFile(text: string): string {
      const path = join(tmpdir(), `kursdesk-move-${dialect}-${Date.now()}-${Math.random()}.csv`);
      writeFileSync(path, text);
      return path;
    }
    const badList =
      'id;email;invoice_reference\n1;;P-1\n;ola@avd.gammelbygg.no;\n77;;\n;ukjent@firma.no;\n1;;\n3;;"a\tb"\n';

    it('a list with unknown learners moves nobody: exit 1, every reason listed by line, nothing half-moved', async () => {
      const before = await snapshot();
      const file = listFile(badList);
      const errors = `${file}.rejects.csv`;
      const run = await kd([
        'users',
        'move',
        '--yes',
        '--file',
        file,
        '--to',
        NEW.org_number,
        '--errors',
        errors,
        '--format',
        'json',
      ]);
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout);
      expect(report).toMatchObject({ rows: 6, movable: 2, moved: 0, refused: 4, committed: false });
      expect(report.learners.map((r: { line: number; outcome: string }) => [r.line, r.outcome])).toEqual([
        [2, 'not moved'],
        [3, 'not moved'],
        [4, 'refused'],
        [5, 'refused'],
        [6, 'refused'],
        [7, 'refused'],
      ]);
      expect(run.stderr).toContain(`${file}:4: learner: no learner has id 77`);
      expect(run.stderr).toContain(
        `${file}:5: learner: no learner has the e-mail ukjent@firma.no, now or earlier`,
      );
      expect(run.stderr).toContain(`${file}:6: learner: learner 1 is already on line 2`);
      expect(run.stderr).toContain(
        `${file}:7: invoice_reference: invoice reference contains an unprintable character`,
      );
      expect(run.stderr).toContain('4 learners cannot move, so nobody was moved');
      expect(await snapshot()).toEqual(before);
      const rejects = readFileSync(errors, 'utf8');
      expect(rejects.split('\r\n')[0]).toBe('\ufeff"line","column","value","reason"');
      expect(rejects).toContain('"4","learner","77","no learner has id 77"');
      expect(rejects.trim().split('\r\n')).toHaveLength(5);
    });

    it('--keep-good moves the learners that can move and still lists the rest (exit 1)', async () => {
      const run = await kd([
        'users',
        'move',
        '--yes',
        '--file',
        listFile(badList),
        '--to',
        NEW.org_number,
        '--keep-good',
        '--ticket',
        'HR-9',
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        'moved 2 learner(s) to Bane og Signal Norge AS; 2 paid enrolment(s) now invoiced to it; 4 row(s) refused',
      );
      const users = await m.t.db.kysely
        .selectFrom('users')
        .select(['id', 'employer_id', 'invoice_reference'])
        .orderBy('id')
        .execute();
      expect(users).toEqual([
        { id: 1, employer_id: m.w.new, invoice_reference: 'P-1' },
        { id: 2, employer_id: m.w.new, invoice_reference: null },
        { id: 3, employer_id: m.w.old, invoice_reference: null },
      ]);
    });

    it('a learner already at the new employer with another invoice reference is a refused row; a list of good rows moves them all', async () => {
      expect((await kd(['users', 'move', '3', '--to', NEW.org_number])).code).toBe(0);
      const before = await snapshot();
      const run = await kd([
        'users',
        'move',
        '--yes',
        '--file',
        listFile('email,invoice_reference\nkari@gammelbygg.no,\nsiri@gmail.com,BS-5\n'),
        '--to',
        NEW.org_number,
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `:3: learner: learner 3 is already employed at ${NEW.name} (${NEW.org_number})`,
      );
      expect(await snapshot()).toEqual(before);
      const good = await kd(['users', 'move', '--yes', '--file', '-', '--to', NEW.org_number], {
        stdin: 'e-post,referanse\nkari@gammelbygg.no,K-1\n2,\n',
      });
      expect(good.code, good.stderr).toBe(0);
      expect(good.stderr).toContain('moved 2 learner(s)');
    });

    it('a list that is not a list of learners is refused whole (exit 1, naming the file)', async () => {
      const run = await kd([
        'users',
        'move',
        '--yes',
        '--file',
        listFile('navn,avdeling\nKari,IT\n'),
        '--to',
        NEW.org_number,
      ]);
      expect(run.code).toBe(1);
      expect(oneLineError(run.stderr)).toMatch(
        /\.csv: line 1: the header has no learner column .*; nobody was moved/,
      );
      const missing = await kd([
        'users',
        'move',
        '--yes',
        '--file',
        '/nonexistent/list.csv',
        '--to',
        NEW.org_number,
      ]);
      expect(missing.code).toBe(3);
      expect(oneLineError(missing.stderr)).toContain('no such file: /nonexistent/list.csv');
    });
  });
});
