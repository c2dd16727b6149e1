// `kursdesk audit` filters on both dialects, with changes made at known times by known agents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAuditGuardsLifted } from '../../src/db/audit-guard.js';
import { type CliOptions, runCli } from '../helpers/cli.js';
import { DIALECTS, openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';
import { createArgv, KARI, OLA, oneLineError } from './fixtures.js';

afterAll(stopTestServers);

const NOW = '2026-11-25T10:00:00.000Z';

describe.each(DIALECTS)('on %s', (dialect) => {
  let t: TestDatabase;
  const kd = (argv: string[], options: CliOptions = {}) => runCli(argv, { db: t.url, now: NOW, ...options });
  /** The ids of the entries `audit` lists with these filters. */
  const ids = async (...filters: string[]) => {
    const run = await kd(['audit', '--format', 'json', ...filters]);
    expect(run.code, filters.join(' ')).toBe(0);
    return (JSON.parse(run.stdout) as { id: number }[]).map((e) => e.id);
  };

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    // 1: anna registers Kari on 1 November; 2: bob registers Ola on 20 November; 3: bob marks the database.
    const steps: [string[], CliOptions][] = [
      [['--agent', 'anna', '--ticket', 'SUP-1', ...createArgv(KARI)], { now: '2026-11-01T09:00:00.000Z' }],
      [
        ['--ticket', 'SUP-2', ...createArgv(OLA)],
        { now: '2026-11-20T09:00:00.000Z', env: { KURSDESK_AGENT: 'bob' } },
      ],
      [['db', 'mark', 'test'], { now: '2026-11-24T09:00:00.000Z', env: { KURSDESK_AGENT: 'bob' } }],
    ];
    for (const [argv, options] of steps) expect((await kd(argv, options)).code).toBe(0);
  });
  afterAll(() => t.close());

  it('lists every entry, oldest first, with time, agent and ticket', async () => {
    const run = await kd(['audit', '--format', 'json']);
    expect(JSON.parse(run.stdout)).toEqual([
      expect.objectContaining({
        id: 1,
        at: '2026-11-01T09:00:00.000Z',
        agent: 'anna',
        ticket: 'SUP-1',
        action: 'users.create',
      }),
      expect.objectContaining({
        id: 2,
        at: '2026-11-20T09:00:00.000Z',
        agent: 'bob',
        ticket: 'SUP-2',
        action: 'users.create',
      }),
      expect.objectContaining({ id: 3, agent: 'bob', ticket: null, action: 'db.mark', target: 'database' }),
    ]);
  });

  it('--since takes a span back from now or a date', async () => {
    expect(await ids('--since', '7d')).toEqual([2, 3]);
    expect(await ids('--since', '2d')).toEqual([3]);
    expect(await ids('--since', '30d')).toEqual([1, 2, 3]);
    expect(await ids('--since', '2026-11-20')).toEqual([2, 3]);
    expect(await ids('--since', '21.11.2026')).toEqual([3]);
  });

  it('--by, --action (an action or its family), --user and --for-ticket', async () => {
    expect(await ids('--by', 'bob')).toEqual([2, 3]);
    expect(await ids('--by', 'anna')).toEqual([1]);
    expect(await ids('--action', 'users')).toEqual([1, 2]);
    expect(await ids('--action', 'users.create')).toEqual([1, 2]);
    expect(await ids('--action', 'users.cre')).toEqual([]);
    expect(await ids('--action', 'db')).toEqual([3]);
    expect(await ids('--user', KARI.email)).toEqual([1]);
    expect(await ids('--user', OLA.nationalId)).toEqual([2]);
    expect(await ids('--for-ticket', 'SUP-2')).toEqual([2]);
    expect(await ids('--by', 'bob', '--action', 'users', '--since', '7d')).toEqual([2]);
  });

  it('--limit keeps the newest entries', async () => {
    expect(await ids('--limit', '2')).toEqual([2, 3]);
  });

  it.each([
    [['--since', 'last week'], /--since: .*7d, 12h/],
    [['--limit', '0'], /--limit must be a whole number/],
  ])('refuses %j with exit 2', async (filters, message) => {
    const run = await kd(['audit', ...filters]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(oneLineError(run.stderr)).toMatch(message);
  });

  it('--user of an unknown learner exits 3', async () => {
    const run = await kd(['audit', '--user', 'nobody@firma.no']);
    expect(run.code).toBe(3);
    expect(oneLineError(run.stderr)).toMatch(/no learner has the e-mail nobody@firma\.no/);
  });

  it('--by finds entries by the login (the OS user on SQLite, session_user on PostgreSQL) as by the name', async () => {
    const run = await kd(['audit', '--format', 'json']);
    const login = (JSON.parse(run.stdout) as { login: string }[])[0]?.login;
    // runCli's OS user is 'tester'; the test server's login is its superuser.
    expect(login).toBe(dialect === 'sqlite' ? 'tester' : 'postgres');
    expect(await ids('--by', login as string)).toEqual([1, 2, 3]);
  });

  it('audit anchor prints the head; verify --anchor finds entries cut off after it', async () => {
    const anchor = await kd(['audit', 'anchor']);
    expect(anchor.code).toBe(0);
    const hash = anchor.stdout.trim();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(anchor.stderr).toContain('entry 3');
    const intact = await kd(['audit', 'verify', '--anchor', hash]);
    expect(intact).toMatchObject({ code: 0, stdout: expect.stringContaining('up to the anchored entry 3') });
    expect((await kd(['audit', 'verify', '--anchor', 'f00'])).code).toBe(2);
    // An owner lifts the triggers and cuts the newest entry off: the chain alone still verifies.
    await withAuditGuardsLifted(t.db, (q) => q.deleteFrom('audit_log').where('id', '=', 3).execute());
    expect((await kd(['audit', 'verify'])).code).toBe(0);
    const cut = await kd(['audit', 'verify', '--anchor', hash]);
    expect(cut.code).toBe(1);
    expect(oneLineError(cut.stderr)).toMatch(/entries were cut off from the end/);
  });
});
