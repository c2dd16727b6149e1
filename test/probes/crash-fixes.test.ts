// One test per finding of the CLI fuzzer (./cli-fuzz.test.ts), each on the smallest command line that
// showed it, run in-process on a database of its own.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { openTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase('sqlite');
});
afterAll(() => t?.close());

describe('diagnostics on stderr mask a national ID typed anywhere (fuzz seed 20261206, #83)', () => {
  // 15108695077 has a wrong first check digit: not a valid ID, but a typo of one is still someone's.
  it.each(['15108695077', '151086-95077', '15108695088'])(
    'courses search %s says nothing matches without the digits',
    async (typed) => {
      const run = await runCli(['courses', 'search', typed], { db: t.url });
      expect(run.code).toBe(3);
      expect(run.stderr).toContain('151086 *****');
      expect(run.stderr).not.toMatch(/950(77|88)/);
    },
  );
});

describe('--fields naming an unknown field after a committed change (fuzz seed 1, #194 #234 #463)', () => {
  const demo = useDemoDatabase('sqlite');
  const card = async (email: string) =>
    (
      await demo.db.kysely
        .selectFrom('users')
        .select('hms_card_number')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    ).hms_card_number;

  it('a dry run with a bad --fields is still a usage error, and nothing is written', async () => {
    const email = 'trond.strand93@epost.test';
    const before = await card(email);
    const run = await runCli(['users', 'set-hms', email, '87654321', '--dry-run', '--fields', 'nope'], {
      db: demo.url,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--fields: unknown field 'nope'/);
    expect(await card(email)).toBe(before);
  });

  it('the change stands, so the exit is 0 with a warning, not a usage error that invites a retry', async () => {
    const email = 'trond.strand93@epost.test';
    for (const format of ['table', 'json', 'csv']) {
      const number = format === 'json' ? '87654322' : format === 'csv' ? '87654323' : '87654321';
      const run = await runCli(
        ['users', 'set-hms', email, number, '--fields', 'nope,hms_card', '--format', format],
        { db: demo.url },
      );
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(
        /warning: --fields: unknown field 'nope'; available: .*\(the change was made\)/,
      );
      expect(run.stdout).toContain('hms_card'); // shown masked
      expect(run.stdout).not.toContain('nope');
      expect(await card(email)).toBe(number);
    }
  });
});

describe('privacy export to a destination that cannot take the file (fuzz seed 3, #1151)', () => {
  const demo = useDemoDatabase('sqlite');
  const auditCount = async () =>
    Number(
      (
        await demo.db.kysely
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const folder = mkdtempSync(join(tmpdir(), 'kursdesk-export-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.each([
    ['a folder', () => folder, /it is a folder/],
    ['in a missing folder', () => join(folder, 'nope', 'x.json'), /its folder does not exist/],
    ['under a file', () => join(folder, 'file.json', 'x.json'), /a part of the path is a file/],
  ])('--out %s is refused before the export is audited', async (_what, out, reason) => {
    writeFileSync(join(folder, 'file.json'), '');
    const before = await auditCount();
    const run = await runCli(['privacy', 'export', '1', '--out', out()], { db: demo.url });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(reason);
    expect(await auditCount()).toBe(before);
  });

  it('a writable --out gets the file and one audit entry', async () => {
    const before = await auditCount();
    const out = join(folder, 'export.json');
    const run = await runCli(['privacy', 'export', '1', '--out', out], { db: demo.url });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).learner_id).toBe(1);
    expect(await auditCount()).toBe(before + 1);
  });
});

describe('the --errors report of an import masks national IDs as stderr does (found by hand with the fuzz files)', () => {
  it('companies import --keep-good --errors: a national ID in org_number, phone or name is masked in value and reason', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kursdesk-rejects-'));
    try {
      const csv = join(folder, 'ids.csv');
      writeFileSync(
        csv,
        'org_number,name,contact_name,contact_phone,contact_email,business_street,business_postal_code,business_city\n' +
          '15108695077,Firma AS,Ola,15108695088,a@b.no,Gate 1,0150,Oslo\n' +
          '988077917,Firma B AS,Kari 151086 95088,151086-95088,x@y.no,Gate 2,0150,Oslo\n',
      );
      const rejects = join(folder, 'rejects.csv');
      const run = await runCli(['companies', 'import', csv, '--keep-good', '--errors', rejects], {
        db: t.url,
      });
      expect(run.code).toBe(1);
      const report = readFileSync(rejects, 'utf8');
      expect(report).toContain('"2","org_number","151086 *****"');
      expect(report).toContain('151086 *****');
      expect(report).not.toMatch(/950(77|88)/);
      expect(run.stdout + run.stderr).not.toMatch(/950(77|88)/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('replies --name is a name, not text pasted into the reply (fuzz seed 6, #31)', () => {
  it.each([
    ['decline', []],
    ['ask', ['--missing', 'name']],
  ])('replies %s --name with a national ID is refused without the digits', async (verb, extra) => {
    for (const name of ['81234567802', '15108695088', 'Ola 151086-95088']) {
      const run = await runCli(['replies', verb, ...extra, '--name', name, '--reply', 'nb'], { db: t.url });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/--name/);
      expect(run.stdout + run.stderr).not.toMatch(/67802|95088/);
    }
  });

  it('a real first name still greets, and an empty one greets nobody', async () => {
    const named = await runCli(['replies', 'decline', '--name', 'Kari-Anne', '--reply', 'nb'], { db: t.url });
    expect(named.code).toBe(0);
    expect(named.stdout).toMatch(/^Hei Kari-Anne,/);
    const empty = await runCli(['replies', 'decline', '--name', '', '--reply', 'en'], { db: t.url });
    expect(empty.code).toBe(0);
  });
});

describe('free text that is kept and shown masks a national ID typed into it (found by hand after fuzz seed 6)', () => {
  const demo = useDemoDatabase('sqlite');

  it('certificates revoke --reason: the dry run, the stored reason and verify show only DDMMYY *****', async () => {
    const row = await demo.db.kysely
      .selectFrom('certificates')
      .select('number')
      .where('revoked_at', 'is', null)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const argv = ['certificates', 'revoke', row.number, '--reason', 'issued to 15108695077 by mistake'];
    const dry = await runCli([...argv, '--dry-run'], { db: demo.url });
    expect(dry.code, dry.stderr).toBe(0);
    const done = await runCli([...argv, '--yes'], { db: demo.url });
    expect(done.code, done.stderr).toBe(0);
    const stored = await demo.db.kysely
      .selectFrom('certificates')
      .select('revoked_reason')
      .where('number', '=', row.number)
      .executeTakeFirstOrThrow();
    expect(stored.revoked_reason).toBe('issued to 151086 ***** by mistake');
    const verify = await runCli(['certificates', 'verify', row.number, '--format', 'json'], { db: demo.url });
    for (const run of [dry, done, verify]) expect(run.stdout + run.stderr).not.toContain('95077');
  });
});
