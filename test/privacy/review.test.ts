// Issue 16's review findings, as a user meets them on the command line, on both dialects. Each test
// fails on the main branch before this issue: the dash form of a national ID, digits echoed in errors,
// org numbers written with separators, a mixed-encoding import, an activation link for an account with
// a password, a 50,000-character search, the 2032 rule at registration, bidi overrides in names and a
// formula as a company name.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createArgv, KARI } from '../commands/fixtures.js';
import { type CliOptions, runCli } from '../helpers/cli.js';
import { DIALECTS, stopTestServers, useTestDatabase } from '../helpers/databases.js';
import { insertCompany } from '../helpers/rows.js';

afterAll(stopTestServers);
const scratch = mkdtempSync(join(tmpdir(), 'kursdesk-review-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const DASHED = '151086-95088';
const SECRET_DIGITS = /95088|0869508/;

describe.each(DIALECTS)('review findings on %s', (dialect) => {
  const t = useTestDatabase(dialect);
  const kysely = () => t().db.kysely;
  const kd = (argv: string[], options: CliOptions = {}) =>
    runCli(argv, {
      db: t().url,
      ...options,
      env: { KURSDESK_PORTAL_URL: 'https://kurs.example.no', ...options.env },
    });

  async function kari(): Promise<number> {
    await insertCompany(kysely(), {
      org_number: '988077917',
      name: 'Bygg AS',
      email_domains: 'bygg.no',
    });
    await insertCompany(kysely(), { org_number: '974760673', name: 'Bane AS' });
    const created = await kd([...createArgv(KARI, { '--type': 'full' }), '--employer', '988077917']);
    expect(created.code, created.stderr).toBe(0);
    return (await kysely().selectFrom('users').select('id').executeTakeFirstOrThrow()).id;
  }

  it('names a learner by the dash form of the national ID, as an argument and on stdin', async () => {
    const id = await kari();
    for (const [argv, stdin] of [
      [['users', 'show', DASHED, '--format', 'json'], undefined],
      [['users', 'show', '-', '--format', 'json'], DASHED],
      [['users', 'history', DASHED, '--format', 'json'], undefined],
      [['users', 'set-email', DASHED, 'kari@bygg.no', '--ticket', 'SUP-1', '--format', 'json'], undefined],
      [['users', 'move', '-', '--to', '974760673', '--format', 'json'], DASHED],
    ] as [string[], string | undefined][]) {
      const run = await kd(argv, stdin === undefined ? {} : { stdin });
      expect(run.code, `${argv.join(' ')}: ${run.stderr}`).toBe(0);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(SECRET_DIGITS);
    }
    const user = await kysely()
      .selectFrom('users')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(user.email).toBe('kari@bygg.no');
  });

  it('never prints back a national ID, or a 10- or 12-digit slip of one, in an error', async () => {
    await kari();
    for (const argv of [
      ['users', 'show', '1510869508'],
      ['users', 'show', '151086950881'],
      ['users', 'show', '151086-950881'],
      ['users', 'history', '20036914700'],
      ['companies', 'register', '15108695088'],
      ['companies', 'show', '151086-95088'],
      ['registry', 'lookup', '15108695088'],
    ]) {
      const run = await kd(argv);
      expect(run.code, argv.join(' ')).not.toBe(0);
      expect(run.stderr, argv.join(' ')).not.toMatch(/95088|14700|0869508/);
    }
    const asOrg = await kd(['companies', 'register', '15108695088']);
    expect(asOrg.stderr).toContain('national ID');
  });

  it('reads org numbers written with dashes, dots or the 0192: prefix, and warns about an odd first digit', async () => {
    await insertCompany(kysely(), { org_number: '988077917', name: 'Bygg AS' });
    for (const written of ['988-077-917', '988.077.917', '0192:988077917']) {
      const run = await kd(['companies', 'show', written, '--format', 'json']);
      expect(run.code, `${written}: ${run.stderr}`).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ org_number: '988077917' });
    }
    const odd = await kd(['registry', 'lookup', '123456785']);
    expect(odd.stderr).toContain('normally start with 8 or 9');
  });

  it('refuses a UTF-8 file with a stray Windows-1252 byte, naming its line, and writes nothing', async () => {
    const header = 'org_number,name,invoice_email,contact_name,contact_email,contact_phone';
    const good = Buffer.from(
      `${header}\n912362043,Bjørnøya Bygg AS,faktura@test.example,Kari Test,kari@test.example,91234567\n`,
    );
    const bad = Buffer.concat([
      Buffer.from('912368890,Riktig Rad AS,faktura@test.example,K'),
      Buffer.from([0xe5]), // å in Windows-1252
      Buffer.from('re Test,kare@test.example,91234567\n'),
    ]);
    const path = join(scratch, `mixed-${dialect}.csv`);
    writeFileSync(path, Buffer.concat([good, bad]));
    const run = await kd(['companies', 'import', path]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/line 3/);
    expect(await kysely().selectFrom('companies').selectAll().execute()).toEqual([]);
  });

  it('refuses an activation link for an account with a password unless --force, which is audited', async () => {
    const id = await kari();
    await kysely()
      .updateTable('users')
      .set({ status: 'active', password_set_at: '2026-01-01T00:00:00.000Z' })
      .execute();
    const refused = await kd(['links', 'issue', String(id), '--kind', 'activation']);
    expect(refused.code).toBe(5);
    expect(refused.stderr).toContain('--force');
    expect(await kysely().selectFrom('link_tokens').selectAll().execute()).toEqual([]);
    const forced = await kd(['links', 'issue', String(id), '--kind', 'activation', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).toContain('has a password');
    const audit = await kd(['audit', '--action', 'links', '--format', 'json']);
    expect(audit.stdout).toContain('activation link for an account that has a password');
  });

  it('gives free-text arguments a length limit with exit 2', async () => {
    const find = await kd(['companies', 'find', 'a'.repeat(50_000)]);
    expect(find.code).toBe(2);
    expect(find.stderr).not.toContain('internal error');
    expect((await kd(['companies', 'find', 'b'.repeat(201)])).code).toBe(2);
    expect((await kd(['courses', 'search', 'c'.repeat(201)])).code).toBe(2);
    expect((await kd(['companies', 'find', 'b'.repeat(200)])).code).not.toBe(2);
  });

  it('registers a 2032-rule number with the birth date deciding the century', async () => {
    const born1935 = await kd(
      createArgv(KARI, {
        '--national-id': '01013599919',
        '--email': 'a@firma.no',
        '--birthdate': '01.01.1935',
      }),
    );
    expect(born1935.code, born1935.stderr).toBe(0);
    const noDate = await kd(createArgv(KARI, { '--national-id': '01015085068', '--email': 'b@firma.no' }));
    expect(noDate.code, noDate.stderr).toBe(0);
    const rows = await kysely().selectFrom('users').select('birth_date').orderBy('id').execute();
    expect(rows.map((r) => r.birth_date)).toEqual(['1935-01-01', '1950-01-01']);
  });

  it('refuses bidirectional overrides in names and a formula as a company name', async () => {
    const bidi = await kd(createArgv(KARI, { '--first-name': 'Kari\u202Enavn' }));
    expect(bidi.code).toBe(2);
    expect(bidi.stderr).toContain('U+202E');
    expect(bidi.stderr).not.toContain('\u202E');
    const header = 'org_number,name,invoice_email,contact_name,contact_email,contact_phone';
    for (const [i, name] of ['=HYPERLINK("http://x.example","Klikk")', 'Bygg\u202Eeb AS'].entries()) {
      const path = join(scratch, `names-${dialect}-${i}.csv`);
      writeFileSync(
        path,
        `${header}\n912362043,"${name.replaceAll('"', '""')}",f@test.example,Kari Test,k@test.example,91234567\n`,
      );
      const run = await kd(['companies', 'import', path]);
      expect(run.code, name).not.toBe(0);
    }
    expect(await kysely().selectFrom('companies').selectAll().execute()).toEqual([]);
  });
});
