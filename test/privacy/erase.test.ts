// W20 proof that erasure erases, on both dialects: a learner lives a full life through the CLI (account,
// new e-mail, HMS card, employer, link, booking, completion, certificate, export), is erased, and then
// nothing the database holds (SQLite: the file, its WAL and the full-text shadow tables as raw bytes;
// PostgreSQL: every row of every table of the schema as text) and nothing the tool printed afterwards
// contains their names, any of their e-mail addresses, their birth date or their HMS number. The audit
// chain still verifies, and certificates verify as revoked without a name.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/db/write-gate.js';
import { newSigningKey } from '../../src/domain/certificates/keys.js';
import { type CliOptions, runCli } from '../helpers/cli.js';
import { DIALECTS, stopTestServers, type TestDatabase, useTestDatabase } from '../helpers/databases.js';
import { insertCourse, insertUnit } from '../helpers/learning.js';
import { slowTests } from '../helpers/limits.js';
import { insertCompany } from '../helpers/rows.js';

slowTests();

afterAll(stopTestServers);

const scratch = mkdtempSync(join(tmpdir(), 'kursdesk-privacy-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const CERT_ENV = { KURSDESK_CERT_KEY: newSigningKey().pem, KURSDESK_CERT_ISSUER: 'Opplæringssenteret' };

const PERSON = {
  first: 'Signhild Oddveig',
  last: 'Brattvåg-Fjellheim',
  email: 'signhild.brattvag@bygg.no',
  newEmail: 'oddveig.fjellheim@epost.test',
  nationalId: '15108695088', // born 1986-10-15 (norwegian-ids.md §1.8)
  hms: 'HMS7734219',
};

/** The look-up an agent runs for the person: their name, birth date and first address in one command. */
const FIND_PERSON = [
  'users',
  'find',
  '--name',
  `${PERSON.first} ${PERSON.last}`,
  '--birthdate',
  '15.10.1986',
  '--email',
  PERSON.email,
];

/** Every form in which the person's data could be stored: as typed, folded, and the birth date's forms. */
const NEEDLES = [
  'Signhild',
  'Oddveig',
  'Brattvåg',
  'brattvag',
  'Fjellheim',
  PERSON.email,
  PERSON.newEmail,
  'signhild.brattvag',
  'oddveig.fjellheim',
  '1986-10-15',
  '15.10.1986',
  '151086',
  PERSON.hms,
  PERSON.nationalId,
];

function hits(haystack: string, label: string): string[] {
  const lower = haystack.toLowerCase();
  return NEEDLES.filter((n) => lower.includes(n.toLowerCase())).map((n) => `${label}: ${n}`);
}

/** SQLite: the database file and everything beside it (-wal, -shm), as raw bytes. */
function sqliteBytes(t: TestDatabase): string {
  const dir = dirname(t.url);
  return readdirSync(dir)
    .filter((f) => f.startsWith('test.db'))
    .map((f) => readFileSync(join(dir, f)).toString('latin1') + readFileSync(join(dir, f)).toString('utf8'))
    .join('\n');
}

/** PostgreSQL: every row of every table of the test schema, as text (a dump without pg_dump). */
async function postgresRows(t: TestDatabase): Promise<string> {
  const tables = await sql<{
    table_name: string;
  }>`select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(
    t.db.kysely,
  );
  let text = '';
  for (const { table_name } of tables.rows) {
    const rows = await sql<{ row: string }>`select t::text as row from ${sql.table(table_name)} t`.execute(
      t.db.kysely,
    );
    text += `${table_name}\n${rows.rows.map((r) => r.row).join('\n')}\n`;
  }
  return text;
}

describe.each(DIALECTS)('privacy erase on %s', (dialect) => {
  const t = useTestDatabase(dialect);
  const kysely = () => t().db.kysely;

  const kd = (argv: string[], options: CliOptions = {}) =>
    runCli(argv, { db: t().url, ...options, env: { ...CERT_ENV, ...options.env } });
  /** `privacy erase <id>` under ticket SUP-3 with a reason, and any further flags. */
  const erase = (id: number, reason: string, ...flags: string[]) =>
    kd(['privacy', 'erase', String(id), '--ticket', 'SUP-3', '--reason', reason, ...flags]);

  async function livedLearner(): Promise<number> {
    await insertCompany(kysely(), {
      org_number: '988077917',
      name: 'Bygg AS',
      email_domains: 'bygg.no',
    });
    await insertCompany(kysely(), {
      org_number: '974760673',
      name: 'Bane AS',
      email_domains: 'bane.test',
    });
    const course = await insertCourse(kysely());
    const unit = await insertUnit(kysely(), course.id, {
      starts_at: '2026-12-10T07:00:00.000Z',
      ends_at: '2026-12-11T14:00:00.000Z',
    });
    const steps: string[][] = [
      [
        'users',
        'create',
        '--first-name',
        PERSON.first,
        '--last-name',
        PERSON.last,
        '--email',
        PERSON.email,
        '--national-id',
        '-',
        '--hms-card',
        'HMS1112223',
        '--type',
        'full',
        '--employer',
        '988077917',
        '--phone',
        '+4791234567',
        '--invoice-ref',
        'Prosjekt 7',
      ],
      ['users', 'set-hms', PERSON.email, PERSON.hms],
      ['users', 'set-email', PERSON.email, PERSON.newEmail, '--ticket', 'SUP-1'],
      ['users', 'move', PERSON.newEmail, '--to', '974760673'],
      ['links', 'issue', PERSON.newEmail],
      ['enrol', PERSON.newEmail, String(unit.id)],
      ['completions', 'record', PERSON.newEmail, 'SIK-101', '--date', '05.03.2026', '--passed'],
      ['certificates', 'issue', PERSON.newEmail, 'SIK-101', '--out', join(scratch, `${dialect}-kb.pdf`)],
      FIND_PERSON,
      [
        'privacy',
        'export',
        PERSON.newEmail,
        '--out',
        join(scratch, `${dialect}-export.json`),
        '--ticket',
        'SUP-2',
      ],
    ];
    for (const argv of steps) {
      const run = await kd(argv, {
        stdin: PERSON.nationalId,
        env: { KURSDESK_PORTAL_URL: 'https://kurs.example.no' },
      });
      expect(run.code, `${argv.join(' ')}: ${run.stderr}`).toBe(0);
    }
    const user = await kysely().selectFrom('users').select('id').executeTakeFirstOrThrow();
    // The life left traces everywhere the scan looks, so a scan that finds nothing afterwards means something.
    const before = dialect === 'sqlite' ? sqliteBytes(t()) : await postgresRows(t());
    expect(hits(before, 'before').length).toBeGreaterThan(8);
    return user.id;
  }

  it('export --reply nn prints the covering answer in nynorsk; another language is a usage error', async () => {
    const id = await livedLearner();
    const out = join(scratch, `${dialect}-nn.json`);
    const nn = await kd(['privacy', 'export', String(id), '--out', out, '--reply', 'nn']);
    expect(nn.code).toBe(0);
    expect(nn.stdout).toContain('Vedlagt er ein kopi av alt kursportalen har lagra om deg');
    expect(nn.stdout).toContain('Venleg helsing');
    const other = await kd(['privacy', 'export', String(id), '--out', out, '--reply', 'de']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('--reply must be nb, nn or en');
  });
  it('leaves no trace of the person in the database or in anything printed after', async () => {
    const id = await livedLearner();
    const certificate = await kysely().selectFrom('certificates').select('number').executeTakeFirstOrThrow();

    const erased = await erase(id, 'erasure requested by e-mail', '--yes');
    expect(erased.code, erased.stderr).toBe(0);
    expect(erased.stderr).toContain(`erased learner ${id}`);

    const printed = [erased];
    for (const argv of [
      ['users', 'show', String(id), '--history', '--format', 'json'],
      ['users', 'history', String(id), '--format', 'json'],
      ['audit', '--format', 'json'],
      ['audit', '--user', String(id)],
      ['certificates', 'verify', certificate.number, '--format', 'json'],
      ['certificates', 'list', String(id), '--format', 'json'],
      ['privacy', 'export', String(id), '--out', join(scratch, `${dialect}-after.json`)],
      FIND_PERSON,
    ]) {
      printed.push(await kd(argv));
    }
    const output = printed.map((r) => `${r.stdout}\n${r.stderr}`).join('\n');
    const exported = readFileSync(join(scratch, `${dialect}-after.json`), 'utf8');
    const stored = dialect === 'sqlite' ? sqliteBytes(t()) : await postgresRows(t());

    expect([...hits(stored, 'database'), ...hits(output, 'output'), ...hits(exported, 'export')]).toEqual([]);

    // What the business keeps is still there, about nobody.
    const kept = await kysely().selectFrom('completions').select('completed_on').execute();
    expect(kept.map((c) => c.completed_on)).toEqual(['2026-03-05']);
    expect(await kysely().selectFrom('enrolments').select('id').execute()).toHaveLength(1);
    expect(await verifyAuditChain(kysely())).toMatchObject({ brokenAt: null });

    const verify = JSON.parse(printed[5]!.stdout) as Record<string, unknown>;
    expect(verify).toMatchObject({
      verdict: 'revoked',
      reason: 'erased on request',
      name: null,
      birth_date: null,
    });

    const log = await kd(['audit', '--user', String(id), '--format', 'json']);
    const actions = (JSON.parse(log.stdout) as { action: string; changes: unknown }[]).map((e) => e.action);
    expect(actions).toContain('privacy.erase');
    expect(log.stdout).toContain('[erased]');
  });

  it('exports the e-mail and employment histories oldest first (ties in the order they were stored)', async () => {
    await livedLearner();
    const exported = JSON.parse(readFileSync(join(scratch, `${dialect}-export.json`), 'utf8')) as {
      email_history: { email: string }[];
      employment_history: { org_number: string; invoice_reference: string | null }[];
    };
    expect(exported.email_history.map((h) => h.email)).toEqual([PERSON.email, PERSON.newEmail]);
    expect(exported.employment_history.map((h) => h.org_number)).toEqual(['988077917', '974760673']);
  });

  it('is idempotent, and --dry-run shows what would go and writes nothing', async () => {
    const id = await livedLearner();
    const dry = await erase(id, 'requested', '--dry-run', '--format', 'json');
    expect(dry.code, dry.stderr).toBe(0);
    const rows = JSON.parse(dry.stdout) as { what: string; rows: number }[];
    expect(rows.find((r) => r.what === 'email_history')?.rows).toBe(2);
    const user = await kysely().selectFrom('users').selectAll().executeTakeFirstOrThrow();
    expect(user.erased_at).toBeNull();
    expect(user.email).toBe(PERSON.newEmail);

    const first = await erase(id, 'requested', '--yes');
    expect(first.code, first.stderr).toBe(0);
    const entries = await kysely().selectFrom('audit_log').select('id').execute();
    const again = await erase(id, 'requested', '--yes');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('already erased');
    expect(await kysely().selectFrom('audit_log').select('id').execute()).toHaveLength(entries.length);
  });

  it('asks in a terminal, needs --yes without one, and refuses a reason that names the person', async () => {
    const id = await livedLearner();
    const piped = await erase(id, 'requested');
    expect(piped.code).toBe(2);
    expect(piped.stderr).toContain('--yes');
    const cancelled = await kd(
      ['privacy', 'erase', String(id), '--ticket', 'SUP-3', '--reason', 'requested'],
      {
        tty: true,
        answers: [false],
      },
    );
    expect(cancelled.code).toBe(130);
    const naming = await erase(id, 'Signhild asked', '--yes');
    expect(naming.code).toBe(2);
    expect(naming.stderr).not.toContain('Signhild');
    const noTicket = await kd(['privacy', 'erase', String(id), '--reason', 'requested', '--yes']);
    expect(noTicket.code).toBe(2);
    const user = await kysely().selectFrom('users').select('erased_at').executeTakeFirstOrThrow();
    expect(user.erased_at).toBeNull();
  });

  it('retention lists inactive accounts, erases them when asked, and purges old mail bodies and dead links', async () => {
    const id = await livedLearner();
    const later = { now: '2032-06-01T10:00:00.000Z' };
    const dry = await kd(
      ['privacy', 'retention', '--inactive', '5y', '--dry-run', '--format', 'json'],
      later,
    );
    expect(dry.code, dry.stderr).toBe(0);
    expect((JSON.parse(dry.stdout) as { id: number }[]).map((r) => r.id)).toEqual([id]);
    const early = await kd(
      ['privacy', 'retention', '--inactive', '7y', '--dry-run', '--format', 'json'],
      later,
    );
    expect(JSON.parse(early.stdout)).toEqual([]);
    const bad = await kd(['privacy', 'retention', '--inactive', 'five years'], later);
    expect(bad.code).toBe(2);

    const run = await kd(['privacy', 'retention', '--inactive', '5y', '--yes'], later);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/1 erased/);
    const user = await kysely().selectFrom('users').select('erased_at').executeTakeFirstOrThrow();
    expect(user.erased_at).not.toBeNull();
    expect(existsSync(t().url) || dialect === 'postgres').toBe(true);
  });
});
