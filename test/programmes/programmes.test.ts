// W14 on both dialects: `programmes assign` (a learner, a company's staff, a list; idempotent, one
// transaction, audited, --dry-run), `programmes status` (passed with validity, missing, expired, classroom
// items booked or not), `programmes list/show`, and `reports expiring` (window, renewal, --expired,
// --employer, --programme, csv). Unknown programmes, companies and learners exit 3 and change nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { oneLineError } from '../commands/fixtures.js';
import { seedCatalogue } from '../helpers/catalogue.js';
import { type CliOptions, runCli } from '../helpers/cli.js';
import { DIALECTS, stopTestServers, useTestDatabase } from '../helpers/databases.js';

afterAll(stopTestServers);

const scratch = mkdtempSync(join(tmpdir(), 'kursdesk-programmes-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let files = 0;
function listFile(content: string): string {
  const path = join(scratch, `learners-${++files}.csv`);
  writeFileSync(path, content);
  return path;
}

describe.each(DIALECTS)('on %s', (dialect) => {
  const t = useTestDatabase(dialect);
  const kd = (argv: string[], options: CliOptions = {}) => runCli(argv, { db: t().url, ...options });
  const json = (stdout: string) => JSON.parse(stdout);
  const assignments = async () =>
    (
      await t()
        .db.kysely.selectFrom('programme_assignments as a')
        .innerJoin('programmes as p', 'p.id', 'a.programme_id')
        .innerJoin('users as u', 'u.id', 'a.user_id')
        .select(['p.code', 'u.email', 'a.due_on'])
        .orderBy('p.code')
        .orderBy('u.email')
        .execute()
    ).map((r) => `${r.code} ${r.email} ${r.due_on ?? '-'}`);
  const audit = async () =>
    t()
      .db.kysely.selectFrom('audit_log')
      .select(['action', 'target_id', 'ticket', 'agent', 'user_id'])
      .orderBy('id')
      .execute();

  describe('programmes assign', () => {
    it('assigns one learner with a due date, audited with agent and ticket; again it is unchanged', async () => {
      await seedCatalogue(t().db.kysely);
      const run = await kd([
        'programmes',
        'assign',
        'kari@firma.no',
        'ol-sv',
        '--due',
        '01.06.2027',
        '--ticket',
        'SUP-5120',
        '--format',
        'json',
      ]);
      expect(run.code, run.stderr).toBe(0);
      expect(json(run.stdout)).toMatchObject({
        programme: 'OL-SV',
        assigned: 1,
        unchanged: 0,
        dry_run: false,
        learners: [{ learner_id: 1, name: 'Kari Nordmann', result: 'assigned', due_on: '2027-06-01' }],
      });
      expect(await assignments()).toEqual(['OL-SV kari@firma.no 2027-06-01']);
      expect(await audit()).toEqual([
        {
          action: 'programmes.assign',
          target_id: 'OL-SV/1',
          ticket: 'SUP-5120',
          agent: 'test-agent',
          user_id: 1,
        },
      ]);
      const again = await kd(['programmes', 'assign', '1', 'OL-SV']);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('assigned OL-SV to 0 learner(s); 1 already had it');
      expect(again.stdout).toMatch(/kari@firma\.no +unchanged +2027-06-01/);
      expect(await assignments()).toEqual(['OL-SV kari@firma.no 2027-06-01']);
      expect((await audit()).length).toBe(1);
    });

    it('--employer assigns everyone employed there in one go; --dry-run writes nothing', async () => {
      const s = await seedCatalogue(t().db.kysely);
      await t()
        .db.kysely.updateTable('users')
        .set({ status: 'disabled' })
        .where('id', '=', s.colleague.id)
        .execute();
      const dry = await kd(['programmes', 'assign', 'OL-KL', '--employer', '988077917', '--dry-run']);
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).toContain('dry run, nothing written: would assign OL-KL to 1 learner(s)');
      expect(dry.stderr).toContain('1 disabled account(s) at Bygg og Anlegg AS left out');
      expect(await assignments()).toEqual([]);
      await t()
        .db.kysely.updateTable('users')
        .set({ status: 'active' })
        .where('id', '=', s.colleague.id)
        .execute();
      const run = await kd([
        'programmes',
        'assign',
        'OL-KL',
        '--employer',
        '988 077 917',
        '--yes',
        '--ticket',
        'SUP-1',
      ]);
      expect(run.code, run.stderr).toBe(0);
      expect(await assignments()).toEqual(['OL-KL ola@bygg.no -', 'OL-KL siri@bygg.no -']);
      expect(
        (await audit()).filter((a) => a.action !== 'programmes.assign' || true).map((a) => a.action),
      ).toEqual(['programmes.assign', 'programmes.assign', 'programmes.assign-bulk']);
    });

    it('--file takes e-mails and ids per line; a listed learner twice or already assigned is reported', async () => {
      await seedCatalogue(t().db.kysely);
      await kd(['programmes', 'assign', 'ola@bygg.no', 'OL-SV']);
      const file = listFile('e-post;navn\nkari@firma.no;Kari\n2;Ola\n\nsiri@bygg.no\nKARI@firma.no\n');
      const run = await kd(['programmes', 'assign', 'OL-SV', '--file', file, '--yes', '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      expect(json(run.stdout)).toMatchObject({ assigned: 2, unchanged: 1 });
      expect(run.stderr).toContain('1 learner(s) listed more than once');
      expect(await assignments()).toEqual([
        'OL-SV kari@firma.no -',
        'OL-SV ola@bygg.no -',
        'OL-SV siri@bygg.no -',
      ]);
    });

    it('a list with an unknown learner assigns nobody and names the file and line (exit 3)', async () => {
      await seedCatalogue(t().db.kysely);
      const file = listFile('kari@firma.no\nnobody@firma.no\n2\n999\n');
      const run = await kd(['programmes', 'assign', 'OL-SV', '--file', file]);
      expect(run.code).toBe(3);
      expect(oneLineError(run.stderr)).toBe(
        `kursdesk: ${file} line 2: no learner has the e-mail nobody@firma.no, now or earlier (and 1 more line: 4); nothing was assigned — fix or remove those lines and run the command again`,
      );
      const bad = await kd([
        'programmes',
        'assign',
        'OL-SV',
        '--file',
        listFile('kari@firma.no\nnot an id\n'),
      ]);
      expect(bad.code).toBe(2);
      expect(oneLineError(bad.stderr)).toContain(
        "line 2: 'not an id' is not a learner id, e-mail or national ID",
      );
      const missing = await kd(['programmes', 'assign', 'OL-SV', '--file', join(scratch, 'absent.csv')]);
      expect(missing.code).toBe(3);
      expect(oneLineError(missing.stderr)).toContain(`no such file: ${join(scratch, 'absent.csv')}`);
      expect(await assignments()).toEqual([]);
      expect(await audit()).toEqual([]);
    });

    it('unknown programme, company or learner exits 3; bad input exits 2; nothing changes', async () => {
      await seedCatalogue(t().db.kysely);
      const programme = await kd(['programmes', 'assign', '1', 'OL-SX']);
      expect(programme.code).toBe(3);
      expect(oneLineError(programme.stderr)).toMatch(
        /^kursdesk: no programme has the code OL-SX — did you mean OL-SV/,
      );
      const company = await kd(['programmes', 'assign', 'OL-SV', '--employer', '923456783']);
      expect(company.code).toBe(3);
      expect(oneLineError(company.stderr)).toContain('no customer company has org number 923456783');
      await t().db.kysely.deleteFrom('users').where('employer_id', 'is not', null).execute();
      const empty = await kd(['programmes', 'assign', 'OL-SV', '--employer', '988077917']);
      expect(empty.code).toBe(3);
      expect(oneLineError(empty.stderr)).toContain(
        'no learner with an open account is employed by Bygg og Anlegg AS',
      );
      expect((await kd(['programmes', 'assign', '999', 'OL-SV'])).code).toBe(3);
      expect((await kd(['programmes', 'assign', 'OL-SV'])).code).toBe(2);
      const both = await kd(['programmes', 'assign', '1', 'OL-SV', '--employer', '988077917']);
      expect(both.code).toBe(2);
      expect(oneLineError(both.stderr)).toContain('give only one of <learner>, --employer and --file');
      const org = await kd(['programmes', 'assign', 'OL-SV', '--employer', '988077918']);
      expect(org.code).toBe(2);
      expect(oneLineError(org.stderr)).toContain('--employer');
      const due = await kd(['programmes', 'assign', '1', 'OL-SV', '--due', '31.02.2027']);
      expect(due.code).toBe(2);
      expect(oneLineError(due.stderr)).toContain('--due');
      expect(await assignments()).toEqual([]);
      expect(await audit()).toEqual([]);
    });
  });

  describe('programmes status', () => {
    it('passed with validity, expired, missing; classroom items booked or with the units that have seats', async () => {
      const s = await seedCatalogue(t().db.kysely);
      await kd(['programmes', 'assign', 'ola@bygg.no', 'OL-SV', '--due', '2027-06-01']);
      await s.completion({
        user_id: s.full.id,
        course_id: s.courses.safety.id,
        completed_on: '2026-01-10',
        expires_on: '2028-01-10',
      });
      await s.completion({
        user_id: s.full.id,
        course_id: s.courses.exam.id,
        completed_on: '2020-01-10',
        expires_on: '2023-01-10',
      });
      await s.completion({
        user_id: s.full.id,
        course_id: s.courses.exam.id,
        completed_on: '2024-01-10',
        passed: false,
        expires_on: null,
      });
      const run = await kd(['programmes', 'status', 'ola@bygg.no', '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      const [programme] = json(run.stdout).programmes;
      expect(programme.standing).toEqual({ complete: false, approved_until: null, missing: 1, expired: 1 });
      expect(
        programme.items.map((i: Record<string, unknown>) => [i.course, i.status, i.valid_until, i.next]),
      ).toEqual([
        ['SIK-100', 'passed', '2028-01-10', 'valid until 2028-01-10'],
        [
          'SV-300',
          'missing',
          null,
          'waitlisted: number 2 for 11 Jan 2027 08:00, Jernbaneskolen, Oslo (unit 1)',
        ],
        ['SV-320', 'expired', '2023-01-10', 'renew the exam'],
      ]);
      // Without his waitlist place the classroom item says how many units have seats (February only).
      await t().db.kysely.deleteFrom('enrolments').where('user_id', '=', s.full.id).execute();
      const table = await kd(['programmes', 'status', '2']);
      expect(table.stdout).toContain(
        'OL-SV Opplæringsløp sikkerhetsvakt: 1 missing, 1 expired; due 2027-06-01',
      );
      expect(table.stdout).toMatch(/SV-300 .* missing +no date booked: 1 unit with seats/);
      // Siri holds a seat in February.
      await kd(['programmes', 'assign', 'siri@bygg.no', 'OL-SV']);
      const siri = await kd(['programmes', 'status', 'siri@bygg.no', '--format', 'csv']);
      // She is also first on the January waitlist: the seat in February is what counts.
      expect(siri.stdout).toContain(',"booked: 15 Feb 2027 08:00, Marienborg, Trondheim (unit 2)"\n');
    });

    it('a new pass renews: the item is passed again and the programme complete until the first expiry', async () => {
      const s = await seedCatalogue(t().db.kysely);
      await kd(['programmes', 'assign', 'per@skinnegang.no', 'OL-SV']);
      for (const [course, on, until] of [
        [s.courses.safety.id, '2021-05-01', '2023-05-01'],
        [s.courses.guard.id, '2025-03-06', '2028-03-06'],
        [s.courses.exam.id, '2025-03-07', '2028-03-07'],
      ] as const)
        await s.completion({
          user_id: s.elsewhere.id,
          course_id: course,
          completed_on: on,
          expires_on: until,
        });
      let status = json((await kd(['programmes', 'status', '4', '--format', 'json'])).stdout).programmes[0];
      expect(status.standing.complete).toBe(false);
      await kd(['completions', 'record', '4', 'SIK-100', '--date', '2026-11-20', '--passed']);
      status = json((await kd(['programmes', 'status', '4', '--format', 'json'])).stdout).programmes[0];
      expect(status.standing).toEqual({
        complete: true,
        approved_until: '2028-03-06',
        missing: 0,
        expired: 0,
      });
      expect(status.items[0]).toMatchObject({
        course: 'SIK-100',
        status: 'passed',
        valid_until: '2028-11-20',
      });
    });

    it('no programme assigned says so; --programme filters; unknown learner or programme exits 3', async () => {
      await seedCatalogue(t().db.kysely);
      const none = await kd(['programmes', 'status', '1']);
      expect(none.code).toBe(0);
      expect(none.stderr).toContain('no programme assigned (kursdesk programmes assign 1 <programme>)');
      expect((await kd(['programmes', 'status', '999'])).code).toBe(3);
      const other = await kd(['programmes', 'status', '1', '--programme', 'OL-KL']);
      expect(other.code).toBe(3);
      expect(oneLineError(other.stderr)).toContain('learner 1 is not assigned OL-KL');
      expect((await kd(['programmes', 'status', '1', '--programme', 'OL-XX'])).code).toBe(3);
    });
  });

  describe('programmes list and show', () => {
    it('lists programmes with courses and assigned counts; shows one with units that have seats', async () => {
      await seedCatalogue(t().db.kysely);
      await kd(['programmes', 'assign', '1', 'OL-SV']);
      const list = json((await kd(['programmes', 'list', '--format', 'json'])).stdout);
      expect(list).toEqual([
        {
          code: 'OL-KL',
          title: 'Opplæringsløp kontaktledning',
          validity_months: 12,
          courses: [],
          assigned: 0,
        },
        {
          code: 'OL-SV',
          title: 'Opplæringsløp sikkerhetsvakt',
          validity_months: 36,
          courses: ['SIK-100', 'SV-300', 'SV-320'],
          assigned: 1,
        },
      ]);
      const show = json((await kd(['programmes', 'show', 'ol-sv', '--format', 'json'])).stdout);
      expect(show.items.map((i: Record<string, unknown>) => [i.course, i.units_with_seats])).toEqual([
        ['SIK-100', null],
        ['SV-300', 1],
        ['SV-320', null],
      ]);
      expect((await kd(['programmes', 'show', 'OL-XX'])).code).toBe(3);
    });
  });

  describe('reports expiring', () => {
    async function seedExpiries() {
      const s = await seedCatalogue(t().db.kysely);
      const c = s.completion;
      // Ola: SIK-100 expires in 20 days. Siri: SV-300 in 60 days; her SIK-100 lapsed 10 days ago.
      await c({
        user_id: s.full.id,
        course_id: s.courses.safety.id,
        completed_on: '2024-12-15',
        expires_on: '2026-12-15',
      });
      await c({
        user_id: s.colleague.id,
        course_id: s.courses.guard.id,
        completed_on: '2024-01-24',
        expires_on: '2027-01-24',
      });
      await c({
        user_id: s.colleague.id,
        course_id: s.courses.safety.id,
        completed_on: '2024-11-15',
        expires_on: '2026-11-15',
      });
      // Per passed SIK-100 expiring in 30 days, but renewed last week: not expiring.
      await c({
        user_id: s.elsewhere.id,
        course_id: s.courses.safety.id,
        completed_on: '2024-12-25',
        expires_on: '2026-12-25',
      });
      await c({
        user_id: s.elsewhere.id,
        course_id: s.courses.safety.id,
        completed_on: '2026-11-18',
        expires_on: '2028-11-18',
      });
      // Kari failed after her pass: the pass still counts and expires in 40 days.
      await c({
        user_id: s.free.id,
        course_id: s.courses.safety.id,
        completed_on: '2025-01-04',
        expires_on: '2027-01-04',
      });
      await c({
        user_id: s.free.id,
        course_id: s.courses.safety.id,
        completed_on: '2026-10-01',
        passed: false,
        expires_on: null,
      });
      // Far away and never expiring: not listed.
      await c({
        user_id: s.free.id,
        course_id: s.courses.exam.id,
        completed_on: '2026-01-04',
        expires_on: '2029-01-04',
      });
      await c({
        user_id: s.full.id,
        course_id: s.courses.shunting.id,
        completed_on: '2026-01-04',
        expires_on: null,
      });
      return s;
    }
    const rows = (stdout: string) =>
      (json(stdout).qualifications as Record<string, unknown>[]).map(
        (q) => `${q.expires_on} ${q.name} ${q.course} ${q.days_left} ${q.state}`,
      );

    it('lists the latest passes expiring in the window, renewed ones left out, soonest first', async () => {
      await seedExpiries();
      const run = await kd(['reports', 'expiring', '--within', '90d', '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      expect(rows(run.stdout)).toEqual([
        '2026-12-15 Ola Æsøy SIK-100 20 expiring',
        '2027-01-04 Kari Nordmann SIK-100 40 expiring',
        '2027-01-24 Siri Berg SV-300 60 expiring',
      ]);
      expect(json(run.stdout)).toMatchObject({ from: '2026-11-25', to: '2027-02-23' });
      expect(rows((await kd(['reports', 'expiring', '--within', '3w', '--format', 'json'])).stdout)).toEqual([
        '2026-12-15 Ola Æsøy SIK-100 20 expiring',
      ]);
    });

    it('--expired adds lapsed qualifications; --employer and --programme narrow; csv for a mailing', async () => {
      await seedExpiries();
      await kd(['programmes', 'assign', 'siri@bygg.no', 'OL-SV']);
      expect(
        rows(
          (await kd(['reports', 'expiring', '--within', '30d', '--expired', '30d', '--format', 'json']))
            .stdout,
        ),
      ).toEqual(['2026-11-15 Siri Berg SIK-100 -10 expired', '2026-12-15 Ola Æsøy SIK-100 20 expiring']);
      expect(
        rows(
          (
            await kd([
              'reports',
              'expiring',
              '--within',
              '90d',
              '--employer',
              '988077917',
              '--format',
              'json',
            ])
          ).stdout,
        ),
      ).toEqual(['2026-12-15 Ola Æsøy SIK-100 20 expiring', '2027-01-24 Siri Berg SV-300 60 expiring']);
      expect(
        rows(
          (await kd(['reports', 'expiring', '--within', '90d', '--programme', 'OL-SV', '--format', 'json']))
            .stdout,
        ),
      ).toEqual(['2027-01-24 Siri Berg SV-300 60 expiring']);
      const csv = await kd([
        'reports',
        'expiring',
        '--within',
        '90d',
        '--employer',
        '988077917',
        '--format',
        'csv',
        '--fields',
        'name,email,employer,course,expires_on',
      ]);
      expect(csv.stdout).toBe(
        'name,email,employer,course,expires_on\nOla Æsøy,ola@bygg.no,Bygg og Anlegg AS,SIK-100,2026-12-15\nSiri Berg,siri@bygg.no,Bygg og Anlegg AS,SV-300,2027-01-24\n',
      );
      const table = await kd(['reports', 'expiring', '--within', '90d']);
      expect(table.stdout).toContain('3 qualification(s) expiring 2026-11-25 – 2027-02-23 (within 90 days)');
    });

    it('bad periods exit 2; an unknown company or programme exits 3', async () => {
      await seedExpiries();
      const bad = await kd(['reports', 'expiring', '--within', 'soon']);
      expect(bad.code).toBe(2);
      expect(oneLineError(bad.stderr)).toBe(
        "kursdesk: --within: 'soon' is not a period: write a number and d, w, mo or y, like 90d, 12w, 6mo or 1y",
      );
      expect((await kd(['reports', 'expiring', '--expired', '0d'])).code).toBe(2);
      const company = await kd(['reports', 'expiring', '--employer', '923456783']);
      expect(company.code).toBe(3);
      expect(oneLineError(company.stderr)).toContain('no customer company has org number 923456783');
      const programme = await kd(['reports', 'expiring', '--programme', 'OL-XX']);
      expect(programme.code).toBe(3);
      expect(oneLineError(programme.stderr)).toContain('no programme has the code OL-XX');
    });
  });
});
