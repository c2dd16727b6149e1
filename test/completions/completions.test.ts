// Recording completions one at a time and from an instructor's result list, and `users history`, on both
// dialects: the expiry follows from the course, duplicates are refused or recognised, and a list with any
// bad row writes nothing and names every bad line and column.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { jsonError, oneLineError } from '../commands/fixtures.js';
import { type CliOptions, runCli } from '../helpers/cli.js';
import { DIALECTS, openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';
import { insertCompletion, insertCourse, insertUnit } from '../helpers/learning.js';
import { insertLearnerRow } from '../helpers/rows.js';

afterAll(stopTestServers);

const scratch = mkdtempSync(join(tmpdir(), 'kursdesk-completions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let files = 0;
function csvFile(content: string | Buffer): string {
  const path = join(scratch, `results-${++files}.csv`);
  writeFileSync(path, content);
  return path;
}

describe.each(DIALECTS)('on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });
  afterAll(() => t.close());

  let unitId: number;
  beforeEach(async () => {
    await t.reset();
    await insertLearnerRow(t.db.kysely, { email: 'kari@firma.no' });
    await insertLearnerRow(t.db.kysely, {
      given_names: 'Ola',
      family_name: 'Æsøy',
      email: 'ola@bygg.no',
      birth_date: '1969-03-20',
    });
    const sik = await insertCourse(t.db.kysely);
    await insertCourse(t.db.kysely, {
      code: 'GRUNN-1',
      title: 'Grunnkurs',
      title_en: null,
      kind: 'e-learning',
      validity_months: null,
    });
    unitId = (await insertUnit(t.db.kysely, sik.id)).id;
  });

  const kd = (argv: string[], options: CliOptions = {}) => runCli(argv, { db: t.url, ...options });
  const json = (stdout: string) => JSON.parse(stdout) as Record<string, unknown>;
  async function completions() {
    return t.db.kysely
      .selectFrom('completions')
      .innerJoin('users', 'users.id', 'completions.user_id')
      .select([
        'users.email',
        'completions.completed_on',
        'completions.passed',
        'completions.score',
        'completions.expires_on',
        'completions.unit_id',
      ])
      .orderBy('completions.id')
      .execute();
  }
  async function auditActions() {
    return (await t.db.kysely.selectFrom('audit_log').select('action').orderBy('id').execute()).map(
      (r) => r.action,
    );
  }

  describe('completions record', () => {
    it('records a pass; a time-limited course sets the expiry; the audit log has it', async () => {
      const run = await kd([
        'completions',
        'record',
        'kari@firma.no',
        'sik-101',
        '--date',
        '05.03.2026',
        '--passed',
        '--score',
        '87',
        '--format',
        'json',
      ]);
      expect(run.code, run.stderr).toBe(0);
      expect(json(run.stdout)).toMatchObject({
        learner_id: 1,
        name: 'Kari Nordmann',
        course: 'SIK-101',
        completed_on: '2026-03-05',
        result: 'passed',
        score: 87,
        expires_on: '2029-03-05',
        status: 'valid',
      });
      expect(await auditActions()).toEqual(['completions.record']);
    });

    it("with --unit the date defaults to the unit's last day; a fail has no expiry; a course without validity never expires", async () => {
      expect(
        (await kd(['completions', 'record', '1', 'SIK-101', '--unit', String(unitId), '--failed'])).code,
      ).toBe(0);
      expect(
        (await kd(['completions', 'record', '2', 'GRUNN-1', '--date', '2020-01-31', '--passed'])).code,
      ).toBe(0);
      expect(await completions()).toEqual([
        {
          email: 'kari@firma.no',
          completed_on: '2026-03-05',
          passed: dialect === 'sqlite' ? 0 : false,
          score: null,
          expires_on: null,
          unit_id: unitId,
        },
        {
          email: 'ola@bygg.no',
          completed_on: '2020-01-31',
          passed: dialect === 'sqlite' ? 1 : true,
          score: null,
          expires_on: null,
          unit_id: null,
        },
      ]);
    });

    it('a pass whose validity has already run out is recorded, with a warning', async () => {
      const run = await kd([
        'completions',
        'record',
        '1',
        'SIK-101',
        '--date',
        '2020-01-10',
        '--passed',
        '--format',
        'json',
      ]);
      expect(run.code).toBe(0);
      expect(json(run.stdout)).toMatchObject({ expires_on: '2023-01-10', status: 'expired' });
      expect(run.stderr).toContain('warning: the qualification expired on 2023-01-10');
    });

    it('the same completion twice is a conflict (exit 4) and writes nothing', async () => {
      expect(
        (await kd(['completions', 'record', '1', 'SIK-101', '--date', '2026-03-05', '--passed'])).code,
      ).toBe(0);
      const again = await kd(['completions', 'record', '1', 'SIK-101', '--date', '2026-03-05', '--failed']);
      expect(again.code).toBe(4);
      expect(oneLineError(again.stderr)).toMatch(
        /completion 1 already records a pass of SIK-101 on 2026-03-05/,
      );
      expect(await completions()).toHaveLength(1);
    });

    it('--dry-run shows the completion and writes nothing', async () => {
      const run = await kd([
        'completions',
        'record',
        '1',
        'SIK-101',
        '--date',
        '2026-03-05',
        '--passed',
        '--dry-run',
      ]);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain('dry run, nothing written');
      expect(await completions()).toEqual([]);
      expect(await auditActions()).toEqual([]);
    });

    it.each([
      ['no result', ['1', 'SIK-101', '--date', '2026-03-05'], 2, /missing --passed or --failed/],
      ['both results', ['1', 'SIK-101', '--date', '2026-03-05', '--passed', '--failed'], 2, /not both/],
      ['no date and no unit', ['1', 'SIK-101', '--passed'], 2, /missing --date/],
      [
        'a date in the future',
        ['1', 'SIK-101', '--date', '2027-01-01', '--passed'],
        2,
        /--date: completion date 2027-01-01 is in the future/,
      ],
      ['a false date', ['1', 'SIK-101', '--date', '31.02.2026', '--passed'], 2, /not a real date/],
      [
        'a score above 100',
        ['1', 'SIK-101', '--date', '2026-03-05', '--passed', '--score', '101'],
        2,
        /whole number from 0 to 100/,
      ],
      [
        'an unknown learner',
        ['99', 'SIK-101', '--date', '2026-03-05', '--passed'],
        3,
        /no learner has id 99/,
      ],
      [
        'an unknown course, with a suggestion',
        ['1', 'SIK-102', '--date', '2026-03-05', '--passed'],
        3,
        /no course has the code SIK-102 — did you mean SIK-101\?/,
      ],
      ['an unknown unit', ['1', 'SIK-101', '--unit', '999', '--passed'], 3, /no course unit has id 999/],
    ])('%s: exit %i', async (_what, args, code, message) => {
      const run = await kd(['completions', 'record', ...args]);
      expect(run.code).toBe(code);
      expect(oneLineError(run.stderr)).toMatch(message);
      expect(await completions()).toEqual([]);
    });

    it('a unit of another course is a usage error', async () => {
      const run = await kd(['completions', 'record', '1', 'GRUNN-1', '--unit', String(unitId), '--passed']);
      expect(run.code).toBe(2);
      expect(oneLineError(run.stderr)).toMatch(
        new RegExp(`unit ${unitId} is a unit of SIK-101, not of GRUNN-1`),
      );
    });
  });

  describe('completions import', () => {
    it('imports a Norwegian Excel list (; and bestått) for a unit; importing it again changes nothing', async () => {
      const file = csvFile(
        '\ufeffE-post;Resultat;Poeng;Navn\nkari@firma.no;bestått;91;Kari\nOLA@bygg.no;ikke bestått;40;Ola\n',
      );
      const run = await kd(['completions', 'import', file, '--unit', String(unitId), '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      expect(json(run.stdout)).toMatchObject({
        rows: 2,
        recorded: 2,
        unchanged: 0,
        rejected: 0,
        state: 'imported',
        dry_run: false,
      });
      expect(run.stderr).toContain('left out column not understood: Navn');
      expect(await completions()).toMatchObject([
        {
          email: 'kari@firma.no',
          completed_on: '2026-03-05',
          score: 91,
          expires_on: '2029-03-05',
          unit_id: unitId,
        },
        { email: 'ola@bygg.no', completed_on: '2026-03-05', score: 40, expires_on: null, unit_id: unitId },
      ]);
      const again = await kd(['completions', 'import', file, '--unit', String(unitId), '--format', 'json']);
      expect(again.code).toBe(0);
      expect(json(again.stdout)).toMatchObject({ recorded: 0, unchanged: 2 });
      expect(await completions()).toHaveLength(2);
      expect((await auditActions()).filter((a) => a === 'completions.import')).toHaveLength(2);
    });

    it('reads course and date columns without --unit; --dry-run writes nothing', async () => {
      const file = csvFile(
        'learner,course,date,result\n1,GRUNN-1,2026-02-01,passed\n2,sik-101,01.02.2026,passed\n',
      );
      const dry = await kd(['completions', 'import', file, '--dry-run', '--format', 'json']);
      expect(dry.code).toBe(0);
      expect(json(dry.stdout)).toMatchObject({ recorded: 2, dry_run: true });
      expect(await completions()).toEqual([]);
      expect((await kd(['completions', 'import', file])).code).toBe(0);
      expect(await completions()).toMatchObject([
        { email: 'kari@firma.no', expires_on: null },
        { email: 'ola@bygg.no', expires_on: '2029-02-01' },
      ]);
    });

    it('a list with bad rows writes nothing and lists every bad line and column', async () => {
      const file = csvFile(
        [
          'learner,course,date,result,score',
          'kari@firma.no,SIK-101,2026-03-05,passed,90', // line 2: fine
          'nobody@firma.no,SIK-101,2026-03-05,passed,', // 3: unknown learner
          'ola@bygg.no,SIK-999,2026-03-05,passed,', // 4: unknown course
          'ola@bygg.no,SIK-101,31.02.2026,maybe,', // 5: false date and unknown result
          'ola@bygg.no,SIK-101,2026-03-05,passed', // 6: a field short
          'kari@firma.no,SIK-101,2026-03-05,passed,90', // 7: same as line 2
          '15108695088,SIK-101,2026-03-05,passed,', // 8: a national ID nobody has (masked in the report)
        ].join('\n'),
      );
      const run = await kd(['completions', 'import', file, '--format', 'json']);
      expect(run.code).toBe(1);
      // The file is named as it was typed (a basename would turn /dev/null into "null").
      expect(jsonError(run.stderr)).toMatchObject({
        exit_code: 1,
        message: `${file}: 6 of 7 rows rejected (listed on stdout); nothing was imported`,
        hint: 'fix them and import the whole file again',
      });
      const problems = JSON.parse(run.stdout) as { line: number; column: string; error: string }[];
      expect(problems.map((p) => [p.line, p.column])).toEqual([
        [3, 'learner'],
        [4, 'course'],
        [5, 'date'],
        [5, 'result'],
        [6, ''],
        [7, 'learner'],
        [8, 'learner'],
      ]);
      expect(problems[0]!.error).toMatch(/nobody@firma.no.*no learner has the e-mail/);
      expect(problems[3]!.error).toMatch(/'maybe' is not a result/);
      expect(problems[4]!.error).toMatch(/has 4 fields; the header has 5/);
      expect(problems[5]!.error).toBe('the same learner, course and date as line 2');
      expect(run.stdout).not.toContain('95088');
      expect(problems[6]!.error).toContain('151086 *****');
      expect(await completions()).toEqual([]);
      expect(await auditActions()).toEqual([]);
    });

    it('a row that clashes with a recorded completion rejects the whole list', async () => {
      await insertCompletion(t.db.kysely, { user_id: 1, course_id: 1, passed: false, expires_on: null });
      const file = csvFile('learner,result\n2,passed\n1,passed\n');
      const run = await kd(['completions', 'import', file, '--unit', String(unitId), '--format', 'json']);
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout)).toEqual([
        expect.objectContaining({
          line: 3,
          column: 'result',
          error: expect.stringMatching(/completion 1 already records a fail/),
        }),
      ]);
      expect(await completions()).toHaveLength(1);
    });

    it('reads Windows-1252 with --encoding, and refuses it without, naming the line', async () => {
      await insertLearnerRow(t.db.kysely, {
        email: 'bjørn@firma.no'.replace('ø', 'o'),
        given_names: 'Bjørn',
        family_name: 'Ås',
      });
      const bytes = Buffer.from(
        'learner;result;course;date\nbjorn@firma.no;bestått;GRUNN-1;2026-01-02\n',
        'latin1',
      );
      const file = csvFile(bytes);
      const refused = await kd(['completions', 'import', file]);
      expect(refused.code).toBe(1);
      expect(oneLineError(refused.stderr)).toMatch(
        /line 2 is not UTF-8 text: save the file as "CSV UTF-8", or give --encoding windows-1252; nothing was imported/,
      );
      const run = await kd(['completions', 'import', file, '--encoding', 'windows-1252']);
      expect(run.code, run.stderr).toBe(0);
      expect(await completions()).toMatchObject([
        { email: 'bjorn@firma.no', passed: dialect === 'sqlite' ? 1 : true },
      ]);
    });

    it.each([
      ['an unclosed quote', 'learner,result\n1,passed\n"2,passed\n', /line \d: a quoted field is not closed/],
      ['no learner column', 'who,result\n1,passed\n', /line 1: the header has no column for learner/],
      ['a header only', 'learner,result,course,date\n', /a header but no rows/],
      ['an empty file', '', /it is empty/],
    ])('%s rejects the whole file', async (_what, content, message) => {
      const run = await kd(['completions', 'import', csvFile(content), '--unit', String(unitId)]);
      expect(run.code).toBe(1);
      expect(oneLineError(run.stderr)).toMatch(message);
      expect(await completions()).toEqual([]);
    });

    it('a missing file is not found (exit 3)', async () => {
      const run = await kd(['completions', 'import', join(scratch, 'nope.csv')]);
      expect(run.code).toBe(3);
      expect(oneLineError(run.stderr)).toMatch(/no such file: .*nope\.csv/);
    });
  });

  describe('users history', () => {
    it('lists every completion, pass or fail, with expiry, validity today and certificates', async () => {
      await insertCompletion(t.db.kysely, {
        user_id: 1,
        course_id: 1,
        completed_on: '2019-05-02',
        expires_on: '2022-05-02',
      });
      await insertCompletion(t.db.kysely, {
        user_id: 1,
        course_id: 1,
        completed_on: '2026-03-01',
        passed: false,
        expires_on: null,
        score: 35,
      });
      const pass = await insertCompletion(t.db.kysely, {
        user_id: 1,
        course_id: 1,
        completed_on: '2026-03-05',
        expires_on: '2029-03-05',
      });
      await insertCompletion(t.db.kysely, {
        user_id: 1,
        course_id: 2,
        completed_on: '2021-06-01',
        expires_on: null,
      });
      await t.db.kysely
        .insertInto('certificates')
        .values({
          number: 'KB-0000-0000-0000-0000',
          completion_id: pass.id,
          user_id: 1,
          course_id: 1,
          issued_at: '2026-03-06T10:00:00.000Z',
          issued_by: 'test-agent',
          signature: 'placeholder',
        })
        .execute();
      const run = await kd(['users', 'history', 'kari@firma.no', '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      const history = json(run.stdout) as {
        learner: unknown;
        valid_courses: string[];
        completions: Record<string, unknown>[];
      };
      expect(history.learner).toEqual({ id: 1, name: 'Kari Nordmann', birth_date: '1986-10-15' });
      expect(history.valid_courses).toEqual(['GRUNN-1', 'SIK-101']);
      expect(
        history.completions.map((c) => [
          c.completed_on,
          c.course,
          c.result,
          c.expires_on,
          c.status,
          c.certificate,
        ]),
      ).toEqual([
        ['2026-03-05', 'SIK-101', 'passed', '2029-03-05', 'valid', 'KB-0000-0000-0000-0000'],
        ['2026-03-01', 'SIK-101', 'failed', null, 'failed', null],
        ['2021-06-01', 'GRUNN-1', 'passed', null, 'valid', null],
        ['2019-05-02', 'SIK-101', 'passed', '2022-05-02', 'expired', null],
      ]);
      const table = await kd(['users', 'history', '1']);
      expect(table.stdout.split('\n').slice(0, 2)).toEqual([
        'Kari Nordmann (learner 1), born 1986-10-15',
        'valid now: GRUNN-1, SIK-101',
      ]);
      expect(table.stdout).toMatch(/2019-05-02\s+SIK-101\s+.*expired/);
    });

    it('a learner without completions says so; an unknown learner is exit 3', async () => {
      const none = await kd(['users', 'history', '2']);
      expect(none.code).toBe(0);
      expect(none.stderr).toContain('Ola Æsøy has no completions on record');
      expect((await kd(['users', 'history', 'nobody@firma.no'])).code).toBe(3);
    });
  });
});
