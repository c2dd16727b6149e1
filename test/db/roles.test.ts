// Who may do what on a shared PostgreSQL server, enforced by the server: after `db roles setup`, each
// group role (readonly, agent, admin) may do exactly what its commands need, from raw SQL as from
// kursdesk. The roles are made with a unique prefix in a schema of this file's own and dropped after.
// Raw SQL runs under SET ROLE, which PGlite supports too; kursdesk itself logs in as separate login
// roles, which needs a real server (PGlite serves one session as one user).
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';

afterAll(stopTestServers);

const prefix = `kdt_${randomBytes(4).toString('hex')}`;
const role = (kind: string) => `${prefix}_${kind}`;
const login = (who: string) => `${prefix}_login_${who}`;
const realServer = process.env.KURSDESK_TEST_PG_URL !== undefined;

describe('server roles', () => {
  let t: TestDatabase;
  // nobody is a login without any kursdesk role.
  const logins = ['anna', 'rita', 'otto', 'nobody'];

  beforeAll(async () => {
    t = await openTestDatabase('postgres');
    const setup = await runCli(['db', 'roles', 'setup', '--prefix', prefix], { db: t.url });
    expect(setup, setup.stderr).toMatchObject({ code: 0 });
    if (realServer) {
      for (const who of logins) await sql`create role ${sql.id(login(who))} login`.execute(t.db.kysely);
      for (const [who, kind] of [
        ['anna', 'agent'],
        ['rita', 'readonly'],
        ['otto', 'admin'],
      ] as const) {
        const granted = await runCli(['db', 'roles', 'grant', login(who), kind], { db: t.url });
        expect(granted, granted.stderr).toMatchObject({ code: 0 });
      }
    }
  });

  afterAll(async () => {
    if (!t) return;
    await t.close(); // drops the schema, and with it everything the roles own or were granted there
    const { openDb } = await import('../../src/db/connect.js');
    const { parseDbTarget } = await import('../../src/db/target.js');
    const url = new URL(t.url);
    url.searchParams.delete('schema');
    const admin = await openDb(parseDbTarget(url.href, process.cwd()), { create: false });
    try {
      for (const name of [
        ...(realServer ? logins.map(login) : []),
        role('admin'),
        role('agent'),
        role('readonly'),
      ])
        await sql`drop role if exists ${sql.id(name)}`.execute(admin.kysely);
    } finally {
      await admin.close();
    }
  });

  /** Runs one statement as a group role (SET ROLE), rolled back; returns the SQLSTATE or 'ok'. */
  async function asRole(kind: string, statement: string): Promise<string> {
    try {
      await t.db.kysely.transaction().execute(async (trx) => {
        await sql`set local role ${sql.id(role(kind))}`.execute(trx);
        await sql.raw(statement).execute(trx);
        throw new Error('roll back');
      });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code) return code;
      if ((error as Error).message === 'roll back') return 'ok';
      throw error;
    }
    return 'ok';
  }

  const DENIED = '42501';
  const APPEND_ONLY = 'KD001';

  it.each([
    ['readonly', 'select count(*) from companies', 'ok'],
    ['readonly', 'select count(*) from audit_log', 'ok'],
    ['readonly', "insert into kursdesk_meta (key, value) values ('note', 'x')", DENIED],
    ['readonly', 'update companies set name = name', DENIED],
    ['agent', 'update companies set name = name', 'ok'],
    ['agent', "insert into kursdesk_meta (key, value) values ('note', 'x')", 'ok'],
    ['agent', "insert into kursdesk_meta (key, value) values ('database_kind', 'test')", DENIED],
    ['agent', "update kursdesk_meta set value = 'production' where key = 'note'", 'ok'],
    ['agent', 'delete from companies', DENIED],
    ['agent', 'truncate companies', DENIED],
    ['agent', 'update audit_log set agent = agent', DENIED],
    ['agent', 'delete from audit_log', DENIED],
    ['agent', 'truncate audit_log', DENIED],
    ['agent', 'drop table companies', DENIED],
    ['agent', 'lock table kursdesk_migrations in exclusive mode', DENIED],
    ['admin', 'truncate companies cascade', 'ok'],
    ['admin', "insert into kursdesk_meta (key, value) values ('database_kind', 'test')", 'ok'],
    ['admin', 'update audit_log set agent = agent', APPEND_ONLY],
    ['admin', 'delete from audit_log', APPEND_ONLY],
    ['admin', 'truncate audit_log', APPEND_ONLY],
  ])('raw SQL as %s: %s → %s', async (kind, statement, expected) => {
    // setup (and the grants) left audit entries, so the row triggers have rows to fire on.
    expect(await asRole(kind, statement)).toBe(expected);
  });

  describe.runIf(realServer)('kursdesk, logged in as each role', () => {
    const as = (who: string) => {
      const url = new URL(t.url);
      url.username = login(who);
      return url.href;
    };
    const register = (who: string, org: string) =>
      runCli(
        [
          'companies',
          'register',
          org,
          '--name',
          'Bygg AS',
          '--contact-name',
          'Per Olsen',
          '--contact-email',
          'per@bygg.no',
          '--contact-phone',
          '91234567',
          '--invoice-email',
          'faktura@bygg.no',
          '--yes',
        ],
        { db: as(who), env: { KURSDESK_AGENT: `${who}-display` } },
      );

    it('an agent does the workflows; the audit entry names the login beside the display name', async () => {
      expect(await register('anna', '988077917')).toMatchObject({ code: 0 });
      const audit = await runCli(['audit', '--by', login('anna'), '--format', 'json'], { db: as('rita') });
      expect(audit.code).toBe(0);
      expect(JSON.parse(audit.stdout)).toEqual([
        expect.objectContaining({
          agent: 'anna-display',
          login: login('anna'),
          action: 'companies.register',
        }),
      ]);
      const byName = await runCli(['audit', '--by', 'anna-display', '--format', 'count'], { db: as('rita') });
      expect(byName.stdout.trim()).toBe('1');
    });

    it('doctor says who the server sees logged in, and the kursdesk roles it has', async () => {
      const doctor = await runCli(['doctor', '--format', 'json'], { db: as('anna') });
      expect(JSON.parse(doctor.stdout)).toMatchObject({
        login: login('anna'),
        server_roles: `${role('readonly')}, ${role('agent')}`,
      });
    });

    it('doctor with a login that has no kursdesk role reports what it can check, the missing role and the fix, exit 1', async () => {
      const doctor = await runCli(['doctor', '--format', 'json'], { db: as('nobody') });
      expect(doctor.code, doctor.stderr).toBe(1);
      const report = JSON.parse(doctor.stdout);
      const schema = new URL(t.url).searchParams.get('schema');
      expect(report).toMatchObject({
        dialect: 'postgres',
        connection: 'ok',
        login: login('nobody'),
        server_roles: 'none',
        schema: `found: ${schema}`,
        access: `problem: the login ${login('nobody')} has none of the roles ${role('readonly')}, ${role('agent')}, ${role('admin')}, so it may not read the kursdesk tables — an admin runs: kursdesk db roles grant ${login('nobody')} agent`,
      });
      expect(report.server_version).toMatch(/^PostgreSQL \d+/);
      // The one problem again on stderr, as every failed check is, and no refusal of its own.
      expect(doctor.stderr).toContain(`kursdesk db roles grant ${login('nobody')} agent`);
      expect(doctor.stderr).not.toContain('refused');
      // The table form: one line a check.
      const table = await runCli(['doctor'], { db: as('nobody') });
      expect(table.code).toBe(1);
      expect(table.stdout).toMatch(/^connection\s+ok$/m);
      expect(table.stdout).toMatch(new RegExp(`^schema\\s+found: ${schema}$`, 'm'));
      expect(table.stdout).toMatch(/^access\s+problem: /m);
      // In bokmål the same checks, in bokmål.
      const nb = await runCli(['doctor'], { db: as('nobody'), env: { KURSDESK_LANG: 'nb' } });
      expect(nb.stdout).toMatch(new RegExp(`^schema\\s+funnet: ${schema}$`, 'm'));
    });

    it('db migrate by an agent, a readonly login or a login with no role is refused naming the admin role', async () => {
      // Each of them may read the schema, so the readonly role they already have is not the answer.
      for (const who of ['anna', 'rita', 'nobody']) {
        const refused = await runCli(['db', 'migrate'], { db: as(who) });
        expect({ who, code: refused.code }).toEqual({ who, code: 5 });
        expect(refused.stderr).toMatch(/needs the \w+_admin role/);
        expect(refused.stderr).not.toMatch(/_readonly role|_agent role/);
        expect(refused.stderr.trim().split('\n')).toHaveLength(1);
      }
      // The agent can read the prefix, so it is told the desk's own admin role.
      expect((await runCli(['db', 'migrate'], { db: as('anna') })).stderr).toContain(
        `needs the ${role('admin')} role`,
      );
      expect(await runCli(['db', 'migrate'], { db: as('otto') })).toMatchObject({ code: 0 });
    });

    it('readonly looks up, and a change is refused by the server naming the agent role (exit 5)', async () => {
      expect(await runCli(['companies', 'list'], { db: as('rita') })).toMatchObject({ code: 0 });
      const refused = await register('rita', '974760673');
      expect(refused.code).toBe(5);
      expect(refused.stderr).toContain(`needs the ${role('agent')} role`);
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    });

    it('on a production database an agent is refused reset, fixture loads, db mark test and grants; an admin is not', async () => {
      expect(await runCli(['db', 'mark', 'production'], { db: as('otto') })).toMatchObject({ code: 0 });
      for (const argv of [
        ['db', 'reset', '--yes'],
        ['fixtures', 'load', 'demo', '--replace', '--yes'],
        ['fixtures', 'generate', '--users', '20', '--seed', 'roles', '--load', '--yes'],
        ['db', 'mark', 'test'],
        ['db', 'roles', 'grant', login('rita'), 'admin'],
      ]) {
        const refused = await runCli(argv, { db: as('anna') });
        expect({ argv, code: refused.code }).toEqual({ argv, code: 5 });
        expect(refused.stderr).toContain(`needs the ${role('admin')} role`);
      }
      const kind = await sql<{
        value: string;
      }>`select value from kursdesk_meta where key = 'database_kind'`.execute(t.db.kysely);
      expect(kind.rows[0]?.value).toBe('production');
      expect(await runCli(['db', 'mark', 'test'], { db: as('otto') })).toMatchObject({ code: 0 });
      expect(await runCli(['db', 'reset', '--yes'], { db: as('otto') })).toMatchObject({ code: 0 });
      // The admin may hand roles on: rita becomes an agent and may then register.
      expect(
        await runCli(['db', 'roles', 'grant', login('rita'), 'agent'], { db: as('otto') }),
      ).toMatchObject({
        code: 0,
      });
      expect(await register('rita', '974760673')).toMatchObject({ code: 0 });
      expect(await runCli(['db', 'roles', 'revoke', login('rita')], { db: as('otto') })).toMatchObject({
        code: 0,
      });
      expect((await register('rita', '991825827')).code).toBe(5);
      // Without a role a login sees nothing (not even the role prefix), and is told it needs readonly.
      const none = await runCli(['audit', 'verify'], { db: as('rita') });
      expect(none.code).toBe(5);
      expect(none.stderr).toMatch(/needs the \w+_readonly role/);
      // The server's own words (which name internal tables) only with KURSDESK_DEBUG=1; in bokmål too.
      expect(none.stderr).toContain('which your login does not have (permission denied)');
      expect(none.stderr).not.toMatch(/permission denied for/);
      const nb = await runCli(['audit', 'verify'], { db: as('rita'), env: { KURSDESK_LANG: 'nb' } });
      expect(nb.stderr).toMatch(
        /databaseserveren avviste dette: det krever rollen \w+_readonly, .*\(ingen tilgang\)/,
      );
      const debug = await runCli(['audit', 'verify'], { db: as('rita'), env: { KURSDESK_DEBUG: '1' } });
      expect(debug.stderr).toMatch(/\(permission denied: permission denied for \w+ /);
      expect(await runCli(['audit', 'verify'], { db: as('otto') })).toMatchObject({ code: 0 });
    });
  });
});
